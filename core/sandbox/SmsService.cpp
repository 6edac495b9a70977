#include "sandbox/SmsService.h"

#include "crypto/Secp256k1.h"
#include "crypto/SecureRandom.h"
#include "crypto/Sha256.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "iexec/DatasetView.h"
#include "iexec/Multiaddr.h"
#include "iexec/SmsChallenge.h"
#include "sandbox/SecretVault.h"
#include "sandbox/ServiceChainReader.h"
#include "sandbox/WorkerProtocol.h"
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
constexpr const char* kEnclave = "enclave"; // per-task enclave challenge keys
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
    HttpServer& server; // the service's own

    static Options prepared(Options o) {
        ensureDirectory(o.stateDir, 0700);
        return o;
    }

    Impl(Options o, HttpServer& http)
        : options(prepared(std::move(o))), chain(options.rpcUrl, options.deployment),
          vault(options.stateDir / "sms.key"), db(options.stateDir / "sms.sqlite", kMigrations),
          server(http) {}

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
    void teeRoutes();
    /// The task's enclave challenge key, made on first request.
    crypto::SecretBytes enclaveKey(const Hash32& taskId, bool create);
    nlohmann::json session(const WorkerpoolAuthorization& authorization, const iexec::Deal& deal);
};

crypto::SecretBytes SmsService::Impl::enclaveKey(const Hash32& taskId, bool create) {
    const std::string id = eth::toHex(ByteView(taskId.data(), taskId.size()));
    if (auto existing = get(kEnclave, id))
        return std::move(*existing);
    if (!create)
        return {};
    crypto::SecretBytes key = crypto::SecretBytes::random(32);
    while (!crypto::isValidPrivateKey(key.view()))
        key = crypto::SecretBytes::random(32);
    const std::string hex = eth::toHex(key.view());
    insert(kEnclave, id, hex); // a concurrent request may have won: read back what is stored
    auto stored = get(kEnclave, id);
    return std::move(*stored);
}

namespace {

Address enclaveAddressOf(const crypto::SecretBytes& hexKey) {
    const crypto::SecretBytes key(eth::fromHex(hexKey.text()));
    return Address::fromPublicKey(crypto::publicKeyFromPrivate(key));
}

std::string taskHex(const Hash32& taskId) {
    return eth::toHex(ByteView(taskId.data(), taskId.size()));
}

std::string randomSessionPrefix() {
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const Bytes random = crypto::randomBytes(10);
    std::string out;
    for (const auto b : random)
        out.push_back(kAlphabet[b % (sizeof(kAlphabet) - 1)]);
    return out;
}

} // namespace

nlohmann::json SmsService::Impl::session(const WorkerpoolAuthorization& authorization,
                                         const iexec::Deal& deal) {
    const Hash32& taskId = authorization.taskId;
    const auto task = chain.task(taskId);
    const DealParams params = DealParams::parse(deal.params);
    const std::string taskIdHex = taskHex(taskId);
    const std::string dealIdHex = taskHex(task.dealid);
    nlohmann::json pre = nlohmann::json::object();
    nlohmann::json app = nlohmann::json::object();
    nlohmann::json post = nlohmann::json::object();
    for (auto* env : {&pre, &app}) {
        (*env)["IEXEC_TASK_ID"] = taskIdHex;
        (*env)["IEXEC_DEAL_ID"] = dealIdHex;
        (*env)["IEXEC_TASK_INDEX"] = task.idx.toDecimal();
        (*env)["IEXEC_INPUT_FILES_NUMBER"] = std::to_string(params.inputFiles.size());
    }
    app["IEXEC_BOT_SIZE"] = deal.botSize.toDecimal();
    app["IEXEC_BOT_FIRST_INDEX"] = deal.botFirst.toDecimal();
    app["IEXEC_BOT_TASK_INDEX"] = task.idx.toDecimal();
    const bool withDataset = !deal.dataset.pointer.isZero();
    pre["IS_DATASET_REQUIRED"] = withDataset ? "true" : "false";
    if (withDataset) {
        const Address dataset = deal.dataset.pointer;
        auto key = get(kWeb3, web3Id(dataset));
        if (!key)
            throw HttpError(404, "The SMS holds no key for dataset " + dataset.toChecksumHex());
        eth::ContractCaller caller(chain.rpc());
        const auto info = iexec::DatasetView(dataset).read(caller);
        std::string url;
        try {
            url = iexec::p2pMultiaddrString(iexec::cidFromP2pMultiaddr(info.multiaddr));
        } catch (const Error&) {
            url.assign(info.multiaddr.begin(), info.multiaddr.end());
        }
        pre["IEXEC_DATASET_KEY"] = std::string(key->text());
        pre["IEXEC_DATASET_URL"] = url;
        pre["IEXEC_DATASET_CHECKSUM"] =
            eth::toHex(ByteView(info.checksum.data(), info.checksum.size()));
        pre["IEXEC_DATASET_FILENAME"] = dataset.toChecksumHex();
        app["IEXEC_DATASET_ADDRESS"] = dataset.toChecksumHex();
        app["IEXEC_DATASET_FILENAME"] = dataset.toChecksumHex();
    }
    for (std::size_t i = 0; i < params.inputFiles.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        pre["IEXEC_INPUT_FILE_URL_" + n] = params.inputFiles[i];
        const Hash32 name = crypto::sha256(asBytes(params.inputFiles[i]));
        app["IEXEC_INPUT_FILE_NAME_" + n] = eth::toHex(ByteView(name.data(), name.size()));
    }
    if (auto developer = get(kApp, web3Id(deal.app.pointer))) {
        app["IEXEC_APP_DEVELOPER_SECRET"] = std::string(developer->text());
        app["IEXEC_APP_DEVELOPER_SECRET_1"] = std::string(developer->text());
    }
    for (const auto& [index, name] : params.secrets) {
        if (index.empty() || index.find_first_not_of("0123456789") != std::string::npos ||
            index == "0")
            throw HttpError(400, "Requester secret index '" + index + "' is not a positive number");
        auto secret = get(kRequester, requesterId(deal.requester, name));
        if (!secret)
            throw HttpError(404, "The requester " + deal.requester.toChecksumHex() +
                                     " has no secret named '" + name + "'");
        app["IEXEC_REQUESTER_SECRET_" + index] = std::string(secret->text());
    }
    post["IEXEC_TASK_ID"] = taskIdHex;
    post["RESULT_ENCRYPTION"] = params.resultEncryption ? "true" : "false";
    post["RESULT_STORAGE_PROVIDER"] = params.storageProvider;
    post["RESULT_STORAGE_CALLBACK"] =
        deal.callback.isZero() ? std::string() : deal.callback.toChecksumHex();
    if (params.resultEncryption) {
        auto publicKey = get(kWeb2, web2Id(deal.beneficiary, kResultEncryptionKeyName));
        if (!publicKey)
            throw HttpError(404, "The beneficiary " + deal.beneficiary.toChecksumHex() +
                                     " has no result-encryption public key");
        post["RESULT_ENCRYPTION_PUBLIC_KEY"] = std::string(publicKey->text());
    }
    post["SIGN_WORKER_ADDRESS"] = authorization.worker.toChecksumHex();
    post["SIGN_TEE_CHALLENGE_PRIVATE_KEY"] = std::string(enclaveKey(taskId, false).text());
    return {{"data",
             {{"sessionId", randomSessionPrefix() + "0000" + taskIdHex},
              {"environment", {{"pre-compute", pre}, {"app", app}, {"post-compute", post}}}}}};
}

void SmsService::Impl::teeRoutes() {
    const RouteOptions smallBody{.maxBodyBytes = 64u << 10};
    const auto parseTaskId = [](std::string_view text) {
        try {
            return eth::fromHexFixed<32>(text);
        } catch (const Error&) {
            throw HttpError(400, "The task id is not a bytes32");
        }
    };
    // The scheduler asks for a task's enclave challenge, signing keccak256(taskId) as the
    // deal's workerpool owner. 200 with the challenge address (the same on every call).
    server.routePrefix(
        "POST", "/tee/challenges/",
        [this, parseTaskId](const ServerRequest& request) {
            const std::string authorization = requiredAuthorization(request);
            const Hash32 taskId = parseTaskId(request.pathRest());
            const auto task = chain.task(taskId);
            if (task.status != iexec::TaskStatus::Active)
                return apiError(403, "Task is not active on chain");
            const auto deal = chain.deal(task.dealid);
            if (!signedBy(challengeRequestHash(taskId), authorization, deal.workerpool.owner))
                return apiError(401, "Not signed by the owner of the task's workerpool");
            return ServerResponse::text(200,
                                        enclaveAddressOf(enclaveKey(taskId, true)).toChecksumHex());
        },
        smallBody);
    // The worker opens a TEE session: what its enclave may read (the dataset key, requester
    // secrets, the result-encryption key, the enclave's signing key), only for the worker the
    // scheduler authorised, for a task that is active on chain.
    server.route(
        "POST", "/tee/sessions",
        [this](const ServerRequest& request) {
            const std::string signature = requiredAuthorization(request);
            const auto body = nlohmann::json::parse(requiredBody(request), nullptr, false);
            WorkerpoolAuthorization authorization;
            try {
                authorization = WorkerpoolAuthorization::fromJson(body);
            } catch (const Error& e) {
                return apiError(400, e.what());
            }
            const Hash32 hash = authorization.hash();
            if (!signedBy(hash, signature, authorization.worker))
                return apiError(401, "The request is not signed by the authorised worker");
            const auto task = chain.task(authorization.taskId);
            if (task.status != iexec::TaskStatus::Active)
                return apiError(403, "Task is not active on chain");
            const auto deal = chain.deal(task.dealid);
            if ((deal.tag[31] & 0x01) == 0)
                return apiError(403, "The task's deal is not a TEE deal");
            if (!signedBy(hash, eth::toHex(authorization.signature), deal.workerpool.owner))
                return apiError(403, "The authorization is not signed by the owner of the "
                                     "task's workerpool");
            const auto enclave = enclaveKey(authorization.taskId, false);
            if (enclave.empty() || enclaveAddressOf(enclave) != authorization.enclave)
                return apiError(403, "The enclave challenge is not the one this SMS made for "
                                     "the task");
            try {
                return ServerResponse::json(200, session(authorization, deal));
            } catch (const HttpError& e) {
                return apiError(e.status(), e.what());
            }
        },
        smallBody);
}

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

SmsService::SmsService(Options options)
    : HttpService(HttpServer::Options{.port = options.port}),
      impl_(std::make_unique<Impl>(std::move(options), server())) {
    impl_->routes();
    impl_->teeRoutes();
}

SmsService::~SmsService() {
    stop();
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
