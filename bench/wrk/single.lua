-- wrk script: one Pulse event per POST /api/v1/collect (a JSON object), keep-alive, unique ids.
-- Usage: wrk -s bench/wrk/single.lua URL -- SITE_KEY [RUN_PREFIX]
EVENTS_PER_REQUEST = 1
-- wrk gives no include path: load collect.lua from this script's own directory.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "collect.lua")
