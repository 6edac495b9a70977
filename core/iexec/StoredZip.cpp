#include "iexec/StoredZip.h"

#include "util/Crc32.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <algorithm>
#include <ctime>
#include <set>

namespace sr::iexec {

namespace {

constexpr std::uint32_t kLocalHeader = 0x04034b50;
constexpr std::uint32_t kCentralHeader = 0x02014b50;
constexpr std::uint32_t kEndOfCentral = 0x06054b50;
constexpr std::uint32_t kZip64EndOfCentral = 0x06064b50;
constexpr std::uint32_t kZip64Locator = 0x07064b50;
constexpr std::uint16_t kZip64Extra = 0x0001;
constexpr std::size_t kLocalFixed = 30;
constexpr std::size_t kCentralFixed = 46;
constexpr std::size_t kEndFixed = 22;
constexpr std::size_t kZip64EndFixed = 56;
constexpr std::size_t kLocatorFixed = 20;
constexpr std::uint32_t kMax32 = 0xFFFFFFFF;
constexpr std::uint16_t kMax16 = 0xFFFF;

void put16(Bytes& out, std::uint64_t v) {
    out.push_back(static_cast<std::uint8_t>(v));
    out.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32(Bytes& out, std::uint64_t v) {
    put16(out, v & 0xFFFF);
    put16(out, (v >> 16) & 0xFFFF);
}
void put64(Bytes& out, std::uint64_t v) {
    put32(out, v & kMax32);
    put32(out, v >> 32);
}

std::uint64_t get(ByteView in, std::size_t at, int bytes) {
    if (at + static_cast<std::size_t>(bytes) > in.size())
        throw Error(ErrorCode::Corrupt, "The zip archive is truncated.");
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | in[at + static_cast<std::size_t>(i)];
    return v;
}

// Which fields of an entry overflow into zip64.
struct Wide {
    bool size;
    bool offset;
};
Wide wideFields(const StoredZipEntry& entry, std::uint64_t offset, const StoredZipOptions& o) {
    return {entry.size >= o.zip64Threshold, offset >= o.zip64Threshold};
}

Bytes localHeader(const StoredZipEntry& entry, const StoredZipOptions& o) {
    const bool wide = entry.size >= o.zip64Threshold;
    Bytes h;
    put32(h, kLocalHeader);
    put16(h, wide ? 45 : 10); // version needed: 4.5 for zip64, else JSZip's 1.0
    put16(h, 0);              // flags: sizes here, ASCII name
    put16(h, 0);              // STORED
    put16(h, o.dosTime);
    put16(h, o.dosDate);
    put32(h, entry.crc);
    put32(h, wide ? kMax32 : entry.size);
    put32(h, wide ? kMax32 : entry.size);
    put16(h, entry.name.size());
    put16(h, wide ? 20 : 0);
    h.insert(h.end(), entry.name.begin(), entry.name.end());
    if (wide) {
        put16(h, kZip64Extra);
        put16(h, 16);
        put64(h, entry.size);
        put64(h, entry.size);
    }
    return h;
}

Bytes centralHeader(const StoredZipEntry& entry, std::uint64_t offset, const StoredZipOptions& o) {
    const Wide wide = wideFields(entry, offset, o);
    const std::size_t extra = (wide.size ? 16 : 0) + (wide.offset ? 8 : 0);
    Bytes h;
    put32(h, kCentralHeader);
    put16(h, 0x0014); // made by: MS-DOS, 2.0 (JSZip's default platform)
    put16(h, (wide.size || wide.offset) ? 45 : 10);
    put16(h, 0);
    put16(h, 0);
    put16(h, o.dosTime);
    put16(h, o.dosDate);
    put32(h, entry.crc);
    put32(h, wide.size ? kMax32 : entry.size);
    put32(h, wide.size ? kMax32 : entry.size);
    put16(h, entry.name.size());
    put16(h, extra ? extra + 4 : 0);
    put16(h, 0);                              // comment
    put16(h, 0);                              // disk
    put16(h, 0);                              // internal attributes
    put32(h, entry.isDirectory() ? 0x10 : 0); // MS-DOS directory attribute
    put32(h, wide.offset ? kMax32 : offset);
    h.insert(h.end(), entry.name.begin(), entry.name.end());
    if (extra) {
        put16(h, kZip64Extra);
        put16(h, extra);
        if (wide.size) {
            put64(h, entry.size);
            put64(h, entry.size);
        }
        if (wide.offset)
            put64(h, offset);
    }
    return h;
}

Bytes endRecords(std::uint64_t count, std::uint64_t centralOffset, std::uint64_t centralSize,
                 const StoredZipOptions& o) {
    const bool wide = count >= std::min<std::uint64_t>(kMax16, o.zip64Threshold) ||
                      centralOffset >= o.zip64Threshold || centralSize >= o.zip64Threshold;
    Bytes h;
    if (wide) {
        const std::uint64_t zip64EndOffset = centralOffset + centralSize;
        put32(h, kZip64EndOfCentral);
        put64(h, kZip64EndFixed - 12);
        put16(h, 45);
        put16(h, 45);
        put32(h, 0);
        put32(h, 0);
        put64(h, count);
        put64(h, count);
        put64(h, centralSize);
        put64(h, centralOffset);
        put32(h, kZip64Locator);
        put32(h, 0);
        put64(h, zip64EndOffset);
        put32(h, 1);
    }
    put32(h, kEndOfCentral);
    put16(h, 0);
    put16(h, 0);
    put16(h, wide ? kMax16 : count);
    put16(h, wide ? kMax16 : count);
    put32(h, wide ? kMax32 : centralSize);
    put32(h, wide ? kMax32 : centralOffset);
    put16(h, 0);
    return h;
}

void checkName(const std::string& name) {
    if (name.empty() || name.size() > kMax16 || name.front() == '/' ||
        name.find("//") != std::string::npos)
        throw Error(ErrorCode::InvalidArgument, "\"" + name + "\" cannot name a zip entry.");
    for (const char c : name)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E ||
            c == '\\')
            throw Error(ErrorCode::InvalidArgument,
                        "\"" + name + "\" cannot name a zip entry (plain ASCII only).");
}

} // namespace

void currentDosDateTime(StoredZipOptions& options) {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    options.dosTime =
        static_cast<std::uint16_t>((utc.tm_hour << 11) | (utc.tm_min << 5) | (utc.tm_sec / 2));
    options.dosDate = static_cast<std::uint16_t>(((utc.tm_year + 1900 - 1980) << 9) |
                                                 ((utc.tm_mon + 1) << 5) | utc.tm_mday);
}

std::uint64_t storedZipSize(const std::vector<StoredZipEntry>& entries,
                            const StoredZipOptions& options) {
    std::uint64_t offset = 0;
    std::uint64_t central = 0;
    for (const StoredZipEntry& entry : entries) {
        central += centralHeader(entry, offset, options).size();
        offset += localHeader(entry, options).size() + entry.size;
    }
    return offset + central + endRecords(entries.size(), offset, central, options).size();
}

StoredZipWriter::StoredZipWriter(Sink sink, StoredZipOptions options)
    : sink_(std::move(sink)), options_(options) {}

void StoredZipWriter::put(ByteView bytes) {
    sink_(bytes);
    offset_ += bytes.size();
}

void StoredZipWriter::closeEntry() {
    if (open_ && remaining_ != 0)
        throw Error(ErrorCode::Internal, "The zip entry \"" + written_.back().entry.name +
                                             "\" got " + std::to_string(remaining_) +
                                             " bytes less than announced.");
    open_ = false;
}

void StoredZipWriter::begin(const StoredZipEntry& entry) {
    if (finished_)
        throw Error(ErrorCode::Internal, "The zip archive is already finished.");
    closeEntry();
    checkName(entry.name);
    if (entry.isDirectory() && entry.size != 0)
        throw Error(ErrorCode::InvalidArgument, "A zip folder entry has no content.");
    written_.push_back({entry, offset_});
    put(localHeader(entry, options_));
    remaining_ = entry.size;
    open_ = true;
}

void StoredZipWriter::write(ByteView content) {
    if (!open_ || content.size() > remaining_)
        throw Error(ErrorCode::Internal, "More zip content than the entry announced.");
    remaining_ -= content.size();
    put(content);
}

void StoredZipWriter::finish() {
    closeEntry();
    if (finished_)
        return;
    const std::uint64_t centralOffset = offset_;
    for (const Written& w : written_)
        put(centralHeader(w.entry, w.headerOffset, options_));
    put(endRecords(written_.size(), centralOffset, offset_ - centralOffset, options_));
    finished_ = true;
}

StoredZipReader::StoredZipReader(const std::filesystem::path& path) : path_(path) {
    InputFile file(path);
    fileSize_ = file.size();
    if (fileSize_ < kEndFixed)
        throw Error(ErrorCode::Corrupt, path.string() + " is not a zip archive (too short).");
    // The end record sits in the last 22 + 65535 (comment) bytes.
    const std::uint64_t tailSize = std::min<std::uint64_t>(fileSize_, kEndFixed + kMax16);
    Bytes tail(tailSize);
    file.readAt(fileSize_ - tailSize, tail);
    std::size_t end = tail.size() - kEndFixed + 1;
    do {
        --end;
        if (get(tail, end, 4) == kEndOfCentral &&
            end + kEndFixed + get(tail, end + 20, 2) == tail.size())
            break;
        if (end == 0)
            throw Error(ErrorCode::Corrupt, path.string() + " is not a zip archive.");
    } while (true);
    std::uint64_t count = get(tail, end + 10, 2);
    std::uint64_t centralSize = get(tail, end + 12, 4);
    std::uint64_t centralOffset = get(tail, end + 16, 4);
    const std::uint64_t endAt = fileSize_ - tailSize + end;
    if (count == kMax16 || centralSize == kMax32 || centralOffset == kMax32) {
        if (endAt < kLocatorFixed)
            throw Error(ErrorCode::Corrupt, "The zip64 end locator is missing.");
        Bytes locator(kLocatorFixed);
        file.readAt(endAt - kLocatorFixed, locator);
        if (get(locator, 0, 4) != kZip64Locator)
            throw Error(ErrorCode::Corrupt, "The zip64 end locator is missing.");
        const std::uint64_t at = get(locator, 8, 8);
        if (at > fileSize_ - kZip64EndFixed)
            throw Error(ErrorCode::Corrupt, "The zip64 end record lies outside the file.");
        Bytes record(kZip64EndFixed);
        file.readAt(at, record);
        if (get(record, 0, 4) != kZip64EndOfCentral)
            throw Error(ErrorCode::Corrupt, "The zip64 end record is damaged.");
        count = get(record, 32, 8);
        centralSize = get(record, 40, 8);
        centralOffset = get(record, 48, 8);
    }
    if (centralOffset > fileSize_ || centralSize > fileSize_ - centralOffset ||
        count > centralSize / kCentralFixed)
        throw Error(ErrorCode::Corrupt, "The zip central directory lies outside the file.");
    Bytes central(static_cast<std::size_t>(centralSize));
    file.readAt(centralOffset, central);
    std::set<std::string> names;
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (get(central, at, 4) != kCentralHeader)
            throw Error(ErrorCode::Corrupt, "A zip central directory entry is damaged.");
        const auto flags = get(central, at + 8, 2);
        const auto method = get(central, at + 10, 2);
        Entry entry;
        entry.header.crc = static_cast<std::uint32_t>(get(central, at + 16, 4));
        std::uint64_t compressed = get(central, at + 20, 4);
        std::uint64_t size = get(central, at + 24, 4);
        const std::size_t nameLength = get(central, at + 28, 2);
        const std::size_t extraLength = get(central, at + 30, 2);
        const std::size_t commentLength = get(central, at + 32, 2);
        std::uint64_t localOffset = get(central, at + 42, 4);
        const std::size_t nameAt = at + kCentralFixed;
        if (nameAt + nameLength + extraLength + commentLength > central.size())
            throw Error(ErrorCode::Corrupt, "A zip central directory entry is truncated.");
        entry.header.name.assign(central.begin() + static_cast<std::ptrdiff_t>(nameAt),
                                 central.begin() +
                                     static_cast<std::ptrdiff_t>(nameAt + nameLength));
        // zip64 values follow in a fixed order, only for the fields set to all ones.
        for (std::size_t x = nameAt + nameLength; x + 4 <= nameAt + nameLength + extraLength;) {
            const auto id = get(central, x, 2);
            const std::size_t length = get(central, x + 2, 2);
            std::size_t v = x + 4;
            if (v + length > nameAt + nameLength + extraLength)
                throw Error(ErrorCode::Corrupt, "A zip extra field is truncated.");
            if (id == kZip64Extra) {
                if (size == kMax32)
                    size = get(central, v, 8), v += 8;
                if (compressed == kMax32)
                    compressed = get(central, v, 8), v += 8;
                if (localOffset == kMax32)
                    localOffset = get(central, v, 8), v += 8;
                if (v > x + 4 + length)
                    throw Error(ErrorCode::Corrupt, "A zip64 extra field is too short.");
            }
            x += 4 + length;
        }
        if (flags & 0x0001)
            throw Error(ErrorCode::Unsupported,
                        "The zip entry \"" + entry.header.name + "\" is encrypted.");
        if (method != 0 || compressed != size)
            throw Error(ErrorCode::Unsupported, "The zip entry \"" + entry.header.name +
                                                    "\" is compressed; protected data is stored.");
        entry.header.size = size;
        if (entry.header.name.empty() || !names.insert(entry.header.name).second)
            throw Error(ErrorCode::Corrupt, "The zip archive has an empty or repeated name.");
        if (localOffset > fileSize_ - kLocalFixed)
            throw Error(ErrorCode::Corrupt, "A zip entry lies outside the file.");
        Bytes local(kLocalFixed);
        file.readAt(localOffset, local);
        if (get(local, 0, 4) != kLocalHeader)
            throw Error(ErrorCode::Corrupt, "A zip local header is damaged.");
        entry.dataOffset = localOffset + kLocalFixed + get(local, 26, 2) + get(local, 28, 2);
        if (entry.dataOffset > fileSize_ || size > fileSize_ - entry.dataOffset)
            throw Error(ErrorCode::Corrupt, "A zip entry's content lies outside the file.");
        entries_.push_back(std::move(entry));
        at = nameAt + nameLength + extraLength + commentLength;
    }
}

void StoredZipReader::read(const Entry& entry, const std::function<void(ByteView)>& sink) const {
    InputFile file(path_);
    Bytes buffer(std::min<std::uint64_t>(entry.header.size, 1u << 20));
    std::uint32_t crc = 0;
    for (std::uint64_t done = 0; done < entry.header.size;) {
        const std::size_t n = static_cast<std::size_t>(
            std::min<std::uint64_t>(buffer.size(), entry.header.size - done));
        file.readAt(entry.dataOffset + done, std::span<std::uint8_t>(buffer.data(), n));
        const ByteView piece(buffer.data(), n);
        crc = crc32Update(crc, piece);
        sink(piece);
        done += n;
    }
    if (crc != entry.header.crc)
        throw Error(ErrorCode::Corrupt,
                    "The zip entry \"" + entry.header.name + "\" is damaged (CRC mismatch).");
}

Bytes StoredZipReader::readAll(const Entry& entry) const {
    Bytes out;
    out.reserve(static_cast<std::size_t>(entry.header.size));
    read(entry, [&](ByteView piece) { out.insert(out.end(), piece.begin(), piece.end()); });
    return out;
}

} // namespace sr::iexec
