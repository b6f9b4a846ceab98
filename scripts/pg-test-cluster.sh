#!/usr/bin/env bash
# A private PostgreSQL cluster for the team-catalogue tests (docs/team-catalogue.md): initdb in a
# folder of its own, on a free local port, reachable only over 127.0.0.1 with a password, so the
# tests never touch a server of the machine's. Installs Debian's postgresql when it is missing.
# Run as root, the server runs as `nobody` (PostgreSQL refuses to run as root).
#
#   pg-test-cluster.sh start DIR      initdb + start; writes DIR/url (the superuser's URL)
#   pg-test-cluster.sh stop DIR       stops the server and removes DIR
#   pg-test-cluster.sh halt DIR       stops the server, keeps its data (a test's "server gone")
#   pg-test-cluster.sh resume DIR     starts it again on the same port
#   pg-test-cluster.sh run DIR CMD... runs CMD with RS_TEST_CATALOGUE_URL and RS_TEST_PG_CLUSTER
set -euo pipefail
RS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

action=${1:?usage: pg-test-cluster.sh start|stop|halt|resume|run DIR [CMD...]}
dir=${2:?the cluster folder}
shift 2

pg_bin() {
    local found
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$found" ]; then
        source "$RS_ROOT/scripts/install-packages.sh"
        rs_install_packages postgresql
        found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    fi
    echo "$found"
}

# PostgreSQL will not run as root: the cluster then belongs to nobody, in a folder of its own
# under /tmp (nobody may not be able to reach DIR: a clone in a private folder), named in
# DIR/home. Its data, log and socket live there; DIR keeps the URL, port and password.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$(server_home)" && runuser -u nobody -- "$@")
    else
        "$@"
    fi
}

server_home() {
    if [ -f "$dir/home" ]; then cat "$dir/home"; else echo "$dir"; fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
    local bin home
    bin=$(pg_bin)
    home=$(server_home)
    # -w waits until it accepts connections; fsync off: a test cluster need not survive a crash.
    as_owner "$bin/pg_ctl" -D "$home/data" -l "$home/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$(cat "$dir/port") -c unix_socket_directories=$home -c fsync=off" \
        start >/dev/null
}

case $action in
start)
    bin=$(pg_bin)
    mkdir -p "$dir"
    password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
    echo "$password" >"$dir/password"
    free_port >"$dir/port"
    if [ "$(id -u)" -eq 0 ]; then
        home=$(mktemp -d /tmp/rs-pg-cluster.XXXXXX)
        echo "$home" >"$dir/home"
        cp "$dir/password" "$home/password"
        chown -R nobody "$home"
    fi
    as_owner "$bin/initdb" -D "$(server_home)/data" -U rs_owner --pwfile="$(server_home)/password" \
        --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    start_server
    url="postgresql://rs_owner:$password@127.0.0.1:$(cat "$dir/port")/postgres"
    psql -q "$url" -c "CREATE DATABASE rs_catalogue" >/dev/null
    echo "postgresql://rs_owner:$password@127.0.0.1:$(cat "$dir/port")/rs_catalogue" >"$dir/url"
    echo "pg-test-cluster: postgresql://rs_owner@127.0.0.1:$(cat "$dir/port")/rs_catalogue in $dir"
    ;;
stop)
    home=$(server_home)
    if [ -f "$home/data/postmaster.pid" ]; then
        as_owner "$(pg_bin)/pg_ctl" -D "$home/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$home" "$dir"
    ;;
halt)
    as_owner "$(pg_bin)/pg_ctl" -D "$(server_home)/data" -m fast -w stop >/dev/null
    ;;
resume)
    start_server
    ;;
run)
    RS_TEST_CATALOGUE_URL=$(cat "$dir/url") RS_TEST_PG_CLUSTER=$dir exec "$@"
    ;;
*)
    echo "pg-test-cluster: unknown action $action" >&2
    exit 2
    ;;
esac
