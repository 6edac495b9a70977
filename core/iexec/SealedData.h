#pragma once

// The local half of protecting data, in one streaming pass: data object -> zip -> IV ||
// AES-256-CBC -> encrypted file, with the checksum and the CID of the encrypted bytes.
// Memory stays a few MiB whatever the size: nothing is held whole.

#include "crypto/SecretBytes.h"
#include "iexec/DataObject.h"
#include "iexec/DatasetCipher.h"
#include "iexec/StoredZip.h"
#include "util/CancelToken.h"

#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>

namespace sr::iexec {

struct SealedData {
    nlohmann::ordered_json schema; ///< public: goes on chain as schema.dump()
    std::uint64_t zipSize = 0;     ///< plaintext bytes encrypted
    EncryptedDigest encrypted;     ///< checksum, CID and size of the file written
};

/// `progress(done, total)` counts content bytes (files are read twice, each pass counting for
/// half, see DataZip.h): total is the content size.
/// The file is written as `out` + ".partial" and renamed when complete; on any failure
/// (sr::Error Io, NotFound, InvalidArgument, Cancelled) nothing is left at `out`.
SealedData sealDataObject(DataObject object, const std::filesystem::path& out,
                          const crypto::SecretBytes& key,
                          const std::function<void(std::uint64_t, std::uint64_t)>& progress = {},
                          const CancelToken* cancel = nullptr, StoredZipOptions zipOptions = {});

} // namespace sr::iexec
