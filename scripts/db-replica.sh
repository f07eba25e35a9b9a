#!/usr/bin/env bash
# A MariaDB primary and a binlog replica of it on this machine, each a mariadbd of its own (own
# datadir, own port), for trying the read-replica routing (README, "Several instances").
#   scripts/db-replica.sh start     # primary on $PRIMARY_PORT (3407), replica on $REPLICA_PORT (3408)
#   scripts/db-replica.sh status    # the replica's IO/SQL threads and Seconds_Behind_Master
#   scripts/db-replica.sh stop
# Environment: DB_DIR (/tmp/laowu-db), PRIMARY_PORT, REPLICA_PORT, DB_NAME (laowu).
# The app then takes: SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3407/laowu?...,
#   LAOWU_DATASOURCE_REPLICA_URL=jdbc:mysql://127.0.0.1:3408/laowu?..., both as user laowu (no password).
set -euo pipefail
dir=${DB_DIR:-/tmp/laowu-db}
primary_port=${PRIMARY_PORT:-3407}
replica_port=${REPLICA_PORT:-3408}
db=${DB_NAME:-laowu}

sql() { mariadb --protocol=TCP -h127.0.0.1 -P"$1" -uroot -N -e "$2"; }

start_server() { # name port server-id extra-options...
  local name=$1 port=$2 id=$3; shift 3
  local data=$dir/$name
  if [ ! -d "$data/mysql" ]; then
    mkdir -p "$data"
    mariadb-install-db --no-defaults --datadir="$data" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/$name-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/$name.sock" --pid-file="$dir/$name.pid" --log-error="$dir/$name.err" \
    --server-id="$id" --log-bin=binlog --binlog-format=ROW --gtid-strict-mode=1 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --default-time-zone=+00:00 \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --skip-name-resolve --user="$(id -un)" "$@" \
    >>"$dir/$name.out" 2>&1 &
  for _ in $(seq 1 60); do
    sql "$port" "SELECT 1" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "mariadbd $name did not start; see $dir/$name.err" >&2
  exit 1
}

case ${1:-} in
  start)
    command -v mariadbd >/dev/null || { echo "mariadbd is missing: apt-get install -y mariadb-server" >&2; exit 1; }
    mkdir -p "$dir"
    start_server primary "$primary_port" 1
    start_server replica "$replica_port" 2 --read-only=1 --relay-log=relay
    # One user for the app (both servers) and one for replication, written on the primary only:
    # the replica receives them through the binlog like everything else.
    sql "$primary_port" "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'laowu'@'%'; GRANT ALL ON \`$db\`.* TO 'laowu'@'%';
      CREATE USER IF NOT EXISTS 'repl'@'%' IDENTIFIED BY 'repl';
      GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'repl'@'%';
      GRANT REPLICATION CLIENT ON *.* TO 'laowu'@'%'; GRANT SLAVE MONITOR ON *.* TO 'laowu'@'%';"
    if [ -z "$(sql "$replica_port" "SHOW REPLICA STATUS")" ]; then
      sql "$replica_port" "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port,
        MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos; START REPLICA;"
    fi
    for _ in $(seq 1 60); do
      sql "$replica_port" "SELECT 1 FROM information_schema.schemata WHERE schema_name='$db'" | grep -q 1 && break
      sleep 0.5
    done
    echo "primary 127.0.0.1:$primary_port, replica 127.0.0.1:$replica_port, database $db, user laowu"
    "$0" status
    ;;
  status)
    mariadb --protocol=TCP -h127.0.0.1 -P"$replica_port" -uroot -e "SHOW REPLICA STATUS\G" \
      | grep -E 'Slave_IO_Running|Slave_SQL_Running|Seconds_Behind_Master|Last_.*Error:' || true
    ;;
  stop)
    for name in replica primary; do
      [ -f "$dir/$name.pid" ] && kill "$(cat "$dir/$name.pid")" 2>/dev/null || true
    done
    for name in replica primary; do
      while [ -f "$dir/$name.pid" ] && kill -0 "$(cat "$dir/$name.pid")" 2>/dev/null; do sleep 0.2; done
    done
    echo "stopped (data kept in $dir; rm -rf it for a fresh pair)"
    ;;
  *)
    sed -n '2,10p' "$0"; exit 2 ;;
esac
