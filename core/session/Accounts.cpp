#include "session/Accounts.h"

#include "wallet/AccountStore.h"
#include "wallet/Keystore.h"
#include "wallet/WatchOnlyAccounts.h"

#include <utility>

namespace sr::session {

namespace {

wallet::AccountStore::Options storeOptions(const Accounts::Cost& cost) {
    wallet::AccountStore::Options options;
    options.cost = {cost.scryptN, cost.scryptR, cost.scryptP};
    options.rsaBits = cost.rsaBits;
    return options;
}

} // namespace

Accounts::Accounts(const AppPaths& paths) : Accounts(paths, Cost{}) {}

Accounts::Accounts(const AppPaths& paths, const Cost& cost)
    : store_(std::make_unique<wallet::AccountStore>(paths.keystoreDir(), storeOptions(cost))),
      watched_(std::make_unique<wallet::WatchOnlyAccounts>(paths.keystoreDir())) {}

Accounts::~Accounts() = default;

std::vector<wallet::AccountInfo> Accounts::list() const {
    return store_->list();
}

std::vector<wallet::AccountInfo> Accounts::watched() const {
    return watched_->list();
}

std::vector<std::filesystem::path> Accounts::unreadableFiles() const {
    return store_->unreadableFiles();
}

wallet::AccountInfo Accounts::account(const eth::Address& address) const {
    return store_->account(address);
}

std::optional<wallet::AccountInfo> Accounts::defaultAccount() const {
    return store_->defaultAccount();
}

wallet::CreatedWallet Accounts::createHdWallet(std::string_view password, std::size_t words,
                                               std::string_view label) {
    return store_->createHdWallet(password, words, label);
}

wallet::AccountInfo Accounts::addHdAccount(std::string_view password, std::string_view label,
                                           std::optional<std::string> seedId) {
    return store_->addHdAccount(password, label, std::move(seedId));
}

wallet::AccountInfo Accounts::importMnemonic(std::string_view phrase, std::uint32_t index,
                                             std::string_view password, std::string_view label,
                                             std::optional<wallet::UnlockedAccount>* unlocked) {
    return store_->importMnemonic(phrase, index, password, label, unlocked);
}

wallet::AccountInfo Accounts::importPrivateKey(const crypto::SecretBytes& privateKey,
                                               std::string_view password, std::string_view label,
                                               std::optional<wallet::UnlockedAccount>* unlocked) {
    return store_->importPrivateKey(privateKey, password, label, unlocked);
}

wallet::AccountInfo Accounts::importKeystore(std::string_view keystoreJson,
                                             std::string_view filePassword,
                                             std::string_view password, std::string_view label,
                                             std::optional<wallet::UnlockedAccount>* unlocked) {
    return store_->importKeystore(keystoreJson, filePassword, password, label, unlocked);
}

std::string Accounts::exportKeystore(const eth::Address& address, std::string_view password) const {
    return store_->exportKeystore(address, password);
}

wallet::Mnemonic Accounts::exportMnemonic(const eth::Address& address,
                                          std::string_view password) const {
    return store_->exportMnemonic(address, password);
}

wallet::AccountRemoval Accounts::remove(const eth::Address& address, std::string_view password) {
    return store_->remove(address, password);
}

void Accounts::relabel(const eth::Address& address, std::string_view label) {
    store_->relabel(address, label);
}

wallet::UnlockedAccount Accounts::unlock(const eth::Address& address,
                                         std::string_view password) const {
    return store_->unlock(address, password);
}

crypto::SecretBytes Accounts::unlockResultKey(const eth::Address& address,
                                              std::string_view password) const {
    return store_->unlockResultKey(address, password);
}

wallet::AccountInfo Accounts::watch(const eth::Address& address, std::string_view label) {
    return watched_->add(address, label);
}

void Accounts::unwatch(const eth::Address& address) {
    watched_->remove(address);
}

void Accounts::relabelWatched(const eth::Address& address, std::string_view label) {
    watched_->relabel(address, label);
}

std::size_t Accounts::maxKeystoreFileSize() {
    return wallet::Keystore::kMaxFileSize;
}

std::optional<eth::Address> Accounts::keystoreFileAddress(std::string_view keystoreJson) {
    return wallet::Keystore::parse(keystoreJson).address();
}

void Accounts::checkKeystorePassword(std::string_view keystoreJson, std::string_view filePassword) {
    (void)wallet::Keystore::parse(keystoreJson).unlock(filePassword);
}

} // namespace sr::session
