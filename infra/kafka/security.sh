# Sourced by kafka.sh and compose-broker.sh: the one description of how a platform broker
# authenticates and authorises, so the dev broker and the compose one cannot drift apart.

SASL_MECHANISM="SCRAM-SHA-512"
# Bump when the layout below changes: kafka.sh then re-creates older data directories.
SECURITY_LAYOUT="sasl-scram-standard-authorizer-v1"

# Password of a principal in a `principal=password` file (empty when absent).
dev_password() {
  awk -F= -v user="$2" '$0 !~ /^[[:space:]]*#/ && $1 == user { sub(/^[^=]*=/, ""); print; exit }' "$1"
}

dev_users() {
  awk -F= '$0 !~ /^[[:space:]]*#/ && NF >= 2 { print $1 }' "$1"
}

# `--add-scram` arguments of kafka-storage format for every user of the file: the users
# are in the first metadata records, before the broker accepts a connection.
scram_format_args() {
  local file="$1" user
  while read -r user; do
    printf '%s\n' --add-scram "$SASL_MECHANISM=[name=$user,password=$(dev_password "$file" "$user")]"
  done < <(dev_users "$file")
}

# server.properties lines: SCRAM on the client listeners (lowercase listener names given),
# PLAIN with one static user on the controller listener (SCRAM users live in the metadata
# the controller serves, so the controller cannot check them), the StandardAuthorizer
# denying whatever no ACL allows, and admin as the only super user.
security_properties() {
  local admin_password="$1" listener
  shift
  echo "sasl.enabled.mechanisms=$SASL_MECHANISM"
  echo "sasl.mechanism.inter.broker.protocol=$SASL_MECHANISM"
  for listener in "$@"; do
    echo "listener.name.$listener.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$admin_password\";"
  done
  echo "sasl.mechanism.controller.protocol=PLAIN"
  echo "listener.name.controller.sasl.enabled.mechanisms=PLAIN"
  echo "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"$admin_password\" user_admin=\"$admin_password\";"
  echo "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer"
  echo "allow.everyone.if.no.acl.found=false"
  echo "super.users=User:admin"
}

# server.properties lines every single-node platform broker shares (dev, CI, compose):
# replication of one, and no topic the catalogue does not declare.
single_node_properties() {
  echo "num.partitions=3"
  echo "default.replication.factor=1"
  echo "min.insync.replicas=1"
  echo "offsets.topic.replication.factor=1"
  echo "transaction.state.log.replication.factor=1"
  echo "transaction.state.log.min.isr=1"
  echo "group.initial.rebalance.delay.ms=0"
  echo "auto.create.topics.enable=false"
}

# Client settings of the admin principal, for the Java tools (kafka-configs, healthchecks).
admin_client_properties() {
  local admin_password="$1"
  echo "security.protocol=SASL_PLAINTEXT"
  echo "sasl.mechanism=$SASL_MECHANISM"
  echo "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"admin\" password=\"$admin_password\";"
}
