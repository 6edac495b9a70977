#include "sandbox/FaucetService.h"

#include "sandbox/DevAccountSender.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <thread>

namespace sr::sandbox {

namespace {

using eth::Address;
using ojson = nlohmann::ordered_json;

ServerResponse reply(int status, const ojson& body) {
    return ServerResponse::text(status, body.dump(), "application/json; charset=utf-8");
}

// A plain value transfer: DevAccountSender only makes contract calls.
std::string sendEther(eth::JsonRpcClient& rpc, const Address& from, const Address& to,
                      const eth::U256& wei) {
    const nlohmann::json tx = {
        {"from", from.toLowerHex()}, {"to", to.toLowerHex()}, {"value", wei.toHex()}};
    std::string hash;
    try {
        hash = rpc.send("eth_sendTransaction", nlohmann::json::array({tx})).get<std::string>();
    } catch (const eth::RpcError& e) {
        throw Error(ErrorCode::Reverted,
                    "The faucet's ETH transfer was refused: " + e.rpcMessage());
    }
    for (int i = 0; i < 600; ++i) { // anvil mines at once unless a block time is set
        const nlohmann::json receipt =
            rpc.call("eth_getTransactionReceipt", nlohmann::json::array({hash}));
        if (!receipt.is_null()) {
            if (receipt.value("status", "") != "0x1")
                throw Error(ErrorCode::Reverted,
                            "The faucet's ETH transfer reverted (transaction " + hash + ").");
            return hash;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw Error(ErrorCode::Network, "The faucet's ETH transfer got no receipt after 30 s.");
}

} // namespace

FaucetService::Grant FaucetService::fund(eth::JsonRpcClient& rpc, const Address& rlc,
                                         const Address& owner, const Address& to,
                                         const Amounts& amounts) {
    if (to.isZero())
        throw Error(ErrorCode::InvalidArgument, "The faucet does not fund the zero address.");
    Grant grant;
    grant.to = to;
    grant.wei = amounts.wei;
    grant.nRlc = amounts.nRlc;
    if (!amounts.wei.isZero())
        grant.ethTransaction = sendEther(rpc, owner, to, amounts.wei);
    if (!amounts.nRlc.isZero()) {
        DevAccountSender sender(rpc, owner);
        const auto receipt =
            sender.transact(rlc, "transfer(address,uint256)",
                            {eth::AbiValue::address(to), eth::AbiValue::number(amounts.nRlc)});
        grant.rlcTransaction = receipt.value("transactionHash", "");
    }
    return grant;
}

FaucetService::FaucetService(Options options)
    : HttpService(HttpServer::Options{.port = options.port}), options_(std::move(options)),
      rpc_(std::vector<std::string>{options_.rpcUrl}) {
    server().route("GET", "/faucet", [this](const ServerRequest&) {
        return reply(200, {{"ok", true},
                           {"eth", options_.amounts.wei.toDecimal()},
                           {"rlc", options_.amounts.nRlc.toDecimal()},
                           {"cooldownSeconds", options_.cooldown.count()}});
    });
    server().route("POST", "/faucet",
                   [this](const ServerRequest& request) { return handlePost(request); });
}

FaucetService::~FaucetService() {
    stop();
}

FaucetService::Grant FaucetService::fund(const Address& to) {
    std::lock_guard lock(mutex_);
    return fund(rpc_, options_.rlc, options_.owner, to, options_.amounts);
}

ServerResponse FaucetService::handlePost(const ServerRequest& request) {
    const auto fail = [](int status, const std::string& message) {
        return reply(status, {{"ok", false}, {"error", message}});
    };
    const nlohmann::json body = nlohmann::json::parse(request.body.text(64 * 1024), nullptr, false);
    if (body.is_discarded() || !body.is_object())
        return fail(400, "the body must be a JSON object: {\"address\": \"0x...\"}");
    const auto it = body.find("address");
    if (it == body.end() || !it->is_string())
        return fail(400, "address is a required field");
    std::string text = it->get<std::string>();
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    Address to;
    try {
        to = Address::fromHex(text);
    } catch (const Error&) {
        return fail(400, "address is not a valid ethereum address");
    }
    if (to.isZero())
        return fail(400, "the faucet does not fund the zero address");

    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (const auto last = lastGrant_.find(to); last != lastGrant_.end()) {
        const auto wait = options_.cooldown -
                          std::chrono::duration_cast<std::chrono::seconds>(now - last->second);
        if (wait.count() > 0) {
            auto response = reply(429, {{"ok", false},
                                        {"error", "this address was funded recently; retry in " +
                                                      std::to_string(wait.count()) + " s"},
                                        {"retryAfter", wait.count()}});
            response.setHeader("Retry-After", std::to_string(wait.count()));
            return response;
        }
    }
    Grant grant;
    try {
        grant = fund(rpc_, options_.rlc, options_.owner, to, options_.amounts);
    } catch (const Error& e) {
        return fail(500, e.what());
    }
    lastGrant_[to] = now;
    return reply(
        200, {{"ok", true},
              {"address", to.toChecksumHex()},
              {"eth", grant.wei.toDecimal()},
              {"rlc", grant.nRlc.toDecimal()},
              {"transactions", {{"eth", grant.ethTransaction}, {"rlc", grant.rlcTransaction}}}});
}

} // namespace sr::sandbox
