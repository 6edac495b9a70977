#pragma once

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <optional>
#include <string>
#include <string_view>

namespace sr::eth {

/// What a transaction does, for the journal and the Activity list. Persisted by name (the
/// journal's purpose column): never rename.
enum class TxPurpose {
    Other,           ///< "other": a call Strongroom does not describe (a deployment, a test)
    SendEth,         ///< "send-eth": `amount` wei to `recipient`
    SendRlc,         ///< "send-rlc": `amount` nRLC to `recipient`
    ApproveRlc,      ///< "approve-rlc": `recipient` may spend `amount` nRLC
    Deposit,         ///< "deposit": `amount` nRLC into the iExec account
    Withdraw,        ///< "withdraw": `amount` nRLC out of the iExec account
    RegisterDataset, ///< "create-dataset": protected data named `name`
    TransferDataset, ///< "transfer-dataset": `dataset` (named `name`) to `recipient`
    RevokeAccess,    ///< "revoke-access": to `dataset` for `recipient` (none: anyone) with `app`
    PresignOrder,    ///< "presign-order": an order of `dataset`, or of `app`
    CloseOrder,      ///< "close-order": an order of `dataset`, or of `app`
    RunApp,          ///< "match-orders": `app`, on `dataset` if any
    Cancel,          ///< "cancel": takes the nonce of the transaction it replaces
};

std::string_view txPurposeName(TxPurpose purpose) noexcept; ///< "send-eth", "deposit", ...
/// Never throws: a name this version does not know (an older one's "manage-dataset-order", a
/// newer one's) is Other, and such a row is shown by its label.
TxPurpose txPurposeFromName(std::string_view name) noexcept;

/// The token symbols the journal records.
inline constexpr std::string_view kTokenEth = "ETH";
inline constexpr std::string_view kTokenRlc = "RLC";
/// The decimals of a recorded token (18 for ETH, 9 for RLC); nullopt for an unknown one.
std::optional<unsigned> tokenDecimals(std::string_view token) noexcept;

/// What a transaction is about, as data: each edge (the GUI, in the user's language; the CLI)
/// says it in words. Which fields are set depends on the purpose (see TxPurpose).
struct TxDetails {
    std::optional<Address> recipient;
    std::optional<U256> amount;       ///< in the token's base units (wei, nRLC)
    std::optional<std::string> token; ///< kTokenEth or kTokenRlc
    std::optional<Address> dataset;
    std::optional<Address> app;
    std::optional<std::string> name; ///< the protected data's name

    bool operator==(const TxDetails&) const = default;
};

/// The English sentence for a purpose and its details ("Send 1.5 ETH to 0x…"): what the CLI
/// prints and error messages name. Empty when the details lack what the purpose needs.
std::string describeTransaction(TxPurpose purpose, const TxDetails& details);

/// A write a binding prepares and the TransactionManager signs, journals and sends: what to
/// call, and what it is (for the journal).
struct TransactionRequest {
    std::optional<Address> to; ///< empty: contract creation
    U256 value;                ///< wei
    Bytes data;
    TxPurpose purpose = TxPurpose::Other;
    TxDetails details;
    /// English text for a request the purpose and details do not describe (TxPurpose::Other);
    /// empty: describeTransaction().
    std::string label;
    /// Set to skip estimation (e.g. 21000 for a plain ETH transfer).
    std::optional<U256> gasLimit;

    /// `label`, or else the English description, or else "Transaction".
    std::string description() const;
};

} // namespace sr::eth
