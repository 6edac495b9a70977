#pragma once

#include "eth/Address.h"
#include "util/Bytes.h"

#include <cstddef>
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

/// Limits on a schema read from the chain, where anyone may record any text (and transfer the
/// data to you): far above what a real schema needs (the SDK's are a few levels and fields).
inline constexpr std::size_t kMaxSchemaBytes = 256 * 1024;
inline constexpr std::size_t kMaxSchemaDepth = 32; ///< objects and arrays, counted together
inline constexpr std::size_t kMaxSchemaFields = 1000;

/// The leaf fields of a schema JSON text as "path:type" ("email:string", "profile.age:f64"),
/// sorted; none for an empty schema. Nullopt for an unreadable one: not a JSON object, or past
/// one of the limits above (read without recursion, so that no schema can exhaust the stack).
std::optional<std::vector<std::string>> readSchemaFields(const std::string& schema);
/// readSchemaFields(), with an unreadable schema having no fields.
std::vector<std::string> schemaFields(const std::string& schema);
/// False when readSchemaFields() cannot read `schema` (show "unreadable schema").
bool schemaReadable(const std::string& schema);

} // namespace sr::iexec
