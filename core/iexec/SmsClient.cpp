#include "iexec/SmsClient.h"

#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/NetworkProfile.h"
#include "iexec/SmsChallenge.h"
#include "util/Error.h"

namespace sr::iexec {
namespace {

struct WipeOnExit {
    std::string& text;
    ~WipeOnExit() {
        volatile char* p = text.data();
        for (std::size_t i = 0; i < text.size(); ++i)
            p[i] = 0;
    }
};

} // namespace

SmsClient::SmsClient(std::string baseUrl) : baseUrl_(std::move(baseUrl)) {
    while (!baseUrl_.empty() && baseUrl_.back() == '/')
        baseUrl_.pop_back();
}

std::string SmsClient::web3Url(const eth::Address& dataset) const {
    return baseUrl_ + "/secrets/web3?secretAddress=" + dataset.toChecksumHex();
}

SmsClient::PushResult SmsClient::pushDatasetSecret(const eth::Address& dataset,
                                                   const crypto::SecretBytes& secret,
                                                   const eth::Signer& owner,
                                                   const CancelToken* cancel) {
    // Checked here too, not only in the profile: a key never travels in clear over a network.
    if (!isPrivateTransportUrl(baseUrl_))
        throw Error(ErrorCode::InvalidArgument,
                    "The SMS at " + HttpClient::hostOf(baseUrl_) +
                        " is not reached over https: the key of dataset " +
                        dataset.toChecksumHex() +
                        " was not sent. Use an https:// SMS URL in the network profile.");
    const Hash32 challenge = smsChallenge(dataset, {secret.text()});
    const crypto::Signature signature = owner.signHash(eth::hashPersonalMessage(challenge));
    HttpRequest request;
    request.method = "POST";
    request.url = web3Url(dataset);
    request.headers.emplace_back("Content-Type", "text/plain");
    request.headers.emplace_back("Authorization", eth::toHex(eth::toRsv(signature)));
    request.body.assign(secret.text());
    // The request body is a copy of the key: wiped however send() ends.
    const WipeOnExit wipe{request.body};
    const HttpResponse response = http_.send(request, cancel);

    const std::string host = HttpClient::hostOf(baseUrl_);
    if (response.ok())
        return PushResult::Stored;
    if (response.status == 409)
        return PushResult::AlreadyExists;
    if (response.status == 401 || response.status == 403)
        throw Error(ErrorCode::Crypto,
                    "The SMS at " + host + " refused the key of dataset " +
                        dataset.toChecksumHex() + ": " + owner.address().toChecksumHex() +
                        " is not allowed to set it (only the dataset's owner may, once the "
                        "dataset is on chain).");
    throw Error(ErrorCode::Network, "The SMS at " + host + " did not take the key of dataset " +
                                        dataset.toChecksumHex() + " (HTTP " +
                                        std::to_string(response.status) + ").");
}

bool SmsClient::hasDatasetSecret(const eth::Address& dataset, const CancelToken* cancel) {
    HttpRequest request;
    request.method = "HEAD";
    request.url = web3Url(dataset);
    const HttpResponse response = http_.send(request, cancel);
    if (response.ok())
        return true;
    if (response.status == 404)
        return false;
    throw Error(ErrorCode::Network, "The SMS at " + HttpClient::hostOf(baseUrl_) +
                                        " could not say whether dataset " +
                                        dataset.toChecksumHex() + " has its key (HTTP " +
                                        std::to_string(response.status) + ").");
}

} // namespace sr::iexec
