#include "eth/LogScanner.h"

#include "eth/AbiJson.h"
#include "eth/Hex.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace sr::eth {
namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// A forward-only reader over an error message: each step looks at the next characters once.
struct TextCursor {
    std::string_view text;
    std::size_t pos = 0;

    bool take(char c) {
        if (pos < text.size() && text[pos] == c) {
            ++pos;
            return true;
        }
        return false;
    }
    bool word(std::string_view w) {
        if (text.substr(pos, w.size()) != w)
            return false;
        pos += w.size();
        return true;
    }
    void spaces() {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos])))
            ++pos;
    }
    /// "0x" and at least one hex digit, or nothing.
    std::optional<std::string_view> hexNumber() {
        const std::size_t start = pos;
        if (!word("0x"))
            return std::nullopt;
        while (pos < text.size() && std::isxdigit(static_cast<unsigned char>(text[pos])))
            ++pos;
        if (pos == start + 2) {
            pos = start;
            return std::nullopt;
        }
        return text.substr(start, pos - start);
    }
    /// A count as written: a digit, then digits and thousands commas ("10,000").
    std::string_view count() {
        const std::size_t start = pos;
        while (pos < text.size() && (isDigit(text[pos]) || text[pos] == ','))
            ++pos;
        return text.substr(start, pos - start);
    }
    /// Moves to the next digit if it is at most `limit` characters away with none of
    /// `stops` before it.
    bool skipUpTo(std::size_t limit, std::string_view stops) {
        for (std::size_t n = 0; pos < text.size(); ++n, ++pos) {
            if (isDigit(text[pos]))
                return true;
            if (n == limit || stops.find(text[pos]) != std::string_view::npos)
                return false;
        }
        return false;
    }
};

std::optional<std::uint64_t> parseCount(std::string digits, bool thousands) {
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
    if (digits.empty() || digits.size() > 12)
        return std::nullopt;
    std::uint64_t n = std::stoull(digits);
    if (thousands)
        n *= 1000;
    return n == 0 ? std::nullopt : std::optional<std::uint64_t>(n);
}

} // namespace

nlohmann::json LogFilter::toJson(std::uint64_t fromBlock, std::uint64_t toBlock) const {
    nlohmann::json filter = {{"fromBlock", U256(fromBlock).toHex()},
                             {"toBlock", U256(toBlock).toHex()}};
    if (addresses.size() == 1)
        filter["address"] = addresses[0].toLowerHex();
    else if (!addresses.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& a : addresses)
            list.push_back(a.toLowerHex());
        filter["address"] = list;
    }
    if (!topics.empty()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& position : topics) {
            if (position.empty())
                list.push_back(nullptr);
            else if (position.size() == 1)
                list.push_back(toHex(position[0]));
            else {
                nlohmann::json any = nlohmann::json::array();
                for (const auto& t : position)
                    any.push_back(toHex(t));
                list.push_back(any);
            }
        }
        filter["topics"] = list;
    }
    return filter;
}

LogScanner::LogScanner(JsonRpcClient& rpc) : LogScanner(rpc, Options{}) {}

LogScanner::LogScanner(JsonRpcClient& rpc, Options options)
    : rpc_(rpc), options_(options),
      chunk_(std::max<std::uint64_t>(1, std::min(options.initialChunk, options.maxChunk))) {
    if (options_.maxChunk == 0)
        options_.maxChunk = 1;
}

bool LogScanner::isRangeTooLarge(long long code, const std::string& message) {
    const std::string m = lowercase(std::string_view(message).substr(0, kMaxErrorTextRead));
    static const char* const exact[] = {
        "query returned more than",   // geth, Infura, Arbitrum Nitro, Erigon
        "log response size exceeded", // Alchemy
        "range too large",            // QuickNode, generic
        "range is too large",         // Chainstack
        "too many results",           // generic
        "too many logs",              // generic
        "too many blocks",            // generic
        "response size exceeded",     // Alchemy, Infura
        "response is too big",        // generic
        "result window is too large", // Blast
        "eth_getlogs is limited",     // QuickNode
        "exceeds max results",        // Nethermind
        "max results",                // generic
        "results exceed",             // generic
        "query exceeds",              // Erigon ("query exceeds limit of N blocks")
        "range exceeds",              // generic
        "exceed maximum range",       // generic
        "logs over more than",        // generic
        "limited to a",               // QuickNode ("limited to a 10,000 range")
    };
    for (const char* s : exact)
        if (contains(m, s))
            return true;
    // Broad net: talks about a range/results/blocks and about a limit.
    const bool subject = contains(m, "range") || contains(m, "results") || contains(m, "blocks") ||
                         contains(m, "logs");
    const bool limit = contains(m, "too ") || contains(m, "exceed") || contains(m, "limit") ||
                       contains(m, "maximum") || contains(m, "more than");
    if (subject && limit)
        return true;
    // Infura's "limit exceeded" family: -32005 with a range or result wording only.
    return code == -32005 && (contains(m, "range") || contains(m, "results"));
}

std::optional<std::uint64_t> LogScanner::suggestedChunk(const std::string& message,
                                                        std::uint64_t from) {
    // The message comes from the node (up to a whole reply): read only its start, in one pass
    // per wording, without a regex engine that could backtrack over it.
    (void)from; // Alchemy's suggested range starts at `from`; only its size matters
    const std::string m = lowercase(std::string_view(message).substr(0, kMaxErrorTextRead));
    // Alchemy: "this block range should work: [0x3a2b, 0x3b00]".
    for (std::size_t open = m.find('['); open != std::string::npos; open = m.find('[', open + 1)) {
        TextCursor c{m, open + 1};
        c.spaces();
        const auto a = c.hexNumber();
        c.spaces();
        if (!a || !c.take(','))
            continue;
        c.spaces();
        const auto b = c.hexNumber();
        c.spaces();
        if (!b || !c.take(']'))
            continue;
        try {
            const U256 first = U256::fromHex(std::string(*a));
            const U256 last = U256::fromHex(std::string(*b));
            if (first.fitsUint64() && last.fitsUint64() && last >= first) {
                // [0x0, 0xffffffffffffffff] is 2^64 blocks: as many as a count can say, not 0.
                const std::uint64_t span = last.toUint64() - first.toUint64();
                return span == std::numeric_limits<std::uint64_t>::max() ? span : span + 1;
            }
        } catch (const Error&) {
        }
    }
    // "up to a 2K block range", "10,000 blocks", "limited to a 10000 block range", "1k-block".
    for (std::size_t i = 0; i < m.size(); ++i) {
        if (!isDigit(m[i]))
            continue;
        TextCursor c{m, i};
        const std::string_view digits = c.count();
        c.spaces();
        const bool k = c.take('k');
        c.spaces();
        if (c.take('-'))
            c.spaces();
        if (c.word("block"))
            return parseCount(std::string(digits), k);
        i += digits.size() - 1; // a later start in the same number ends the same way
    }
    // "maximum block range: 5000", "block range limit (1000)", "block range exceeds 500".
    for (std::size_t at = m.find("block range"); at != std::string::npos;
         at = m.find("block range", at + 1)) {
        TextCursor c{m, at + std::string_view("block range").size()};
        if (!c.skipUpTo(24, "[")) // at most 24 characters before the number, none a '['
            continue;
        const std::string_view digits = c.count();
        c.spaces();
        return parseCount(std::string(digits), c.take('k'));
    }
    // Erigon: "query exceeds limit of 1000 blocks" is caught above; "max range 1000".
    for (std::size_t at = m.find("max"); at != std::string::npos; at = m.find("max", at + 1)) {
        TextCursor c{m, at + 3};
        c.word("imum");
        if (!c.word(" range") || !c.skipUpTo(8, ""))
            continue;
        return parseCount(std::string(c.count()), false);
    }
    return std::nullopt;
}

RpcCall LogScanner::request(const LogFilter& filter, std::uint64_t from, std::uint64_t to) {
    return {"eth_getLogs", nlohmann::json::array({filter.toJson(from, to)})};
}

std::vector<Log> LogScanner::parse(const nlohmann::json& result, const LogFilter& filter,
                                   std::uint64_t from, std::uint64_t to) {
    if (!result.is_array())
        throw Error(ErrorCode::Corrupt, "The node answered eth_getLogs with something other "
                                        "than a list; the reply was ignored.");
    std::vector<Log> logs;
    logs.reserve(result.size());
    for (const auto& item : result) {
        Log log = Log::fromJson(item);
        // A node answering outside what was asked is broken, or lying: never take it.
        if (log.blockNumber < from || log.blockNumber > to)
            throw Error(ErrorCode::Corrupt, "The node returned a log of block " +
                                                std::to_string(log.blockNumber) + " for blocks " +
                                                std::to_string(from) + "-" + std::to_string(to) +
                                                "; the reply was ignored.");
        if (!filter.addresses.empty() && std::find(filter.addresses.begin(), filter.addresses.end(),
                                                   log.address) == filter.addresses.end())
            throw Error(ErrorCode::Corrupt,
                        "The node returned a log of a contract that was not asked for.");
        if (!log.removed)
            logs.push_back(std::move(log));
    }
    std::stable_sort(logs.begin(), logs.end(), [](const Log& a, const Log& b) {
        return a.blockNumber != b.blockNumber ? a.blockNumber < b.blockNumber
                                              : a.logIndex < b.logIndex;
    });
    return logs;
}

std::vector<Log> LogScanner::fromOutcome(const RpcOutcome& outcome, const LogFilter& filter,
                                         std::uint64_t from, std::uint64_t to,
                                         const CancelToken* cancel) {
    if (!outcome.error)
        return parse(outcome.result, filter, from, to);
    if (!isRangeTooLarge(outcome.error->rpcCode(), outcome.error->rpcMessage()))
        throw *outcome.error;
    return scan(filter, from, to, cancel);
}

std::vector<Log> LogScanner::fetch(const LogFilter& filter, std::uint64_t from, std::uint64_t to,
                                   const CancelToken* cancel) {
    ++requests_;
    const auto call = request(filter, from, to);
    return parse(rpc_.call(call.method, call.params, cancel), filter, from, to);
}

void LogScanner::scan(const LogFilter& filter, std::uint64_t fromBlock, std::uint64_t toBlock,
                      const ChunkSink& sink, const CancelToken* cancel) {
    if (fromBlock > toBlock)
        return;
    std::uint64_t cursor = fromBlock;
    while (true) {
        if (cancel)
            cancel->throwIfCancelled();
        const std::uint64_t span = std::min(chunk_, toBlock - cursor + 1);
        const std::uint64_t end = cursor + span - 1;
        std::vector<Log> logs;
        try {
            logs = fetch(filter, cursor, end, cancel);
        } catch (const TimeoutError&) {
            // A provider that chokes on a large range often just never answers: ask for less.
            if (span == 1)
                throw;
            chunk_ = std::max<std::uint64_t>(span / 2, 1);
            successes_ = 0;
            continue;
        } catch (const RpcError& e) {
            if (!isRangeTooLarge(e.rpcCode(), e.rpcMessage()))
                throw;
            if (span == 1)
                throw Error(ErrorCode::Network,
                            "The node refuses to return the logs of block " +
                                std::to_string(cursor) + " even alone (" + e.rpcMessage() +
                                "). Use another RPC endpoint for this network.");
            const auto suggested = suggestedChunk(e.rpcMessage(), cursor);
            chunk_ = (suggested && *suggested < span) ? *suggested : span / 2;
            chunk_ = std::max<std::uint64_t>(chunk_, 1);
            successes_ = 0;
            continue;
        }
        if (sink)
            sink(logs, cursor, end);
        if (++successes_ >= options_.growAfter) {
            chunk_ = std::min(options_.maxChunk, chunk_ * 2);
            successes_ = 0;
        }
        if (end == toBlock)
            break;
        cursor = end + 1;
    }
}

std::vector<Log> LogScanner::scan(const LogFilter& filter, std::uint64_t fromBlock,
                                  std::uint64_t toBlock, const CancelToken* cancel) {
    std::vector<Log> all;
    scan(
        filter, fromBlock, toBlock,
        [&](const std::vector<Log>& logs, std::uint64_t, std::uint64_t) {
            all.insert(all.end(), logs.begin(), logs.end());
        },
        cancel);
    return all;
}

const AbiValue& EventDecoder::Decoded::operator[](std::string_view name) const {
    for (std::size_t i = 0; i < signature->params.size(); ++i)
        if (signature->params[i].name == name)
            return values[i];
    throw Error(ErrorCode::NotFound, event + " has no parameter named " + std::string(name) + ".");
}

void EventDecoder::insert(AbiSignature sig) {
    const std::string canonical = sig.canonical();
    const Hash32 topic = Abi::eventTopic(canonical);
    auto& candidates = events_[topic];
    const auto indexed = [](const AbiSignature& s) {
        return std::count_if(s.params.begin(), s.params.end(),
                             [](const AbiParam& p) { return p.indexed; });
    };
    // The same event with the same indexed layout replaces the older entry (names may differ).
    for (auto& existing : candidates)
        if (indexed(*existing) == indexed(sig)) {
            bool same = true;
            for (std::size_t i = 0; i < sig.params.size() && same; ++i)
                same = existing->params[i].indexed == sig.params[i].indexed;
            if (same) {
                existing = std::make_shared<const AbiSignature>(std::move(sig));
                return;
            }
        }
    candidates.push_back(std::make_shared<const AbiSignature>(std::move(sig)));
}

void EventDecoder::add(std::string_view eventSignature) {
    if (eventSignature.starts_with("event "))
        eventSignature.remove_prefix(6);
    insert(AbiSignature::parse(eventSignature));
}

void EventDecoder::addAbi(const nlohmann::json& abi) {
    if (!abi.is_array())
        throw Error(ErrorCode::InvalidArgument, "An ABI must be a JSON array.");
    for (const auto& entry : abi) {
        if (!entry.is_object() || entry.value("type", "") != "event")
            continue;
        AbiSignature sig = abijson::signature(entry);
        if (!sig.anonymous)
            insert(std::move(sig));
    }
}

std::optional<EventDecoder::Decoded> EventDecoder::decode(const Log& log) const {
    if (log.topics.empty())
        return std::nullopt;
    auto it = events_.find(log.topics[0]);
    if (it == events_.end())
        return std::nullopt;
    for (const auto& sig : it->second) {
        const auto indexed = static_cast<std::size_t>(std::count_if(
            sig->params.begin(), sig->params.end(), [](const AbiParam& p) { return p.indexed; }));
        if (indexed + 1 != log.topics.size())
            continue;
        Decoded d;
        d.event = sig->name;
        d.signature = sig;
        // The map's key is the signature's topic: not hashed again for each log.
        d.values = Abi::decodeEvent(*sig, log.topics, log.data, &it->first);
        return d;
    }
    return std::nullopt;
}

Hash32 EventDecoder::topic(std::string_view eventName) const {
    for (const auto& [topic, candidates] : events_)
        for (const auto& sig : candidates)
            if (sig->name == eventName)
                return topic;
    throw Error(ErrorCode::NotFound, "No event named " + std::string(eventName) + " is known.");
}

} // namespace sr::eth
