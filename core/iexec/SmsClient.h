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

    // --- Secrets a requester sets (computations) ---

    /// HEAD {sms}/secrets/web2?ownerAddress=&secretName=: true for 2xx, false for 404.
    bool hasWeb2Secret(const eth::Address& owner, const std::string& name,
                       const CancelToken* cancel = nullptr);
    /// Writes web2 secret `name` of `owner` (the signer): POST, or PUT when it exists (the
    /// result encryption key, which other tools overwrite). `value` is sent as text.
    void setWeb2Secret(const std::string& name, const std::string& value, const eth::Signer& owner,
                       const CancelToken* cancel = nullptr);
    /// HEAD {sms}/requesters/{requester}/secrets/{name}.
    bool hasRequesterSecret(const eth::Address& requester, const std::string& name,
                            const CancelToken* cancel = nullptr);
    /// POST {sms}/requesters/{requester}/secrets/{name}: Stored, or AlreadyExists (409; a
    /// requester secret is never replaced). Error(InvalidArgument) for a value over the SMS's
    /// 4096 bytes or a name outside [A-Za-z0-9-_]{1,64}.
    PushResult pushRequesterSecret(const std::string& name, const crypto::SecretBytes& value,
                                   const eth::Signer& requester,
                                   const CancelToken* cancel = nullptr);

private:
    /// Sends `value` with the signer's EIP-191 signature of `challenge` (https only).
    HttpResponse sendSecret(const std::string& method, const std::string& url,
                            const Hash32& challenge, std::string_view value,
                            const eth::Signer& signer, const CancelToken* cancel);
    bool exists(const std::string& url, const std::string& what, const CancelToken* cancel);
    std::string web3Url(const eth::Address& dataset) const;
    std::string baseUrl_;
    HttpClient http_;
};

} // namespace sr::iexec
