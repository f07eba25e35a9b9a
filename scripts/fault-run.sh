#!/usr/bin/env bash
# The fault run (README, "Several instances"): two production jars behind nginx, simulated
# followers registering through nginx with WeChat's retries, instance 2 killed with SIGKILL and
# restarted; prints lost/doubled registrations, unfinished dialogs, customer-service duplicates.
#   scripts/fault-run.sh [FOLLOWERS]     (default 40; needs MariaDB on 3306, Redis on 6379, nginx)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -DskipTests package -pl app,devkit -am
LAOWU_TEST_SERVERS=external mvn -B -o -q test -pl bot -am -Dtest=ClusterFaultRun -Dlaowu.faultrun=true \
  -Dlaowu.faultrun.followers="${1:-40}" -Dsurefire.failIfNoSpecifiedTests=false
grep -A3 '^fault run' bot/target/surefire-reports/cn.laowu.bot.bench.ClusterFaultRun-output.txt
