#!/usr/bin/env bash
# A throwaway PostgreSQL server for load runs on PostgreSQL: "start" makes a cluster in /tmp/presto-bench-pg (as the
# postgres user when run as root, as the server refuses root), listening on 127.0.0.1:${PGPORT:-55432} with trust
# authentication for user presto, and a database presto; "stop" stops it and removes the cluster. Point a
# distribution at it with bench/postgres.sh use KARAF_HOME (writes etc/org.presto.store.cfg; restart Presto after).
#   usage: bench/postgres.sh start|stop|use <karaf-home>
set -euo pipefail
dir=/tmp/presto-bench-pg
port=${PGPORT:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "${1:-}" in
  start)
    rm -rf "$dir" && mkdir -p "$dir" && chmod 755 "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_server "$bin/initdb" -D "$dir/data" -U presto --auth=trust -E UTF8 > "$dir/initdb.log"
    # the settings a Presto cluster needs are in docs/operator-guide.md; these are for a load run on 2 cores
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=256MB" start
    as_server "$bin/createdb" -h 127.0.0.1 -p "$port" -U presto presto
    echo "PostgreSQL on 127.0.0.1:$port, database presto, user presto (trust)"
    ;;
  stop)
    as_server "$bin/pg_ctl" -D "$dir/data" -w stop -m fast || true
    rm -rf "$dir"
    ;;
  use)
    home=${2:?karaf home}
    printf 'backend = postgresql\nurl = jdbc:postgresql://127.0.0.1:%s/presto\nuser = presto\npoolSize = 16\n' "$port" \
      > "$home/etc/org.presto.store.cfg"
    echo "$home/etc/org.presto.store.cfg now points at PostgreSQL on port $port"
    ;;
  *)
    echo "usage: $0 start|stop|use <karaf-home>" >&2
    exit 2
    ;;
esac
