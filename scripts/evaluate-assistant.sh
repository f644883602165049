#!/usr/bin/env bash
# Held-out evaluation of the answer pipeline (builtin provider): correct answers, answers given to
# unanswerable questions, crisis recall, payment refusals, disclaimer compliance, injection leaks,
# and p50/p95/p99 latency on a 500-entry knowledge base. Prints the figures (also written to
# target/eval/assistant-evaluation.txt) and exits non-zero when a target is missed.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
rm -f target/eval/assistant-evaluation.txt
LLM_PROVIDER=builtin ./mvnw -q test -Dtest=AssistantEvaluation -Dsurefire.failIfNoSpecifiedTests=false >"$out" 2>&1
rc=$?
if [ -f target/eval/assistant-evaluation.txt ]; then
  cat target/eval/assistant-evaluation.txt
else
  grep -vE '^\{' "$out" | tail -40
fi
if [ $rc -ne 0 ]; then
  grep -vE '^\{' "$out" | grep -E '^\[ERROR\].*(target|expected|Expect|latency|rate)' | head -10
  echo "evaluate-assistant: a target was missed (see above)" >&2
fi
rm -f "$out"
exit $rc
