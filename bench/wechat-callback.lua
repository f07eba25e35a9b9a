-- wrk script: signed WeChat text messages ("菜单") from 100,000 different followers, each with
-- a unique MsgId, so every request goes through signature check, Redis de-duplication,
-- rate limiting and dialog state. Each message has a signed query of its own (a file of them
-- from bench/wechat-callback.sh; thread k takes lines k, k + threads, ...).
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  -- This thread's share of the signed queries: lines id, id + threads, id + 2 threads, ...
  local threads = tonumber(os.getenv("BENCH_THREADS") or "2")
  paths = {}
  local n = 0
  for line in io.lines(os.getenv("BENCH_QUERIES")) do
    n = n + 1
    if n % threads == id % threads then
      paths[#paths + 1] = line
    end
  end
  base = tonumber(os.getenv("BENCH_MSGID_BASE"))
  account = os.getenv("BENCH_ACCOUNT") or "gh_bench"
  created = os.getenv("BENCH_TIMESTAMP")
  counter = 0
  menu_replies = 0
  other_replies = 0
end

function request()
  counter = counter + 1
  local openid = "obench" .. id .. "x" .. (counter % 50000)
  local body = "<xml><ToUserName><![CDATA[" .. account .. "]]></ToUserName><FromUserName><![CDATA[" .. openid
    .. "]]></FromUserName><CreateTime>" .. created .. "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
    .. "<Content><![CDATA[菜单]]></Content><MsgId>" .. (base + id * 1000000000 + counter) .. "</MsgId></xml>"
  return wrk.format("POST", paths[(counter - 1) % #paths + 1], {["Content-Type"] = "text/xml; charset=utf-8"}, body)
end

function response(status, headers, body)
  if status == 200 and string.find(body, "Content", 1, true) then
    menu_replies = menu_replies + 1
  else
    other_replies = other_replies + 1
  end
end

function done(summary, latency, requests)
  local menu, other = 0, 0
  for _, thread in ipairs(threads) do
    menu = menu + thread:get("menu_replies")
    other = other + thread:get("other_replies")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("messages: %d in %.1f s = %.0f messages/s\n", summary.requests, seconds, summary.requests / seconds))
  io.write(string.format("latency: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("replies: %d menu, %d other; socket errors: %d connect, %d read, %d write, %d timeout; non-2xx: %d\n",
    menu, other, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
