#!/usr/bin/env bash
# Writes the wrk scripts for the write routes into the scratch folder $1.
# complete.lua: the client completes their completed steps again in turn (an answer update, a real write).
# wheel.lua: an anonymous Wheel of Life, scored and stored.
set -euo pipefail
work=$1 coach=$2 client=$3 admin=$4 steps=$5 wheel=$6
: "$coach" "$admin"
{
  echo "local paths = {"
  for p in $steps; do echo "  \"$p\","; done
  echo "}"
  cat <<LUA
local i = 0
local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer $client" }
local body = '{"reflection":"Talking on Sundays, phones away, is working for us.","shareWithCoach":true}'
request = function()
  i = i % #paths + 1
  return wrk.format("POST", paths[i], headers, body)
end
LUA
} >"$work/complete.lua"
cat >"$work/wheel.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$wheel'
LUA
