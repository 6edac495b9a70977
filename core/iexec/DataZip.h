#pragma once

// A data object to the zip DataProtector makes of it (one entry per leaf at its dotted path
// with '/' separators, a folder entry per object, scalars borsh-encoded, binary content
// as is) and back. Serialising streams: files are read twice (once for the CRC the local
// headers need first, once for the content; a big file's first pass is split over two
// threads), never held in memory, and a file that changes between the two reads is an error
// rather than a silently damaged zip.

#include "iexec/DataObject.h"
#include "iexec/StoredZip.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>

namespace sr::iexec {

class DataZipWriter {
public:
    /// `progress(done, total)` is called as content (files and values) is read; total is the
    /// content size and each of the two passes over files counts for half of it.
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    /// Keeps the object, validates it (sr::Error(InvalidArgument/NotFound)) and sizes every
    /// leaf (files are only stat'ed here).
    explicit DataZipWriter(DataObject object, StoredZipOptions options = {});
    DataZipWriter(const DataZipWriter&) = delete;
    DataZipWriter& operator=(const DataZipWriter&) = delete;

    /// The exact size of the zip write() produces.
    std::uint64_t zipSize() const { return zipSize_; }
    /// Bytes of content (leaves): progress()'s total.
    std::uint64_t contentSize() const { return contentSize_; }

    /// Streams the zip to `sink`. Throws sr::Error(Io) when a file cannot be read or changed
    /// size or content meanwhile, sr::Error(Cancelled) when `cancel` is set.
    void write(const StoredZipWriter::Sink& sink, const Progress& progress = {},
               const CancelToken* cancel = nullptr);

private:
    struct Leaf {
        StoredZipEntry entry;
        const DataValue* value = nullptr; // file or in-memory bytes
        Bytes encoded;                    // scalars: their borsh bytes
    };
    void plan(const DataValue& object, const std::string& prefix);
    ByteView inMemory(const Leaf& leaf) const;

    DataObject object_; // leaves point into it
    StoredZipOptions options_;
    std::vector<Leaf> leaves_;
    std::uint64_t zipSize_ = 0;
    std::uint64_t contentSize_ = 0;
};

/// Reads a protected-data zip back into a data object, typing each leaf by `schema` (as an
/// iExec app does with @iexec/dataprotector-deserializer): scalars are borsh-decoded and
/// binary leaves returned as bytes (`maxInMemory` bytes at most each, else
/// sr::Error(Unsupported): extract big files with StoredZipReader). Throws sr::Error(Corrupt)
/// when the zip and the schema disagree or a value is malformed.
DataObject readDataZip(const std::filesystem::path& zip, const nlohmann::ordered_json& schema,
                       std::uint64_t maxInMemory = 256u << 20);

} // namespace sr::iexec
