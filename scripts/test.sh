#!/usr/bin/env bash
# The test command of the README: installs and starts what the tests need, installs the project,
# builds it and runs `npm test`: lint, type check and every test lane (docs/testing.md), with a time per lane.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-test-services.sh

# The integration tests create and drop scratch databases. A fresh Debian PostgreSQL refuses password-less
# TCP logins, so fall back to the local socket with a superuser role named after this OS user (peer auth).
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! psql "$TEST_DATABASE_URL" -qtAc 'select 1' >/dev/null 2>&1; then
  me="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -qc "DO \$\$ BEGIN CREATE ROLE \"$me\" SUPERUSER LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END \$\$;"
  fi
  export TEST_DATABASE_URL="postgresql:///postgres?host=/var/run/postgresql"
  psql "$TEST_DATABASE_URL" -qtAc 'select 1' >/dev/null
fi

npm ci --no-audit --no-fund
npm run build
npm test
