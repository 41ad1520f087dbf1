#!/usr/bin/env bash
# The two-node run of the HTTP benchmark: Release app processes over one PostgreSQL database and one RabbitMQ
# virtual host (Database:Provider=Postgres, Hangfire:Storage=Postgres, Messaging:Transport=RabbitMq) with the
# scaled demo data (Seed:Scale), measured with wrk on the JSON routes of run.sh three ways: one node reached
# directly, the same node behind nginx, and two nodes behind nginx (round robin, keep-alive to both). Prints
# its figures and writes them into the "Two nodes" section of docs/performance.md (kept in
# build/bench/two-nodes.md, which report.py reads when run.sh rewrites the page).
# Needs PostgreSQL (build/postgres.sh) and RabbitMQ with rabbitmqctl (build/rabbitmq.sh); installs wrk and
# nginx from Debian's packages when missing. The database and virtual host are made fresh and removed after.
# Settings (environment): BENCH_SECONDS=10 per route, BENCH_CONNECTIONS=32, BENCH_TWO_PORT=5610 (node A;
# node B and nginx take the next two), BENCH_TWO_DATABASE=coaching_bench_two, BENCH_TWO_VHOST=coaching-bench-two,
# PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1, 5432, postgres, postgres), BENCH_RABBITMQ=amqp://guest:guest@127.0.0.1:5672,
# BENCH_OUT=docs/performance.md, BENCH_APP_DIR (an app published by run.sh; by default this script publishes one).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
port_a=${BENCH_TWO_PORT:-5610}
port_b=$((port_a + 1))
port_lb=$((port_a + 2))
database=${BENCH_TWO_DATABASE:-coaching_bench_two}
vhost=${BENCH_TWO_VHOST:-coaching-bench-two}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGOPTIONS="-c client_min_messages=warning"
broker=${BENCH_RABBITMQ:-amqp://guest:guest@127.0.0.1:5672}
out=${BENCH_OUT:-docs/performance.md}
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
ctl="$sudo env ERL_EPMD_ADDRESS=127.0.0.1 /usr/sbin/rabbitmqctl"

pg_isready -q || { echo "two-nodes: no PostgreSQL on $PGHOST:$PGPORT (build/postgres.sh starts one)" >&2; exit 2; }
$ctl -q status >/dev/null 2>&1 || { echo "two-nodes: no RabbitMQ broker (build/rabbitmq.sh starts one)" >&2; exit 2; }
install() { command -v "$1" >/dev/null || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$2" >/dev/null; }; }
install wrk wrk
install nginx nginx

work=$(mktemp -d)
chmod 755 "$work"
pids=()
nginx_pid=""
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
  psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null 2>&1 || true
  $ctl -q delete_vhost "$vhost" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s%N; }
load_before=$(load)
echo "load average before: $load_before"

# Published as run.sh and the production image publish it (the Production profile), unless run.sh hands over its own.
app=${BENCH_APP_DIR:-}
if [ -z "$app" ]; then
  app="$work/app"
  dotnet publish src/CoachingPlatform.Web -p:PublishProfile=Production --os linux -o "$app" -v q -nologo \
    >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi
dll="$app/CoachingPlatform.Web.dll"

psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" -c "CREATE DATABASE \"$database\"" >/dev/null
$ctl -q delete_vhost "$vhost" >/dev/null 2>&1 || true
$ctl -q add_vhost "$vhost"
$ctl -q set_permissions -p "$vhost" "$(sed -E 's|^amqps?://([^:@/]+).*|\1|' <<<"$broker")" ".*" ".*" ".*"
connection="Host=$PGHOST;Port=$PGPORT;Database=$database;Username=$PGUSER;Password=$PGPASSWORD;Maximum Pool Size=100"

# A node runs in the published folder (settings and web assets), everything it writes in the scratch folder.
start_node() {
  local name=$1 port=$2
  (cd "$app" && ASPNETCORE_ENVIRONMENT=Production App__NodeName="$name" Seed__Demo=true Seed__Scale=true \
    Database__Provider=Postgres ConnectionStrings__Coaching="$connection" Hangfire__Storage=Postgres \
    Messaging__Transport=RabbitMq Messaging__RabbitMq__Url="$broker/$vhost" \
    Email__PickupDirectory="$work/mail-$name" DataProtection__KeysPath="$work/keys-$name" \
    RateLimiting__PublicWritesPerMinute=100000000 Logging__LogLevel__Default=Warning \
    exec dotnet "$dll" --urls "http://127.0.0.1:$port" >>"$work/$name.log" 2>&1) &
  pids+=($!)
}
wait_ready() {
  local name=$1 port=$2
  for _ in $(seq 1 12000); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null && return 0
    sleep 0.05
  done
  tail -30 "$work/$name.log"; return 1
}

echo "node A: migrating and seeding the scaled demo data into PostgreSQL"
t0=$(now); start_node node-a "$port_a"; wait_ready node-a "$port_a"; seed_ms=$(( ($(now) - t0) / 1000000 ))
echo "node A ready in ${seed_ms} ms (migrations and seeding included)"
# Fresh statistics for the planner and a node started over the seeded database, as every later node is: the
# first setup measured is not left with the seeding's aftermath.
psql -q -d "$database" -c "VACUUM ANALYZE" >/dev/null
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()
t0=$(now); start_node node-a "$port_a"; wait_ready node-a "$port_a"; first_ms=$(( ($(now) - t0) / 1000000 ))
echo "node A ready again in ${first_ms} ms"

BENCH_BASE="http://127.0.0.1:$port_a" python3 build/bench/fixtures.py >"$work/fixtures.env"
# shellcheck disable=SC1091
source "$work/fixtures.env"
build/bench/lua.sh "$work" "$coach" "$client" "$admin" "$client_steps" "$wheel_body"

# nginx in front of the given ports: round robin, keep-alive connections to the nodes, and a log of which node
# served each request (buffered), so the split between the nodes is counted, not assumed.
start_nginx() {
  local dir="$work/nginx-$1" servers=""
  shift
  for p in "$@"; do servers+="    server 127.0.0.1:$p;"$'\n'; done
  mkdir -p "$dir"
  chmod 777 "$dir"
  cat >"$dir/nginx.conf" <<NGINX
$( [ "$(id -u)" -eq 0 ] && echo "user root root;" )
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path $dir/body;
  proxy_temp_path $dir/proxy;
  fastcgi_temp_path $dir/fastcgi;
  uwsgi_temp_path $dir/uwsgi;
  scgi_temp_path $dir/scgi;
  log_format upstreams '\$upstream_addr \$status';
  access_log $dir/upstreams.log upstreams buffer=256k flush=1s;
  upstream coaching {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$port_lb;
    location / {
      proxy_pass http://coaching;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
NGINX
  nginx -p "$dir" -c "$dir/nginx.conf" -g "daemon off;" &
  nginx_pid=$!
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://127.0.0.1:$port_lb/health/live" && return 0; sleep 0.05; done
  cat "$dir/error.log"; return 1
}
stop_nginx() { kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; }

# name|path|token|script: the JSON routes of run.sh and its two writes. A short wrk run first, so that JIT
# compilation (on every node behind the proxy) is not measured.
routes=(
  "/health/live|/health/live||"
  "GET /api/assessments/wheel-of-life|/api/assessments/wheel-of-life||"
  "GET /api/programs (coach)|/api/programs|$coach|"
  "GET /api/articles/{slug}/comments|/api/articles/$slug/comments||"
  "GET /api/me/assignments (client)|/api/me/assignments|$client|"
  "GET /api/clients (coach, 40 clients)|/api/clients|$coach|"
  "GET /api/moderation/comments (queue)|/api/moderation/comments|$admin|"
  "POST step completion (client)|/||complete.lua"
  "POST /api/assessments/wheel-of-life|/api/assessments/wheel-of-life||wheel.lua"
)
loads=""
measure() {
  local setup=$1 port=$2 name path token script args
  loads+="$setup: $(load); "
  echo "$setup, $connections connections, ${seconds}s a route (load average $(load))"
  for route in "${routes[@]}"; do
    IFS='|' read -r name path token script <<<"$route"
    args=()
    [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
    [ -n "$script" ] && args+=(-s "$work/$script")
    echo "  $name"
    wrk -t1 -c4 -d2s "${args[@]}" "http://127.0.0.1:$port$path" >/dev/null 2>&1
    wrk -t2 -c"$connections" -d"${seconds}s" --latency "${args[@]}" "http://127.0.0.1:$port$path" >"$work/wrk.out" 2>&1
    python3 build/bench/wrk_figures.py "$name" "$setup" <"$work/wrk.out" >>"$work/results"
  done
}
: >"$work/results"
measure "one node" "$port_a"
start_nginx one "$port_a"
measure "one node behind nginx" "$port_lb"
stop_nginx

echo "node B: starting over the same database and broker"
t0=$(now); start_node node-b "$port_b"; wait_ready node-b "$port_b"; second_ms=$(( ($(now) - t0) / 1000000 ))
echo "node B ready in ${second_ms} ms"
start_nginx two "$port_a" "$port_b"
measure "two nodes behind nginx" "$port_lb"
stop_nginx
load_after=$(load)
split=$(awk '{n[$1]++} END {for (a in n) printf "%s %d; ", a, n[a]}' "$work/nginx-two/upstreams.log")
echo "requests per node through nginx: $split"

python3 build/bench/two_nodes_report.py "$work/results" build/bench/two-nodes.md "$out" <<EOF
{"seconds": $seconds, "connections": $connections, "cores": $(nproc), "load_before": "$load_before",
 "load_after": "$load_after", "loads": "$loads", "seed_ms": $seed_ms, "first_ms": $first_ms, "second_ms": $second_ms, "split": "$split",
 "date": "$(date -u +%Y-%m-%dT%H:%MZ)", "nginx": "$(nginx -v 2>&1 | sed 's|.*/||')"}
EOF
echo "wrote build/bench/two-nodes.md and its section of $out"
