#pragma once

// Reads the zips a worker's post-compute writes (Deflate or stored entries, possibly with data
// descriptors, zip64 for large ones) from a file, one piece at a time: memory stays flat
// whatever the size. The central directory is the truth; each entry's local header is checked
// against it, its content inflated in pieces and its CRC-32 and size verified.
// Malformed or truncated archives are sr::Error(Corrupt) naming what is wrong; encrypted
// entries or other methods are sr::Error(Unsupported).

#include "util/Bytes.h"
#include "util/CancelToken.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace sr {

/// The zip format's signatures and fixed sizes (APPNOTE 6.3), for the readers and writers.
namespace zipformat {
inline constexpr std::uint32_t kLocalHeader = 0x04034b50;
inline constexpr std::uint32_t kCentralHeader = 0x02014b50;
inline constexpr std::uint32_t kEndOfCentral = 0x06054b50;
inline constexpr std::uint32_t kZip64EndOfCentral = 0x06064b50;
inline constexpr std::uint32_t kZip64Locator = 0x07064b50;
inline constexpr std::uint16_t kZip64Extra = 0x0001;
inline constexpr std::size_t kLocalFixed = 30;
inline constexpr std::size_t kCentralFixed = 46;
inline constexpr std::size_t kEndFixed = 22;
inline constexpr std::size_t kZip64EndFixed = 56;
inline constexpr std::size_t kLocatorFixed = 20;
inline constexpr std::uint32_t kMax32 = 0xFFFFFFFF;
inline constexpr std::uint16_t kMax16 = 0xFFFF;
} // namespace zipformat

class ZipReader {
public:
    struct Entry {
        std::string name;
        std::uint16_t method = 0; ///< 0 stored, 8 deflate
        std::uint32_t crc = 0;
        std::uint64_t packedSize = 0;
        std::uint64_t size = 0;
        std::uint64_t headerOffset = 0;
        std::uint64_t dataOffset = 0; ///< where the (packed) content starts
        bool isDirectory() const { return !name.empty() && name.back() == '/'; }
    };

    /// Parses the central directory and checks every local header against it: names
    /// non-empty and unique, contents inside the file, no encrypted entry, methods 0 or 8.
    explicit ZipReader(const std::filesystem::path& path);

    const std::vector<Entry>& entries() const { return entries_; }
    /// The entry named `name`, or nullptr.
    const Entry* find(const std::string& name) const;

    /// Streams the entry's content to `sink` in pieces, then checks its size and CRC.
    void read(const Entry& entry, const std::function<void(ByteView)>& sink,
              const CancelToken* cancel = nullptr) const;
    /// The whole content of an entry no larger than `maxSize` (else Error(Corrupt)).
    Bytes readAll(const Entry& entry, std::uint64_t maxSize) const;

private:
    std::filesystem::path path_;
    std::uint64_t fileSize_ = 0;
    std::vector<Entry> entries_;
};

} // namespace sr
