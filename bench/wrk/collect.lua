-- Shared by single.lua and batch.lua (wrk loads one script; they set EVENTS_PER_REQUEST and load this).
-- Posts Pulse events to /api/v1/collect with ids unique across threads and requests, counts the
-- answers by status, and prints one parseable "RESULT key=value ..." line when wrk is done, from
-- which bench/ingest.sh takes acknowledged events (200s x events per request) and latencies.
--
-- Arguments after wrk's "--": SITE_KEY [RUN_PREFIX]. RUN_PREFIX keeps ids unique across runs that
-- share one data dir; ingest.sh gives every run a fresh one anyway.

local threads = {}
local next_thread_id = 1

-- Runs in wrk's main Lua state once per thread, before init(): number the threads so ids built
-- in different threads can never collide, and keep them for done().
function setup(thread)
   thread:set("thread_id", next_thread_id)
   next_thread_id = next_thread_id + 1
   table.insert(threads, thread)
end

function init(args)
   site_key = args[1] or "pk_missing"
   local run_prefix = args[2] or tostring(os.time())
   id_prefix = run_prefix .. "-t" .. thread_id .. "-"
   counter = 0
   ok200 = 0          -- responses with status 200: Pulse acknowledged (committed) the request
   accepted = 0       -- sum of "accepted" in those 200 bodies (== ok200 x EVENTS_PER_REQUEST when all is well)
   other2xx = 0       -- other 2xx with headers (wrk calls response() only for responses with a header,
                      -- so the bare responder's header-less 204s are counted by wrk's summary only)
   non2xx = 0
   first_non2xx = ""  -- status and start of the body of the first failure, to say why
   -- Everything of an event but its id is fixed: build it once.
   event_head = '{"site":"' .. site_key .. '","name":"pageview","url":"https://example.com/p","id":"'
   headers = { ["Content-Type"] = "application/json" }
end

function request()
   counter = counter + 1
   local base = id_prefix .. counter
   local body
   if EVENTS_PER_REQUEST == 1 then
      body = event_head .. base .. '"}'
   else
      local parts = {}
      for i = 1, EVENTS_PER_REQUEST do
         parts[i] = event_head .. base .. "-" .. i .. '"}'
      end
      body = "[" .. table.concat(parts, ",") .. "]"
   end
   return wrk.format("POST", "/api/v1/collect", headers, body)
end

function response(status, headers, body)
   if status == 200 then
      ok200 = ok200 + 1
      local n = body and string.match(body, '"accepted":(%d+)')
      if n then accepted = accepted + tonumber(n) end
   elseif status >= 200 and status < 300 then
      other2xx = other2xx + 1
   else
      non2xx = non2xx + 1
      if first_non2xx == "" then
         first_non2xx = status .. ":" .. string.sub(string.gsub(body or "", "%s+", "_"), 1, 120)
      end
   end
end

-- Runs in the main state after the run; latencies are in microseconds.
function done(summary, latency, requests)
   local t = { ok200 = 0, accepted = 0, other2xx = 0, non2xx = 0 }
   local first = ""
   for _, thread in ipairs(threads) do
      t.ok200 = t.ok200 + thread:get("ok200")
      t.accepted = t.accepted + thread:get("accepted")
      t.other2xx = t.other2xx + thread:get("other2xx")
      t.non2xx = t.non2xx + thread:get("non2xx")
      if first == "" then first = thread:get("first_non2xx") end
   end
   local e = summary.errors
   io.write(string.format(
      "RESULT events_per_request=%d responses=%d ok200=%d acked_events=%d accepted_in_bodies=%d other2xx=%d "
         .. "non2xx=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d "
         .. "err_connect=%d err_read=%d err_write=%d err_timeout=%d err_status=%d first_non2xx=%s\n",
      EVENTS_PER_REQUEST, summary.requests, t.ok200, t.ok200 * EVENTS_PER_REQUEST, t.accepted, t.other2xx,
      t.non2xx, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99),
      latency.max, e.connect, e.read, e.write, e.timeout, e.status, first == "" and "-" or first))
end
