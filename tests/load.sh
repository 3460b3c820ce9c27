#!/usr/bin/env bash
# Runs the many-sessions load runs by hand (not part of mvn verify): LoadRun idle N and flow N, and
# WebLoadRun web N (N browser terminals over WebSockets against ./kujira web's server on 127.0.0.1;
# think time between commands from KUJIRA_THINK_MS="MIN MAX", default "5000 15000"; learners stop
# typing after KUJIRA_DEADLINE_S seconds, default 900).
# Usage: tests/load.sh [idle N] [flow N] [web N]   (default: idle 1000, then flow 10000)
# Builds without installing anything (the reactor supplies engine-sim).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -o -DskipTests -pl cli,tests -am package
# The launcher jar brings the dependencies; the engine's own classes come first.
cp="engine-sim/target/classes:tests/target/classes:cli/target/kujira.jar"
heap="${KUJIRA_LOAD_HEAP:-12g}"
if [ $# -eq 0 ]; then set -- idle 1000 flow 10000; fi
while [ $# -ge 2 ]; do
  if [ "$1" = web ]; then
    # One socket per learner on each side (the learners run in a second JVM).
    ulimit -n "$(ulimit -Hn)"
    # shellcheck disable=SC2086
    java -Xmx"$heap" -XX:+UseParallelGC -Dkujira.deadline="${KUJIRA_DEADLINE_S:-900}" -cp "$cp" dev.kujira.tests.bench.WebLoadRun "$2" ${KUJIRA_THINK_MS:-5000 15000}
  else
    java -Xmx"$heap" -XX:+UseParallelGC -cp "$cp" dev.kujira.tests.bench.LoadRun "$1" "$2"
  fi
  shift 2
done
