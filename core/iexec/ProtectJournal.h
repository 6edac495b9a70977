#pragma once

// The journal of "protect data" operations, in the data folder's SQLite database: one row per
// operation, written before and after every step, so that a killed process, a lost network or
// a full disk never loses what was done. The row holds the dataset key sealed under the wallet
// password (never in clear) until the SMS confirms it holds the key; then the sealed copy is
// erased.

#include "eth/Address.h"
#include "iexec/DataObject.h"
#include "util/Bytes.h"
#include "util/RecordedError.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sr {
class Database;
}

namespace sr::iexec {

/// The steps, in order. Persisted by name: never rename.
enum class ProtectStep {
    Seal,     ///< "seal": serialise, encrypt, checksum and CID, to a local file
    Upload,   ///< "upload": IPFS add; the node's CID must equal ours
    Gateway,  ///< "gateway": the IPFS gateway serves it
    Register, ///< "register": createDatasetWithSchema signed, journaled, sent
    Confirm,  ///< "confirm": mined; the dataset's address read from its DatasetSchema event
    PushKey,  ///< "push-key": the key handed to the SMS
    CheckKey, ///< "check-key": the SMS confirms it holds the key
    Done,     ///< "done"
};
std::string_view protectStepName(ProtectStep step) noexcept;
/// Throws Error(Corrupt) for an unknown name.
ProtectStep protectStepFromName(std::string_view name);
/// What the user reads for a step ("Uploading to IPFS").
std::string_view protectStepLabel(ProtectStep step) noexcept;

/// Persisted by name: never rename.
enum class ProtectState {
    Active,    ///< "active": running, or interrupted (the process died): resume it
    Failed,    ///< "failed": stopped on an error (recorded): resume it, or cancel it
    Done,      ///< "done": on chain, on IPFS, and the SMS holds the key
    Cancelled, ///< "cancelled": given up before anything reached the chain; cleaned up
};
std::string_view protectStateName(ProtectState state) noexcept;
ProtectState protectStateFromName(std::string_view name);

struct ProtectOperation {
    std::int64_t id = 0;
    std::uint64_t chainId = 0;
    eth::Address owner;
    std::string name;
    std::vector<std::filesystem::path> paths; ///< what the user gave
    /// Typed fields added next to the files (scalars only: text, number, big integer,
    /// boolean). Private content: never written in clear (the journal stores none; they are
    /// sealed after the dataset key in sealedKey), here only while the pipeline runs.
    std::vector<DataField> fields;
    ProtectStep step = ProtectStep::Seal; ///< the next step to run (Done when finished)
    ProtectState state = ProtectState::Active;
    /// The dataset key (32 bytes), followed by the typed fields (protectFieldsToText) when
    /// there are any, sealed under the wallet password (a Web3 Secret Storage "crypto" object,
    /// as JSON). Empty once the SMS confirmed it holds the key.
    std::string sealedKey;
    std::filesystem::path encryptedFile; ///< the sealed data, until the operation ends
    std::string schema;                  ///< public: goes on chain
    std::optional<Hash32> checksum;
    std::string cid;
    std::uint64_t encryptedSize = 0;
    std::uint64_t zipSize = 0;
    std::optional<std::int64_t> txId; ///< the pending_transactions row of createDatasetWithSchema
    std::optional<Hash32> txHash;
    std::optional<eth::Address> dataset;
    /// Why the last run stopped (Failed, or Active after a crash); none while it runs well.
    std::optional<RecordedError> failure;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    bool finished() const {
        return state == ProtectState::Done || state == ProtectState::Cancelled;
    }
};

/// Typed fields as text, [{"key", "type" (the schema's scalar names), "value"}] (an i128 as
/// its decimal text), and back. Error(InvalidArgument) for a field that is not a scalar,
/// Error(Corrupt) for malformed text.
std::string protectFieldsToText(const std::vector<DataField>& fields);
std::vector<DataField> protectFieldsFromText(const std::string& text);

/// Thread-safe; several processes may share the file (SQLite orders their writes).
class ProtectJournal {
public:
    explicit ProtectJournal(const std::filesystem::path& databaseFile);
    ~ProtectJournal();
    ProtectJournal(const ProtectJournal&) = delete;
    ProtectJournal& operator=(const ProtectJournal&) = delete;

    /// Inserts a new operation; returns it with its id and times.
    ProtectOperation insert(ProtectOperation operation);
    /// Writes every mutable field back (and updatedAt).
    void update(ProtectOperation& operation);
    std::optional<ProtectOperation> find(std::int64_t id) const;
    /// Newest first. `chainId` 0: every chain; `unfinishedOnly`: Active and Failed ones.
    std::vector<ProtectOperation> list(std::uint64_t chainId = 0, bool unfinishedOnly = false,
                                       const std::optional<eth::Address>& owner = {}) const;

private:
    mutable std::mutex mutex_;
    std::unique_ptr<Database> db_;
};

} // namespace sr::iexec
