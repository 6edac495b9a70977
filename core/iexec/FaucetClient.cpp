#include "iexec/FaucetClient.h"

#include "util/Error.h"
#include "util/HttpClient.h"

#include <nlohmann/json.hpp>

namespace sr::iexec {

FaucetGrant requestTestFunds(const std::string& faucetUrl, const eth::Address& to,
                             const CancelToken* cancel) {
    if (faucetUrl.empty())
        throw Error(ErrorCode::Unsupported, "This network has no faucet.");
    HttpRequest request;
    request.method = "POST";
    request.url = faucetUrl + "/faucet";
    request.headers = {{"Content-Type", "application/json"}};
    request.body = nlohmann::json{{"address", to.toChecksumHex()}}.dump();
    request.maxResponseBytes = 64 * 1024;
    HttpClient http;
    const HttpResponse response = http.send(request, cancel);
    const nlohmann::json reply = nlohmann::json::parse(response.body, nullptr, false);
    if (reply.is_discarded() || !reply.is_object() || !reply.contains("ok"))
        throw Error(ErrorCode::Corrupt, "The faucet at " + HttpClient::hostOf(faucetUrl) +
                                            " sent a reply that is not a faucet's (HTTP " +
                                            std::to_string(response.status) + ").");
    if (!response.ok() || reply.value("ok", false) != true)
        throw Error(ErrorCode::Network,
                    "The faucet refused: " + reply.value("error", std::string("no reason given")) +
                        ".");
    try {
        return {eth::U256::fromDecimal(reply.at("eth").get<std::string>()),
                eth::U256::fromDecimal(reply.at("rlc").get<std::string>())};
    } catch (const std::exception&) {
        throw Error(ErrorCode::Corrupt, "The faucet's reply lacks the amounts it sent.");
    }
}

} // namespace sr::iexec
