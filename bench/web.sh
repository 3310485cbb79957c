#!/usr/bin/env bash
# Measures the web site and API of regionkarta against a named peer in the same run:
#  - start-up: time from `java -jar … serve` to the first 200 of `/`, against the same JVM
#    starting and exiting (`java -jar … --version`);
#  - throughput and latency of the unit page and the unit API under load (wrk), against nginx
#    serving the very same bytes as static files.
# Usage: bench/web.sh [duration-seconds]   (builds the jar if missing; installs wrk and nginx-light)
# Writes the raw output to target/bench/ and a Markdown summary to standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
OUT=target/bench
mkdir -p "$OUT"

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi
[ -f target/regionkarta.jar ] || mvn -B -q package -DskipTests

PORT=18080
PEER_PORT=18081
HOME_DIR=$(mktemp -d)
PAGE=/enhet/kalmar.hsf
API=/api/v1/units/kalmar.hsf

now_ms() { date +%s%3N; }

wait_for() { # url, timeout in ms; prints ms waited
  local start=$(now_ms)
  until curl -sf -o /dev/null "$1"; do
    sleep 0.01
    if [ $(( $(now_ms) - start )) -gt "$2" ]; then echo "timeout waiting for $1" >&2; return 1; fi
  done
  echo $(( $(now_ms) - start ))
}

# --- start-up ---------------------------------------------------------------------------------
java -jar target/regionkarta.jar load --home "$HOME_DIR" >/dev/null    # a filled store, as after the first start
startups=(); jvms=()
for i in 1 2 3 4 5; do
  t0=$(now_ms)
  java -jar target/regionkarta.jar serve --home "$HOME_DIR" --port $PORT >"$OUT/serve-$i.log" 2>&1 &
  pid=$!
  wait_for "http://localhost:$PORT/" 60000 >/dev/null
  startups+=($(( $(now_ms) - t0 )))
  kill $pid; wait $pid 2>/dev/null || true
  t0=$(now_ms); java -jar target/regionkarta.jar --version >/dev/null; jvms+=($(( $(now_ms) - t0 )))
done
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }
S=$(median "${startups[@]}"); J=$(median "${jvms[@]}")

# --- load ---------------------------------------------------------------------------------------
java -jar target/regionkarta.jar serve --home "$HOME_DIR" --port $PORT >"$OUT/serve-load.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; [ -n "${NGINX_PID:-}" ] && kill $NGINX_PID 2>/dev/null || true; rm -rf "$HOME_DIR" "${STATIC:-}"' EXIT
wait_for "http://localhost:$PORT/" 60000 >/dev/null

STATIC=$(mktemp -d)
chmod 755 "$STATIC"   # nginx's workers run as an unprivileged user
mkdir -p "$STATIC/enhet" "$STATIC/api/v1/units"
curl -s "http://localhost:$PORT$PAGE" -o "$STATIC$PAGE"
curl -s "http://localhost:$PORT$API" -o "$STATIC$API"
cat > "$OUT/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $STATIC/nginx.pid;
error_log $STATIC/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server {
    listen $PEER_PORT; root $STATIC;
    location / { try_files \$uri =404; }
    location /api/ { default_type application/json; try_files \$uri =404; }
  }
}
NGINX
nginx -c "$(pwd)/$OUT/nginx.conf" &
NGINX_PID=$!
wait_for "http://localhost:$PEER_PORT$PAGE" 10000 >/dev/null

run_wrk() { # name url
  curl -s -o /dev/null "$2"                                             # warm the path once
  wrk -t1 -c16 -d5s "$2" >/dev/null                                     # JIT warm-up, not counted
  wrk -t1 -c16 -d"${DURATION}s" --latency "$2" > "$OUT/wrk-$1.txt"
}
rps() { awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt"; }
pct() { awk -v p="$2" '$1 == p {print $2}' "$OUT/wrk-$1.txt"; }

run_wrk page "http://localhost:$PORT$PAGE"
run_wrk page-nginx "http://localhost:$PEER_PORT$PAGE"
run_wrk api "http://localhost:$PORT$API"
run_wrk api-nginx "http://localhost:$PEER_PORT$API"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
cat <<REPORT
| measure | regionkarta | peer | ratio (regionkarta / peer) |
|---|---|---|---|
| start-up to first page, median of 5 (ms) | $S | $J (JVM start and exit, \`--version\`) | $(ratio "$S" "$J") |
| unit page $PAGE, requests/s | $(rps page) | $(rps page-nginx) (nginx, same bytes) | $(ratio "$(rps page)" "$(rps page-nginx)") |
| unit page latency p50 / p99 | $(pct page 50%) / $(pct page 99%) | $(pct page-nginx 50%) / $(pct page-nginx 99%) | |
| unit API $API, requests/s | $(rps api) | $(rps api-nginx) (nginx, same bytes) | $(ratio "$(rps api)" "$(rps api-nginx)") |
| unit API latency p50 / p99 | $(pct api 50%) / $(pct api 99%) | $(pct api-nginx 50%) / $(pct api-nginx 99%) | |
REPORT
echo
echo "wrk: 1 thread, 16 connections, ${DURATION}s after a 5 s warm-up; server, peer and wrk share $(nproc) cores."
