-- wrk script: POST the 10-line invoice with the given Authorization header, count non-200 answers.
local f = assert(io.open(os.getenv("BODY_FILE"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = os.getenv("AUTHORIZATION")
local bad = 0
-- Paced mode (RATE requests/s over CONNECTIONS connections): each connection waits CONNECTIONS/RATE s
-- before each request, so the offered load is about RATE whatever the server does (slightly less,
-- since a connection's cycle is that wait plus the answer); the printed Requests/sec is what counts.
local rate = tonumber(os.getenv("RATE") or "")
local pause = nil
if rate and rate > 0 then pause = tonumber(os.getenv("CONNECTIONS")) * 1000 / rate end
function delay()
  return pause or 0
end
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("requests %d, non-2xx or errors: %d\n", summary.requests, summary.errors.status))
end
