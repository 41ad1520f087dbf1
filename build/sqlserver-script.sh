#!/usr/bin/env bash
# Writes the idempotent SQL Server script of every module's migrations to build/out/sqlserver/.
# Production applies these scripts (Database:MigrateOnStartup=false); no SQL Server is needed to write them.
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/out/sqlserver
mkdir -p "$out"
dotnet tool restore >/dev/null
dotnet build src/CoachingPlatform.Web -v q -nologo >/dev/null
for module in $(ls modules); do
  dotnet ef migrations script --idempotent --no-build \
    --project "modules/$module/CoachingPlatform.$module" --startup-project src/CoachingPlatform.Web \
    --context "SqlServer${module}DbContext" --output "$out/$module.sql" >/dev/null
  echo "$out/$module.sql"
done
