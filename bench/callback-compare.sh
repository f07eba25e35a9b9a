#!/usr/bin/env bash
# The callback benchmark alternated between the bare server and production jars, each jar on a
# database and Redis prefix of its own (the machine's MariaDB and Redis, as .ci/production-jar-smoke).
#   bench/callback-compare.sh ROUNDS NAME=JAR[:ENV=VALUE,ENV=VALUE] ...
#   bench/callback-compare.sh 2 old=/tmp/old-exec.jar new=app/target/laowu-app-0.1.0-SNAPSHOT-exec.jar
# Environment: DURATION (15), WARMUP (15), CONNECTIONS (64), JAVA_OPTS, SETTLE_ROUNDS (18). GC logs and
# app logs go to $OUT (a temporary directory, printed). Needs `mvn -DskipTests package` (devkit's jar:
# the fake WeChat API) and the JDK's jstat.
# Before the rounds, each server takes load until its JIT has settled (a 10 s round in which it compiled
# less than 2 % of the time, or SETTLE_ROUNDS rounds): on two cores the one C2 thread works through its
# queue for a minute or more after a start and takes a core from the requests while it does, so the
# first round measured the compiler more than the server (see docs/several-instances.md).
set -uo pipefail
cd "$(dirname "$0")/.."
rounds=$1; shift
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
echo "logs in $out"
token=cbtoken
appid=wxcbbench0000001
key=$(head -c 32 /dev/urandom | base64)
devkit=$(ls devkit/target/laowu-devkit-*.jar | grep -v -- '-sources\|-tests' | head -1)
java -cp "$devkit" cn.laowu.devkit.fakewechat.FakeWeChatApiMain 18191 $appid cbsecret >"$out/fake.log" 2>&1 &
fake=$!
java bench/BareCallbackServer.java 18190 $token >"$out/bare.log" 2>&1 &
bare=$!
declare -A ports pids
port=18200
for spec in "$@"; do
  name=${spec%%=*}; rest=${spec#*=}; jar=${rest%%:*}; extra=""
  [[ "$rest" == *:* ]] && extra=${rest#*:}
  db=laowu_cb_$name
  mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  redis-cli --scan --pattern "laowu-cb-$name:*" | xargs -r redis-cli del >/dev/null 2>&1
  port=$((port + 1)); ports[$name]=$port
  env SPRING_DATASOURCE_URL="jdbc:mysql://127.0.0.1:3306/$db?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true" \
    SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= SPRING_DATA_REDIS_HOST=127.0.0.1 SPRING_DATA_REDIS_PORT=6379 \
    SERVER_PORT=$port LAOWU_REDIS_KEY_PREFIX="laowu-cb-$name:" LAOWU_SECURITY_DATA_KEY="$key" \
    LAOWU_WECHAT_API_HOST="http://127.0.0.1:18191" LAOWU_WECHAT_ACCOUNTS_0_APPID=$appid \
    LAOWU_WECHAT_ACCOUNTS_0_SECRET=cbsecret LAOWU_WECHAT_ACCOUNTS_0_TOKEN=$token ${extra//,/ } \
    java ${JAVA_OPTS:-} -Xlog:gc:file="$out/gc-$name.log" -jar "$jar" >"$out/app-$name.log" 2>&1 &
  pids[$name]=$!
  for i in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "$name did not start"; tail -30 "$out/app-$name.log"; }
done
settle() {
  local name=$1 url=$2 pid=$3 before after share
  for i in $(seq 1 "${SETTLE_ROUNDS:-18}"); do
    before=$(jstat -compiler "$pid" | awk 'NR==2{print $4}')
    BENCH_URL=$url BENCH_APPID=$appid BENCH_TOKEN=$token BENCH_DURATION=10 BENCH_WARMUP=0 \
      BENCH_CONNECTIONS=${CONNECTIONS:-64} bench/wechat-callback.sh >/dev/null 2>&1
    after=$(jstat -compiler "$pid" | awk 'NR==2{print $4}')
    share=$(awk -v a="$after" -v b="$before" 'BEGIN{printf "%.1f", (a - b) * 10}')
    echo "-- $name settling, round $i: the JIT compiled $share % of the 10 s"
    awk -v s="$share" 'BEGIN{exit !(s < 2)}' && return
  done
}
one() {
  echo "-- $1 (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
  BENCH_URL=$2 BENCH_APPID=$appid BENCH_TOKEN=$token BENCH_DURATION=${DURATION:-15} BENCH_WARMUP=${WARMUP:-15} \
    BENCH_CONNECTIONS=${CONNECTIONS:-64} bench/wechat-callback.sh 2>&1 | sed -n '/^== measured/,$p' \
    | grep -E '^(messages|latency|replies):'
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
settle bare http://127.0.0.1:18190 $bare
for spec in "$@"; do name=${spec%%=*}; settle "$name" "http://127.0.0.1:${ports[$name]}" "${pids[$name]}"; done
for r in $(seq 1 "$rounds"); do
  echo "== round $r"
  one bare http://127.0.0.1:18190
  for spec in "$@"; do name=${spec%%=*}; one "$name" "http://127.0.0.1:${ports[$name]}"; done
done
for spec in "$@"; do name=${spec%%=*}; kill "${pids[$name]}"; done
kill $bare $fake
wait 2>/dev/null
