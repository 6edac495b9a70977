#pragma once

#include "eth/Address.h"
#include "util/Bytes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sr::iexec {

/// A protected data (an iExec dataset) as the Protected data list shows it: what its contract
/// records, its public schema (from DataProtector's DatasetSchema event) and when it was made.
struct ProtectedData {
    eth::Address address;
    eth::Address owner;
    std::string name;
    Bytes multiaddr;   ///< binary /p2p/CID multiaddr, or a URL's bytes
    Hash32 checksum{}; ///< SHA-256 of the encrypted file
    /// The schema JSON text as recorded on chain; empty for a dataset made without
    /// DataProtector (its schema is unknown).
    std::string schema;
    std::optional<std::uint64_t> createdBlock; ///< the block of its DatasetSchema event
    std::optional<std::int64_t> createdAt;     ///< that block's time (unix seconds)

    /// "/p2p/Qm..." when the multiaddr is an IPFS one, else its text ("https://...") or hex.
    std::string multiaddrText() const;

    friend bool operator==(const ProtectedData&, const ProtectedData&) = default;
};

/// Search and filter of the list (all optional, combined with AND).
struct ProtectedDataQuery {
    /// Case-insensitive part of the name, or the start of the address ("0x12ab").
    std::string text;
    /// A schema field the data must have: "email", a nested "profile.age", or with its type
    /// "email:string".
    std::string schemaField;
};

/// True when `data` passes every criterion of `query`.
bool matches(const ProtectedData& data, const ProtectedDataQuery& query);
/// The rows of `list` that match, in order.
std::vector<ProtectedData> filterProtectedData(const std::vector<ProtectedData>& list,
                                               const ProtectedDataQuery& query);

/// The leaf fields of a schema JSON text as "path:type" ("email:string", "profile.age:f64"),
/// sorted. An empty or malformed schema has none.
std::vector<std::string> schemaFields(const std::string& schema);

} // namespace sr::iexec
