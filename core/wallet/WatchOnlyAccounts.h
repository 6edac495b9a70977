#pragma once

#include "wallet/AccountStore.h"

#include <filesystem>
#include <mutex>
#include <vector>

namespace sr::wallet {

/// Addresses the user follows without their key (a cold wallet, a colleague's account):
/// `watch-only.json` in the keystore folder, nothing secret in it. They are listed with the
/// wallet's accounts (kind WatchOnly, no file) and can be browsed, never used to sign.
/// A damaged file is set aside (never overwritten) and the list starts empty.
class WatchOnlyAccounts {
public:
    explicit WatchOnlyAccounts(std::filesystem::path keystoreDir);

    std::vector<AccountInfo> list() const;
    /// Error(AlreadyExists) if watched already; Error(InvalidArgument) for the zero address or
    /// a bad label (same rules as AccountStore::relabel).
    AccountInfo add(const eth::Address& address, std::string_view label = {});
    /// Error(NotFound) if it is not watched.
    void remove(const eth::Address& address);
    void relabel(const eth::Address& address, std::string_view label);

    static constexpr std::string_view kFileName = "watch-only.json";

private:
    std::vector<AccountInfo> read() const;
    void write(const std::vector<AccountInfo>& accounts) const;
    std::filesystem::path file_;
    mutable std::mutex mutex_;
};

} // namespace sr::wallet
