#pragma once

// The wallet's front door: what the GUI (ui/) and the command line (app/cli) may do with the
// accounts of a data folder. The account store, its keystore files and the watch-only list are
// private to core; the front ends see accounts as values (wallet/AccountTypes.h) and unlocked
// keys as wallet::UnlockedAccount.

#include "crypto/SecretBytes.h"
#include "eth/Address.h"
#include "util/Paths.h"
#include "wallet/AccountTypes.h"
#include "wallet/UnlockedAccount.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr::wallet {
class AccountStore;
class WatchOnlyAccounts;
} // namespace sr::wallet

namespace sr::session {

/// The accounts of one data folder (its keystore folder, AppPaths::keystoreDir()): the keyed
/// ones (a recovery phrase's, imported keys and keystore files), all under one wallet
/// password, and the addresses watched without a key.
///
/// Calls are synchronous and touch the disk; those that open or write a key file run the
/// wallet's KDF (seconds) and may make a result key pair: run them off the GUI thread.
/// Thread-safe: the GUI shares one through shared_ptr with its jobs. Secrets come in as
/// string_views over SecretBytes and go out as SecretBytes, Mnemonic or UnlockedAccount (wiping
/// memory), never as a std::string, except exportKeystore's file (encrypted).
class Accounts {
public:
    /// What a new key file costs: the defaults are the product's (scrypt N = 2^17, RSA-4096
    /// result keys); tests lower them.
    struct Cost {
        std::uint64_t scryptN = 1u << 17;
        std::uint32_t scryptR = 8;
        std::uint32_t scryptP = 1;
        unsigned rsaBits = 4096;
    };

    explicit Accounts(const AppPaths& paths);
    Accounts(const AppPaths& paths, const Cost& cost);
    ~Accounts();
    Accounts(const Accounts&) = delete;
    Accounts& operator=(const Accounts&) = delete;

    /// The keyed accounts, in the user's order (new accounts last). Reads the folder every time.
    std::vector<wallet::AccountInfo> list() const;
    /// No keyed account yet (the first one sets the wallet password).
    bool empty() const { return list().empty(); }
    /// The watched addresses (kind WatchOnly), in the order they were added.
    std::vector<wallet::AccountInfo> watched() const;
    /// Files in the keystore folder that look like keystores but cannot be read.
    std::vector<std::filesystem::path> unreadableFiles() const;
    /// One keyed account; Error(NotFound) if absent, Error(Corrupt) naming the file when its
    /// keystore is there but damaged.
    wallet::AccountInfo account(const eth::Address& address) const;
    /// The first keyed account, if any. Error(Corrupt) naming the file when the account that
    /// would come first is damaged: never the next one in its place.
    std::optional<wallet::AccountInfo> defaultAccount() const;

    /// A new recovery phrase of `words` words (12 or 24) and its account 0.
    wallet::CreatedWallet createHdWallet(std::string_view password, std::size_t words = 12,
                                         std::string_view label = {});
    /// The next account of the phrase of the first HD account, or of `seedId`.
    /// Error(NotFound) when no account comes from a phrase.
    wallet::AccountInfo addHdAccount(std::string_view password, std::string_view label = {},
                                     std::optional<std::string> seedId = std::nullopt);
    /// Account `index` of a typed phrase. The imports set `*unlocked`, when given, to the new
    /// account's key (what unlock() would give, without another KDF run). Error(WrongPassword)
    /// when `password` is not the wallet's, Error(AlreadyExists) for an account already held.
    wallet::AccountInfo importMnemonic(std::string_view phrase, std::uint32_t index,
                                       std::string_view password, std::string_view label = {},
                                       std::optional<wallet::UnlockedAccount>* unlocked = nullptr);
    /// A raw private key (32 bytes).
    wallet::AccountInfo
    importPrivateKey(const crypto::SecretBytes& privateKey, std::string_view password,
                     std::string_view label = {},
                     std::optional<wallet::UnlockedAccount>* unlocked = nullptr);
    /// A keystore file's text, opened with `filePassword` and re-encrypted under `password`.
    wallet::AccountInfo importKeystore(std::string_view keystoreJson, std::string_view filePassword,
                                       std::string_view password, std::string_view label = {},
                                       std::optional<wallet::UnlockedAccount>* unlocked = nullptr);

    /// The account's keystore file (with its result key pair), after checking `password`.
    std::string exportKeystore(const eth::Address& address, std::string_view password) const;
    /// The recovery phrase an HD account comes from. Error(InvalidArgument) for an imported one.
    wallet::Mnemonic exportMnemonic(const eth::Address& address, std::string_view password) const;
    /// Deletes a keyed account's file after checking `password` (and its phrase's file with
    /// its last account).
    wallet::AccountRemoval remove(const eth::Address& address, std::string_view password);
    /// Sets (or with an empty label, clears) a keyed account's label (wallet::checkedLabel).
    void relabel(const eth::Address& address, std::string_view label);
    /// Decrypts the account's key. Error(WrongPassword) for a wrong password.
    wallet::UnlockedAccount unlock(const eth::Address& address, std::string_view password) const;
    /// The account's result key, private half (PKCS#8 PEM), for decrypting iExec results.
    crypto::SecretBytes unlockResultKey(const eth::Address& address,
                                        std::string_view password) const;

    /// Watches `address` without its key (a keyed account watched too is listed once by the
    /// front ends). Error(AlreadyExists) when watched already; Error(InvalidArgument) for the
    /// zero address or a bad label.
    wallet::AccountInfo watch(const eth::Address& address, std::string_view label = {});
    /// Error(NotFound) if it is not watched.
    void unwatch(const eth::Address& address);
    void relabelWatched(const eth::Address& address, std::string_view label);

    /// The largest keystore file an import reads.
    static std::size_t maxKeystoreFileSize();
    /// The address a keystore file's text names, if it names one (not verified until it is
    /// opened). Error(InvalidArgument or Corrupt) saying why for a text that is not a keystore
    /// Strongroom can read.
    static std::optional<eth::Address> keystoreFileAddress(std::string_view keystoreJson);
    /// Checks that `filePassword` opens the keystore file (one KDF run): Error(WrongPassword)
    /// when it does not, as parsing it when it is not a keystore.
    static void checkKeystorePassword(std::string_view keystoreJson, std::string_view filePassword);

private:
    const std::unique_ptr<wallet::AccountStore> store_;
    const std::unique_ptr<wallet::WatchOnlyAccounts> watched_;
};

} // namespace sr::session
