-- wrk script: POST a document to /api/analyze. The document is read at run time, never copied:
--   DOC=/path/to/doc.txt wrk -t2 -c50 -d20s --latency -s finlens-server/bench/post-analyze.lua http://127.0.0.1:8080
local path = os.getenv("DOC")
assert(path, "set DOC to the document to post")
local f = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.path = "/api/analyze"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
local token = os.getenv("FINLENS_TOKEN")
if token then wrk.headers["Authorization"] = "Bearer " .. token end

-- each wrk thread has its own Lua state: count there, add up in done()
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) bad = 0; ok = 0 end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 else bad = bad + 1 end
end

function done(summary, latency, requests)
  local good, wrong = 0, 0
  for _, t in ipairs(threads) do good = good + t:get("ok"); wrong = wrong + t:get("bad") end
  io.write(string.format("200 answers: %d; other answers: %d; socket errors: connect %d read %d write %d timeout %d\n",
    good, wrong, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
