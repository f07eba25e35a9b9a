#!/usr/bin/env bash
# Several instances of the production jar on this machine, behind nginx (config/nginx-cluster.conf),
# against one MariaDB and one Redis, with devkit's fake WeChat API. See README, "Several instances".
#   mvn -B -o -q -DskipTests package -pl app,devkit -am    # the jars, once
#   scripts/cluster.sh start [N]     # N instances (2 or 3, default 2) on 18181.., nginx on 18180
#   scripts/cluster.sh kill I        # kill -9 instance I (1..3)
#   scripts/cluster.sh restart I     # start instance I again
#   scripts/cluster.sh status | stop
# Environment: CLUSTER_DIR (/tmp/laowu-cluster), DB_URL (jdbc:mysql://127.0.0.1:3306/laowu_cluster?...),
# DB_USER (root), DB_PASSWORD, REPLICA_URL (optional: heavy reads from a replica, scripts/db-replica.sh),
# REDIS_HOST/REDIS_PORT (127.0.0.1:6379) or REDIS_SENTINELS (host:port,...) with REDIS_MASTER,
# APP_HEAP (384m), APP_ARGS (more arguments for every instance). The console's first administrator is printed at the first start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
dir=${CLUSTER_DIR:-/tmp/laowu-cluster}
wxport=18189
appid=wxcluster00000001 secret=cluster-secret token=clustertoken
export CLUSTER_APPID=$appid CLUSTER_TOKEN=$token

jar() { ls "$root"/app/target/laowu-app-*-exec.jar 2>/dev/null | head -1; }
devkit() { ls "$root"/devkit/target/laowu-devkit-*.jar 2>/dev/null | grep -v -- '-sources\|-tests' | head -1; }

environment() {
  local db_url=${DB_URL:-"jdbc:mysql://127.0.0.1:3306/laowu_cluster?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"}
  export SPRING_DATASOURCE_URL=$db_url SPRING_DATASOURCE_USERNAME=${DB_USER:-root} SPRING_DATASOURCE_PASSWORD=${DB_PASSWORD:-}
  if [ -n "${REPLICA_URL:-}" ]; then export LAOWU_DATASOURCE_REPLICA_URL=$REPLICA_URL; fi
  if [ -n "${REDIS_SENTINELS:-}" ]; then
    export SPRING_DATA_REDIS_SENTINEL_NODES=$REDIS_SENTINELS SPRING_DATA_REDIS_SENTINEL_MASTER=${REDIS_MASTER:-laowu}
  else
    export SPRING_DATA_REDIS_HOST=${REDIS_HOST:-127.0.0.1} SPRING_DATA_REDIS_PORT=${REDIS_PORT:-6379}
  fi
  export LAOWU_REDIS_KEY_PREFIX="laowu-cluster:" LAOWU_SECURITY_DATA_KEY=$(cat "$dir/data-key")
  export LAOWU_WECHAT_API_HOST="http://127.0.0.1:$wxport" LAOWU_WECHAT_ACCOUNTS_0_APPID=$appid \
    LAOWU_WECHAT_ACCOUNTS_0_SECRET=$secret LAOWU_WECHAT_ACCOUNTS_0_TOKEN=$token \
    LAOWU_WECHAT_ACCOUNTS_0_NAME=集群测试号 LAOWU_WECHAT_ACCOUNTS_0_REGION_CODE=433100 \
    LAOWU_WECHAT_ACCOUNTS_0_NOTICE_ID=cluster-notice-template \
    SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES='127\.0\.0\.1'
}

wait_healthy() { # port seconds
  for _ in $(seq 1 $(( $2 * 2 ))); do
    curl -fs "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    sleep 0.5
  done
  return 1
}

start_instance() {
  local i=$1 port=$((18180 + $1))
  environment
  (cd "$dir" && exec java -Xmx${APP_HEAP:-384m} -XX:+UseSerialGC -jar "$(jar)" --server.port=$port ${APP_ARGS:-} \
     >>"$dir/app-$i.log" 2>&1) &
  echo $! >"$dir/app-$i.pid"
}

case ${1:-} in
  start)
    n=${2:-2}
    [ -n "$(jar)" ] && [ -n "$(devkit)" ] || { echo "build first: mvn -B -o -q -DskipTests package -pl app,devkit -am" >&2; exit 1; }
    mkdir -p "$dir/logs" "$dir/tmp"
    [ -f "$dir/data-key" ] || head -c 32 /dev/urandom | base64 >"$dir/data-key"
    if [ -z "${DB_URL:-}" ]; then
      mysql -uroot -h127.0.0.1 -e "CREATE DATABASE IF NOT EXISTS laowu_cluster CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    fi
    # FAKE_WECHAT=external: the caller (the fault run) serves the fake WeChat API on $wxport itself.
    if [ "${FAKE_WECHAT:-}" != external ]; then
      java -cp "$(devkit)" cn.laowu.devkit.fakewechat.FakeWeChatApiMain $wxport $appid $secret >"$dir/fake-wechat.log" 2>&1 &
      echo $! >"$dir/fake-wechat.pid"
    fi
    # The first instance alone: it applies the migrations; the others start on a ready schema.
    start_instance 1
    wait_healthy 18181 180 || { echo "instance 1 did not become healthy; see $dir/app-1.log" >&2; exit 1; }
    for i in $(seq 2 "$n"); do start_instance "$i"; done
    for i in $(seq 2 "$n"); do
      wait_healthy $((18180 + i)) 180 || { echo "instance $i did not become healthy; see $dir/app-$i.log" >&2; exit 1; }
    done
    nginx -p "$dir" -c "$root/config/nginx-cluster.conf"
    if [ ! -f "$dir/admin.txt" ]; then
      environment
      (cd "$dir" && java -Xmx256m -jar "$(jar)" --create-admin=clusteradmin --region=433100 \
         --region-name=湘西土家族苗族自治州 >"$dir/admin.txt" 2>&1) || true
    fi
    echo "$n instances behind nginx: http://127.0.0.1:18180/ (callback /wx/portal/$appid, token $token)"
    grep -o '临时密码:[^[:space:]]*' "$dir/admin.txt" | head -1 | sed 's/^/console clusteradmin /' || true
    ;;
  kill)
    kill -9 "$(cat "$dir/app-$2.pid")" && echo "instance $2 killed (SIGKILL)"
    ;;
  restart)
    start_instance "$2"
    wait_healthy $((18180 + $2)) 180 && echo "instance $2 healthy again"
    ;;
  status)
    for i in 1 2 3; do
      [ -f "$dir/app-$i.pid" ] || continue
      printf 'instance %s (pid %s): %s\n' "$i" "$(cat "$dir/app-$i.pid")" \
        "$(curl -fs "http://127.0.0.1:$((18180 + i))/actuator/health" 2>/dev/null || echo down)"
    done
    ;;
  stop)
    [ -f "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
    for f in "$dir"/app-*.pid "$dir"/fake-wechat.pid; do
      [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
      rm -f "$f"
    done
    echo "stopped (database laowu_cluster and $dir kept)"
    ;;
  *)
    sed -n '2,12p' "$0"; exit 2 ;;
esac
