#!/usr/bin/env bash
# Removes from the audit's known-differences list every probe that AuditTest reported as matching
# ("audit: FOLDER/NNN matches now" in the test output given as $1, e.g. a saved mvn log).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
list=tests/src/test/resources/audit/known-differences.txt
grep -oE '^audit: [a-z0-9]+/[0-9]{3} matches now' "$1" | awk '{print $2}' | sort -u > /tmp/audit-matching.$$ || true
grep -vFf <(sed 's/$/ /' /tmp/audit-matching.$$) "$list" > "$list.new" || true
mv "$list.new" "$list"
rm -f /tmp/audit-matching.$$
