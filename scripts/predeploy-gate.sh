#!/usr/bin/env bash
# The one deploy gate: every step must pass, or the deploy is blocked.
# Prints a PASS/FAIL table with each step's time and exits non-zero if any step fails.
set -uo pipefail
cd "$(cd "$(dirname "$0")/.." && pwd)"

mkdir -p target/gate
names=()
results=()
times=()
failed=0

step() {
  local name="$1"; shift
  local log="target/gate/$(echo "$name" | tr ' /' '__').log"
  if [ "$failed" -ne 0 ] && [ "${GATE_KEEP_GOING:-0}" != "1" ]; then
    names+=("$name"); results+=("SKIPPED"); times+=("-")
    return
  fi
  echo "==> $name"
  local start end
  start=$(date +%s)
  if "$@" > >(tee "$log") 2>&1; then
    results+=("PASS")
  else
    results+=("FAIL")
    failed=1
    echo "    $name failed; its output is in $log"
  fi
  end=$(date +%s)
  names+=("$name"); times+=("$((end - start))s")
}

has_script() { [ -f "scripts/$1" ]; }

step "guard-no-payments" bash scripts/guard-no-payments.sh
step "secrets-scan" bash scripts/secrets-scan.sh
step "migration-safety" bash scripts/migration-safety.sh
step "compile (warnings are errors)" ./mvnw -q -B -Pstrict -DskipTests test-compile
if has_script validate-demo-templates.sh; then
  step "validate-demo-templates" bash scripts/validate-demo-templates.sh
fi
step "tests (./mvnw verify)" ./mvnw -B verify
if has_script industry-template-sweep.sh; then
  step "industry-template-sweep" bash scripts/industry-template-sweep.sh
fi
step "package" bash -c './mvnw -q -B -DskipTests package && test -s target/treasure-coast-ai.jar'

echo
echo "Predeploy gate"
printf '%-34s %-8s %s\n' "step" "result" "time"
printf '%-34s %-8s %s\n' "----" "------" "----"
for i in "${!names[@]}"; do
  printf '%-34s %-8s %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
done
if [ "$failed" -ne 0 ]; then
  echo "GATE: FAIL (deploy blocked)"
  exit 1
fi
echo "GATE: PASS"
