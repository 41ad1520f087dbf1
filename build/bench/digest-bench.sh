#!/usr/bin/env bash
# Measures the newsletter digest end to end on the embedded default (SQLite): seeds confirmed subscribers
# and new content into a fresh database, starts the app (published as the production image is) with its SMTP sender pointed at a sink
# on loopback (port 5200, or BENCH_SMTP_PORT; the app listens on 5201, or BENCH_APP_PORT), warms it up with an
# untimed daily digest to 10,000 other subscribers (BENCH_DIGEST_WARMUP), runs the weekly digest ("run now", the
# Hangfire job) until the sink has every mail, then sends the same pre-rendered mails with a plain MailKit loop
# over one connection into the same sink, its first 10,000 untimed. Prints mails/s for both, their ratio, CPU
# per mail and the app's peak working set.
# Usage: build/bench/digest-bench.sh [subscribers=100000] [Key=Value app settings, e.g. Email:Smtp:Connections=1]
set -euo pipefail
cd "$(dirname "$0")/../.."
subscribers=${1:-100000}
shift || true
work=$(mktemp -d /tmp/digest-bench-app-XXXXXX)
trap 'rm -rf "$work"' EXIT
# Published as the production image publishes it (the Production profile: compiled ahead of time), so the run
# does not pay for compiling the app's and its libraries' code on the way.
dotnet publish src/CoachingPlatform.Web -p:PublishProfile=Production --os linux -o "$work/app" -v q -nologo >/dev/null
dotnet build build/bench/DigestBench -c Release -v q -nologo >/dev/null
dotnet build/bench/DigestBench/bin/Release/net10.0/DigestBench.dll "$work/app/CoachingPlatform.Web.dll" "$work/app" "$subscribers" "$@"
