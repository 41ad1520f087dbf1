#!/usr/bin/env bash
# Starts a PostgreSQL server for the tests on 127.0.0.1:${PGPORT:-5432} (user postgres, password postgres),
# installing Debian's package first when it is missing. PostgreSQL refuses to run as root, so the server runs
# as the postgres user. Nothing happens when a server already answers on that port.
set -euo pipefail
port=${PGPORT:-5432}
data=${PGDATA_DIR:-/tmp/coaching-postgres-$port}

if pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
  echo "postgres: already running on 127.0.0.1:$port"
  exit 0
fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -f "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$data"
  pwfile=$(mktemp)
  echo postgres >"$pwfile"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$pwfile"
  as_postgres "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
fi

# Tests favour speed over durability: a crashed test server loses nothing that matters.
as_postgres "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -o \
  "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
echo "postgres: started on 127.0.0.1:$port ($data)"
