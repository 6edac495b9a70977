#include "util/ZipReader.h"

#include "util/Crc32.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <algorithm>
#include <set>
#include <zlib.h>

namespace sr {
namespace {

using namespace zipformat;
constexpr std::size_t kPiece = 1u << 20;

std::uint64_t get(ByteView in, std::size_t at, int bytes) {
    if (at + static_cast<std::size_t>(bytes) > in.size())
        throw Error(ErrorCode::Corrupt, "The zip archive is truncated.");
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | in[at + static_cast<std::size_t>(i)];
    return v;
}

[[noreturn]] void corrupt(const std::string& what) {
    throw Error(ErrorCode::Corrupt, what);
}

struct Directory {
    std::uint64_t count;
    std::uint64_t size;
    std::uint64_t offset;
};

Directory findDirectory(InputFile& file, const std::filesystem::path& path) {
    const std::uint64_t fileSize = file.size();
    if (fileSize < kEndFixed)
        corrupt(path.filename().string() + " is not a zip archive (too short).");
    // The end record sits in the last 22 + 65535 (comment) bytes.
    const std::uint64_t tailSize = std::min<std::uint64_t>(fileSize, kEndFixed + kMax16);
    Bytes tail(tailSize);
    file.readAt(fileSize - tailSize, tail);
    std::size_t end = tail.size() - kEndFixed + 1;
    do {
        --end;
        if (get(tail, end, 4) == kEndOfCentral &&
            end + kEndFixed + get(tail, end + 20, 2) == tail.size())
            break;
        if (end == 0)
            corrupt(path.filename().string() + " is not a zip archive (or it is truncated).");
    } while (true);
    Directory d{get(tail, end + 10, 2), get(tail, end + 12, 4), get(tail, end + 16, 4)};
    const std::uint64_t endAt = fileSize - tailSize + end;
    if (d.count == kMax16 || d.size == kMax32 || d.offset == kMax32) {
        Bytes locator(kLocatorFixed);
        if (endAt < kLocatorFixed)
            corrupt("The zip64 end locator is missing.");
        file.readAt(endAt - kLocatorFixed, locator);
        if (get(locator, 0, 4) != kZip64Locator)
            corrupt("The zip64 end locator is missing.");
        const std::uint64_t at = get(locator, 8, 8);
        if (fileSize < kZip64EndFixed || at > fileSize - kZip64EndFixed)
            corrupt("The zip64 end record lies outside the file.");
        Bytes record(kZip64EndFixed);
        file.readAt(at, record);
        if (get(record, 0, 4) != kZip64EndOfCentral)
            corrupt("The zip64 end record is damaged.");
        d = {get(record, 32, 8), get(record, 40, 8), get(record, 48, 8)};
    }
    if (d.offset > fileSize || d.size > fileSize - d.offset || d.count > d.size / kCentralFixed)
        corrupt("The zip central directory lies outside the file.");
    return d;
}

} // namespace

ZipReader::ZipReader(const std::filesystem::path& path) : path_(path) {
    InputFile file(path);
    fileSize_ = file.size();
    const Directory directory = findDirectory(file, path);
    Bytes central(static_cast<std::size_t>(directory.size));
    file.readAt(directory.offset, central);
    std::set<std::string> names;
    std::size_t at = 0;
    for (std::uint64_t i = 0; i < directory.count; ++i) {
        if (get(central, at, 4) != kCentralHeader)
            corrupt("A zip central directory entry is damaged.");
        const auto flags = get(central, at + 8, 2);
        Entry entry;
        entry.method = static_cast<std::uint16_t>(get(central, at + 10, 2));
        entry.crc = static_cast<std::uint32_t>(get(central, at + 16, 4));
        entry.packedSize = get(central, at + 20, 4);
        entry.size = get(central, at + 24, 4);
        const std::size_t nameLength = get(central, at + 28, 2);
        const std::size_t extraLength = get(central, at + 30, 2);
        const std::size_t commentLength = get(central, at + 32, 2);
        entry.headerOffset = get(central, at + 42, 4);
        const std::size_t nameAt = at + kCentralFixed;
        const std::size_t extraEnd = nameAt + nameLength + extraLength;
        if (extraEnd + commentLength > central.size())
            corrupt("A zip central directory entry is truncated.");
        entry.name.assign(central.begin() + static_cast<std::ptrdiff_t>(nameAt),
                          central.begin() + static_cast<std::ptrdiff_t>(nameAt + nameLength));
        // zip64 values follow in a fixed order, only for the fields set to all ones.
        for (std::size_t x = nameAt + nameLength; x + 4 <= extraEnd;) {
            const auto id = get(central, x, 2);
            const std::size_t length = get(central, x + 2, 2);
            std::size_t v = x + 4;
            if (v + length > extraEnd)
                corrupt("A zip extra field is truncated.");
            if (id == kZip64Extra) {
                if (entry.size == kMax32)
                    entry.size = get(central, v, 8), v += 8;
                if (entry.packedSize == kMax32)
                    entry.packedSize = get(central, v, 8), v += 8;
                if (entry.headerOffset == kMax32)
                    entry.headerOffset = get(central, v, 8), v += 8;
                if (v > x + 4 + length)
                    corrupt("A zip64 extra field is too short.");
            }
            x += 4 + length;
        }
        if (flags & 0x0001)
            throw Error(ErrorCode::Unsupported,
                        "The zip entry \"" + entry.name + "\" is encrypted.");
        if (entry.method != 0 && entry.method != 8)
            throw Error(ErrorCode::Unsupported,
                        "The zip entry \"" + entry.name + "\" uses compression method " +
                            std::to_string(entry.method) + " (only stored and Deflate are read).");
        if (entry.method == 0 && entry.packedSize != entry.size)
            corrupt("The stored zip entry \"" + entry.name + "\" has two sizes.");
        if (entry.name.empty() || !names.insert(entry.name).second)
            corrupt("The zip archive has an empty or repeated name.");
        if (fileSize_ < kLocalFixed || entry.headerOffset > fileSize_ - kLocalFixed)
            corrupt("A zip entry lies outside the file.");
        Bytes local(kLocalFixed);
        file.readAt(entry.headerOffset, local);
        if (get(local, 0, 4) != kLocalHeader)
            corrupt("A zip local header is damaged.");
        entry.dataOffset = entry.headerOffset + kLocalFixed + get(local, 26, 2) + get(local, 28, 2);
        if (entry.dataOffset > fileSize_ || entry.packedSize > fileSize_ - entry.dataOffset)
            corrupt("The zip entry \"" + entry.name + "\" lies outside the file (truncated?).");
        entries_.push_back(std::move(entry));
        at = extraEnd + commentLength;
    }
}

const ZipReader::Entry* ZipReader::find(const std::string& name) const {
    for (const auto& entry : entries_)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

void ZipReader::read(const Entry& entry, const std::function<void(ByteView)>& sink,
                     const CancelToken* cancel) const {
    InputFile file(path_);
    Bytes packed(static_cast<std::size_t>(std::min<std::uint64_t>(entry.packedSize, kPiece)));
    Bytes plain(entry.method == 8 ? kPiece : 0);
    z_stream stream{};
    if (entry.method == 8 && inflateInit2(&stream, -15) != Z_OK)
        throw Error(ErrorCode::Internal, "zlib refused to start");
    struct End {
        z_stream* s;
        bool on;
        ~End() {
            if (on)
                inflateEnd(s);
        }
    } end{&stream, entry.method == 8};
    std::uint32_t crc = 0;
    std::uint64_t produced = 0;
    bool streamEnded = entry.method != 8;
    const auto emit = [&](ByteView piece) {
        produced += piece.size();
        if (produced > entry.size)
            corrupt("The zip entry \"" + entry.name + "\" holds more than its stated size.");
        crc = crc32Update(crc, piece);
        sink(piece);
    };
    for (std::uint64_t done = 0; done < entry.packedSize;) {
        if (cancel)
            cancel->throwIfCancelled();
        const std::size_t n = static_cast<std::size_t>(
            std::min<std::uint64_t>(packed.size(), entry.packedSize - done));
        file.readAt(entry.dataOffset + done, std::span<std::uint8_t>(packed.data(), n));
        done += n;
        if (entry.method == 0) {
            emit(ByteView(packed.data(), n));
            continue;
        }
        if (streamEnded)
            corrupt("The zip entry \"" + entry.name + "\" has data after its end.");
        stream.next_in = packed.data();
        stream.avail_in = static_cast<uInt>(n);
        // Inflate until this piece is used up and zlib has nothing more to give out.
        do {
            stream.next_out = plain.data();
            stream.avail_out = static_cast<uInt>(plain.size());
            const int rc = inflate(&stream, Z_NO_FLUSH);
            if (rc == Z_BUF_ERROR)
                break; // no progress possible: needs the next piece
            if (rc != Z_OK && rc != Z_STREAM_END)
                corrupt("The zip entry \"" + entry.name + "\" is damaged (bad Deflate data).");
            emit(ByteView(plain.data(), plain.size() - stream.avail_out));
            streamEnded = rc == Z_STREAM_END;
        } while (!streamEnded && (stream.avail_in > 0 || stream.avail_out == 0));
        if (streamEnded && stream.avail_in > 0)
            corrupt("The zip entry \"" + entry.name + "\" has data after its end.");
    }
    if (!streamEnded || produced != entry.size)
        corrupt("The zip entry \"" + entry.name + "\" is truncated.");
    if (crc != entry.crc)
        corrupt("The zip entry \"" + entry.name + "\" is damaged (CRC mismatch).");
}

Bytes ZipReader::readAll(const Entry& entry, std::uint64_t maxSize) const {
    if (entry.size > maxSize)
        corrupt("The zip entry \"" + entry.name + "\" is larger than expected (" +
                std::to_string(entry.size) + " bytes).");
    Bytes out;
    out.reserve(static_cast<std::size_t>(entry.size));
    read(entry, [&](ByteView piece) { out.insert(out.end(), piece.begin(), piece.end()); });
    return out;
}

} // namespace sr
