-- wrk script for Benchmarks/knowledge-search.sh: rotates through a query mix
-- like a portal's readers type, on the public search API (no token). Each wrk
-- thread walks the list from a different place, so the mix is the same
-- whatever the thread count.
--
-- `-- tail=F` makes a fraction F of requests queries no one asked before: two
-- words drawn from a list of words of every frequency, and a random year
-- range, so that the result cache cannot answer them (millions of combinations).
local queries = {
    -- browsing: every record, newest first, with all facet counts
    "",
    -- single words
    "labour", "passport", "debt", "fishing", "recruitment", "nightclubs", "compensation", "kidney", "webcams", "testimony",
    "brick", "Okafor", "Nguyen",
    -- two words (AND)
    "forced labour", "debt bondage", "labour inspection", "fishing vessels", "passport confiscation", "modelling agency",
    -- phrases
    '"abuse of a position of vulnerability"', '"national referral mechanism"', '"consent of the victims is irrelevant"',
    -- fields alone
    "country:MEX verdict:convicted", "type:case year:2015..2020", "exploitation:ForcedLabour country:THA", "article:TIP-3b",
    "issue:DebtBondage verdict:acquitted", "language:zho", "type:legislation",
    -- words with fields
    "debt country:GBR", "recruitment year:2018..2022", "fishing verdict:convicted", "webcams exploitation:SexualExploitation",
    -- Chinese
    "劳动监察", "强迫劳动", "债务奴役", "国家转介机制",
    -- OR and NOT
    "fishing OR agriculture", "labour -construction",
}

-- Words of the synthetic decisions, from a few hundred records to most of them.
local words = {
    "moraru", "stands", "cooperate", "joseph", "enough", "popescu", "smith", "barcelona", "romania", "property",
    "regional", "forced", "training", "marriage", "referred", "confirmed", "independent", "translator", "footage",
    "seven", "annually", "application", "appointed", "coordinator", "dating", "monitor", "judgment", "removal",
    "consistent", "conduct", "division", "threats", "discussed", "migrants", "smuggling", "harvesting", "strawberries",
    "fines", "uganda", "husbands", "intervened", "kovacs", "decree", "guilty", "public", "streets", "compelled",
    "trafficked", "solicit", "admissibility", "harboured", "pending", "spain", "child", "brought", "chamber",
    "charges", "improper", "acquaintances", "reported", "decision", "counts", "officers", "sentences", "inspector",
    "santos", "transfers", "knowledge", "premises", "documents", "disputed", "jointly", "measures", "passport",
}

local tail = 0

local function encode(text)
    return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, q in ipairs(queries) do
    paths[i] = "/api/v1/knowledge/search?limit=20&q=" .. encode(q)
end

local counter = 0
local thread_id = 0
local threads = 0

function setup(thread)
    thread:set("thread_id", threads)
    threads = threads + 1
end

function init(args)
    counter = thread_id * 7
    for _, arg in ipairs(args) do
        local value = arg:match("^tail=([%d.]+)$")
        if value then tail = tonumber(value) end
    end
    math.randomseed(os.time() + thread_id * 7919)
end

function request()
    counter = counter + 1
    if tail > 0 and math.random() < tail then
        local first = 1990 + math.random(0, 30)
        local q = words[math.random(#words)] .. " " .. words[math.random(#words)] .. " year:" .. first .. ".." .. (first + math.random(0, 10))
        return wrk.format("GET", "/api/v1/knowledge/search?limit=20&q=" .. encode(q))
    end
    return wrk.format("GET", paths[(counter % #paths) + 1])
end

-- wrk prints p50/p75/p90/p99 in mixed units; the goal is a p95.
function done(summary, latency, requests)
    local ms = function(p) return latency:percentile(p) / 1000 end
    io.write(string.format("percentiles-ms %.1f %.1f %.1f %.1f %.1f\n", ms(50), ms(90), ms(95), ms(99), latency.max / 1000))
end
