#include "iexec/SmsClient.h"

#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/NetworkProfile.h"
#include "iexec/SmsChallenge.h"
#include "util/Error.h"

#include <algorithm>

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
    const HttpResponse response =
        sendSecret("POST", web3Url(dataset), smsChallenge(dataset, {secret.text()}), secret.text(),
                   owner, cancel);

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
    return exists(web3Url(dataset), "dataset " + dataset.toChecksumHex() + " has its key", cancel);
}

// --- Secrets a requester sets (computations) ---

HttpResponse SmsClient::sendSecret(const std::string& method, const std::string& url,
                                   const Hash32& challenge, std::string_view value,
                                   const eth::Signer& signer, const CancelToken* cancel) {
    if (!isPrivateTransportUrl(baseUrl_))
        throw Error(ErrorCode::InvalidArgument,
                    "The SMS at " + HttpClient::hostOf(baseUrl_) +
                        " is not reached over https: the secret was not sent. Use an https:// "
                        "SMS URL in the network profile.");
    const crypto::Signature signature = signer.signHash(eth::hashPersonalMessage(challenge));
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.headers.emplace_back("Content-Type", "text/plain");
    request.headers.emplace_back("Authorization", eth::toHex(eth::toRsv(signature)));
    request.body.assign(value);
    const WipeOnExit wipe{request.body};
    return http_.send(request, cancel);
}

bool SmsClient::exists(const std::string& url, const std::string& what, const CancelToken* cancel) {
    HttpRequest request;
    request.method = "HEAD";
    request.url = url;
    const HttpResponse response = http_.send(request, cancel);
    if (response.ok())
        return true;
    if (response.status == 404)
        return false;
    throw Error(ErrorCode::Network, "The SMS at " + HttpClient::hostOf(baseUrl_) +
                                        " could not say whether " + what + " (HTTP " +
                                        std::to_string(response.status) + ").");
}

namespace {

std::string web2Url(const std::string& base, const eth::Address& owner, const std::string& name) {
    return base + "/secrets/web2?ownerAddress=" + owner.toChecksumHex() + "&secretName=" + name;
}

std::string requesterUrl(const std::string& base, const eth::Address& requester,
                         const std::string& name) {
    return base + "/requesters/" + requester.toChecksumHex() + "/secrets/" + name;
}

} // namespace

bool SmsClient::hasWeb2Secret(const eth::Address& owner, const std::string& name,
                              const CancelToken* cancel) {
    return exists(web2Url(baseUrl_, owner, name), "secret " + name + " is set", cancel);
}

void SmsClient::setWeb2Secret(const std::string& name, const std::string& value,
                              const eth::Signer& owner, const CancelToken* cancel) {
    const std::string url = web2Url(baseUrl_, owner.address(), name);
    const bool update = hasWeb2Secret(owner.address(), name, cancel);
    const HttpResponse response =
        sendSecret(update ? "PUT" : "POST", url, smsChallenge(owner.address(), {name, value}),
                   value, owner, cancel);
    if (response.ok())
        return;
    throw Error(
        response.status == 401 || response.status == 403 ? ErrorCode::Crypto : ErrorCode::Network,
        "The SMS at " + HttpClient::hostOf(baseUrl_) + " did not take secret " + name + " of " +
            owner.address().toChecksumHex() + " (HTTP " + std::to_string(response.status) + ").");
}

bool SmsClient::hasRequesterSecret(const eth::Address& requester, const std::string& name,
                                   const CancelToken* cancel) {
    return exists(requesterUrl(baseUrl_, requester, name), "requester secret " + name + " is set",
                  cancel);
}

SmsClient::PushResult SmsClient::pushRequesterSecret(const std::string& name,
                                                     const crypto::SecretBytes& value,
                                                     const eth::Signer& requester,
                                                     const CancelToken* cancel) {
    const bool nameOk =
        !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                   c == '-' || c == '_';
        });
    if (!nameOk)
        throw Error(ErrorCode::InvalidArgument,
                    "A requester secret's name is 1 to 64 letters, digits, - or _.");
    if (value.size() > 4096)
        throw Error(ErrorCode::InvalidArgument,
                    "A requester secret holds at most 4096 bytes; this one has " +
                        std::to_string(value.size()) + ".");
    const HttpResponse response = sendSecret(
        "POST", requesterUrl(baseUrl_, requester.address(), name),
        smsChallenge(requester.address(), {name, value.text()}), value.text(), requester, cancel);
    if (response.ok())
        return PushResult::Stored;
    if (response.status == 409)
        return PushResult::AlreadyExists;
    throw Error(ErrorCode::Network, "The SMS at " + HttpClient::hostOf(baseUrl_) +
                                        " did not take requester secret " + name + " (HTTP " +
                                        std::to_string(response.status) + ").");
}

} // namespace sr::iexec
