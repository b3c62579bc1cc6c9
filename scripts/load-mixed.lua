-- wrk script for scripts/load.sh and bench.sh: cycles through the paths in $LOAD_PATHS (one per line),
-- each request from a random reader address (X-Forwarded-For, honoured because the app trusts the
-- proxy at 127.0.0.1, as behind nginx), with Accept-Encoding: gzip only when LOAD_GZIP=1, and counts
-- the answers by status.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  paths = {}
  for line in io.lines(os.getenv("LOAD_PATHS")) do
    if line ~= "" then table.insert(paths, line) end
  end
  n = math.random(#paths)
  gzip = os.getenv("LOAD_GZIP") == "1"
end

function request()
  n = n % #paths + 1
  local reader = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
  local headers = { ["X-Forwarded-For"] = reader }
  if gzip then headers["Accept-Encoding"] = "gzip" end
  return wrk.format("GET", paths[n], headers)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, c in pairs(t:get("counts")) do
      total[status] = (total[status] or 0) + c
    end
  end
  for status, c in pairs(total) do
    io.write(string.format("STATUS %d %d\n", status, c))
  end
  io.write(string.format("REQUESTS %d\n", summary.requests))
  io.write(string.format("SECONDS %.2f\n", summary.duration / 1e6))
  io.write(string.format("SOCKET_ERRORS %d\n", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout))
  io.write(string.format("P50_MS %.2f\nP99_MS %.2f\nMAX_MS %.2f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
