#!/usr/bin/env bash
# Starts a PostgreSQL server for the tests on 127.0.0.1:${PGPORT:-5432} (user postgres, password postgres),
# installing Debian's package first when it is missing. PostgreSQL refuses to run as root, so the server runs
# as the postgres user. Nothing happens when a server already answers on that port.
# Usage: build/postgres.sh [start|stop]   (stop only stops a server this script started, in $PGDATA_DIR)
set -euo pipefail
port=${PGPORT:-5432}
data=${PGDATA_DIR:-/tmp/coaching-postgres-$port}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-start}" = stop ]; then
  if [ -f "$data/postmaster.pid" ]; then
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
    echo "postgres: stopped ($data)"
  fi
  exit 0
fi

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
  # Debian's package may have created and started its own cluster on this port: give its user the password.
  if pg_isready -q -h 127.0.0.1 -p "$port" 2>/dev/null; then
    as_postgres psql -q -p "$port" -c "ALTER USER postgres PASSWORD 'postgres'"
    echo "postgres: Debian's cluster runs on 127.0.0.1:$port"
    exit 0
  fi
fi

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
