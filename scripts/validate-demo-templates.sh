#!/usr/bin/env bash
# Validates every industry template in src/main/resources/demo/templates: schema, https-only links,
# no payment wording, disclaimers for regulated industries, well-formed sweep cases.
# Prints a PASS/FAIL table and exits non-zero on any problem.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
./mvnw -q test -Dtest=DemoTemplateValidationTest -Dsurefire.failIfNoSpecifiedTests=false >"$out" 2>&1
rc=$?
# Surefire keeps the tests' own output in its report folder.
cat target/surefire-reports/ai.treasurecoast.demo.DemoTemplateValidationTest-output.txt >>"$out" 2>/dev/null
# App logs are JSON lines; show the table and any failure summary only.
grep -vE '^\{' "$out" | sed -n '/DEMO TEMPLATE VALIDATION/,/templates, [0-9]* problems/p' | awk '!seen[$0]++'
if [ $rc -ne 0 ]; then
  grep -vE '^\{' "$out" | grep -E '^\[ERROR\] (COMPILATION|/)' | head -20
  echo "validate-demo-templates: FAILED" >&2
fi
rm -f "$out"
exit $rc
