#!/usr/bin/env bash
# Creates Winter Arc's database and its three roles (least privilege; deploy/README.md "Database
# roles"), run once by the postgres image on an empty volume (/docker-entrypoint-initdb.d/), or by
# hand as a superuser:   PGHOST=… PGUSER=postgres SECRETS_DIR=… deploy/postgres/create-roles.sh
#   winterarc_owner   owns the database and every table: migrations, seed, backup, restore
#   winterarc_api     what API instances connect as: read/write data, no schema changes
#   winterarc_worker  what judge workers connect as: submissions and problem packages only
# Privileges on the tables are granted by `winterarc migrate --grant-api winterarc_api
# --grant-worker winterarc_worker`, after every migration. Passwords are read from files and passed
# to psql as variables (quoted by psql), never on a command line.
set -euo pipefail
dir="${SECRETS_DIR:-/run/secrets}"
database="${WINTERARC_DATABASE:-winterarc}"

psql -v ON_ERROR_STOP=1 --no-psqlrc \
  -v owner_password="$(cat "$dir/postgres_owner_password")" \
  -v api_password="$(cat "$dir/postgres_api_password")" \
  -v worker_password="$(cat "$dir/postgres_worker_password")" \
  -v database="$database" <<'SQL'
CREATE ROLE winterarc_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE winterarc_api LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'api_password';
CREATE ROLE winterarc_worker LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'worker_password';
CREATE DATABASE :"database" OWNER winterarc_owner;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO winterarc_api, winterarc_worker;
\connect :"database"
-- Only the owner creates objects (PostgreSQL 15 already takes CREATE on public from PUBLIC).
ALTER SCHEMA public OWNER TO winterarc_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
