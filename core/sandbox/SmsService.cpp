#include "sandbox/SmsService.h"

#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/SmsChallenge.h"
#include "sandbox/SecretVault.h"
#include "sandbox/ServiceChainReader.h"
#include "store/AtomicFile.h"
#include "store/Database.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <mutex>
#include <openssl/crypto.h>
#include <regex>

namespace sr::sandbox {

namespace {

using eth::Address;

const std::vector<std::string> kMigrations = {
    "CREATE TABLE secrets (kind TEXT NOT NULL, id TEXT NOT NULL, sealed BLOB NOT NULL, "
    "updated INTEGER NOT NULL, PRIMARY KEY (kind, id))",
};

// The kinds of secrets, as the real SMS keeps them apart.
constexpr const char* kWeb3 = "web3";
constexpr const char* kWeb2 = "web2";
constexpr const char* kRequester = "requester";
constexpr const char* kApp = "app";
// pushAppSecret signs the app secret as the web2-style secret "1" (a legacy index).
constexpr const char* kAppSecretIndex = "1";

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// The real SMS lowercases addresses before using them: any case is accepted here too.
Address parseAddress(const std::string& text, const std::string& what) {
    try {
        return Address::fromHex(lower(text));
    } catch (const Error&) {
        throw HttpError(400, what + " is not an address");
    }
}

std::string requiredParam(const ServerRequest& request, const char* name) {
    auto value = request.queryParam(name);
    if (!value)
        throw HttpError(400,
                        std::string("Required request parameter '") + name + "' is not present");
    return *value;
}

/// Wipes a handler's copy of a secret when it goes out of scope (the server's own receive
/// buffer is the HttpServer's business).
class WipedOnExit {
public:
    explicit WipedOnExit(std::string& text) : text_(text) {}
    ~WipedOnExit() { OPENSSL_cleanse(text_.data(), text_.size()); }
    WipedOnExit(const WipedOnExit&) = delete;
    WipedOnExit& operator=(const WipedOnExit&) = delete;

private:
    std::string& text_;
};

std::string requiredBody(const ServerRequest& request) {
    std::string body = request.body.text(1u << 20);
    if (body.empty())
        throw HttpError(400, "Required request body is missing");
    return body;
}

std::string requiredAuthorization(const ServerRequest& request) {
    auto value = request.header("Authorization");
    if (!value)
        throw HttpError(400, "Required request header 'Authorization' is not present");
    return *value;
}

// Whether `authorization` (0x r||s||v) is the personal_sign of `challengeHash` by `signer`.
bool signedBy(const Hash32& challengeHash, const std::string& authorization,
              const Address& signer) {
    try {
        const auto signature = eth::fromRsv(eth::fromHex(authorization));
        return eth::recoverAddress(eth::hashPersonalMessage(challengeHash), signature) == signer;
    } catch (const Error&) {
        return false;
    }
}

ServerResponse status(int code) {
    ServerResponse response;
    response.status = code;
    return response;
}

// The /requesters and /apps endpoints answer errors as {"error": ["..."]}.
ServerResponse apiError(int code, const std::string& message) {
    return ServerResponse::json(code, {{"error", nlohmann::json::array({message})}});
}

bool validSecretKey(const std::string& key) {
    static const std::regex pattern("^[0-9A-Za-z_-]{1,64}$");
    return std::regex_match(key, pattern);
}

std::vector<std::string> splitPath(std::string_view rest) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (true) {
        const auto slash = rest.find('/', at);
        parts.emplace_back(rest.substr(at, slash == std::string_view::npos ? slash : slash - at));
        if (slash == std::string_view::npos)
            return parts;
        at = slash + 1;
    }
}

std::int64_t nowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

struct SmsService::Impl {
    Options options;
    ServiceChainReader chain;
    SecretVault vault;
    std::mutex dbMutex; // one connection, used by one worker thread at a time
    Database db;
    HttpServer server;

    static Options prepared(Options o) {
        ensureDirectory(o.stateDir, 0700);
        return o;
    }

    explicit Impl(Options o)
        : options(prepared(std::move(o))), chain(options.rpcUrl, options.deployment),
          vault(options.stateDir / "sms.key"), db(options.stateDir / "sms.sqlite", kMigrations),
          server(HttpServer::Options{.port = options.port}) {}

    static std::string context(const std::string& kind, const std::string& id) {
        return kind + ":" + id;
    }

    /// False when the secret already exists.
    bool insert(const std::string& kind, const std::string& id, std::string_view value) {
        const Bytes sealed = vault.seal(asBytes(value), context(kind, id));
        std::lock_guard lock(dbMutex);
        db.prepare("INSERT OR IGNORE INTO secrets (kind, id, sealed, updated) VALUES (?, ?, ?, ?)")
            .bind(1, kind)
            .bind(2, id)
            .bindBlob(3, sealed)
            .bind(4, nowSeconds())
            .run();
        return db.changes() == 1;
    }

    /// False when there is no such secret.
    bool update(const std::string& kind, const std::string& id, std::string_view value) {
        const Bytes sealed = vault.seal(asBytes(value), context(kind, id));
        std::lock_guard lock(dbMutex);
        db.prepare("UPDATE secrets SET sealed = ?, updated = ? WHERE kind = ? AND id = ?")
            .bindBlob(1, sealed)
            .bind(2, nowSeconds())
            .bind(3, kind)
            .bind(4, id)
            .run();
        return db.changes() == 1;
    }

    bool exists(const std::string& kind, const std::string& id) {
        std::lock_guard lock(dbMutex);
        auto statement = db.prepare("SELECT 1 FROM secrets WHERE kind = ? AND id = ?");
        statement.bind(1, kind).bind(2, id);
        return statement.step();
    }

    std::optional<crypto::SecretBytes> get(const std::string& kind, const std::string& id) {
        Bytes sealed;
        {
            std::lock_guard lock(dbMutex);
            auto statement = db.prepare("SELECT sealed FROM secrets WHERE kind = ? AND id = ?");
            statement.bind(1, kind).bind(2, id);
            if (!statement.step())
                return std::nullopt;
            sealed = statement.blob(0);
        }
        return vault.open(sealed, context(kind, id));
    }

    static std::string web3Id(const Address& address) { return address.toLowerHex(); }
    static std::string web2Id(const Address& owner, const std::string& name) {
        return owner.toLowerHex() + "|" + lower(name);
    }
    static std::string requesterId(const Address& requester, const std::string& key) {
        return requester.toLowerHex() + "|" + key;
    }

    bool signedByOwner(ServiceChainReader::Registry registry, const Address& entry,
                       const Hash32& challengeHash, const std::string& authorization) {
        const auto owner = chain.registeredOwner(registry, entry);
        return owner && signedBy(challengeHash, authorization, *owner);
    }

    void routes();
};

void SmsService::Impl::routes() {
    using Registry = ServiceChainReader::Registry;
    const RouteOptions smallBody{.maxBodyBytes = 1u << 20};

    // --- web3 secrets: dataset keys, pushed once by the dataset owner.
    server.route("HEAD", "/secrets/web3", [this](const ServerRequest& request) {
        const Address address =
            parseAddress(requiredParam(request, "secretAddress"), "secretAddress");
        return status(exists(kWeb3, web3Id(address)) ? 204 : 404);
    });
    server.route(
        "POST", "/secrets/web3",
        [this](const ServerRequest& request) {
            const std::string authorization = requiredAuthorization(request);
            const Address address =
                parseAddress(requiredParam(request, "secretAddress"), "secretAddress");
            std::string secret = requiredBody(request);
            const WipedOnExit wipe(secret);
            if (!signedByOwner(Registry::Dataset, address, iexec::smsChallenge(address, {secret}),
                               authorization))
                return status(401);
            if (secret.size() > kMaxSecretBytes)
                return status(413);
            return status(insert(kWeb3, web3Id(address), secret) ? 204 : 409);
        },
        smallBody);

    // --- web2 secrets: named secrets of an account, updatable.
    server.route("HEAD", "/secrets/web2", [this](const ServerRequest& request) {
        const Address owner = parseAddress(requiredParam(request, "ownerAddress"), "ownerAddress");
        const std::string name = requiredParam(request, "secretName");
        return status(exists(kWeb2, web2Id(owner, name)) ? 204 : 404);
    });
    const auto web2Write = [this](const ServerRequest& request, bool update) {
        const std::string authorization = requiredAuthorization(request);
        const Address owner = parseAddress(requiredParam(request, "ownerAddress"), "ownerAddress");
        const std::string name = requiredParam(request, "secretName");
        std::string value = requiredBody(request);
        const WipedOnExit wipe(value);
        if (!signedBy(iexec::smsChallenge(owner, {name, value}), authorization, owner))
            return status(401);
        if (value.size() > kMaxSecretBytes)
            return status(413);
        if (update)
            return status(this->update(kWeb2, web2Id(owner, name), value) ? 204 : 404);
        return status(insert(kWeb2, web2Id(owner, name), value) ? 204 : 409);
    };
    server.route(
        "POST", "/secrets/web2",
        [web2Write](const ServerRequest& request) { return web2Write(request, false); }, smallBody);
    server.route(
        "PUT", "/secrets/web2",
        [web2Write](const ServerRequest& request) { return web2Write(request, true); }, smallBody);

    // --- requester secrets: /requesters/{address}/secrets/{key}
    const auto requesterTarget = [](const ServerRequest& request) {
        const auto parts = splitPath(request.pathRest());
        if (parts.size() != 3 || parts[1] != "secrets" || parts[2].empty())
            throw HttpError(404, "not found: " + request.path);
        return std::make_pair(parseAddress(parts[0], "requesterAddress"), parts[2]);
    };
    server.routePrefix(
        "HEAD", "/requesters/", [this, requesterTarget](const ServerRequest& request) {
            const auto [requester, key] = requesterTarget(request);
            if (!validSecretKey(key))
                return apiError(400, "Secret key should contain at most 64 characters from "
                                     "[0-9A-Za-z-_]");
            if (!exists(kRequester, requesterId(requester, key)))
                return apiError(404, "Secret not found");
            return status(204);
        });
    server.routePrefix(
        "POST", "/requesters/",
        [this, requesterTarget](const ServerRequest& request) {
            const std::string authorization = requiredAuthorization(request);
            const auto [requester, key] = requesterTarget(request);
            std::string value = requiredBody(request);
            const WipedOnExit wipe(value);
            if (!signedBy(iexec::smsChallenge(requester, {key, value}), authorization, requester))
                return apiError(401, "Invalid authorization");
            if (!validSecretKey(key))
                return apiError(400, "Secret key should contain at most 64 characters from "
                                     "[0-9A-Za-z-_]");
            if (value.size() > kMaxSecretBytes)
                return apiError(400, "Secret size should not exceed 4 Kb");
            if (!insert(kRequester, requesterId(requester, key), value))
                return apiError(409, "Secret already exists");
            return status(204);
        },
        smallBody);

    // --- app developer secrets: /apps/{address}/secrets
    const auto appTarget = [](const ServerRequest& request) {
        const auto parts = splitPath(request.pathRest());
        if (parts.size() != 2 || parts[1] != "secrets")
            throw HttpError(404, "not found: " + request.path);
        return parseAddress(parts[0], "appAddress");
    };
    server.routePrefix("HEAD", "/apps/", [this, appTarget](const ServerRequest& request) {
        const Address app = appTarget(request);
        if (!exists(kApp, web3Id(app)))
            return apiError(404, "Secret not found");
        return status(204);
    });
    server.routePrefix(
        "POST", "/apps/",
        [this, appTarget](const ServerRequest& request) {
            const std::string authorization = requiredAuthorization(request);
            const Address app = appTarget(request);
            std::string value = requiredBody(request);
            const WipedOnExit wipe(value);
            if (!signedByOwner(Registry::App, app,
                               iexec::smsChallenge(app, {kAppSecretIndex, value}), authorization))
                return apiError(401, "Invalid authorization");
            if (value.size() > kMaxSecretBytes)
                return apiError(413, "Secret size should not exceed 4 Kb");
            if (!insert(kApp, web3Id(app), value))
                return apiError(409, "Secret already exists");
            return status(204);
        },
        smallBody);
}

SmsService::SmsService(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {
    impl_->routes();
}

SmsService::~SmsService() {
    stop();
}

void SmsService::start() {
    impl_->server.start();
}
void SmsService::stop() {
    impl_->server.stop();
}
std::string SmsService::baseUrl() const {
    return impl_->server.baseUrl();
}
std::uint16_t SmsService::port() const {
    return impl_->server.port();
}

bool SmsService::hasDatasetSecret(const Address& dataset) {
    return impl_->exists(kWeb3, Impl::web3Id(dataset));
}

std::optional<crypto::SecretBytes> SmsService::datasetSecret(const Address& dataset) {
    return impl_->get(kWeb3, Impl::web3Id(dataset));
}

crypto::SecretBytes SmsService::datasetSecretForTask(const Hash32& taskId) {
    const auto task = impl_->chain.task(taskId);
    if (task.status != iexec::TaskStatus::Active)
        throw Error(ErrorCode::Crypto, "The task is not active on chain: its dataset key is not "
                                       "released.");
    const auto deal = impl_->chain.deal(task.dealid);
    if ((deal.tag[31] & 0x01) == 0)
        throw Error(ErrorCode::Crypto, "The task's deal is not a TEE deal: dataset keys only go "
                                       "to enclaves.");
    if (deal.dataset.pointer.isZero())
        throw Error(ErrorCode::NotFound, "The task uses no dataset.");
    auto secret = datasetSecret(deal.dataset.pointer);
    if (!secret)
        throw Error(ErrorCode::NotFound, "The SMS holds no key for dataset " +
                                             deal.dataset.pointer.toChecksumHex() + ".");
    return std::move(*secret);
}

std::optional<crypto::SecretBytes> SmsService::web2Secret(const Address& owner,
                                                          const std::string& name) {
    return impl_->get(kWeb2, Impl::web2Id(owner, name));
}

std::optional<crypto::SecretBytes> SmsService::requesterSecret(const Address& requester,
                                                               const std::string& key) {
    return impl_->get(kRequester, Impl::requesterId(requester, key));
}

std::optional<crypto::SecretBytes> SmsService::appDeveloperSecret(const Address& app) {
    return impl_->get(kApp, Impl::web3Id(app));
}

std::optional<std::string> SmsService::resultEncryptionPublicKey(const Address& requester) {
    auto secret = web2Secret(requester, kResultEncryptionKeyName);
    if (!secret)
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(secret->data()), secret->size());
}

} // namespace sr::sandbox
