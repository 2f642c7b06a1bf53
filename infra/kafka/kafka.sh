#!/usr/bin/env bash
# Single-node Apache Kafka (KRaft, combined broker+controller) for dev and CI,
# run straight from the Kafka jars on Maven Central. No Docker needed.
#
#   infra/kafka/kafka.sh start|stop|status|wait|fetch|reset
#   infra/kafka/kafka.sh partner add <id> [--ceiling GREEN]
#   infra/kafka/kafka.sh partner ceiling <id> <ceiling>
#
# Clients authenticate with SASL/SCRAM-SHA-512; the StandardAuthorizer denies whatever no
# ACL allows, and anonymous clients get nothing. The users (dev-only passwords) come from
# dev-credentials.properties; the ACLs from topics.json (applied by apply-topics.ts).
# See infra/kafka/README.md. Progress goes to stderr; `start` and `wait` print
# eval-able KEY=value lines to stdout: KAFKA_BROKERS=127.0.0.1:<port>, KAFKA_SASL_MECHANISM=...
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=security.sh
source "$SCRIPT_DIR/security.sh"

KAFKA_VERSION="${KAFKA_VERSION:-3.9.1}"
# The port of DEV_KAFKA_BROKERS (libs/messaging/src/dev-credentials.ts): keep them together.
KAFKA_PORT="${KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-19093}"
KAFKA_CACHE_DIR="${KAFKA_CACHE_DIR:-$SCRIPT_DIR/.cache}"
KAFKA_HOME_DIR="${KAFKA_HOME_DIR:-$SCRIPT_DIR/.cache/run}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-30}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
KAFKA_RESET="${KAFKA_RESET:-0}"

LIBS_DIR="$KAFKA_CACHE_DIR/kafka-$KAFKA_VERSION/libs"
LIBS_MARKER="$KAFKA_CACHE_DIR/kafka-$KAFKA_VERSION/.complete"
CONF_FILE="$KAFKA_HOME_DIR/server.properties"
LOG4J_FILE="$KAFKA_HOME_DIR/log4j.properties"
TOOLS_LOG4J_FILE="$KAFKA_HOME_DIR/tools-log4j.properties"
DATA_DIR="$KAFKA_HOME_DIR/data"
LOG_DIR="$KAFKA_HOME_DIR/logs"
SERVER_LOG="$LOG_DIR/server.log"
OUT_LOG="$LOG_DIR/kafka.out"
PID_FILE="$KAFKA_HOME_DIR/kafka.pid"
CLUSTER_ID_FILE="$KAFKA_HOME_DIR/cluster.id"
BROKERS="127.0.0.1:$KAFKA_PORT"
DEV_CREDENTIALS="${KAFKA_DEV_CREDENTIALS:-$SCRIPT_DIR/dev-credentials.properties}"
SECURITY_STAMP_FILE="$KAFKA_HOME_DIR/security.stamp"
ADMIN_CLIENT_CONF="$KAFKA_HOME_DIR/admin-client.properties"
READY_MARKER="Kafka Server started"

ALTERNATIVES="Alternatives: point KAFKA_BROKERS at an existing broker (e.g. KAFKA_BROKERS=host:9092), or run one with \`docker compose up kafka\`."

log() { echo "[kafka] $*" >&2; }
die() { echo "[kafka] ERROR: $*" >&2; exit 1; }

# ---------------------------------------------------------------- prerequisites

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    echo "$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then
    command -v java
  else
    die "\`java\` not found (need Java 11+, e.g. apt-get install openjdk-17-jre-headless, or set JAVA_HOME). $ALTERNATIVES"
  fi
}

check_java() {
  JAVA="$(java_bin)"
  local v major
  v="$("$JAVA" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
  major="${v%%.*}"
  [[ "$major" == "1" ]] && major="$(echo "$v" | cut -d. -f2)"
  if [[ "$major" =~ ^[0-9]+$ ]] && ((major < 11)); then
    die "Java $v found at $JAVA, but Kafka $KAFKA_VERSION needs Java 11+. $ALTERNATIVES"
  fi
}

# ------------------------------------------------------------------ fetch jars

fetch() {
  if [[ -f "$LIBS_MARKER" ]]; then
    return 0
  fi
  command -v mvn >/dev/null 2>&1 ||
    die "\`mvn\` not found; it is needed once to download the Kafka $KAFKA_VERSION jars from Maven Central (e.g. apt-get install maven). $ALTERNATIVES"
  log "fetching Kafka $KAFKA_VERSION jars from Maven Central into $LIBS_DIR ..."
  local tmp="$LIBS_DIR.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  if ! mvn -B -q -Dstyle.color=never -f "$SCRIPT_DIR/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
    dependency:copy-dependencies -DoutputDirectory="$tmp" 2>&1 |
    sed $'s/\x1b\\[[0-9;]*m//g' >&2; then # strip stray ANSI codes (Debian mvn -q quirk)
    rm -rf "$tmp"
    die "downloading Kafka $KAFKA_VERSION jars with Maven failed (see above). $ALTERNATIVES"
  fi
  [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] || { rm -rf "$tmp"; die "kafka_2.13-$KAFKA_VERSION.jar missing after download"; }
  rm -rf "$LIBS_DIR"
  mv "$tmp" "$LIBS_DIR"
  touch "$LIBS_MARKER"
  log "fetched $(ls "$LIBS_DIR" | wc -l | tr -d ' ') jars"
}

# ---------------------------------------------------------------- state checks

read_pid() { [[ -f "$PID_FILE" ]] && tr -d ' \n' <"$PID_FILE" || true; }

# pid alive AND it is our Kafka process (guards against pid reuse)
pid_alive() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  if [[ -r "/proc/$pid/cmdline" ]]; then
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kafka\.Kafka'
  elif command -v ps >/dev/null 2>&1; then
    ps -p "$pid" -o args= 2>/dev/null | grep -q 'kafka\.Kafka'
  fi
}

port_open() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

is_ready() {
  local pid
  pid="$(read_pid)"
  pid_alive "$pid" && port_open "$KAFKA_PORT" &&
    [[ -f "$SERVER_LOG" ]] && grep -q "$READY_MARKER" "$SERVER_LOG"
}

show_log_tail() {
  for f in "$SERVER_LOG" "$OUT_LOG"; do
    if [[ -s "$f" ]]; then
      echo "----- last 40 lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

wait_ready() {
  local deadline=$((SECONDS + KAFKA_START_TIMEOUT)) pid
  while ! is_ready; do
    pid="$(read_pid)"
    if ! pid_alive "$pid"; then
      show_log_tail
      die "Kafka is not running (process ${pid:-?} exited). Logs: $LOG_DIR"
    fi
    if ((SECONDS >= deadline)); then
      show_log_tail
      die "Kafka did not become ready on $BROKERS within ${KAFKA_START_TIMEOUT}s (pid $pid still running; stop it with: $0 stop). Logs: $LOG_DIR"
    fi
    sleep 0.5
  done
}

# --------------------------------------------------------------- credentials

# What the data directory's SCRAM users were made from; a change means re-create it.
security_stamp() {
  { echo "$SECURITY_LAYOUT"; cat "$DEV_CREDENTIALS"; } | cksum | awk '{ print $1 }'
}

# -------------------------------------------------------------------- config

write_config() {
  mkdir -p "$DATA_DIR" "$LOG_DIR"
  [[ -r "$DEV_CREDENTIALS" ]] || die "dev credentials file $DEV_CREDENTIALS not found"
  local admin_password
  admin_password="$(dev_password "$DEV_CREDENTIALS" admin)"
  [[ -n "$admin_password" ]] || die "no admin password in $DEV_CREDENTIALS"
  cat >"$CONF_FILE" <<EOF
# Generated by infra/kafka/kafka.sh -- edits are overwritten on every start.
# security-layout: $SECURITY_LAYOUT
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=CLIENT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=CLIENT://127.0.0.1:$KAFKA_PORT
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=CLIENT
$(security_properties "$admin_password" client)

log.dirs=$DATA_DIR
$(single_node_properties)
EOF
  {
    echo "# Generated by infra/kafka/kafka.sh: the admin's client settings for the Java tools."
    admin_client_properties "$admin_password"
  } >"$ADMIN_CLIENT_CONF"
  chmod 600 "$CONF_FILE" "$ADMIN_CLIENT_CONF"
  cat >"$LOG4J_FILE" <<'EOF'
log4j.rootLogger=INFO, file
log4j.appender.file=org.apache.log4j.RollingFileAppender
log4j.appender.file.File=${kafka.logs.dir}/server.log
log4j.appender.file.MaxFileSize=10MB
log4j.appender.file.MaxBackupIndex=2
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.org.apache.kafka=INFO
log4j.logger.kafka=INFO
log4j.logger.state.change.logger=WARN
log4j.logger.kafka.request.logger=WARN
log4j.logger.kafka.log.LogCleaner=WARN
EOF
  cat >"$TOOLS_LOG4J_FILE" <<'EOF'
log4j.rootLogger=WARN, stderr
log4j.appender.stderr=org.apache.log4j.ConsoleAppender
log4j.appender.stderr.Target=System.err
log4j.appender.stderr.layout=org.apache.log4j.PatternLayout
log4j.appender.stderr.layout.ConversionPattern=[%d] %p %m (%c)%n
EOF
}

# A data directory formatted by an older kafka.sh (no SASL users) or from other dev
# credentials cannot authenticate anyone: start it again from nothing.
recreate_stale_data() {
  [[ -f "$DATA_DIR/meta.properties" ]] || return 0
  local stamp
  stamp="$(security_stamp)"
  [[ -f "$SECURITY_STAMP_FILE" && "$(cat "$SECURITY_STAMP_FILE")" == "$stamp" ]] && return 0
  log "data directory $DATA_DIR was formatted without these SASL users (older kafka.sh or changed $DEV_CREDENTIALS); re-creating it (its topics and messages are dropped)"
  rm -rf "$DATA_DIR" "$CLUSTER_ID_FILE"
  mkdir -p "$DATA_DIR"
}

format_storage() {
  recreate_stale_data
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    return 0
  fi
  local cp="$LIBS_DIR/*" cluster_id
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    "$JAVA" -Dlog4j.configuration="file:$TOOLS_LOG4J_FILE" -cp "$cp" kafka.tools.StorageTool random-uuid \
      | tr -d '\r\n ' >"$CLUSTER_ID_FILE"
  fi
  cluster_id="$(cat "$CLUSTER_ID_FILE")"
  [[ -n "$cluster_id" ]] || die "could not generate a cluster id"
  # The SCRAM users are written into the first metadata records: they exist before the
  # broker accepts its first connection.
  local scram=()
  mapfile -t scram < <(scram_format_args "$DEV_CREDENTIALS")
  log "formatting storage in $DATA_DIR (cluster id $cluster_id, SCRAM users: $(dev_users "$DEV_CREDENTIALS" | tr '\n' ' '))"
  "$JAVA" -Dlog4j.configuration="file:$TOOLS_LOG4J_FILE" -cp "$cp" kafka.tools.StorageTool \
    format -t "$cluster_id" -c "$CONF_FILE" --ignore-formatted "${scram[@]}" >&2
  security_stamp >"$SECURITY_STAMP_FILE"
}

# The broker runs with the layout of this script (an older one served unauthenticated).
running_config_current() {
  [[ -f "$CONF_FILE" ]] && grep -q "^# security-layout: $SECURITY_LAYOUT\$" "$CONF_FILE" &&
    [[ -f "$SECURITY_STAMP_FILE" && "$(cat "$SECURITY_STAMP_FILE")" == "$(security_stamp)" ]]
}

print_env() {
  echo "KAFKA_BROKERS=$BROKERS"
  echo "KAFKA_SASL_MECHANISM=$(echo "$SASL_MECHANISM" | tr '[:upper:]' '[:lower:]')"
}

# ------------------------------------------------------------------ commands

cmd_fetch() { fetch; log "jars ready in $LIBS_DIR"; }

cmd_status() {
  local pid
  pid="$(read_pid)"
  if is_ready; then
    log "running (pid $pid) on $BROKERS"
    return 0
  elif pid_alive "$pid"; then
    log "starting or unhealthy (pid $pid, $BROKERS not ready yet)"
    return 1
  fi
  log "not running"
  return 1
}

cmd_wait() {
  [[ -n "$(read_pid)" ]] || die "Kafka is not running (no pid file in $KAFKA_HOME_DIR); run: $0 start"
  wait_ready
  log "ready on $BROKERS"
  print_env
}

cmd_stop() {
  local pid
  pid="$(read_pid)"
  if ! pid_alive "$pid"; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  log "stopping pid $pid (SIGTERM, up to ${KAFKA_STOP_TIMEOUT}s)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + KAFKA_STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after ${KAFKA_STOP_TIMEOUT}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_reset() {
  cmd_stop
  log "wiping $KAFKA_HOME_DIR"
  rm -rf "$KAFKA_HOME_DIR"
}

cmd_start() {
  if [[ "$KAFKA_RESET" == "1" ]]; then
    cmd_reset
  fi

  local pid
  pid="$(read_pid)"
  if pid_alive "$pid" && ! running_config_current; then
    log "the running broker (pid $pid) was started without SASL/ACLs or with other dev credentials; restarting it"
    cmd_stop
    pid=""
  fi
  if pid_alive "$pid"; then
    if is_ready; then
      log "already running (pid $pid) on $BROKERS"
    else
      log "already starting (pid $pid); waiting for readiness"
      wait_ready
    fi
    print_env
    return 0
  fi
  rm -f "$PID_FILE"

  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if port_open "$p"; then
      die "port $p is already in use by another process (set KAFKA_PORT / KAFKA_CONTROLLER_PORT, or reuse that broker via KAFKA_BROKERS)"
    fi
  done

  check_java
  fetch
  write_config
  format_storage

  # fresh log per run, so readiness detection never sees an older "started" line
  [[ -f "$SERVER_LOG" ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.prev"
  [[ -f "$OUT_LOG" ]] && mv -f "$OUT_LOG" "$OUT_LOG.prev"

  log "starting Kafka $KAFKA_VERSION (KRaft) on $BROKERS, data in $DATA_DIR"
  local launcher=()
  command -v setsid >/dev/null 2>&1 && launcher=(setsid)
  # shellcheck disable=SC2086
  nohup ${launcher[@]+"${launcher[@]}"} bash -c 'echo $$ >"$1"; shift; exec "$@"' _ "$PID_FILE" \
    "$JAVA" -server $KAFKA_HEAP_OPTS \
    -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 \
    -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dkafka.logs.dir="$LOG_DIR" -Dlog4j.configuration="file:$LOG4J_FILE" \
    -cp "$LIBS_DIR/*" kafka.Kafka "$CONF_FILE" \
    >"$OUT_LOG" 2>&1 </dev/null &

  # wait for the pid file written by the wrapper
  local i
  for i in $(seq 1 50); do
    [[ -s "$PID_FILE" ]] && break
    sleep 0.1
  done
  [[ -s "$PID_FILE" ]] || die "failed to launch java (no pid file)"

  local t0=$SECONDS
  wait_ready
  log "ready on $BROKERS (pid $(read_pid), $((SECONDS - t0))s). Logs: $LOG_DIR"
  print_env
}

# Adds a partner CSIRT's principal (partner-<id>) with its own SCRAM password, creates its
# feeds (csirt.partner.<id>.*) and the ACLs the catalogue gives it: its own feeds, the
# community topics its agreement's TLP ceiling reaches (CLEAR: csirt.announcements.clear
# only; GREEN and above: .green too), groups csirt-partner-<id>.*. Prints the credentials
# once. `partner ceiling` re-applies the ACLs after the agreement's ceiling changed.
cmd_partner() {
  local action="${1:-}" id="${2:-}" ceiling="CLEAR" password
  [[ ( "$action" == "add" || "$action" == "ceiling" ) && -n "$id" ]] ||
    die "usage: $0 partner add <id> [--ceiling CLEAR|GREEN|AMBER|AMBER+STRICT|RED] | $0 partner ceiling <id> <ceiling>"
  [[ "$id" =~ ^[a-z0-9][a-z0-9-]{0,62}$ ]] || die "partner id must be lowercase letters, digits and dashes"
  if [[ "$action" == "ceiling" ]]; then
    ceiling="${3:-}"
  elif [[ "${3:-}" == "--ceiling" ]]; then
    ceiling="${4:-}"
  elif [[ -n "${3:-}" ]]; then
    die "unknown option ${3}"
  fi
  [[ "$ceiling" =~ ^(CLEAR|GREEN|AMBER|AMBER\+STRICT|AMBER_STRICT|RED)$ ]] || die "ceiling must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED (got '${ceiling}')"
  is_ready || die "Kafka is not running; run: $0 start"
  check_java
  if [[ "$action" == "add" ]]; then
    password="${KAFKA_PARTNER_PASSWORD:-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')}"
    "$JAVA" -Dlog4j.configuration="file:$TOOLS_LOG4J_FILE" -cp "$LIBS_DIR/*" kafka.admin.ConfigCommand \
      --bootstrap-server "$BROKERS" --command-config "$ADMIN_CLIENT_CONF" \
      --alter --entity-type users --entity-name "partner-$id" \
      --add-config "$SASL_MECHANISM=[password=$password]" >&2
  fi
  (cd "$SCRIPT_DIR/../.." && KAFKA_BROKERS="$BROKERS" KAFKA_SASL_MECHANISM=scram-sha-512 KAFKA_SASL_USERNAME=admin \
    KAFKA_SASL_PASSWORD="$(dev_password "$DEV_CREDENTIALS" admin)" npx tsx infra/kafka/apply-topics.ts --partners "$id:$ceiling" >&2)
  if [[ "$action" == "add" ]]; then
    log "partner principal partner-$id added (ceiling $ceiling)"
    echo "KAFKA_SASL_USERNAME=partner-$id"
    echo "KAFKA_SASL_PASSWORD=$password"
  else
    log "partner-$id now reads what a $ceiling agreement allows"
  fi
}

usage() {
  cat >&2 <<EOF
Usage: $0 <command>

  start    fetch jars if needed, format storage once, start broker in background,
           wait until ready; prints KAFKA_BROKERS=$BROKERS and KAFKA_SASL_MECHANISM (idempotent)
  stop     SIGTERM, wait up to ${KAFKA_STOP_TIMEOUT}s, then SIGKILL
  status   exit 0 if running and ready
  wait     wait until the running broker is ready (KAFKA_START_TIMEOUT=${KAFKA_START_TIMEOUT}s)
  fetch    only download the Kafka $KAFKA_VERSION jars (needs mvn)
  reset    stop and wipe all data/logs in $KAFKA_HOME_DIR
  partner add <id> [--ceiling CLEAR|GREEN|AMBER|AMBER+STRICT|RED]
           create SCRAM user partner-<id>, its feeds and its ACLs (community topics up to
           its agreement's ceiling, CLEAR by default); prints its credentials
  partner ceiling <id> <ceiling>
           re-apply partner-<id>'s ACLs after its agreement's ceiling changed

Env: KAFKA_PORT ($KAFKA_PORT), KAFKA_CONTROLLER_PORT ($KAFKA_CONTROLLER_PORT), KAFKA_VERSION ($KAFKA_VERSION),
     KAFKA_HOME_DIR ($KAFKA_HOME_DIR), KAFKA_CACHE_DIR, KAFKA_HEAP_OPTS, KAFKA_RESET=1 (wipe data on start),
     KAFKA_START_TIMEOUT, KAFKA_STOP_TIMEOUT
EOF
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  wait) cmd_wait ;;
  fetch) cmd_fetch ;;
  reset) cmd_reset ;;
  partner) shift; cmd_partner "$@" ;;
  -h | --help | help) usage ;;
  *) usage; exit 2 ;;
esac
