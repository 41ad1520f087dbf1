#!/usr/bin/env bash
# Adds a migration named $1 to every module (or only to the modules named after it), for every provider
# (SQLite, SQL Server, PostgreSQL). A provider whose set already has a migration of that name is skipped.
# Usage: build/add-migration.sh AddReminders [Programs Clients]
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: build/add-migration.sh <MigrationName> [Module ...]}
shift
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=($(ls modules))
dotnet tool restore >/dev/null
dotnet build src/CoachingPlatform.Web -v q -nologo >/dev/null
for module in "${modules[@]}"; do
  project="modules/$module/CoachingPlatform.$module"
  for provider in Sqlite SqlServer Postgres; do
    if ls "$project/Persistence/Migrations/$provider"/*_"$name".cs >/dev/null 2>&1; then
      echo "$module/$provider: $name exists"; continue
    fi
    echo "$module/$provider: adding $name"
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project src/CoachingPlatform.Web \
      --context "${provider}${module}DbContext" --output-dir "Persistence/Migrations/$provider" >/dev/null
    # dotnet ef writes migrations public; inside a module everything but its entry point is internal.
    sed -i 's/^    public partial class /    internal partial class /' "$project/Persistence/Migrations/$provider"/*_"$name".cs
  done
done
