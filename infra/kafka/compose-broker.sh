#!/usr/bin/env bash
# The Kafka broker of docker compose (apache/kafka image): the same SASL/SCRAM and
# StandardAuthorizer layout as kafka.sh (security.sh), with a listener for the other
# containers (kafka:9092) and one for the host (localhost:19092). The dev users of
# dev-credentials.properties are created when the data directory is formatted; topics and
# ACLs are applied by the kafka-topics one-shot. Dev only: the passwords are public.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=security.sh
source "$SCRIPT_DIR/security.sh"

KAFKA_DIR="${KAFKA_DIR:-/opt/kafka}"
CREDENTIALS="${KAFKA_DEV_CREDENTIALS:-$SCRIPT_DIR/dev-credentials.properties}"
DATA_DIR="${KAFKA_DATA_DIR:-/tmp/csirt-kafka-data}"
CONF="${KAFKA_CONF:-/tmp/server.properties}"
CLIENT_HOST="${KAFKA_CLIENT_HOST:-kafka}"
CLIENT_PORT="${KAFKA_CLIENT_PORT:-9092}"
EXTERNAL_HOST="${KAFKA_EXTERNAL_HOST:-localhost}"
# The port of DEV_KAFKA_BROKERS (libs/messaging/src/dev-credentials.ts): keep them together.
EXTERNAL_PORT="${KAFKA_EXTERNAL_PORT:-19092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
# The id only has to stay the same across restarts of one data directory.
CLUSTER_ID="${KAFKA_CLUSTER_ID:-MkU3OEVBNTcwNTJENDM2Qk}"

admin_password="$(dev_password "$CREDENTIALS" admin)"
[[ -n "$admin_password" ]] || { echo "no admin password in $CREDENTIALS" >&2; exit 1; }
mkdir -p "$DATA_DIR"
cat >"$CONF" <<CONF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@localhost:$CONTROLLER_PORT
listeners=CLIENT://:$CLIENT_PORT,EXTERNAL://:$EXTERNAL_PORT,CONTROLLER://localhost:$CONTROLLER_PORT
advertised.listeners=CLIENT://$CLIENT_HOST:$CLIENT_PORT,EXTERNAL://$EXTERNAL_HOST:$EXTERNAL_PORT
listener.security.protocol.map=CLIENT:SASL_PLAINTEXT,EXTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=CLIENT
$(security_properties "$admin_password" client external)
log.dirs=$DATA_DIR
$(single_node_properties)
CONF

# Client settings for the healthcheck and for `docker compose exec kafka` admin tools.
admin_client_properties "$admin_password" >"${KAFKA_ADMIN_CLIENT_CONF:-/tmp/admin-client.properties}"

if [[ ! -f "$DATA_DIR/meta.properties" ]]; then
  mapfile -t scram < <(scram_format_args "$CREDENTIALS")
  java -cp "$KAFKA_DIR/libs/*" kafka.tools.StorageTool format -t "$CLUSTER_ID" -c "$CONF" --ignore-formatted "${scram[@]}"
fi
log4j=()
[[ -f "$KAFKA_DIR/config/log4j.properties" ]] && log4j=("-Dlog4j.configuration=file:$KAFKA_DIR/config/log4j.properties")
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m} ${log4j[@]+"${log4j[@]}"} -cp "$KAFKA_DIR/libs/*" kafka.Kafka "$CONF"
