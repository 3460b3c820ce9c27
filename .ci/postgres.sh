# Sourced by .ci/run: installs Debian's PostgreSQL if missing, starts a throwaway server on a
# local port as the postgres user, creates database kujira, and exports KUJIRA_POSTGRES_URL and
# KUJIRA_POSTGRES=1 (the store's PostgreSQL tests then fail, not skip, if it is unreachable).
# The server is stopped, and its data folder removed, when .ci/run exits.
kujira_pg_start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) \
      || { echo "ci: could not install postgresql" >&2; return 1; }
  fi
  local bin port data as
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  port=${KUJIRA_PG_PORT:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  data=$(mktemp -d /tmp/kujira-ci-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    chown postgres "$data"
    as=(runuser -u postgres --)
  else
    as=()
  fi
  "${as[@]}" "$bin/initdb" -D "$data/db" -U kujira -A trust >"$data/initdb.log" 2>&1 \
    || { cat "$data/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
    -o "-p $port -k $data -c listen_addresses=127.0.0.1" start >/dev/null \
    || { cat "$data/server.log" >&2; return 1; }
  KUJIRA_PG_STOP="${as[*]} $bin/pg_ctl -D $data/db -m fast stop"
  KUJIRA_PG_DATA=$data
  "$bin/psql" -h 127.0.0.1 -p "$port" -U kujira -d postgres -qc "CREATE DATABASE kujira" >/dev/null || return 1
  export KUJIRA_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$port/kujira?user=kujira"
  export KUJIRA_POSTGRES=1
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
}

kujira_pg_stop() {
  if [ -n "${KUJIRA_PG_STOP:-}" ]; then
    $KUJIRA_PG_STOP >/dev/null 2>&1 || true
    rm -rf "$KUJIRA_PG_DATA"
  fi
}
