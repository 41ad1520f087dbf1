#!/usr/bin/env bash
# The benchmarks in one command: builds Release, seeds the scaled demo data (Seed:Scale) into a fresh SQLite
# database, measures start-up (median of 5), loads each hot route with wrk and compares it with /health/live
# measured in the same run, runs the in-process benchmarks and the digest benchmark when present, and writes
# docs/performance.md; then, when PostgreSQL and RabbitMQ answer, the two-node run (build/bench/two-nodes.sh).
# Settings (environment): BENCH_SECONDS=10 per route, BENCH_WARMUP=10 (seconds of load before each route,
# not measured), BENCH_CONNECTIONS=32, BENCH_PORT=5600,
# BENCH_MICRO=1 (0 skips BenchmarkDotNet), BENCH_DIGEST=1 (0 skips the digest run), BENCH_TWO_NODES=1 (0 skips
# the two-node run), BENCH_OUT=docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${BENCH_SECONDS:-10}
connections=${BENCH_CONNECTIONS:-32}
port=${BENCH_PORT:-5600}
out=${BENCH_OUT:-docs/performance.md}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
load_before=$(load)
echo "load average before: $load_before"

# Published as the production image publishes it (the Production profile: self-contained, one ReadyToRun image),
# so start-up is measured as it runs there.
dotnet publish src/CoachingPlatform.Web -p:PublishProfile=Production --os linux -o "$work/app" -v q -nologo \
  >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
dll="$work/app/CoachingPlatform.Web.dll"

# The app runs in its published folder (settings and web assets) with every data path in the scratch folder.
start_app() {
  (cd "$work/app" && exec env "$@" ASPNETCORE_ENVIRONMENT=Production Seed__Demo=true Seed__Scale=true \
    ConnectionStrings__Coaching="Data Source=$work/coaching.db" Hangfire__SqlitePath="$work/hangfire.db" \
    DataProtection__KeysPath="$work/keys" Email__PickupDirectory="$work/mail" \
    RateLimiting__PublicWritesPerMinute=100000000 Logging__LogLevel__Default=Warning \
    dotnet "$dll" --urls "$base" >>"$work/app.log" 2>&1) &
  app_pid=$!
}
wait_ready() {
  for _ in $(seq 1 "${1:-1200}"); do
    curl -fs -o /dev/null "$base/health/ready" 2>/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$work/app.log"; return 1; }
    sleep 0.05
  done
  tail -30 "$work/app.log"; return 1
}
stop_app() { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
now() { date +%s%N; }

echo "seeding the scaled demo data"
t0=$(now); start_app; wait_ready 12000; seed_ms=$(( ($(now) - t0) / 1000000 )); stop_app
echo "seeded in ${seed_ms} ms"

echo "start-up, 5 runs"
: >"$work/startup"
for _ in 1 2 3 4 5; do
  t0=$(now); start_app; wait_ready
  ms=$(( ($(now) - t0) / 1000000 ))
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$app_pid/status")
  echo "$ms $rss" >>"$work/startup"; stop_app
done
ready_ms=$(sort -n -k1 "$work/startup" | awk 'NR==3 {print $1}')
rss_mb=$(sort -n -k2 "$work/startup" | awk 'NR==3 {print $2}')
echo "ready in ${ready_ms} ms, ${rss_mb} MB after start (medians)"

# Under load the app runs as a long-running node does: on the JIT's tiered, profile-guided code. Its
# precompiled (ReadyToRun) code, which start-up above needs, is switched off here, or each route's warm-up
# would end before the runtime had recompiled the hot paths.
start_app DOTNET_ReadyToRun=0; wait_ready
BENCH_BASE=$base python3 build/bench/fixtures.py >"$work/fixtures.env"
# shellcheck disable=SC1091
source "$work/fixtures.env"
build/bench/lua.sh "$work" "$coach" "$client" "$admin" "$client_steps" "$wheel_body"

: >"$work/results"
# name|path|token|script|kind (read = JSON read, page = public page, write, auth-page)
run() {
  local name=$1 path=$2 token=$3 script=$4 kind=$5 args=()
  [ -n "$token" ] && args+=(-H "Authorization: Bearer $token")
  # A public page is asked for as a browser asks: accepting compressed responses.
  [ "$kind" = page ] && args+=(-H "Accept-Encoding: br, gzip")
  [ -n "$script" ] && args+=(-s "$work/$script")
  echo "  $name"
  # Warmed up under the same load first, not measured: the route's first compile (JIT, Razor) and the
  # runtime's recompiling of its hot code happen there, so every route (the ceiling too) is measured warm.
  wrk -t2 -c"$connections" -d"${BENCH_WARMUP:-10}s" "${args[@]}" "$base$path" >/dev/null 2>&1 || true
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "${args[@]}" "$base$path" >"$work/wrk.out" 2>&1
  python3 build/bench/wrk_figures.py "$name" "$kind" <"$work/wrk.out" >>"$work/results"
}
# Start-up work (recurring jobs registered, delivery loops' first passes) is let finish: the app's CPU time
# must stand still for a second before the first route is measured (at most 30 s).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
for _ in $(seq 1 30); do
  before_ticks=$(cpu_ticks); sleep 1
  [ $(( $(cpu_ticks) - before_ticks )) -le 5 ] && break
done
echo "load, $connections connections, ${seconds}s a route after ${BENCH_WARMUP:-10}s of warm-up (load average $(load))"
run "/health/live" /health/live "" "" ceiling
run "GET /api/assessments/wheel-of-life" /api/assessments/wheel-of-life "" "" read
run "GET /api/programs (coach)" /api/programs "$coach" "" read
run "GET /api/articles/{slug}/comments" "/api/articles/$slug/comments" "" "" read
run "GET /api/me/assignments (client)" /api/me/assignments "$client" "" read
run "GET /api/clients (coach, 40 clients)" /api/clients "$coach" "" read
run "GET /api/moderation/comments (queue)" /api/moderation/comments "$admin" "" read
run "GET /articles/{slug} (public page)" "/articles/$slug" "" "" page
run "GET /coach/clients/{id} (coach's page)" "/coach/clients/$coach_client" "$coach" "" auth-page
run "POST step completion (client)" / "" complete.lua write
run "POST /api/assessments/wheel-of-life" /api/assessments/wheel-of-life "" wheel.lua write
load_after=$(load)
stop_app

micro=""
if [ "${BENCH_MICRO:-1}" = "1" ]; then
  echo "in-process benchmarks"
  (cd build/bench/CoachingPlatform.Benchmarks && dotnet run -c Release -- --filter '*' --job short --inProcess \
    --exporters github --artifacts "$work/bdn" >"$work/bdn.log" 2>&1) || { tail -30 "$work/bdn.log"; exit 1; }
  micro=$(cat "$work"/bdn/results/*-report-github.md)
fi

digest=""
if [ "${BENCH_DIGEST:-1}" = 1 ] && [ -x build/bench/digest-bench.sh ]; then
  echo "digest benchmark"
  digest=$(build/bench/digest-bench.sh 2>&1 | grep -v '^ *app: ' | tail -12)
fi

python3 build/bench/report.py "$work/results" "$out" <<EOF
{"seconds": $seconds, "warmup": ${BENCH_WARMUP:-10}, "connections": $connections, "cores": $(nproc), "load_before": "$load_before",
 "load_after": "$load_after", "seed_ms": $seed_ms, "ready_ms": $ready_ms, "rss_mb": $rss_mb,
 "startup_runs": "$(tr '\n' ';' <"$work/startup")", "date": "$(date -u +%Y-%m-%dT%H:%MZ)",
 "micro": $(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$micro"),
 "digest": $(python3 -c 'import json,sys; print(json.dumps(sys.argv[1]))' "$digest")}
EOF
echo "wrote $out"
cat "$out" | sed -n '/^| scenario/,/^$/p'

# The two-node run needs PostgreSQL and RabbitMQ: run when both answer (BENCH_TWO_NODES=0 skips it), else the
# page keeps the figures of its last run.
broker_up() { local sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo env ERL_EPMD_ADDRESS=127.0.0.1 /usr/sbin/rabbitmqctl -q status >/dev/null 2>&1; }
if [ "${BENCH_TWO_NODES:-1}" = 1 ] && pg_isready -q -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" 2>/dev/null && broker_up; then
  echo "two-node run"
  BENCH_APP_DIR="$work/app" BENCH_OUT="$out" BENCH_TWO_PORT=$((port + 10)) build/bench/two-nodes.sh
else
  echo "two-node run skipped (BENCH_TWO_NODES=0, or PostgreSQL or RabbitMQ not reachable): build/bench/two-nodes.sh runs it alone"
fi
