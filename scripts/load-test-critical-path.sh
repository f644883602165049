#!/usr/bin/env bash
# Load test of the widget's critical path against a locally started jar, side by side with nginx
# serving a static JSON file of the same size as the config response (the ceiling).
#
#   scripts/load-test-critical-path.sh                  # 10, 25, 50 connections, 15 s per target
#   DURATION=30s CONNECTIONS="10 25 50 100" scripts/load-test-critical-path.sh
#
# Needs: java 17+, curl, hey, nginx (Debian: apt-get install -y hey nginx; the script offers to
# install them when it runs as root). Only loopback targets are used. Results go to stdout and to
# target/load-test/results.md. Rate limits are raised for the run through APP_WIDGET_* variables.
set -euo pipefail

cd "$(dirname "$0")/.."
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-10 25 50}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
HOST=127.0.0.1
OUT=target/load-test
JAR=target/treasure-coast-ai.jar
ADMIN_EMAIL=loadtest@treasurecoast.test
ADMIN_PASSWORD="load-test-passphrase-$RANDOM-$RANDOM"

for tool in hey nginx curl java; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    if [ "$(id -u)" = 0 ] && [ "$tool" != java ]; then
      echo "Installing $tool ..." && apt-get install -y -q "$tool" >/dev/null
    else
      echo "Missing $tool. On Debian/Ubuntu: sudo apt-get install -y hey nginx curl" >&2
      exit 1
    fi
  fi
done
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"

rm -rf "$OUT" && mkdir -p "$OUT/www" "$OUT/nginx" "$OUT/data"
chmod 755 "$OUT" "$OUT/www"
[ -f "$JAR" ] || ./mvnw -q -DskipTests package

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null || true
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

echo "Starting the app on $HOST:$APP_PORT (embedded PostgreSQL in $OUT/data) ..."
SERVER_PORT=$APP_PORT DATA_DIR="$OUT/data" ADMIN_EMAIL=$ADMIN_EMAIL ADMIN_PASSWORD=$ADMIN_PASSWORD DEMO_SEED=false \
  APP_WIDGET_IP_PER_MINUTE=100000000 APP_WIDGET_BOT_PER_MINUTE=100000000 \
  APP_WIDGET_WORKSPACE_PER_MINUTE=100000000 APP_WIDGET_CONFIG_PER_MINUTE=100000000 \
  LOGGING_LEVEL_AI_TREASURECOAST_REQUEST=WARN \
  java ${JAVA_OPTS:-} -jar "$JAR" --server.address=$HOST >"$OUT/app.log" 2>&1 &
APP_PID=$!
BASE="http://$HOST:$APP_PORT"
for _ in $(seq 1 120); do
  curl -fsS "$BASE/api/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$BASE/api/health" >/dev/null || { echo "The app did not start; see $OUT/app.log" >&2; exit 1; }

# An admin session to set up one workspace with a bot in external booking mode.
JAR_COOKIES="$OUT/cookies"
CSRF=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/api/auth/csrf" | sed -E 's/.*"token":"([^"]+)".*/\1/')
admin() { # method path [body]
  curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" -H "X-CSRF-TOKEN: $CSRF" \
    -H 'Content-Type: application/json' -X "$1" "$BASE$2" ${3:+-d "$3"}
}
admin POST /api/auth/login "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" >/dev/null
CSRF=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/api/auth/csrf" | sed -E 's/.*"token":"([^"]+)".*/\1/')
CLIENT=load-test-$RANDOM
WS=$(admin POST /api/admin/workspaces \
  "{\"name\":\"Load Test Dental\",\"clientId\":\"$CLIENT\",\"industry\":\"dental\",\"timezone\":\"America/New_York\"}" \
  | sed -E 's/.*"id":"([^"]+)".*/\1/')
admin POST "/api/admin/workspaces/$WS/bots" \
  '{"botId":"front-desk","name":"Front Desk","quickReplies":["Opening hours","Prices","Book a visit"]}' >/dev/null
admin PUT "/api/admin/workspaces/$WS/booking" \
  '{"bookingMode":"external","externalBookingUrl":"https://book.example.com/load-test"}' >/dev/null
P="$CLIENT/front-desk"

# The ceiling: nginx serving a file of exactly the config response's size.
curl -fsS "$BASE/api/widget/config/$P" >"$OUT/www/config.json"
CONFIG_BYTES=$(wc -c <"$OUT/www/config.json")
chmod 644 "$OUT/www/config.json"
cat >"$OUT/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon on;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$OUT/nginx;
  proxy_temp_path $PWD/$OUT/nginx;
  fastcgi_temp_path $PWD/$OUT/nginx;
  uwsgi_temp_path $PWD/$OUT/nginx;
  scgi_temp_path $PWD/$OUT/nginx;
  server {
    listen $HOST:$NGINX_PORT;
    root $PWD/$OUT/www;
    default_type application/json;
  }
}
EOF
"$NGINX_BIN" -c "$PWD/$OUT/nginx/nginx.conf"
sleep 0.5
curl -fsS "http://$HOST:$NGINX_PORT/config.json" >/dev/null || { echo "nginx did not start" >&2; exit 1; }

CHAT_BODY='{"message":"What are your opening hours on Saturday?"}'
LEAD_BODY='{"name":"Load Test","email":"load@example.com","phone":"+17725550100","message":"Please call me back","consent":true}'

# Runs hey and prints one table row: target, connections, requests, rps, p50, p95, p99 (ms), error rate.
run() { # name connections method url [body]
  local name=$1 c=$2 method=$3 url=$4 body=${5:-}
  local file="$OUT/hey-$name-$c.txt"
  if [ -n "$body" ]; then
    hey -z "$DURATION" -c "$c" -m "$method" -T application/json -d "$body" "$url" >"$file"
  else
    hey -z "$DURATION" -c "$c" -m "$method" "$url" >"$file"
  fi
  awk -v name="$name" -v c="$c" '
    /Requests\/sec:/ { rps = $2 }
    /^ *50% in/ { p50 = $3 * 1000 } /^ *95% in/ { p95 = $3 * 1000 } /^ *99% in/ { p99 = $3 * 1000 }
    !inerr && /^ *\[[0-9]+\]\t/ { code = substr($1, 2, 3); n = $2; total += n; if (code !~ /^2/) bad += n; if (code == "201") created += n }
    /Error distribution/ { inerr = 1; next }
    inerr && /^ *\[[0-9]+\]/ { e = substr($1, 2); sub(/\].*/, "", e); errs += e; total += e }
    END {
      printf "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.2f%% |\n", name, c, total, rps, p50, p95, p99,
        total ? 100 * (bad + errs) / total : 0
      print created > "/dev/stderr"
    }' "$file" 2>"$file.created"
}

{
  echo "Duration per target: $DURATION; config response: $CONFIG_BYTES bytes; $(nproc) CPU cores; $(date -u +%FT%TZ)"
  echo
  echo "| target | connections | requests | req/s | p50 ms | p95 ms | p99 ms | errors |"
  echo "|---|---|---|---|---|---|---|---|"
} | tee "$OUT/results.md"

# Warm up the JIT and the connection pool before measuring.
hey -n 2000 -c 10 "$BASE/api/widget/config/$P" >/dev/null
hey -n 500 -c 10 -m POST -T application/json -d "$CHAT_BODY" "$BASE/api/widget/chat/$P" >/dev/null

for c in $CONNECTIONS; do
  {
    run nginx-static "$c" GET "http://$HOST:$NGINX_PORT/config.json"
    run health "$c" GET "$BASE/api/health"
    run config "$c" GET "$BASE/api/widget/config/$P"
    run chat "$c" POST "$BASE/api/widget/chat/$P" "$CHAT_BODY"
    run lead "$c" POST "$BASE/api/widget/leads/$P" "$LEAD_BODY"
    run booking-intent "$c" POST "$BASE/api/widget/booking-intents/$P" '{}'
  } | tee -a "$OUT/results.md"
done

LEADS_ACCEPTED=$(cat "$OUT"/hey-lead-*.txt.created | awk '{ s += $1 } END { print s + 0 }')
LEADS_STORED=$(admin GET "/api/admin/workspaces/$WS/leads?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
{
  echo
  echo "Leads accepted (201): $LEADS_ACCEPTED; leads stored (admin API total): $LEADS_STORED"
} | tee -a "$OUT/results.md"
[ "$LEADS_ACCEPTED" = "$LEADS_STORED" ] || { echo "MISMATCH: accepted leads != stored leads" >&2; exit 2; }
