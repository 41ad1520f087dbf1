#!/usr/bin/env bash
# Starts a RabbitMQ broker for the tests on 127.0.0.1:5672 (guest/guest), installing Debian's package first
# when it is missing, on loopback only (AMQP, epmd and the node's distribution port). Nothing happens when a
# broker already runs. The RabbitMQ tests make a virtual host each with rabbitmqctl, so they need root (or sudo).
# Usage: build/rabbitmq.sh [start|stop]
set -euo pipefail

# The CLI starts epmd itself when none runs: keep that on loopback too.
export ERL_EPMD_ADDRESS=127.0.0.1
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
ctl="$sudo env ERL_EPMD_ADDRESS=127.0.0.1 /usr/sbin/rabbitmqctl"

if [ "${1:-start}" = stop ]; then
  if $ctl -q status >/dev/null 2>&1; then
    $ctl -q stop
    echo "rabbitmq: stopped"
  fi
  exit 0
fi

if [ ! -x /usr/sbin/rabbitmq-server ]; then
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq rabbitmq-server >/dev/null
fi

if $ctl -q status >/dev/null 2>&1; then
  echo "rabbitmq: already running"
  exit 0
fi

$sudo env RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" /usr/sbin/rabbitmq-server -detached
# await_startup fails at once while the new node has not registered yet: ask again for up to a minute.
for _ in $(seq 60); do $ctl -q await_startup >/dev/null 2>&1 && break; sleep 1; done
$ctl -q --timeout 60 await_startup
echo "rabbitmq: running on 127.0.0.1:5672"
