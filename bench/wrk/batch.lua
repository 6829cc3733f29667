-- wrk script: 100 Pulse events per POST /api/v1/collect (a JSON array), keep-alive, unique ids.
-- Usage: wrk -s bench/wrk/batch.lua URL -- SITE_KEY [RUN_PREFIX]   (EVENTS_PER_REQUEST env overrides 100)
EVENTS_PER_REQUEST = tonumber(os.getenv("EVENTS_PER_REQUEST") or "") or 100
-- wrk gives no include path: load collect.lua from this script's own directory.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "collect.lua")
