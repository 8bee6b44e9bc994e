#!/usr/bin/env bash
# Makes sure what the tests need is installed and running on this (Debian) machine: bubblewrap for the
# judge's sandbox and its languages' toolchains (scripts/setup-host.sh), PostgreSQL, Redis and RabbitMQ for the integration tests,
# Chromium for the browser tests, nginx to check deploy/nginx. Installs with apt-get when missing
# (needs root), starts what is down, and waits until each answers. Safe to run again and again.
set -euo pipefail

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The judge's sandbox and toolchains: the same script that sets up a host to run Winter Arc.
bash "$(dirname "$0")/setup-host.sh"

missing=()
command -v pg_ctlcluster >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v rabbitmq-server >/dev/null || missing+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# nginx -t checks deploy/nginx/winterarc.conf (server/ops/tools/deploy.test.ts); not started.
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} …"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "Starting PostgreSQL …"
  as_root pg_ctlcluster --skip-systemctl-redirect \
    "$(find /etc/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' | sort -V | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "Starting Redis …"
  as_root mkdir -p /var/lib/redis /var/log/redis
  as_root redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
fi
redis-cli -h 127.0.0.1 -p 6379 ping

# RabbitMQ answers AMQP only after its boot finishes; await_startup blocks until then (bounded).
if ! rabbitmqctl -q status >/dev/null 2>&1; then
  echo "Starting RabbitMQ …"
  as_root rabbitmq-server -detached
fi
as_root timeout 120 rabbitmqctl -q await_startup
echo "RabbitMQ is up"
