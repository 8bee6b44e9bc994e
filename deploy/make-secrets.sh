#!/usr/bin/env bash
# Creates the random secrets deploy/compose.yaml mounts, in deploy/secrets/ (git-ignored). Existing
# files are kept, so running it again never changes a password a database already uses.
# The directory is 0700 (only you); the files are 0644 because compose bind-mounts them with the
# host's owner and mode, and the api runs as uid 1000 in its container.
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
install -d -m 0700 "$dir"
umask 022

# make NAME CONTENT-COMMAND…: writes the file only when it does not exist yet.
make() { local file="$dir/$1"; shift; [ -e "$file" ] || "$@" > "$file"; }
random() { openssl rand -hex "$1"; }

make postgres_password random 24
make postgres_owner_password random 24
make postgres_api_password random 24
make postgres_worker_password random 24
make redis_password random 24
make rabbitmq_password random 24
make jwt_secret openssl rand -base64 48
make metrics_token random 24

owner="$(cat "$dir/postgres_owner_password")"
api="$(cat "$dir/postgres_api_password")"
worker="$(cat "$dir/postgres_worker_password")"
redis="$(cat "$dir/redis_password")"
rabbit="$(cat "$dir/rabbitmq_password")"
# One role per use (deploy/README.md "Database roles"): the schema's owner, the API, the worker.
make migration_database_url printf 'postgres://winterarc_owner:%s@postgres:5432/winterarc\n' "$owner"
make database_url printf 'postgres://winterarc_api:%s@postgres:5432/winterarc\n' "$api"
make worker_database_url printf 'postgres://winterarc_worker:%s@postgres:5432/winterarc\n' "$worker"
make redis.conf printf 'requirepass %s\n' "$redis"
make redis_url printf 'redis://:%s@redis:6379\n' "$redis"
make rabbitmq.conf printf 'default_user = winterarc\ndefault_pass = %s\n' "$rabbit"
make rabbitmq_url printf 'amqp://winterarc:%s@rabbitmq:5672\n' "$rabbit"
echo "secrets in $dir"
