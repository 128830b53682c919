#!/usr/bin/env bash
# Live-view load test: opens PAGES live article pages on one article of a local claimdesk. Each simulated
# page (scripts/live-load.py) holds the Server-Sent Events stream open and, like static/app.js, fetches
# GET /claims/{id}/card on every change event. Each of RUNS runs makes BURST reviews at once and measures
# the time until every page holds the fresh card(s), and the server's CPU.
# Usage: scripts/live-load.sh [PAGES=200] [RUNS=5] [BURST=1]
#   (needs python3 and a release build: cargo build --release). 127.0.0.1 only.
# Measured 2026-11-28 on the 2-core machine while other builds ran (load average 7-13): 200 pages, one change
# a run, all 200 pages had the fresh card after median 167-255 ms, max 286-541 ms, with 90-220 ms of server
# CPU a run; 10 changes at once (2,000 card fetches): median 2.0-2.8 s, max 3.2-3.9 s, 2.2-3.7 s server CPU.
set -euo pipefail
PAGES=${1:-200}
RUNS=${2:-5}
BURST=${3:-1}
BIN=${BIN:-target/release/claimdesk}
PORT=${PORT:-18089}
HERE=$(dirname "$0")
WORK=$(mktemp -d)
SERVER=
DB="$WORK/live.db"
"$BIN" generate --articles 1 --claims-per-article 20 --db "$DB" 2>/dev/null
echo "a long load-test password" | "$BIN" user add --email live@example.org --name "Live Tester" \
  --role reviewer --password-stdin --db "$DB" >/dev/null
TOKEN=$("$BIN" token create --email live@example.org --name live --db "$DB" | tail -n 1)
read -r ARTICLE CLAIMS < <(python3 -c '
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "SELECT article_id, id, version FROM claims WHERE deleted_at IS NULL ORDER BY rowid").fetchall()
print(rows[0][0], ",".join(f"{r[1]}:{r[2]}" for r in rows))' "$DB")
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

ulimit -n 4096 2>/dev/null || true
"$BIN" serve --db "$DB" --bind "127.0.0.1:$PORT" >/dev/null 2>"$WORK/server.log" &
SERVER=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
python3 "$HERE/live-load.py" --port "$PORT" --token "$TOKEN" --article "$ARTICLE" --claims "$CLAIMS" \
  --pages "$PAGES" --runs "$RUNS" --burst "$BURST" --server-pid "$SERVER"
