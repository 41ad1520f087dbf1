#!/usr/bin/env bash
# The integration suite on PostgreSQL with the RabbitMQ transport (after a build: --no-build), in two test
# processes side by side, each with its own databases and RabbitMQ virtual hosts, so both cores work and
# neither process takes the other's messages. .ci/run runs it so: it has passed every run since a host's stop waits
# for its bus's start (a test host stopped while its bus was starting used to leave the bus consuming on the
# fixture's queues, holding an event no inbox stored). Tests traited Database=SqliteOnly (only meaningful on a SQLite
# file) or Database=Any (not about the database at all) ran in the SQLite pass and are left out here.
# Usage: build/postgres-tests.sh   (PostgreSQL on 127.0.0.1:5432, see build/postgres.sh; COACHING_TEST_POSTGRES
# overrides. RabbitMQ on 127.0.0.1:5672 with rabbitmqctl, see build/rabbitmq.sh; TEST_RABBITMQ_URL overrides.
# COACHING_TEST_TRANSPORT=InMemory keeps the in-process transport.)
set -euo pipefail
cd "$(dirname "$0")/.."
export COACHING_TEST_DATABASE=Postgres
export COACHING_TEST_TRANSPORT=${COACHING_TEST_TRANSPORT:-RabbitMq}
project=tests/CoachingPlatform.IntegrationTests
# The cluster test (two app processes) makes its own PostgreSQL database in either pass (Database=OwnPostgres),
# so it runs once, in the SQLite pass.
base="Database!=SqliteOnly&Database!=Any&Database!=OwnPostgres"
first=(Community Programs Identity Messaging)
in_first=$(printf '|FullyQualifiedName~IntegrationTests.%s.' "${first[@]}")
not_first=$(printf '&FullyQualifiedName!~IntegrationTests.%s.' "${first[@]}")

started=$(date +%s)
dotnet test "$project" --no-build --filter "$base&(${in_first:1})" &
one=$!
dotnet test "$project" --no-build --filter "$base$not_first" &
two=$!
status=0
wait $one || status=1
wait $two || status=1
echo "PostgreSQL pass ($COACHING_TEST_TRANSPORT transport): $(( $(date +%s) - started )) s"
exit $status
