#include "iexec/StoredZip.h"

#include "util/Crc32.h"
#include "util/Error.h"
#include "util/FileStream.h"
#include "util/ZipReader.h"

#include <algorithm>
#include <ctime>
#include <set>

namespace sr::iexec {

namespace {

using namespace ::sr::zipformat;

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
    // The archive's structure is read by the general reader; stored is this format's rule.
    const ZipReader zip(path);
    fileSize_ = InputFile(path).size();
    for (const auto& entry : zip.entries()) {
        if (entry.method != 0)
            throw Error(ErrorCode::Unsupported, "The zip entry \"" + entry.name +
                                                    "\" is compressed; protected data is stored.");
        entries_.push_back({{entry.name, entry.size, entry.crc}, entry.dataOffset});
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
