#!/usr/bin/env bash
# Runs every industry template's sweep cases through the real answer pipeline (builtin provider)
# against its seeded demo workspace on an embedded PostgreSQL. Prints a PASS/FAIL table per
# industry and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
LLM_PROVIDER=builtin ./mvnw -q test -Dtest=IndustryTemplateSweepTest -Dsurefire.failIfNoSpecifiedTests=false >"$out" 2>&1
rc=$?
# Surefire keeps the tests' own output in its report folder.
cat target/surefire-reports/ai.treasurecoast.demo.IndustryTemplateSweepTest-output.txt >>"$out" 2>/dev/null
# App logs are JSON lines; show the table (and its failures) only.
grep -vE '^\{' "$out" | sed -n '/INDUSTRY TEMPLATE SWEEP/,/failed$/p;/^  FAIL /p' | awk '!seen[$0]++'
if [ $rc -ne 0 ]; then
  grep -vE '^\{' "$out" | grep -E '^\[ERROR\]' | grep -v 'Help\|Re-run\|^\[ERROR\] *$' | head -8
  echo "industry-template-sweep: FAILED" >&2
fi
rm -f "$out"
exit $rc
