#!/bin/bash
# Re-records the audit's racy probes, as small scenarios (scenarios/*: each probe's commands with the
# state they need, the racy lines repeated), on the shared real engine, ROUNDS times each; then
# tally.py counts the orders seen. Evidence for ../../src/test/resources/audit/racy-evidence.md.
#   tests/tools/racy/run.sh [ROUNDS] [SCENARIO...]      (transcripts in $RACY_OUT, /tmp/racy-rec/out)
here="$(cd "$(dirname "$0")" && pwd)"
SHARED=${KUJIRA_SHARED:-$here/../../../../shared}
OUT=${RACY_OUT:-/tmp/racy-rec/out}
mkdir -p "$OUT"
rounds=${1:-6}; shift
names=${*:-logs images volnet mgmt2 compose}
rec() { # scenario round; the lock as every user of the shared daemon takes it (empty output: timed out)
  for _ in 1 2 3 4; do
    timeout 500 flock -w 450 -o /tmp/real-docker.lock python3 "$SHARED/conformance/conformance.py" real \
      "$here/scenarios/$1" > "$OUT/$1.$2.txt" 2> "$OUT/$1.$2.err"
    if [ -s "$OUT/$1.$2.txt" ]; then echo "$(date -u +%T) $1 $2 ok"; return; fi
    echo "$(date -u +%T) $1 $2 empty, retry"; sleep 5
  done
}
for r in $(seq 1 "$rounds"); do
  for s in $names; do rec "$s" "$r"; done
done
python3 "$here/tally.py" "$OUT" $names
