#!/usr/bin/env bash
# Adds a migration named $1 to every module (or only to the modules named after it), for both providers.
# Usage: build/add-migration.sh AddReminders [Programs Clients]
# The namespace follows from the output folder; passing --namespace too makes EF put the model snapshot
# in a folder named after the namespace instead of next to the migrations.
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
  for provider in Sqlite SqlServer; do
    if ls "$project/Persistence/Migrations/$provider"/*_"$name".cs >/dev/null 2>&1; then
      echo "$module/$provider: $name exists"; continue
    fi
    echo "$module/$provider: adding $name"
    dotnet ef migrations add "$name" --no-build --project "$project" --startup-project src/CoachingPlatform.Web \
      --context "${provider}${module}DbContext" --output-dir "Persistence/Migrations/$provider" >/dev/null
  done
done
