#!/usr/bin/env bash
# Runs the differential tester in chunks: CHUNKS chunks of SESSIONS sessions each, from seed FIRST,
# each chunk taking the shared real engine only while its sessions run (difftest.py takes
# /tmp/real-docker.lock per session), then prints the totals. Run from the project root after
# ../shared/conformance/real-docker.sh start and ./kujira (which builds the jar).
#   tests/tools/difftest/run.sh FIRST CHUNKS [SESSIONS] [OUT]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
first=${1:?first seed}; chunks=${2:?number of chunks}; sessions=${3:-10}; out=${4:-$here/out}
jar="$(mktemp -d)/kujira.jar"
# a copy, so that rebuilding the project while a run goes on does not change the simulator under it
cp "$here/../../../cli/target/kujira.jar" "$jar"
for ((c = 0; c < chunks; c++)); do
  DIFFTEST_JAR="$jar" timeout 3600 python3 "$here/difftest.py" run $((first + c * sessions)) "$sessions" "$out"
done
python3 "$here/difftest.py" stats "$out"
