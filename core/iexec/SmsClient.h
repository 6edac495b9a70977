#pragma once

// The client side of iExec's Secret Management Service for dataset keys: the owner pushes the
// key once (it can never be replaced), then anyone may check that it is there. Until the SMS
// holds the key, a protected data is unusable, so the protect pipeline pushes then checks.

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "eth/Signer.h"
#include "util/Bytes.h"
#include "util/CancelToken.h"
#include "util/HttpClient.h"

#include <string>
#include <string_view>

namespace sr::iexec {

class SmsClient {
public:
    explicit SmsClient(std::string baseUrl);

    enum class PushResult {
        Stored,        ///< the SMS took it
        AlreadyExists, ///< 409: a key was already set for this dataset (it is never replaced)
    };

    /// POST {sms}/secrets/web3?secretAddress={dataset} with `secret` (the base64 key) as
    /// text, authorised by `owner`'s signature of smsChallenge(dataset, {secret}). Throws
    /// Error(Crypto) when the SMS says the signer may not set it (401: not the dataset's owner, or
    /// not a dataset it knows yet), Error(Network) when unreachable or for another status,
    /// Error(Cancelled).
    PushResult pushDatasetSecret(const eth::Address& dataset, const crypto::SecretBytes& secret,
                                 const eth::Signer& owner, const CancelToken* cancel = nullptr);

    /// HEAD {sms}/secrets/web3?secretAddress={dataset}: true for 2xx, false for 404,
    /// Error(Network) otherwise.
    bool hasDatasetSecret(const eth::Address& dataset, const CancelToken* cancel = nullptr);

private:
    std::string web3Url(const eth::Address& dataset) const;
    std::string baseUrl_;
    HttpClient http_;
};

} // namespace sr::iexec
