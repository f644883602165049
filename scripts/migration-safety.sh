#!/usr/bin/env bash
# Blocks destructive schema changes that were not deliberately approved. A migration that drops
# or truncates must say so on the same line with: -- destructive-ok: <reason and backup reference>
# Migrations that already ran must never change: Flyway's checksum validation enforces that at start.
set -uo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
dir="$root/src/main/resources/db/migration"
found=0
for f in "$dir"/*.sql; do
  [ -f "$f" ] || continue
  while IFS=: read -r line text; do
    if ! echo "$text" | grep -q -- '-- destructive-ok:'; then
      echo "unapproved destructive statement: ${f#$root/}:$line"
      found=1
    fi
  done < <(grep -niE '^\s*(DROP\s+(TABLE|COLUMN|SCHEMA|DATABASE)|TRUNCATE|ALTER\s+TABLE\s+\S+\s+DROP)' "$f")
done
if [ "$found" -ne 0 ]; then
  echo "migration-safety: FAIL (take a backup, get approval, then mark the line; see docs/OPS_RUNBOOK.md)"
  exit 1
fi
echo "migration-safety: PASS"
