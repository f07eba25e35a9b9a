#!/usr/bin/env bash
# The fault run (docs/several-instances.md): two production jars behind nginx; simulated followers
# register, file a wage complaint, apply for a job and claim a fare with photos through nginx with
# WeChat's retries, while a 州 administrator's announcement to BROADCAST seeded followers drains and
# instance 2 is killed with SIGKILL and restarted; prints registrations, complaints, applications and
# claims lost/doubled, template messages missed or doubled, unfinished dialogs, customer-service duplicates.
#   scripts/fault-run.sh [FOLLOWERS] [BROADCAST]   (default 40 and 100000; needs MariaDB on 3306,
#   Redis on 6379, nginx). OUTBOX_RATE (default 2000) is the per-account send rate for the run: the
#   fake WeChat API has no quota; the real one's is in the sizing table.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q -DskipTests package -pl app,devkit -am
# Plain http on loopback: the console's session cookie must not be Secure for the driver to send it back.
export APP_ARGS="--laowu.wechat.outbox.rate-per-second=${OUTBOX_RATE:-2000} --laowu.cookies.secure=false ${APP_ARGS:-}"
LAOWU_TEST_SERVERS=external mvn -B -o -q test -pl bot -am -Dtest=ClusterFaultRun -Dlaowu.faultrun=true \
  -Dlaowu.faultrun.followers="${1:-40}" -Dlaowu.faultrun.broadcast="${2:-100000}" -Dsurefire.failIfNoSpecifiedTests=false
grep -A12 '^fault run' bot/target/surefire-reports/cn.laowu.bot.bench.ClusterFaultRun-output.txt
