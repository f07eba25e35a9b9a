#!/usr/bin/env bash
# Benchmark of the WeChat callback: signed text messages posted to a running platform.
#   ./run &                     # or the production jar against MySQL/MariaDB and Redis
#   bench/wechat-callback.sh    # defaults: demo account, 64 connections, 2 threads, 30 s
# Environment: BENCH_URL (http://127.0.0.1:8080), BENCH_APPID, BENCH_TOKEN, BENCH_CONNECTIONS,
# BENCH_THREADS, BENCH_DURATION, BENCH_WARMUP (seconds of warm-up run first, default 15).
set -euo pipefail
cd "$(dirname "$0")"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is missing (it signs the queries)"; exit 1; }

url=${BENCH_URL:-http://127.0.0.1:8080}
appid=${BENCH_APPID:-wxdemo0000000001}
token=${BENCH_TOKEN:-laowu-demo-token}
connections=${BENCH_CONNECTIONS:-64}
threads=${BENCH_THREADS:-2}
duration=${BENCH_DURATION:-30}
warmup=${BENCH_WARMUP:-15}

run() {
  local seconds=$1
  local timestamp queries
  timestamp=$(date +%s)
  # One signed query per message, as WeChat sends them: the platform refuses a signed query
  # reused for another message (replay guard). Enough for 5,000 messages/s over the run.
  queries=$(mktemp)
  python3 - "$token" "$timestamp" "$appid" $(( (seconds + 5) * 5000 )) >"$queries" <<'PY'
import hashlib, sys
token, timestamp, appid, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
for i in range(n):
    nonce = "b%d" % i
    sig = hashlib.sha1("".join(sorted([token, timestamp, nonce])).encode()).hexdigest()
    print("/wx/portal/%s?signature=%s&timestamp=%s&nonce=%s" % (appid, sig, timestamp, nonce))
PY
  BENCH_QUERIES=$queries BENCH_THREADS=$threads BENCH_MSGID_BASE=$(( $(date +%s%N) / 1000 )) \
    BENCH_TIMESTAMP=$timestamp \
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 5s -s wechat-callback.lua "$url"
  rm -f "$queries"
}

if [ "$warmup" -gt 0 ]; then
  echo "== warm-up, ${warmup} s (JIT, connection pools)"
  run "$warmup" | grep -E '^(messages|latency|replies):'
fi
echo "== measured: $connections connections, $threads wrk threads, ${duration} s"
run "$duration" | grep -E '^(messages|latency|replies):'
