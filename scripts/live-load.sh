#!/usr/bin/env bash
# Live-view load test: opens PAGES Server-Sent Event streams on one article of a local claimdesk,
# makes one review, and counts how many open pages received the change.
# Usage: scripts/live-load.sh [PAGES=200]   (needs curl, python3, a release build). 127.0.0.1 only.
set -euo pipefail
PAGES=${1:-200}
BIN=${BIN:-target/release/claimdesk}
PORT=${PORT:-18089}
WORK=$(mktemp -d)
PIDS=()
DB="$WORK/live.db"
"$BIN" generate --articles 1 --claims-per-article 20 --db "$DB" 2>/dev/null
echo "a long load-test password" | "$BIN" user add --email live@example.org --name "Live Tester" \
  --role reviewer --password-stdin --db "$DB" >/dev/null
TOKEN=$("$BIN" token create --email live@example.org --name live --db "$DB" | tail -n 1)
AUTH=(-H "Authorization: Bearer $TOKEN")
read -r ARTICLE CLAIM VERSION < <(python3 -c '
import sqlite3, sys
r = sqlite3.connect(sys.argv[1]).execute("SELECT article_id, id, version FROM claims ORDER BY rowid LIMIT 1").fetchone()
print(*r)' "$DB")
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

"$BIN" serve --db "$DB" --bind "127.0.0.1:$PORT" >/dev/null 2>"$WORK/server.log" &
PIDS+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
for i in $(seq "$PAGES"); do
  curl -sN "${AUTH[@]}" --max-time 20 "http://127.0.0.1:$PORT/articles/$ARTICLE/live" >"$WORK/page-$i.txt" 2>/dev/null &
  PIDS+=($!)
done
sleep 3
START=$(date +%s%N)
curl -s "${AUTH[@]}" -o /dev/null -w 'review answered %{http_code}\n' -H 'Content-Type: application/json' \
  -d "{\"status\": \"disputed\", \"note\": \"live load test\", \"version\": $VERSION}" \
  "http://127.0.0.1:$PORT/api/v1/claims/$CLAIM/review"
for _ in $(seq 50); do
  GOT=$(grep -l '^event: change' "$WORK"/page-*.txt 2>/dev/null | wc -l)
  [ "$GOT" -ge "$PAGES" ] && break
  sleep 0.1
done
END=$(date +%s%N)
echo "open live pages: $PAGES; received the change: $GOT; within $(( (END - START) / 1000000 )) ms"
[ "$GOT" -eq "$PAGES" ]
