#!/usr/bin/env bash
# Benchmark of the WeChat callback: signed text messages posted to a running platform.
#   ./run &                     # or the production jar against MySQL/MariaDB and Redis
#   bench/wechat-callback.sh    # defaults: demo account, 64 connections, 2 threads, 30 s
# Environment: BENCH_URL (http://127.0.0.1:8080), BENCH_APPID, BENCH_TOKEN, BENCH_CONNECTIONS,
# BENCH_THREADS, BENCH_DURATION, BENCH_WARMUP (seconds of warm-up run first, default 15).
set -euo pipefail
cd "$(dirname "$0")"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

url=${BENCH_URL:-http://127.0.0.1:8080}
appid=${BENCH_APPID:-wxdemo0000000001}
token=${BENCH_TOKEN:-laowu-demo-token}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
duration=${BENCH_DURATION:-30}
warmup=${BENCH_WARMUP:-15}

run() {
  local seconds=$1
  local timestamp nonce signature
  timestamp=$(date +%s)
  nonce=bench$RANDOM
  signature=$(printf '%s\n' "$token" "$timestamp" "$nonce" | LC_ALL=C sort | tr -d '\n' | sha1sum | cut -d' ' -f1)
  BENCH_PATH="/wx/portal/$appid?signature=$signature&timestamp=$timestamp&nonce=$nonce" \
  BENCH_MSGID_BASE=$(( $(date +%s%N) / 1000 )) BENCH_TIMESTAMP=$timestamp \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s -s wechat-callback.lua "$url"
}

if [ "$warmup" -gt 0 ]; then
  echo "== warm-up, ${warmup} s (JIT, connection pools)"
  run "$warmup" | grep -E '^(messages|latency|replies):'
fi
echo "== measured: $connections connections, $threads wrk threads, ${duration} s"
run "$duration" | grep -E '^(messages|latency|replies):'
