#pragma once

// Zip archives of STORED (uncompressed) entries, the form DataProtector's JSZip writes and
// iExec apps read: every local header carries the CRC and the sizes (no data descriptors),
// names are plain ASCII, folders are entries ending in '/', and values too large for the
// 32-bit fields switch to zip64 (extra field 0x0001, zip64 end records), which JSZip and
// every unzip tool read. Writing streams to a sink; the caller supplies each entry's CRC
// up front, as the local header needs it before the content.

#include "util/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace sr::iexec {

struct StoredZipEntry {
    std::string name;       ///< "a/b" for a file, "a/" for a folder
    std::uint64_t size = 0; ///< content bytes (0 for a folder)
    std::uint32_t crc = 0;  ///< CRC-32 of the content
    bool isDirectory() const { return !name.empty() && name.back() == '/'; }
};

struct StoredZipOptions {
    /// Values at or above this go to the zip64 fields. Only tests lower it, to exercise
    /// zip64 with small archives.
    std::uint64_t zip64Threshold = 0xFFFFFFFFull;
    /// MS-DOS time and date written in every header (JSZip writes the current UTC time).
    std::uint16_t dosTime = 0;
    std::uint16_t dosDate = (1 << 5) | 1; // 1980-01-01
};

/// The DOS time and date fields for the current UTC time, as JSZip writes them.
void currentDosDateTime(StoredZipOptions& options);

/// The size of the archive these entries make, in that order (for progress and planning).
std::uint64_t storedZipSize(const std::vector<StoredZipEntry>& entries,
                            const StoredZipOptions& options = {});

class StoredZipWriter {
public:
    using Sink = std::function<void(ByteView)>;
    explicit StoredZipWriter(Sink sink, StoredZipOptions options = {});

    /// Starts an entry; a file's content then comes through write(), exactly `entry.size`
    /// bytes. Throws sr::Error(InvalidArgument) for a bad name or a previous entry left short.
    void begin(const StoredZipEntry& entry);
    void write(ByteView content);
    /// Writes the central directory and the end records. Throws sr::Error(Internal) when an
    /// entry got a different number of bytes than announced.
    void finish();

    std::uint64_t bytesWritten() const { return offset_; }

private:
    struct Written {
        StoredZipEntry entry;
        std::uint64_t headerOffset;
    };
    void put(ByteView bytes);
    void closeEntry();

    Sink sink_;
    StoredZipOptions options_;
    std::vector<Written> written_;
    std::uint64_t offset_ = 0;
    std::uint64_t remaining_ = 0;
    bool open_ = false;
    bool finished_ = false;
};

/// Reads a stored zip from a file without loading it: the central directory is parsed
/// strictly (sizes, offsets and names checked against the file), content is read on demand
/// and its CRC verified. Corrupt input gives sr::Error(Corrupt); compressed or encrypted
/// entries sr::Error(Unsupported).
class StoredZipReader {
public:
    explicit StoredZipReader(const std::filesystem::path& path);

    struct Entry {
        StoredZipEntry header;
        std::uint64_t dataOffset = 0;
    };
    const std::vector<Entry>& entries() const { return entries_; }

    /// Streams an entry's content to `sink` in pieces, then checks its CRC.
    void read(const Entry& entry, const std::function<void(ByteView)>& sink) const;
    /// The whole content of a (small) entry.
    Bytes readAll(const Entry& entry) const;

private:
    std::filesystem::path path_;
    std::uint64_t fileSize_ = 0;
    std::vector<Entry> entries_;
};

} // namespace sr::iexec
