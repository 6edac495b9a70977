#include "wallet/AccountStore.h"

#include "crypto/RsaPrivateKey.h"
#include "crypto/Secp256k1.h"
#include "eth/Hex.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "util/FileStream.h"
#include "wallet/HdKey.h"
#include "wallet/Keystore.h"
#include "wallet/Nfkd.h"
#include "wallet/SeedKeystore.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <map>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace sr::wallet {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kKeystorePrefix = "UTC--";
constexpr std::string_view kSeedPrefix = "hd-seed--";
constexpr std::string_view kSeedSuffix = ".json";
constexpr std::string_view kMetadataFile = "accounts.json";
constexpr std::size_t kMaxLabelBytes = 64;
constexpr std::uintmax_t kMaxMetadataSize = 1 << 20;

[[noreturn]] void wrongPassword() {
    throw Error(ErrorCode::WrongPassword, std::string(kWrongPasswordMessage));
}

// Runs what opens a keystore or a seed: a wrong password is said in the wallet's words.
template <typename Unlock> auto withPassword(Unlock&& unlock) -> decltype(unlock()) {
    try {
        return unlock();
    } catch (const Error& e) {
        if (e.code() == ErrorCode::WrongPassword)
            wrongPassword();
        throw;
    }
}

[[noreturn]] void noAccount(const eth::Address& address) {
    throw Error(ErrorCode::NotFound,
                "There is no account " + address.toChecksumHex() + " in this wallet.");
}

[[noreturn]] void alreadyThere(const eth::Address& address) {
    throw Error(ErrorCode::AlreadyExists,
                "The account " + address.toChecksumHex() + " is already in this wallet.");
}

[[noreturn]] void damagedAccount(const eth::Address& address, const fs::path& file) {
    throw Error(ErrorCode::Corrupt, "The keystore of account " + address.toChecksumHex() + ", " +
                                        file.string() +
                                        ", is damaged: Strongroom cannot read it. Restore it "
                                        "from a backup, or re-import the account's key.");
}

// geth's file name: UTC--2016-03-22T12-57-55.920751759Z--<address in lowercase hex>.
std::string keystoreFileName(const eth::Address& address) {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto nanos =
        std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count() %
        1'000'000'000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char stamp[64];
    std::snprintf(stamp, sizeof stamp, "%04d-%02d-%02dT%02d-%02d-%02d.%09lldZ", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                  static_cast<long long>(nanos));
    return std::string(kKeystorePrefix) + stamp + "--" + eth::toHex(address.bytes(), false);
}

// The address at the end of a geth file name, for files without an address member.
std::optional<eth::Address> addressFromFileName(const std::string& name) {
    const std::size_t dash = name.rfind("--");
    if (dash == std::string::npos || name.size() - dash - 2 != 40)
        return std::nullopt;
    try {
        return eth::Address::fromBytes(eth::fromHex(name.substr(dash + 2)));
    } catch (const Error&) {
        return std::nullopt;
    }
}

void checkNewPassword(std::string_view password) {
    if (password.empty())
        throw Error(ErrorCode::InvalidArgument, "The wallet password cannot be empty.");
}

} // namespace

std::string checkedLabel(std::string_view label) {
    if (label.size() > kMaxLabelBytes)
        throw Error(ErrorCode::InvalidArgument,
                    "A label is at most " + std::to_string(kMaxLabelBytes) + " bytes long.");
    for (const char c : label)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            throw Error(ErrorCode::InvalidArgument, "A label cannot hold control characters.");
    try {
        (void)nfkd(label); // a strict UTF-8 decoder; its output is not needed
    } catch (const Error&) {
        throw Error(ErrorCode::InvalidArgument, "A label must be UTF-8 text.");
    }
    return std::string(label);
}

std::string_view accountKindName(AccountKind kind) {
    switch (kind) {
    case AccountKind::Hd:
        return "hd";
    case AccountKind::Imported:
        return "imported";
    case AccountKind::WatchOnly:
        return "watch-only";
    }
    return "imported";
}

struct AccountStore::Scan {
    struct Account {
        AccountInfo info;
        Keystore keystore;
        std::string text; ///< the file as read
    };
    struct Seed {
        fs::path file;
        SeedKeystore seed;
    };
    std::vector<Account> accounts; // in the user's order
    std::vector<Seed> seeds;       // in file name order
    std::vector<fs::path> unreadable;
    /// Keystore files that cannot be read, with the address their name gives, in file order.
    std::vector<std::pair<eth::Address, fs::path>> damaged;
    /// accounts.json's order (empty when it is absent or damaged).
    std::vector<eth::Address> order;
    std::map<eth::Address, std::string> labels;
    bool metadataDamaged = false;
    /// The name and text (none when unreadable) of every key file, in name order: what the
    /// checks made on this scan depend on.
    std::vector<std::pair<std::string, std::optional<std::string>>> keyFiles;

    const fs::path* findDamaged(const eth::Address& address) const {
        for (const auto& [a, file] : damaged)
            if (a == address)
                return &file;
        return nullptr;
    }

    const Account* find(const eth::Address& address) const {
        for (const auto& a : accounts)
            if (a.info.address == address)
                return &a;
        return nullptr;
    }
    /// Error(NotFound) when absent.
    const Account& require(const eth::Address& address) const {
        if (const Account* a = find(address))
            return *a;
        if (const fs::path* file = findDamaged(address))
            damagedAccount(address, *file);
        noAccount(address);
    }
    const Seed* findSeed(const std::string& id) const {
        for (const auto& s : seeds)
            if (s.seed.id() == id)
                return &s;
        return nullptr;
    }
};

AccountStore::AccountStore(fs::path keystoreDir) : AccountStore(std::move(keystoreDir), {}) {}

AccountStore::AccountStore(fs::path keystoreDir, Options options)
    : dir_(std::move(keystoreDir)), options_(options) {}

AccountStore::Scan AccountStore::scan() const {
    Scan result;
    std::error_code ec;
    if (!fs::is_directory(dir_, ec))
        return result;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec))
            files.push_back(it->path());
    if (ec)
        throw Error(ErrorCode::Io,
                    "Could not read the folder " + dir_.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());

    auto readSmall = [](const fs::path& file, std::uintmax_t limit) -> std::optional<std::string> {
        std::error_code sizeError;
        const std::uintmax_t size = fs::file_size(file, sizeError);
        if (sizeError || size > limit)
            return std::nullopt;
        try {
            return readFile(file);
        } catch (const Error&) {
            return std::nullopt;
        }
    };

    std::vector<Scan::Account> found;
    for (const fs::path& file : files) {
        const std::string name = file.filename().string();
        if (name.starts_with(kKeystorePrefix)) {
            const auto text = readSmall(file, Keystore::kMaxFileSize);
            result.keyFiles.emplace_back(name, text);
            std::optional<Keystore> keystore;
            if (text) {
                try {
                    keystore = Keystore::parse(*text);
                } catch (const Error&) {
                }
            }
            std::optional<eth::Address> address =
                keystore ? keystore->address() : std::optional<eth::Address>();
            if (!address)
                address = addressFromFileName(name);
            const bool duplicate =
                address && std::any_of(found.begin(), found.end(),
                                       [&](const auto& a) { return a.info.address == *address; });
            if (!keystore || !address || duplicate) {
                result.unreadable.push_back(file);
                if (address && !duplicate)
                    result.damaged.emplace_back(*address, file);
                continue;
            }
            AccountInfo info;
            info.address = *address;
            info.file = file;
            if (const auto& origin = keystore->hdOrigin()) {
                info.kind = AccountKind::Hd;
                info.hdIndex = origin->index;
                info.seedId = origin->seedId;
            }
            info.resultPublicKeyPem = keystore->resultPublicKeyPem().value_or("");
            found.push_back({std::move(info), std::move(*keystore), *text});
        } else if (name.starts_with(kSeedPrefix) && name.ends_with(kSeedSuffix)) {
            const auto text = readSmall(file, 16 * 1024);
            result.keyFiles.emplace_back(name, text);
            try {
                if (!text)
                    throw Error(ErrorCode::Corrupt, "");
                result.seeds.push_back({file, SeedKeystore::parse(*text)});
            } catch (const Error&) {
                result.unreadable.push_back(file);
            }
        }
    }

    // Labels and order from accounts.json; the files decide what exists.
    std::vector<eth::Address> order;
    const fs::path metadata = dir_ / kMetadataFile;
    if (fs::exists(metadata, ec)) {
        try {
            const auto text = readSmall(metadata, kMaxMetadataSize);
            if (!text)
                throw Error(ErrorCode::Corrupt, "");
            const nlohmann::json doc = nlohmann::json::parse(*text);
            for (const auto& entry : doc.at("accounts")) {
                const eth::Address address =
                    eth::Address::fromHex(entry.at("address").get<std::string>());
                order.push_back(address);
                if (entry.contains("label"))
                    result.labels[address] = entry.at("label").get<std::string>();
            }
        } catch (const std::exception&) {
            result.metadataDamaged = true;
            order.clear();
            result.labels.clear();
        }
    }
    result.order = order;
    for (const eth::Address& address : order) {
        const auto it = std::find_if(found.begin(), found.end(),
                                     [&](const auto& a) { return a.info.address == address; });
        if (it != found.end()) {
            result.accounts.push_back(std::move(*it));
            found.erase(it);
        }
    }
    for (auto& account : found) // not in accounts.json: by file name, i.e. creation time
        result.accounts.push_back(std::move(account));
    for (auto& account : result.accounts)
        if (const auto it = result.labels.find(account.info.address); it != result.labels.end())
            account.info.label = it->second;
    return result;
}

std::vector<AccountInfo> AccountStore::list() const {
    const std::lock_guard lock(mutex_);
    std::vector<AccountInfo> out;
    for (auto& account : scan().accounts)
        out.push_back(std::move(account.info));
    return out;
}

std::vector<fs::path> AccountStore::unreadableFiles() const {
    const std::lock_guard lock(mutex_);
    return scan().unreadable;
}

AccountInfo AccountStore::account(const eth::Address& address) const {
    const std::lock_guard lock(mutex_);
    const Scan s = scan();
    return s.require(address).info;
}

std::optional<AccountInfo> AccountStore::defaultAccount() const {
    const std::lock_guard lock(mutex_);
    Scan s = scan();
    // The account that comes first when every file is readable: never silently the next one
    // when that one is damaged.
    for (const eth::Address& address : s.order) {
        if (const Scan::Account* a = s.find(address))
            return a->info;
        if (const fs::path* file = s.findDamaged(address))
            damagedAccount(address, *file);
    }
    if (s.accounts.empty()) {
        if (!s.damaged.empty())
            damagedAccount(s.damaged.front().first, s.damaged.front().second);
        return std::nullopt;
    }
    // Not in accounts.json: the oldest file (keystore names start with their creation time).
    const fs::path& first = s.accounts.front().info.file;
    for (const auto& [address, file] : s.damaged)
        if (file.filename() < first.filename() &&
            std::find(s.order.begin(), s.order.end(), address) == s.order.end())
            damagedAccount(address, file);
    return std::move(s.accounts.front().info);
}

void AccountStore::checkPassword(const Scan& s, std::string_view password) const {
    checkNewPassword(password);
    if (s.accounts.empty() && s.seeds.empty())
        return;
    // Any key file of the wallet that opens proves the password: one damaged file (a MAC
    // that no longer matches) must not lock the user out of every account operation, nor be
    // reported as a wrong password when it is not.
    const auto opens = [&](const auto& unlock) {
        try {
            (void)unlock();
            return true;
        } catch (const Error& e) {
            if (e.code() != ErrorCode::WrongPassword && e.code() != ErrorCode::Corrupt &&
                e.code() != ErrorCode::Crypto)
                throw;
            return false;
        }
    };
    for (const auto& a : s.accounts)
        if (opens([&] { return a.keystore.unlock(password); }))
            return;
    for (const auto& seed : s.seeds)
        if (opens([&] { return seed.seed.unlock(password); }))
            return;
    const std::size_t files = s.accounts.size() + s.seeds.size();
    throw Error(ErrorCode::WrongPassword,
                "The password is wrong, or the wallet's key files are damaged: " +
                    (files == 1 ? std::string("its key file does")
                                : "none of its " + std::to_string(files) + " key files does") +
                    " open with it.");
}

void AccountStore::writeMetadata(
    const Scan& s, const std::vector<eth::Address>& order,
    const std::vector<std::pair<eth::Address, std::string>>& labels) const {
    const fs::path metadata = dir_ / kMetadataFile;
    std::error_code ec;
    if (s.metadataDamaged && fs::exists(metadata, ec))
        setFileAside(metadata); // keep the user's bytes; we start afresh
    nlohmann::json accounts = nlohmann::json::array();
    for (const eth::Address& address : order) {
        nlohmann::json entry = {{"address", address.toChecksumHex()}};
        for (const auto& [labelled, label] : labels)
            if (labelled == address && !label.empty())
                entry["label"] = label;
        accounts.push_back(std::move(entry));
    }
    writeFileAtomic(metadata, nlohmann::json{{"version", 1}, {"accounts", accounts}}.dump(2));
}

void AccountStore::setLabel(const Scan& s, const eth::Address& address, std::string_view label) {
    std::vector<eth::Address> order;
    std::vector<std::pair<eth::Address, std::string>> labels;
    bool seen = false;
    for (const auto& a : s.accounts) {
        order.push_back(a.info.address);
        if (a.info.address == address) {
            seen = true;
            labels.emplace_back(address, std::string(label));
        } else {
            labels.emplace_back(a.info.address, a.info.label);
        }
    }
    if (!seen) {
        order.push_back(address);
        labels.emplace_back(address, std::string(label));
    }
    writeMetadata(s, order, labels);
}

AccountStore::Scan AccountStore::lockedScan() const {
    const std::lock_guard lock(mutex_);
    return scan();
}

template <typename Prepare, typename Commit>
decltype(auto) AccountStore::prepareThenCommit(Prepare&& prepare, Commit&& commit) {
    // Another thread (or process) may change the key files while the KDF runs: the work is
    // then done again on what is there now, a few times at most.
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        const Scan before = lockedScan();
        auto prepared = prepare(before);
        const std::lock_guard lock(mutex_);
        const Scan now = scan();
        if (now.keyFiles == before.keyFiles)
            return commit(now, std::move(prepared));
        if (attempt == kAttempts)
            throw Error(ErrorCode::Io, "The wallet's key files in " + dir_.string() +
                                           " kept changing while this ran; try again.");
    }
}

AccountStore::SealedAccount
AccountStore::sealAccount(const crypto::SecretBytes& privateKey, std::string_view password,
                          std::optional<std::pair<std::string, std::uint32_t>> hdOrigin,
                          const crypto::SecretBytes* resultKeyPem) const {
    const crypto::RsaPrivateKey resultKey = resultKeyPem
                                                ? crypto::RsaPrivateKey::fromPem(*resultKeyPem)
                                                : crypto::RsaPrivateKey::generate(options_.rsaBits);
    std::string publicPem = resultKey.publicKey().toSpkiPem();
    Keystore keystore =
        Keystore::create(privateKey, publicPem, resultKey.toPkcs8Pem(), password, options_.cost);
    if (hdOrigin)
        keystore.setHdOrigin(Keystore::HdOrigin{hdOrigin->first, hdOrigin->second});
    const eth::Address address = *keystore.address();
    return {std::move(keystore), address, std::move(publicPem), std::move(hdOrigin),
            privateKey.clone()};
}

AccountInfo AccountStore::writeAccount(const Scan& s, const SealedAccount& sealed,
                                       std::string_view label,
                                       std::optional<UnlockedAccount>* unlocked) {
    const std::string checkedName = checkedLabel(label);
    if (s.find(sealed.address))
        alreadyThere(sealed.address);
    ensureDirectory(dir_, 0700);
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::replace);
    const fs::path file = dir_ / keystoreFileName(sealed.address);
    writeFileAtomic(file, sealed.keystore.toJson());
    setLabel(s, sealed.address, checkedName);

    AccountInfo info;
    info.address = sealed.address;
    info.label = checkedName;
    info.file = file;
    info.resultPublicKeyPem = sealed.resultPublicKeyPem;
    if (sealed.hdOrigin) {
        info.kind = AccountKind::Hd;
        info.seedId = sealed.hdOrigin->first;
        info.hdIndex = sealed.hdOrigin->second;
    }
    if (unlocked)
        unlocked->emplace(sealed.address, sealed.privateKey.clone());
    return info;
}

void AccountStore::writeSeed(const SeedKeystore& seed) const {
    ensureDirectory(dir_, 0700);
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::replace);
    writeFileAtomic(dir_ / (std::string(kSeedPrefix) + seed.id() + std::string(kSeedSuffix)),
                    seed.toJson());
}

AccountStore::CreatedWallet
AccountStore::createHdWallet(std::string_view password, std::size_t words, std::string_view label) {
    struct Prepared {
        Mnemonic mnemonic;
        SeedKeystore seed;
        SealedAccount account;
    };
    return prepareThenCommit(
        [&](const Scan& s) {
            checkPassword(s, password);
            (void)checkedLabel(label);
            Mnemonic mnemonic = Mnemonic::generate(words);
            SeedKeystore seed = SeedKeystore::create(mnemonic, password, options_.cost);
            const HdKey master = HdKey::fromSeed(mnemonic.toSeed().view());
            const HdKey key = master.derive(DerivationPath::ethereum(0));
            SealedAccount account =
                sealAccount(key.privateKey(), password, std::make_pair(seed.id(), 0u), nullptr);
            return Prepared{std::move(mnemonic), std::move(seed), std::move(account)};
        },
        [&](const Scan& s, Prepared p) {
            // The seed first: an account file without its phrase could never be extended.
            writeSeed(p.seed);
            AccountInfo info = writeAccount(s, p.account, label);
            return CreatedWallet{std::move(p.mnemonic), std::move(info)};
        });
}

AccountInfo AccountStore::addHdAccount(std::string_view password, std::string_view label,
                                       std::optional<std::string> seedId) {
    return prepareThenCommit(
        [&](const Scan& s) {
            checkNewPassword(password);
            // By default the phrase of the first HD account the user has: a seed file that no
            // account uses (left by an interrupted creation) holds a phrase the user may never
            // have seen.
            const Scan::Seed* seed = nullptr;
            if (seedId) {
                seed = s.findSeed(*seedId);
            } else {
                for (const auto& a : s.accounts)
                    if (a.info.kind == AccountKind::Hd && (seed = s.findSeed(a.info.seedId)))
                        break;
            }
            if (!seed) {
                // A phrase file that is there but cannot be read is not a missing phrase.
                for (const fs::path& file : s.unreadable) {
                    const std::string name = file.filename().string();
                    if (name.starts_with(kSeedPrefix) &&
                        (!seedId ||
                         name == std::string(kSeedPrefix) + *seedId + std::string(kSeedSuffix)))
                        throw Error(ErrorCode::Corrupt,
                                    "The recovery phrase file " + file.string() +
                                        " is damaged: Strongroom cannot read it, so no account "
                                        "can be derived from it. Restore it from a backup, or "
                                        "import the phrase again with 'wallet import "
                                        "--mnemonic-file'.");
                }
                throw Error(ErrorCode::NotFound,
                            "This wallet has no recovery phrase to derive accounts from; create "
                            "a wallet or import a phrase first.");
            }
            (void)checkedLabel(label);
            std::optional<std::uint32_t> highest;
            for (const auto& a : s.accounts)
                if (a.info.kind == AccountKind::Hd && a.info.seedId == seed->seed.id())
                    highest = std::max(highest.value_or(0), *a.info.hdIndex);
            Mnemonic mnemonic = withPassword([&] { return seed->seed.unlock(password); });
            const HdKey master = HdKey::fromSeed(mnemonic.toSeed().view());
            std::uint32_t index = highest ? *highest + 1 : 0;
            // An index whose account was imported separately is skipped.
            for (;; ++index) {
                if (index >= DerivationPath::kHardened)
                    throw Error(ErrorCode::InvalidArgument,
                                "This phrase has no account index left.");
                const HdKey key = master.derive(DerivationPath::ethereum(index));
                if (!s.find(key.address()))
                    return sealAccount(key.privateKey(), password,
                                       std::make_pair(seed->seed.id(), index), nullptr);
            }
        },
        [&](const Scan& s, const SealedAccount& sealed) { return writeAccount(s, sealed, label); });
}

AccountInfo AccountStore::importMnemonic(std::string_view phrase, std::uint32_t index,
                                         std::string_view password, std::string_view label,
                                         std::optional<UnlockedAccount>* unlocked) {
    struct Prepared {
        std::optional<SeedKeystore> newSeed; ///< when the phrase is not in the store yet
        SealedAccount account;
    };
    const Mnemonic mnemonic = Mnemonic::fromPhrase(phrase);
    const DerivationPath path = DerivationPath::ethereum(index);
    (void)checkedLabel(label);
    return prepareThenCommit(
        [&](const Scan& s) {
            checkPassword(s, password);
            const HdKey master = HdKey::fromSeed(mnemonic.toSeed().view());
            const HdKey key = master.derive(path);
            if (s.find(key.address()))
                alreadyThere(key.address());
            const eth::Address first =
                index == 0 ? key.address() : master.derive(DerivationPath::ethereum(0)).address();
            std::string seedId;
            for (const auto& seed : s.seeds)
                if (seed.seed.firstAddress() == first)
                    seedId = seed.seed.id();
            std::optional<SeedKeystore> newSeed;
            if (seedId.empty()) {
                newSeed = SeedKeystore::create(mnemonic, password, options_.cost);
                seedId = newSeed->id();
            }
            SealedAccount account =
                sealAccount(key.privateKey(), password, std::make_pair(seedId, index), nullptr);
            return Prepared{std::move(newSeed), std::move(account)};
        },
        [&](const Scan& s, const Prepared& p) {
            if (p.newSeed)
                writeSeed(*p.newSeed);
            return writeAccount(s, p.account, label, unlocked);
        });
}

AccountInfo AccountStore::importPrivateKey(const crypto::SecretBytes& privateKey,
                                           std::string_view password, std::string_view label,
                                           std::optional<UnlockedAccount>* unlocked) {
    if (!crypto::isValidPrivateKey(privateKey.view()))
        throw Error(ErrorCode::InvalidArgument,
                    "This is not a valid private key: it must be 32 bytes (64 hex digits), not "
                    "zero and below the secp256k1 curve order.");
    (void)checkedLabel(label);
    const eth::Address address =
        eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(privateKey));
    return prepareThenCommit(
        [&](const Scan& s) {
            if (s.find(address))
                alreadyThere(address);
            checkPassword(s, password);
            return sealAccount(privateKey, password, std::nullopt, nullptr);
        },
        [&](const Scan& s, const SealedAccount& sealed) {
            return writeAccount(s, sealed, label, unlocked);
        });
}

AccountInfo AccountStore::importKeystore(std::string_view keystoreJson,
                                         std::string_view filePassword, std::string_view password,
                                         std::string_view label,
                                         std::optional<UnlockedAccount>* unlocked) {
    const Keystore foreign = Keystore::parse(keystoreJson);
    (void)checkedLabel(label);
    return prepareThenCommit(
        [&](const Scan& s) {
            if (foreign.address() && s.find(*foreign.address()))
                alreadyThere(*foreign.address());
            checkNewPassword(password);
            Keystore::Unlocked opened;
            try {
                opened = foreign.unlockWithResultKey(filePassword);
            } catch (const Error& e) {
                if (e.code() == ErrorCode::WrongPassword)
                    throw Error(ErrorCode::WrongPassword,
                                "The keystore file's password is wrong, or the file is damaged.");
                throw;
            }
            checkPassword(s, password);
            const eth::Address address =
                eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(opened.privateKey));
            if (s.find(address))
                alreadyThere(address);
            return sealAccount(opened.privateKey, password, std::nullopt,
                               opened.resultKey ? &*opened.resultKey : nullptr);
        },
        [&](const Scan& s, const SealedAccount& sealed) {
            return writeAccount(s, sealed, label, unlocked);
        });
}

std::string AccountStore::exportKeystore(const eth::Address& address,
                                         std::string_view password) const {
    const Scan s = lockedScan();
    const Scan::Account* a = &s.require(address);
    withPassword([&] { (void)a->keystore.unlock(password); });
    return a->text; // the file the password opened
}

Mnemonic AccountStore::exportMnemonic(const eth::Address& address,
                                      std::string_view password) const {
    const Scan s = lockedScan();
    const Scan::Account* a = &s.require(address);
    if (a->info.kind != AccountKind::Hd)
        throw Error(ErrorCode::InvalidArgument,
                    "The account " + address.toChecksumHex() +
                        " was imported as a key: it has no recovery phrase.");
    const Scan::Seed* seed = s.findSeed(a->info.seedId);
    if (!seed)
        throw Error(ErrorCode::NotFound, "The recovery phrase of account " +
                                             address.toChecksumHex() +
                                             " is not in this wallet any more.");
    return withPassword([&] { return seed->seed.unlock(password); });
}

AccountStore::Removal AccountStore::remove(const eth::Address& address, std::string_view password) {
    struct Checked {};
    return prepareThenCommit(
        [&](const Scan& s) {
            const Scan::Account* a = &s.require(address);
            withPassword([&] { (void)a->keystore.unlock(password); });
            return Checked{};
        },
        [&](const Scan& s, Checked) {
            const Scan::Account* a = &s.require(address);
            std::error_code ec;
            if (!fs::remove(a->info.file, ec) || ec)
                throw Error(ErrorCode::Io, "Could not delete " + a->info.file.string() + ": " +
                                               (ec ? ec.message() : "it is gone"));
            Removal removal;
            if (a->info.kind == AccountKind::Hd) {
                const bool othersUseSeed =
                    std::any_of(s.accounts.begin(), s.accounts.end(), [&](auto& o) {
                        return o.info.address != address && o.info.kind == AccountKind::Hd &&
                               o.info.seedId == a->info.seedId;
                    });
                if (const Scan::Seed* seed = s.findSeed(a->info.seedId); seed && !othersUseSeed) {
                    fs::remove(seed->file, ec);
                    removal.seedRemoved = !ec;
                }
            }
            syncDirectory(dir_);
            std::vector<eth::Address> order;
            std::vector<std::pair<eth::Address, std::string>> labels;
            for (const auto& other : s.accounts)
                if (other.info.address != address) {
                    order.push_back(other.info.address);
                    labels.emplace_back(other.info.address, other.info.label);
                }
            writeMetadata(s, order, labels);
            return removal;
        });
}

void AccountStore::relabel(const eth::Address& address, std::string_view label) {
    const std::lock_guard lock(mutex_);
    const std::string checked = checkedLabel(label);
    const Scan s = scan();
    (void)s.require(address);
    setLabel(s, address, checked);
}

UnlockedAccount AccountStore::unlock(const eth::Address& address, std::string_view password) const {
    const Scan s = lockedScan();
    const Scan::Account* a = &s.require(address);
    return withPassword([&] { return UnlockedAccount(address, a->keystore.unlock(password)); });
}

crypto::SecretBytes AccountStore::unlockResultKey(const eth::Address& address,
                                                  std::string_view password) const {
    const Scan s = lockedScan();
    const Scan::Account* a = &s.require(address);
    return withPassword([&] { return a->keystore.unlockResultKey(password); });
}

} // namespace sr::wallet
