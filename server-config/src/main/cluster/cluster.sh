#!/usr/bin/env bash
# Two registry servers from the packaged server (mvn -Pdist -DskipTests package) over one PostgreSQL database, with
# HAProxy in front (docs/operations.md):
#
#   cluster.sh start     lay out the servers (first time), start both at once, wait until ready, start HAProxy
#   cluster.sh stop      stop HAProxy and both servers
#   cluster.sh status    readiness of each server and of the proxy
#   cluster.sh start-node N | stop-node N    one server (a rolling upgrade, maintenance)
#
# Settings (environment; defaults in brackets):
#   REGISTRY_ZIP      the packaged server [server-config/target/registry-server.zip beside this script's module]
#   CLUSTER_DIR       where the servers, HAProxy's configuration and pid live [/var/tmp/registry-cluster]
#   NODE1_HTTP_PORT, NODE1_HTTPS_PORT, NODE2_HTTP_PORT, NODE2_HTTPS_PORT   [9180, 9543, 9280, 9643]
#   PROXY_PORT        the address clients use [9080]
#   DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD   PostgreSQL [127.0.0.1, 5432, registry, registry, none]
#   CLUSTER_START_SECONDS   how long a server may take to become ready [480]
#   HTTP_TRUSTED_PROXIES    the proxy's address as a regular expression: the servers take the client's address
#                     from its X-Forwarded-For [127[.]0[.]0[.]1, HAProxy on this machine]
#   FACES_STATE_SECRET  the key material of the screens' view state, the same on every server [drawn once into
#                     $CLUSTER_DIR/faces-state.secret]: either server reads the view state a page carries
# Every other variable of the environment (APP_MODE, EXCHANGE_*, REMINDERS_*, TLS_*, …) reaches both servers as it
# is; files in $CLUSTER_DIR/overrides/ are copied into each server's configDropins/overrides at every start (the
# administrators' registry, LDAP). Sessions are kept in the database (SESSIONS_STORE=database).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REGISTRY_ZIP="${REGISTRY_ZIP:-$HERE/../../../target/registry-server.zip}"
CLUSTER_DIR="${CLUSTER_DIR:-/var/tmp/registry-cluster}"
NODE1_HTTP_PORT="${NODE1_HTTP_PORT:-9180}"
NODE1_HTTPS_PORT="${NODE1_HTTPS_PORT:-9543}"
NODE2_HTTP_PORT="${NODE2_HTTP_PORT:-9280}"
NODE2_HTTPS_PORT="${NODE2_HTTPS_PORT:-9643}"
PROXY_PORT="${PROXY_PORT:-9080}"
CLUSTER_START_SECONDS="${CLUSTER_START_SECONDS:-480}"
export DB_KIND=postgresql SESSIONS_STORE=database
export DB_HOST="${DB_HOST:-127.0.0.1}" DB_PORT="${DB_PORT:-5432}" DB_NAME="${DB_NAME:-registry}"
export DB_USER="${DB_USER:-registry}"
export HTTP_TRUSTED_PROXIES="${HTTP_TRUSTED_PROXIES:-127[.]0[.]0[.]1}"

say() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

http_port() { local p="NODE$1_HTTP_PORT"; echo "${!p}"; }
https_port() { local p="NODE$1_HTTPS_PORT"; echo "${!p}"; }
node_dir() { echo "$CLUSTER_DIR/node$1"; }

ready() { # the HTTP status of /health/ready on a port, 000 when nothing answers
    curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$1/health/ready" || true
}

database() {
    command -v pg_isready >/dev/null || return 0
    if ! pg_isready -q -h "$DB_HOST" -p "$DB_PORT"; then
        if [[ "$DB_HOST" =~ ^(127\.0\.0\.1|localhost)$ ]] && command -v pg_ctlcluster >/dev/null; then
            say "starting the machine's PostgreSQL"
            pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
            for _ in $(seq 1 30); do pg_isready -q -h "$DB_HOST" -p "$DB_PORT" && return 0; sleep 1; done
        fi
        die "PostgreSQL does not answer at $DB_HOST:$DB_PORT"
    fi
}

lay_out() { # unpack the zip for node N once; configuration overrides copied at every start
    local dir; dir="$(node_dir "$1")"
    if [ ! -d "$dir/wlp" ]; then
        [ -f "$REGISTRY_ZIP" ] || die "no packaged server at $REGISTRY_ZIP (mvn -Pdist -DskipTests package)"
        mkdir -p "$dir"
        unzip -q "$REGISTRY_ZIP" -d "$dir"
    fi
    if [ -d "$CLUSTER_DIR/overrides" ]; then
        mkdir -p "$dir/wlp/usr/servers/registry/configDropins/overrides"
        cp "$CLUSTER_DIR"/overrides/*.xml "$dir/wlp/usr/servers/registry/configDropins/overrides/" 2>/dev/null || true
    fi
}

server() { # wlp/bin/server ACTION registry for node N, with that node's ports
    local dir; dir="$(node_dir "$2")"
    HTTP_PORT="$(http_port "$2")" HTTPS_PORT="$(https_port "$2")" sh "$dir/wlp/bin/server" "$1" registry
}

await_ready() {
    local port; port="$(http_port "$1")"
    local deadline=$((SECONDS + CLUSTER_START_SECONDS))
    until [ "$(ready "$port")" = 200 ]; do
        [ $SECONDS -lt $deadline ] || die "node $1 not ready on port $port after ${CLUSTER_START_SECONDS}s: see $(node_dir "$1")/wlp/usr/servers/registry/logs/messages.log"
        sleep 2
    done
    say "node $1 ready on port $port"
}

state_secret() { # one secret per cluster: every server encrypts and reads the view state kept in the pages with it
    if [ -z "${FACES_STATE_SECRET:-}" ]; then
        local file="$CLUSTER_DIR/faces-state.secret"
        if [ ! -s "$file" ]; then
            (umask 077 && head -c 32 /dev/urandom | base64 >"$file")
            say "drew the cluster's view state secret into $file"
        fi
        FACES_STATE_SECRET="$(cat "$file")"
    fi
    export FACES_STATE_SECRET
}

proxy_pid() { cat "$CLUSTER_DIR/haproxy.pid" 2>/dev/null || true; }

start_proxy() {
    local pid; pid="$(proxy_pid)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        say "HAProxy already running (pid $pid)"
        return
    fi
    command -v haproxy >/dev/null || die "HAProxy is not installed (apt-get install haproxy)"
    cp "$HERE/haproxy.cfg" "$CLUSTER_DIR/haproxy.cfg"
    PROXY_BIND="*:$PROXY_PORT" NODE1_ADDRESS="127.0.0.1:$NODE1_HTTP_PORT" NODE2_ADDRESS="127.0.0.1:$NODE2_HTTP_PORT" \
        haproxy -D -p "$CLUSTER_DIR/haproxy.pid" -f "$CLUSTER_DIR/haproxy.cfg"
    say "HAProxy on port $PROXY_PORT in front of ports $NODE1_HTTP_PORT and $NODE2_HTTP_PORT"
}

stop_proxy() {
    local pid; pid="$(proxy_pid)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        say "HAProxy stopped"
    fi
    rm -f "$CLUSTER_DIR/haproxy.pid"
}

start() {
    database
    mkdir -p "$CLUSTER_DIR"
    state_secret
    lay_out 1
    lay_out 2
    # both at once: Flyway's lock in the database lets one of them migrate, the other waits for it
    server start 1 >"$CLUSTER_DIR/node1-start.log" 2>&1 &
    local first=$!
    server start 2 >"$CLUSTER_DIR/node2-start.log" 2>&1 || die "node 2 not started: $(cat "$CLUSTER_DIR/node2-start.log")"
    wait $first || die "node 1 not started: $(cat "$CLUSTER_DIR/node1-start.log")"
    await_ready 1
    await_ready 2
    start_proxy
}

stop() {
    stop_proxy
    for n in 1 2; do
        [ -d "$(node_dir $n)/wlp" ] && server stop $n >/dev/null 2>&1 || true
        say "node $n stopped"
    done
}

status() {
    local down=0
    for n in 1 2; do
        local code; code="$(ready "$(http_port $n)")"
        say "node $n (port $(http_port $n)): $([ "$code" = 200 ] && echo UP || echo "DOWN ($code)")"
        [ "$code" = 200 ] || down=1
    done
    local code; code="$(ready "$PROXY_PORT")"
    say "proxy (port $PROXY_PORT): $([ "$code" = 200 ] && echo UP || echo "DOWN ($code)")"
    [ "$code" = 200 ] || down=1
    return $down
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    start-node) [[ "${2:-}" =~ ^[12]$ ]] || die "start-node 1|2"; database; mkdir -p "$CLUSTER_DIR"; state_secret; lay_out "$2"; server start "$2"; await_ready "$2" ;;
    stop-node) [[ "${2:-}" =~ ^[12]$ ]] || die "stop-node 1|2"; server stop "$2" ;;
    *) die "usage: cluster.sh start|stop|status|start-node N|stop-node N" ;;
esac
