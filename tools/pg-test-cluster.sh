#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (never the machine's own server):
#   pg-test-cluster.sh start DIR   initdb in a fresh folder, listen on 127.0.0.1 only on a free port,
#                                  SCRAM passwords; roles dsr_owner (owns the databases, creates the
#                                  schema) and dsr_app (the desks' role); database dsr_test with pg_trgm.
#                                  dsr_owner may create databases: each test makes its own.
#                                  Writes DIR/env (URIs and PGPASSFILE) and DIR/pgpass (0600).
#   pg-test-cluster.sh stop DIR    stops it and removes its files.
# The tests run with fsync=off (nothing there needs to survive a power cut). Benchmarks set
# DSR_PG_FSYNC=on so a commit costs what it costs on a real server (SQLite runs synchronous=FULL).
# As root (CI) the server runs as the postgres user, which initdb requires.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[[ -x "$bindir/initdb" ]] || { echo "PostgreSQL is not installed (Debian package postgresql); run tools/install-deps.sh" >&2; exit 1; }
as=()
[[ $(id -u) -eq 0 ]] && as=(runuser -u postgres --)

stop() {
  [[ -f "$dir/pgdata" ]] || return 0
  local data
  data=$(cat "$dir/pgdata")
  if [[ -d "$data" ]]; then
    "${as[@]}" "$bindir/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$data"
  fi
  rm -f "$dir/pgdata" "$dir/env" "$dir/pgpass"
}

secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24; }

case "$cmd" in
stop)
  stop
  ;;
start)
  stop
  mkdir -p "$dir"
  # The cluster lives in /tmp, where the postgres user can reach it even when DIR cannot.
  data=$(mktemp -d /tmp/dsr-pg.XXXXXX)
  echo "$data" > "$dir/pgdata"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$data"
  chmod 700 "$data"
  port=""
  for p in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
  done
  [[ -n "$port" ]] || { echo "no free port found on 127.0.0.1" >&2; exit 1; }
  super=$(secret); owner=$(secret); app=$(secret)
  printf '%s\n' "$super" > "$data/superpw"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$data/superpw"
  chmod 600 "$data/superpw"
  "${as[@]}" "$bindir/initdb" -D "$data/db" -U postgres -A scram-sha-256 --pwfile="$data/superpw" \
    -E UTF8 --locale=C.UTF-8 >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; exit 1; }
  fsync=off
  [[ ${DSR_PG_FSYNC:-off} == on ]] && fsync=on
  "${as[@]}" "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='' -c fsync=$fsync" start >/dev/null \
    || { cat "$data/server.log" >&2; exit 1; }
  psql() { PGPASSWORD="$super" "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
  psql -d postgres <<SQL
CREATE ROLE dsr_owner LOGIN CREATEDB PASSWORD '$owner';
CREATE ROLE dsr_app LOGIN PASSWORD '$app';
CREATE DATABASE dsr_test OWNER dsr_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE dsr_test FROM PUBLIC;
GRANT CONNECT ON DATABASE dsr_test TO dsr_app;
-- Test-only: a test drops its own database even while a finished desk's connection lingers.
GRANT pg_signal_backend TO dsr_owner;
SQL
  psql -d dsr_test -c "CREATE EXTENSION pg_trgm"
  umask 077
  printf '127.0.0.1:%s:*:dsr_owner:%s\n127.0.0.1:%s:*:dsr_app:%s\n' \
    "$port" "$owner" "$port" "$app" > "$dir/pgpass"
  cat > "$dir/env" <<ENV
DSR_TEST_PG_OWNER_URI=postgresql://dsr_owner@127.0.0.1:$port/dsr_test
DSR_TEST_PG_APP_URI=postgresql://dsr_app@127.0.0.1:$port/dsr_test
PGPASSFILE=$dir/pgpass
ENV
  echo "PostgreSQL test cluster on 127.0.0.1:$port ($dir/env)"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
