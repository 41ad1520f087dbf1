#!/usr/bin/env bash
# Measures the newsletter digest end to end on the embedded default (SQLite): seeds confirmed subscribers
# and new content into a fresh database, starts the app in Release with its SMTP sender pointed at a sink
# on loopback (port 5200, or BENCH_SMTP_PORT; the app listens on 5201, or BENCH_APP_PORT), runs the weekly digest ("run now", the Hangfire job)
# until the sink has every mail, then sends the same pre-rendered mails with a plain MailKit loop over one
# connection into the same sink. Prints mails/s for both, their ratio, and the app's peak working set.
# Usage: build/bench/digest-bench.sh [subscribers=100000] [Key=Value app settings, e.g. Email:Smtp:Connections=1]
set -euo pipefail
cd "$(dirname "$0")/../.."
subscribers=${1:-100000}
shift || true
dotnet build src/CoachingPlatform.Web -c Release -v q -nologo >/dev/null
dotnet build build/bench/DigestBench -c Release -v q -nologo >/dev/null
dotnet build/bench/DigestBench/bin/Release/net10.0/DigestBench.dll \
  src/CoachingPlatform.Web/bin/Release/net10.0/CoachingPlatform.Web.dll src/CoachingPlatform.Web "$subscribers" "$@"
