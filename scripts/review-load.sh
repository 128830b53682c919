#!/usr/bin/env bash
# Review-POST load test: wrk posts reviews of distinct claims to a local claimdesk for DURATION seconds,
# then checks that every acknowledged (200) review is in the database.
# Usage: scripts/review-load.sh [DURATION=10] [THREADS=2] [CONNECTIONS=32]
# Needs: wrk (apt-get install -y wrk), python3, a release build (cargo build --release).
# Targets 127.0.0.1 only. The script makes a reviewer account and posts with its API token.
# KILL_AFTER=S kills the server with SIGKILL S seconds into the load (a crash): the check afterwards
# then shows that no acknowledged review was lost with it (reviews are answered only after commit).
set -euo pipefail
DURATION=${1:-10}; THREADS=${2:-2}; CONNECTIONS=${3:-32}
BIN=${BIN:-target/release/claimdesk}
PORT=${PORT:-18088}
WORK=$(mktemp -d)
DB="$WORK/load.db"
trap 'kill "${SERVER:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Enough pending claims that no claim is reviewed twice (each POST carries version 1).
ARTICLES=$(( DURATION * 60 ))
"$BIN" generate --articles "$ARTICLES" --claims-per-article 100 --db "$DB" 2>/dev/null
echo "a long load-test password" | "$BIN" user add --email load@example.org --name "Load Tester" \
  --role reviewer --password-stdin --db "$DB" >/dev/null
export CLAIMDESK_TOKEN
CLAIMDESK_TOKEN=$("$BIN" token create --email load@example.org --name load --db "$DB" | tail -n 1)
python3 - "$DB" "$WORK" "$THREADS" <<'PY'
import sqlite3, sys
db, work, threads = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = [r[0] for r in sqlite3.connect(db).execute("SELECT id FROM claims WHERE version = 1 ORDER BY rowid")]
for t in range(threads):
    with open(f"{work}/ids-{t}.txt", "w") as f:
        f.write("\n".join(ids[t::threads]) + "\n")
print(f"{len(ids)} pending claims ready")
PY

"$BIN" serve --db "$DB" --bind "127.0.0.1:$PORT" >/dev/null 2>"$WORK/server.log" &
SERVER=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done

cat > "$WORK/review.lua" <<LUA
local threads = {}
local counter = 0
function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
  table.insert(threads, thread)
end
function init(args)
  ids = {}
  for line in io.lines("$WORK/ids-" .. tid .. ".txt") do ids[#ids + 1] = line end
  next_id = 1
  ok = 0
  other = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  local token = os.getenv("CLAIMDESK_TOKEN")
  if token then wrk.headers["Authorization"] = "Bearer " .. token end
  wrk.body = '{"status": "verified", "note": "load test", "version": 1}'
end
function request()
  local id = ids[next_id]
  next_id = next_id + 1
  if id == nil then id = "00000000-0000-4000-8000-000000000000" end
  return wrk.format(nil, "/api/v1/claims/" .. id .. "/review")
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local acknowledged, refused = 0, 0
  for _, t in ipairs(threads) do
    acknowledged = acknowledged + t:get("ok")
    refused = refused + t:get("other")
  end
  io.write(string.format("acknowledged=%d refused=%d\n", acknowledged, refused))
  io.write(string.format("p50=%.2fms p99=%.2fms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

if [ -n "${KILL_AFTER:-}" ]; then (sleep "$KILL_AFTER"; kill -9 "$SERVER" 2>/dev/null) & fi
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$WORK/review.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.out"
kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true

ACK=$(sed -n 's/^acknowledged=\([0-9]*\).*/\1/p' "$WORK/wrk.out")
python3 - "$DB" "$ACK" "$CONNECTIONS" <<'PY'
import sqlite3, sys
db, ack, inflight = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
conn = sqlite3.connect(db)
stored = conn.execute("SELECT COUNT(*) FROM claims WHERE note = 'load test' AND status = 'verified' AND version = 2").fetchone()[0]
history = conn.execute("SELECT COUNT(*) FROM claim_history WHERE note = 'load test'").fetchone()[0]
print(f"acknowledged={ack} stored={stored} history_rows={history}")
# wrk stops at its deadline with up to one request in flight per connection: those may be stored
# without their 200 being counted. Everything acknowledged must be there; nothing else beyond that.
if stored < ack or history != stored or stored - ack > inflight:
    print("MISMATCH: an acknowledged review is missing, or more stored than were sent")
    sys.exit(1)
print("every acknowledged review is in the database")
PY
