#pragma once

// The value types of the wallet's accounts as the front ends see them, with the pure functions
// over them. No I/O here: session/Accounts.h is the front ends' door to the accounts, over the
// account store (wallet/AccountStore.h, private to core).

#include "eth/Address.h"
#include "wallet/Mnemonic.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace sr::wallet {

enum class AccountKind {
    Hd,        ///< derived from a recovery phrase held by this store (m/44'/60'/0'/0/i)
    Imported,  ///< a private key or a keystore file brought in from elsewhere
    WatchOnly, ///< an address only (WatchOnlyAccounts): it can be browsed, never sign
};

/// "hd", "imported" or "watch-only" (stable: used in --json output).
std::string_view accountKindName(AccountKind kind);

/// `label` if it can name an account (at most 64 bytes of UTF-8 without control characters),
/// else Error(InvalidArgument) saying why.
std::string checkedLabel(std::string_view label);

struct AccountInfo {
    eth::Address address;
    std::string label; ///< empty when none was given
    AccountKind kind = AccountKind::Imported;
    std::optional<std::uint32_t> hdIndex; ///< for HD accounts
    std::string seedId;                   ///< for HD accounts: the seed file's id
    std::filesystem::path file;           ///< the keystore file
    std::string resultPublicKeyPem;       ///< the iExec result encryption key (SPKI PEM)
};

/// A new recovery phrase and its first account.
struct CreatedWallet {
    Mnemonic mnemonic; ///< show it once, then drop it
    AccountInfo account;
};

/// What removing an account removed.
struct AccountRemoval {
    bool seedRemoved = false; ///< it was the last account of its phrase, removed too
};

} // namespace sr::wallet
