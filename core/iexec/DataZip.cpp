#include "iexec/DataZip.h"

#include "util/Crc32.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <map>
#include <thread>

namespace sr::iexec {

namespace {

constexpr std::size_t kBuffer = 1u << 20;
// Files from this size have their CRC pass split over two threads (on two cores or more).
constexpr std::uint64_t kSplitCrcFrom = 16u << 20;

[[noreturn]] void changed(const std::filesystem::path& path) {
    throw Error(ErrorCode::Io, "The file " + path.string() +
                                   " changed while Strongroom read it; protect it again once "
                                   "nothing writes to it.");
}

// Reads a whole file in pieces, checking it still has `size` bytes.
template <typename Piece>
void readFile(const std::filesystem::path& path, std::uint64_t size, Bytes& buffer,
              const CancelToken* cancel, Piece&& piece) {
    InputFile file(path);
    if (file.size() != size)
        changed(path);
    std::uint64_t done = 0;
    while (true) {
        if (cancel)
            cancel->throwIfCancelled();
        const std::size_t n = file.read(buffer);
        if (n == 0)
            break;
        done += n;
        if (done > size)
            changed(path);
        piece(ByteView(buffer.data(), n));
    }
    if (done != size)
        changed(path);
}

// CRC-32 of [begin, end) of a file read at offsets; `piece(n)` after each piece read.
template <typename Piece>
std::uint32_t rangeCrc(InputFile& file, std::uint64_t begin, std::uint64_t end, Bytes& buffer,
                       const CancelToken* cancel, Piece&& piece) {
    std::uint32_t crc = 0;
    for (std::uint64_t at = begin; at < end;) {
        if (cancel)
            cancel->throwIfCancelled();
        const std::size_t n =
            static_cast<std::size_t>(std::min<std::uint64_t>(buffer.size(), end - at));
        file.readAt(at, std::span<std::uint8_t>(buffer.data(), n));
        crc = crc32Update(crc, ByteView(buffer.data(), n));
        at += n;
        piece(n);
    }
    return crc;
}

// The CRC pass over a file. A big file is split in two halves, the second one read and
// hashed on another thread, the CRCs combined; progress is reported on the calling thread
// only, as the content's first pass is.
template <typename Advance>
std::uint32_t fileCrc(const std::filesystem::path& path, std::uint64_t size, Bytes& buffer,
                      const CancelToken* cancel, Advance&& advance) {
    if (size < kSplitCrcFrom || std::thread::hardware_concurrency() < 2) {
        std::uint32_t crc = 0;
        readFile(path, size, buffer, cancel, [&](ByteView piece) {
            crc = crc32Update(crc, piece);
            advance(piece.size());
        });
        return crc;
    }
    InputFile first(path);
    if (first.size() != size)
        changed(path);
    const std::uint64_t half = size / 2;
    std::atomic<std::uint64_t> secondDone{0}; // bytes the other thread read so far
    std::atomic<bool> stop{false};
    std::exception_ptr secondError;
    std::uint32_t secondCrc = 0;
    std::thread second([&] {
        try {
            InputFile file(path);
            Bytes own(kBuffer);
            secondCrc = rangeCrc(file, half, size, own, cancel, [&](std::size_t n) {
                if (stop.load()) // the first half failed: its error is the one thrown
                    throw Error(ErrorCode::Cancelled, "Stopped.");
                secondDone.fetch_add(n);
            });
        } catch (...) {
            secondError = std::current_exception();
        }
    });
    std::uint64_t reported = 0; // of the other thread's bytes
    const auto reportSecond = [&] {
        const std::uint64_t now = secondDone.load();
        advance(now - reported);
        reported = now;
    };
    std::uint32_t firstCrc = 0;
    try {
        firstCrc = rangeCrc(first, 0, half, buffer, cancel, [&](std::size_t n) {
            advance(n);
            reportSecond();
        });
    } catch (...) {
        stop.store(true);
        second.join();
        throw;
    }
    second.join();
    if (secondError)
        std::rethrow_exception(secondError);
    reportSecond();
    return crc32Combine(firstCrc, secondCrc, size - half);
}

} // namespace

DataZipWriter::DataZipWriter(DataObject object, StoredZipOptions options)
    : object_(std::move(object)), options_(options) {
    validateDataObject(object_);
    plan(object_, "");
    std::vector<StoredZipEntry> entries;
    for (const Leaf& leaf : leaves_) {
        entries.push_back(leaf.entry);
        contentSize_ += leaf.entry.size;
    }
    zipSize_ = storedZipSize(entries, options_);
}

void DataZipWriter::plan(const DataValue& object, const std::string& prefix) {
    for (const DataField* field : jsOrderedFields(object)) {
        const std::string path = prefix + field->key;
        const DataValue& value = field->value;
        Leaf leaf;
        leaf.entry.name = path;
        switch (value.kind) {
        case DataKind::Object:
            leaf.entry.name += '/';
            leaves_.push_back(std::move(leaf));
            plan(value, path + "/");
            continue;
        case DataKind::Bool:
            leaf.encoded = borshBool(value.boolean);
            break;
        case DataKind::F64:
            leaf.encoded = borshF64(value.number);
            break;
        case DataKind::I128:
            leaf.encoded = borshI128(value.integer);
            break;
        case DataKind::String:
            leaf.encoded = borshString(value.text);
            break;
        case DataKind::Bytes:
            leaf.value = &value;
            break;
        case DataKind::File:
            leaf.value = &value;
            leaf.entry.size = InputFile(value.file).size();
            break;
        }
        if (value.kind != DataKind::File) {
            const ByteView content = inMemory(leaf);
            leaf.entry.size = content.size();
            leaf.entry.crc = crc32Update(0, content);
        }
        leaves_.push_back(std::move(leaf));
    }
}

ByteView DataZipWriter::inMemory(const Leaf& leaf) const {
    return leaf.value ? ByteView(leaf.value->bytes) : ByteView(leaf.encoded);
}

void DataZipWriter::write(const StoredZipWriter::Sink& sink, const Progress& progress,
                          const CancelToken* cancel) {
    // Files are read twice; progress counts each pass for half, in content bytes, so that what
    // is shown never exceeds the content and a rate computed from it is the real one.
    std::uint64_t passed = 0; // bytes read over both passes, up to 2 * contentSize_
    auto advance = [&](std::uint64_t n) {
        passed += n;
        if (progress)
            progress(passed / 2, contentSize_);
    };
    Bytes buffer(kBuffer);
    // First pass: the CRCs of files, which their local headers carry before the content.
    for (Leaf& leaf : leaves_) {
        if (!leaf.value || leaf.value->kind != DataKind::File) {
            advance(leaf.entry.size);
            continue;
        }
        leaf.entry.crc = fileCrc(leaf.value->file, leaf.entry.size, buffer, cancel, advance);
    }
    StoredZipWriter zip(sink, options_);
    for (const Leaf& leaf : leaves_) {
        if (cancel)
            cancel->throwIfCancelled();
        zip.begin(leaf.entry);
        if (!leaf.value || leaf.value->kind != DataKind::File) {
            zip.write(inMemory(leaf));
            advance(leaf.entry.size);
            continue;
        }
        std::uint32_t crc = 0;
        readFile(leaf.value->file, leaf.entry.size, buffer, cancel, [&](ByteView piece) {
            crc = crc32Update(crc, piece);
            zip.write(piece);
            advance(piece.size());
        });
        if (crc != leaf.entry.crc)
            changed(leaf.value->file);
    }
    zip.finish();
    if (zip.bytesWritten() != zipSize_)
        throw Error(ErrorCode::Internal, "The zip came out with another size than planned.");
}

namespace {

[[noreturn]] void mismatch(const std::string& what) {
    throw Error(ErrorCode::Corrupt, "The protected data does not match its schema: " + what + ".");
}

std::uint64_t littleEndian(ByteView bytes, std::size_t at, std::size_t count) {
    std::uint64_t v = 0;
    for (std::size_t i = count; i-- > 0;)
        v = (v << 8) | bytes[at + i];
    return v;
}

DataValue decodeLeaf(const std::string& type, Bytes content, const std::string& path) {
    if (type == "bool") {
        if (content.size() != 1 || content[0] > 1)
            mismatch("\"" + path + "\" is not a borsh bool");
        return DataValue::ofBool(content[0] == 1);
    }
    if (type == "f64") {
        if (content.size() != 8)
            mismatch("\"" + path + "\" is not a borsh f64");
        const std::uint64_t bits = littleEndian(content, 0, 8);
        double value = 0;
        std::memcpy(&value, &bits, sizeof value);
        return DataValue::ofNumber(value);
    }
    if (type == "i128") {
        if (content.size() != 16)
            mismatch("\"" + path + "\" is not a borsh i128");
        const Int128 value = static_cast<Int128>(
            (static_cast<Int128>(littleEndian(content, 8, 8)) << 64) | littleEndian(content, 0, 8));
        return DataValue::ofInteger(value);
    }
    if (type == "string") {
        if (content.size() < 4 || littleEndian(content, 0, 4) != content.size() - 4)
            mismatch("\"" + path + "\" is not a borsh string");
        return DataValue::ofText(std::string(content.begin() + 4, content.end()));
    }
    return DataValue::ofBytes(std::move(content));
}

DataValue readObject(const StoredZipReader& zip,
                     const std::map<std::string, const StoredZipReader::Entry*>& byName,
                     const nlohmann::ordered_json& schema, const std::string& prefix,
                     std::uint64_t maxInMemory) {
    if (!schema.is_object())
        mismatch("the schema is not an object");
    DataValue object = DataValue::ofObject();
    for (const auto& [key, type] : schema.items()) {
        const std::string path = prefix + key;
        if (!isValidDataKey(key))
            mismatch("\"" + path + "\" is not a valid field name");
        if (type.is_object()) {
            object.fields.push_back({key, readObject(zip, byName, type, path + "/", maxInMemory)});
            continue;
        }
        if (!type.is_string())
            mismatch("the type of \"" + path + "\" is not a string");
        const auto found = byName.find(path);
        if (found == byName.end())
            mismatch("\"" + path + "\" is missing from the zip");
        if (found->second->header.size > maxInMemory)
            throw Error(ErrorCode::Unsupported,
                        "The field \"" + path + "\" is too large to read into memory.");
        object.fields.push_back(
            {key, decodeLeaf(type.get<std::string>(), zip.readAll(*found->second), path)});
    }
    return object;
}

} // namespace

DataObject readDataZip(const std::filesystem::path& zipPath, const nlohmann::ordered_json& schema,
                       std::uint64_t maxInMemory) {
    const StoredZipReader zip(zipPath);
    std::map<std::string, const StoredZipReader::Entry*> byName;
    for (const auto& entry : zip.entries())
        if (!entry.header.isDirectory())
            byName[entry.header.name] = &entry;
    return readObject(zip, byName, schema, "", maxInMemory);
}

} // namespace sr::iexec
