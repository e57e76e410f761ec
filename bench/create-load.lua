-- wrk script: POSTs create-connectivity-service for E-Lines, each on a CE-VLAN no other request of the run uses.
-- PAIRS (env): "a1:z1 a2:z2 ..." SIP uuids; request i takes pair i mod n, CE-VLAN FIRST_VLAN + i / n on both ends.
-- Every thread numbers its requests i = thread + k * threads, so that no two requests of the run share a VLAN.
local threads = {}
local threadCount = 0

function setup(thread)
  thread:set("id", threadCount)
  threadCount = threadCount + 1
  table.insert(threads, thread)
end

function init(args)
  pairs_ = {}
  for a, z in string.gmatch(os.getenv("PAIRS"), "([%w%-]+):([%w%-]+)") do
    table.insert(pairs_, {a, z})
  end
  stride = tonumber(os.getenv("THREADS"))
  firstVlan = tonumber(os.getenv("FIRST_VLAN") or "100")
  k = 0
  failed = 0
  statuses = ""
  wrk.headers["Authorization"] = os.getenv("AUTH_HEADER")
  wrk.headers["Content-Type"] = "application/json"
end

local function endPoint(sip, vlan)
  return '{"service-interface-point":{"service-interface-point-id":"' .. sip .. '"},'
      .. '"nrp-carrier-eth-connectivity-end-point-resource":{"ce-vlan-id-list-and-untag":{"vlan-id":[{"vlan-id":'
      .. vlan .. '}]}}}'
end

function request()
  local i = id + k * stride
  k = k + 1
  local pair = pairs_[(i % #pairs_) + 1]
  local vlan = firstVlan + math.floor(i / #pairs_)
  local body = '{"input":{"end-point":[' .. endPoint(pair[1], vlan) .. ',' .. endPoint(pair[2], vlan) .. ']}}'
  return wrk.format("POST", "/restconf/operations/tapi-connectivity:create-connectivity-service", nil, body)
end

function response(status, headers, body)
  if status ~= 200 then
    failed = failed + 1
    if failed <= 3 then
      statuses = statuses .. status .. " " .. string.sub(body, 1, 200) .. "\n"
    end
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do
    failures = failures + thread:get("failed")
    local first = thread:get("statuses")
    if first ~= "" then io.write(first) end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("creates n=%d ok=%d failed=%d %.0f/s p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms\n",
      summary.requests, summary.requests - failures, failures, (summary.requests - failures) / seconds,
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000))
end
