#pragma once

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "wallet/AccountTypes.h"
#include "wallet/Keystore.h"
#include "wallet/KeystoreCrypto.h"
#include "wallet/Mnemonic.h"
#include "wallet/SeedKeystore.h"
#include "wallet/UnlockedAccount.h"

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::wallet {

/// The user's accounts, in `<data dir>/keystore/` (AppPaths::keystoreDir()):
/// - one standard `UTC--<time>--<address>` Web3 Secret Storage file per account (readable by
///   geth, ethers, MetaMask and the iExec SDK), which also carries the account's RSA-4096 result
///   key pair, the private half sealed under the same password (see Keystore);
/// - one `hd-seed--<id>.json` per recovery phrase (SeedKeystore), so that accounts can be added;
/// - `accounts.json`: labels and the order of the accounts, nothing secret and nothing that
///   cannot be lost: the keystore files are the truth. A damaged accounts.json is set aside
///   (never overwritten) and the accounts are listed from the files in creation order.
/// Every file is 0600 in a 0700 folder and written atomically.
///
/// One password protects the whole store: operations that add an account check it against an
/// existing file first (Error(WrongPassword)). Imported keystores are RE-ENCRYPTED under that
/// password with Strongroom's own parameters (scrypt N = 2^17), so weak or hostile parameters
/// of the original file do not stay, and one password opens everything.
///
/// Calls are synchronous and may take seconds (scrypt, RSA-4096 generation): run them off the
/// GUI thread. They are serialised within the process, but the slow part (the KDF, the result
/// key) runs outside the store's lock: listing, relabelling and the checks of other calls do
/// not wait for it. A call that writes checks, under the lock, that no key file changed while
/// its KDF ran, and does its work again on the new state if one did.
class AccountStore {
public:
    struct Options {
        ScryptCost cost;         ///< for every file written
        unsigned rsaBits = 4096; ///< result key size (the iExec SDK's)
    };

    explicit AccountStore(std::filesystem::path keystoreDir);
    AccountStore(std::filesystem::path keystoreDir, Options options);
    AccountStore(const AccountStore&) = delete;
    AccountStore& operator=(const AccountStore&) = delete;

    const std::filesystem::path& directory() const { return dir_; }

    /// The accounts, in the user's order (new accounts last). Reads the folder every time.
    std::vector<AccountInfo> list() const;
    /// Files in the folder that look like keystores but cannot be read (listed nowhere else).
    std::vector<std::filesystem::path> unreadableFiles() const;
    /// One account; Error(NotFound) if absent, Error(Corrupt) naming the file when its keystore
    /// is there but damaged (as every operation on one account does).
    AccountInfo account(const eth::Address& address) const;
    /// The first account, if any (the CLI's default --account). Error(Corrupt) naming the file
    /// when the account that would come first is damaged: never the next one in its place.
    std::optional<AccountInfo> defaultAccount() const;
    bool empty() const { return list().empty(); }

    using CreatedWallet = wallet::CreatedWallet;
    /// A new recovery phrase of `words` words (12 or 24) and its account 0.
    CreatedWallet createHdWallet(std::string_view password, std::size_t words = 12,
                                 std::string_view label = {});
    /// The next account (highest index + 1) of the phrase of the first HD account in the list,
    /// or of `seedId`. Error(NotFound) when no account comes from a phrase in the store.
    AccountInfo addHdAccount(std::string_view password, std::string_view label = {},
                             std::optional<std::string> seedId = std::nullopt);
    /// Account `index` of a typed phrase (validated: Error(InvalidArgument) with the reason).
    /// The phrase is stored once (recognised by its first address) so later accounts can be
    /// added. Error(AlreadyExists) if that account is already in the store.
    /// The imports below set `*unlocked`, when given, to the new account's key: what unlock()
    /// would give, without another KDF run.
    AccountInfo importMnemonic(std::string_view phrase, std::uint32_t index,
                               std::string_view password, std::string_view label = {},
                               std::optional<UnlockedAccount>* unlocked = nullptr);
    /// A raw private key (32 bytes).
    AccountInfo importPrivateKey(const crypto::SecretBytes& privateKey, std::string_view password,
                                 std::string_view label = {},
                                 std::optional<UnlockedAccount>* unlocked = nullptr);
    /// A keystore file's text, opened with `filePassword` and re-encrypted under `password`.
    /// Its result key, if it carries one (a Strongroom export), is kept; else one is made.
    AccountInfo importKeystore(std::string_view keystoreJson, std::string_view filePassword,
                               std::string_view password, std::string_view label = {},
                               std::optional<UnlockedAccount>* unlocked = nullptr);

    /// The account's keystore file (with its result key pair), after checking that `password`
    /// opens it: the exported file opens with the same password.
    std::string exportKeystore(const eth::Address& address, std::string_view password) const;
    /// The recovery phrase an HD account comes from. Error(InvalidArgument) for an imported
    /// account. A secret: show it, never log it.
    Mnemonic exportMnemonic(const eth::Address& address, std::string_view password) const;

    using Removal = AccountRemoval;
    /// Deletes the account's file after checking `password` opens it. When it was the last
    /// account of a recovery phrase, the phrase's file goes too.
    Removal remove(const eth::Address& address, std::string_view password);

    /// Sets (or with an empty label, clears) an account's label: at most 64 bytes of UTF-8
    /// without control characters.
    void relabel(const eth::Address& address, std::string_view label);

    /// Decrypts the account's key. Error(WrongPassword) for a wrong password.
    UnlockedAccount unlock(const eth::Address& address, std::string_view password) const;
    /// The account's result key, private half (PKCS#8 PEM), for decrypting iExec results.
    crypto::SecretBytes unlockResultKey(const eth::Address& address,
                                        std::string_view password) const;

private:
    struct Scan;
    /// An account's keystore, sealed (the KDF and the result key done), not yet written.
    struct SealedAccount {
        Keystore keystore;
        eth::Address address;
        std::string resultPublicKeyPem;
        std::optional<std::pair<std::string, std::uint32_t>> hdOrigin;
        crypto::SecretBytes privateKey; ///< for the caller's UnlockedAccount, if it asks for one
    };
    Scan scan() const;
    Scan lockedScan() const;
    /// Runs `prepare(scan)` (the KDF and other slow work) WITHOUT the lock, then, under the
    /// lock, `commit(scan, prepared)` if no key file changed meanwhile (else prepares again).
    template <typename Prepare, typename Commit>
    decltype(auto) prepareThenCommit(Prepare&& prepare, Commit&& commit);
    void checkPassword(const Scan& scan, std::string_view password) const;
    SealedAccount sealAccount(const crypto::SecretBytes& privateKey, std::string_view password,
                              std::optional<std::pair<std::string, std::uint32_t>> hdOrigin,
                              const crypto::SecretBytes* resultKeyPem) const;
    AccountInfo writeAccount(const Scan& scan, const SealedAccount& sealed, std::string_view label,
                             std::optional<UnlockedAccount>* unlocked = nullptr);
    void writeSeed(const SeedKeystore& seed) const;
    void writeMetadata(const Scan& scan, const std::vector<eth::Address>& order,
                       const std::vector<std::pair<eth::Address, std::string>>& labels) const;
    void setLabel(const Scan& scan, const eth::Address& address, std::string_view label);

    std::filesystem::path dir_;
    Options options_;
    mutable std::recursive_mutex mutex_;
};

} // namespace sr::wallet
