#pragma once

// The local half of protecting data, in one streaming pass: data object -> zip -> IV ||
// AES-256-CBC -> a sink (the IPFS upload, DataSealer) or an encrypted file (sealDataObject),
// with the checksum and the CID of the encrypted bytes. Memory stays a few MiB whatever the
// size: nothing is held whole.

#include "crypto/SecretBytes.h"
#include "iexec/DataObject.h"
#include "iexec/DataZip.h"
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
    EncryptedDigest encrypted;     ///< checksum, CID and size of the encrypted bytes
};

/// `progress(done, total)` counts content bytes (files are read twice, each pass counting for
/// half, see DataZip.h): total is the content size.
using SealProgress = std::function<void(std::uint64_t done, std::uint64_t total)>;

/// Seals a data object into a sink. Built first, it says how many encrypted bytes seal() will
/// give (an upload declares its length before the first byte): the object is validated and its
/// files sized, nothing read yet (sr::Error(InvalidArgument|NotFound|Io)).
class DataSealer {
public:
    explicit DataSealer(DataObject object, StoredZipOptions zipOptions = {});
    DataSealer(const DataSealer&) = delete;
    DataSealer& operator=(const DataSealer&) = delete;

    /// IV + the zip padded to whole AES blocks: exactly what seal() hands to its sink.
    std::uint64_t encryptedSize() const;
    /// Streams the encrypted bytes to `sink` in pieces. Throws what the sink throws,
    /// sr::Error(Io|NotFound) when a file cannot be read or changed meanwhile,
    /// sr::Error(Cancelled). Once only.
    SealedData seal(const crypto::SecretBytes& key, const DatasetEncryptor::Sink& sink,
                    const SealProgress& progress = {}, const CancelToken* cancel = nullptr);

private:
    nlohmann::ordered_json schema_;
    DataZipWriter zip_;
};

/// DataSealer to a file, written as `out` + ".partial", flushed and renamed when complete; on
/// any failure (sr::Error Io, NotFound, InvalidArgument, Cancelled) nothing is left at `out`.
SealedData sealDataObject(DataObject object, const std::filesystem::path& out,
                          const crypto::SecretBytes& key, const SealProgress& progress = {},
                          const CancelToken* cancel = nullptr, StoredZipOptions zipOptions = {});

} // namespace sr::iexec
