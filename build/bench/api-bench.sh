#!/usr/bin/env bash
# Measures the API's hot reads on the embedded default (SQLite): the coach dashboard with many clients,
# the client portal, and the readiness probe. Starts the app in Release on a loopback port with a fresh
# data folder, seeds clients through the API, runs wrk for a bounded time per route and prints figures.
# Usage: build/bench/api-bench.sh [clients=50] [seconds=10]
set -euo pipefail
cd "$(dirname "$0")/../.."
clients=${1:-50}
seconds=${2:-10}
port=5199
base="http://127.0.0.1:$port"
data=$(mktemp -d)
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

dotnet build src/CoachingPlatform.Web -c Release -v q -nologo >/dev/null
(cd "$data" && ASPNETCORE_ENVIRONMENT=Development Seed__Demo=true RateLimiting__PublicWritesPerMinute=100000 \
  Logging__LogLevel__Default=Warning Email__PickupDirectory="$data/mail" \
  dotnet "$OLDPWD/src/CoachingPlatform.Web/bin/Release/net10.0/CoachingPlatform.Web.dll" --urls "$base" \
  --contentRoot "$OLDPWD/src/CoachingPlatform.Web" >"$data/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

token() {
  curl -fs -X POST "$base/api/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"Trust-2026!\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}
coach=$(token coach@example.com)
client=$(token client@example.com)
for i in $(seq 1 "$clients"); do
  curl -fs -o /dev/null -X POST "$base/api/clients" -H "Authorization: Bearer $coach" -H 'content-type: application/json' \
    -d "{\"email\":\"bench$i@example.com\",\"displayName\":\"Bench Client $i\"}"
done

run() {
  local name=$1 path=$2 auth=$3
  local out
  out=$(wrk -t2 -c8 -d"${seconds}s" --latency ${auth:+-H "Authorization: Bearer $auth"} "$base$path")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="50%" {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")"
}

echo "CoachingPlatform API on SQLite, $(nproc) cores, wrk 2 threads x 8 connections, ${seconds}s per route"
run "GET /health/ready" /health/ready ""
run "GET /api/clients ($((clients + 1)) clients)" /api/clients "$coach"
run "GET /api/me/assignments (portal)" /api/me/assignments "$client"
run "GET /api/programs" /api/programs "$coach"
