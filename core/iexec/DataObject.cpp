#include "iexec/DataObject.h"

#include "iexec/MimeSniffer.h"
#include "util/Error.h"
#include "util/FileStream.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <set>
#include <sys/stat.h>

namespace sr::iexec {

namespace fs = std::filesystem;

__extension__ typedef unsigned __int128 UInt128;

namespace {

constexpr Int128 kMaxI128 = static_cast<Int128>((static_cast<UInt128>(1) << 127) - 1);
constexpr Int128 kMinI128 = -kMaxI128 - 1;

bool keyChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

// JavaScript's "array index": a canonical decimal below 2^32 - 1.
bool isArrayIndex(const std::string& key, std::uint64_t& index) {
    if (key.empty() || key.size() > 10 || (key.size() > 1 && key[0] == '0'))
        return false;
    index = 0;
    for (const char c : key) {
        if (c < '0' || c > '9')
            return false;
        index = index * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return index < 0xFFFFFFFFull;
}

void validate(const DataValue& object, const std::string& prefix) {
    std::set<std::string> seen;
    for (const DataField& field : object.fields) {
        const std::string path = prefix.empty() ? field.key : prefix + "." + field.key;
        if (!isValidDataKey(field.key))
            throw Error(ErrorCode::InvalidArgument,
                        "The field name \"" + path +
                            "\" is not allowed: use letters, digits, '-' and '_' only.");
        if (!seen.insert(field.key).second)
            throw Error(ErrorCode::InvalidArgument, "The field \"" + path + "\" appears twice.");
        const DataValue& value = field.value;
        switch (value.kind) {
        case DataKind::Object:
            validate(value, path);
            break;
        case DataKind::F64:
            if (!std::isfinite(value.number))
                throw Error(ErrorCode::InvalidArgument,
                            "The field \"" + path + "\" must be a finite number.");
            break;
        case DataKind::File: {
            InputFile probe(value.file); // throws NotFound / Io with the reason
            break;
        }
        default:
            break;
        }
    }
}

std::string uniqueKey(const std::string& base, std::set<std::string>& used) {
    std::string key = base;
    for (int n = 2; !used.insert(key).second; ++n)
        key = base + "_" + std::to_string(n);
    return key;
}

// One dropped file or folder being read: its real location, the folders already read (by
// device and inode) and where to say what was left out.
struct Walk {
    fs::path root; // canonical
    std::set<std::pair<dev_t, ino_t>> folders;
    std::vector<SkippedPath>* skipped;
};

bool isWithin(const fs::path& path, const fs::path& root) {
    return std::mismatch(root.begin(), root.end(), path.begin(), path.end()).first == root.end();
}

void skip(Walk& walk, const fs::path& path, SkipReason reason) {
    if (walk.skipped)
        walk.skipped->push_back({path, reason});
}

// An entry of a dropped folder (or what was dropped, at depth 0): `path` as the user sees it
// (for messages), `real` without the links followed to get there; nullopt when left out.
std::optional<DataValue> valueFromPath(const fs::path& path, fs::path real, int depth, Walk& walk) {
    if (depth > 64)
        throw Error(ErrorCode::InvalidArgument,
                    "The folder " + path.string() + " is nested too deeply.");
    std::error_code ec;
    if (depth > 0 && fs::is_symlink(fs::symlink_status(real, ec))) {
        // A link is followed only to a place inside the dropped folder: never out of it (a
        // link to ~/.ssh would pull in secrets unseen), and never twice into one folder.
        real = fs::canonical(real, ec);
        if (ec) {
            skip(walk, path, SkipReason::BrokenLink);
            return std::nullopt;
        }
        if (!isWithin(real, walk.root)) {
            skip(walk, path, SkipReason::LinkOutside);
            return std::nullopt;
        }
    }
    const fs::file_status status = fs::status(real, ec);
    if (ec || !fs::exists(status))
        throw Error(ErrorCode::NotFound, "The file " + path.string() + " does not exist.");
    if (fs::is_regular_file(status))
        return DataValue::ofFile(real);
    if (!fs::is_directory(status))
        throw Error(ErrorCode::InvalidArgument,
                    path.string() + " is not a file or a folder (a device, socket or pipe).");
    struct stat info {};
    if (::stat(real.c_str(), &info) != 0)
        throw Error(ErrorCode::Io, "Could not read the folder " + path.string() + ".");
    if (!walk.folders.insert({info.st_dev, info.st_ino}).second) {
        skip(walk, path, SkipReason::LinkLoop);
        return std::nullopt;
    }
    std::vector<fs::path> children;
    for (fs::directory_iterator it(real, ec), end; !ec && it != end; it.increment(ec))
        children.push_back(it->path());
    if (ec)
        throw Error(ErrorCode::Io,
                    "Could not list the folder " + path.string() + ": " + ec.message() + ".");
    std::sort(children.begin(), children.end());
    DataValue object = DataValue::ofObject();
    std::set<std::string> used;
    for (const fs::path& child : children) {
        // Reported under the name the user sees (through the links followed to get here).
        auto value = valueFromPath(path / child.filename(), child, depth + 1, walk);
        if (value)
            object.fields.push_back(
                {uniqueKey(sanitizeDataKey(child.filename().string()), used), std::move(*value)});
    }
    return object;
}

void putLittleEndian(Bytes& out, UInt128 value, int bytes) {
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

std::string binaryType(const DataValue& value) {
    if (value.kind == DataKind::Bytes)
        return sniffMimeType(value.bytes);
    InputFile file(value.file);
    Bytes head(static_cast<std::size_t>(std::min<std::uint64_t>(file.size(), mimeSniffLength())));
    file.readAt(0, head);
    return sniffMimeType(head);
}

} // namespace

Int128 parseInt128(std::string_view text) {
    const bool negative = !text.empty() && text[0] == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    if (digits.empty() || digits.size() > 39)
        throw Error(ErrorCode::InvalidArgument, "\"" + std::string(text) + "\" is not an integer.");
    UInt128 magnitude = 0;
    const UInt128 limit = static_cast<UInt128>(kMaxI128) + (negative ? 1 : 0);
    for (const char c : digits) {
        if (c < '0' || c > '9')
            throw Error(ErrorCode::InvalidArgument,
                        "\"" + std::string(text) + "\" is not an integer.");
        const unsigned digit = static_cast<unsigned>(c - '0');
        if (magnitude > (limit - digit) / 10)
            throw Error(ErrorCode::InvalidArgument,
                        "\"" + std::string(text) + "\" is out of the i128 range.");
        magnitude = magnitude * 10 + digit;
    }
    if (!negative)
        return static_cast<Int128>(magnitude);
    return magnitude == static_cast<UInt128>(kMaxI128) + 1 ? kMinI128
                                                           : -static_cast<Int128>(magnitude);
}

std::string formatInt128(Int128 value) {
    UInt128 magnitude =
        value < 0 ? static_cast<UInt128>(-(value + 1)) + 1 : static_cast<UInt128>(value);
    std::string digits;
    do {
        digits.push_back(static_cast<char>('0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    if (value < 0)
        digits.push_back('-');
    return {digits.rbegin(), digits.rend()};
}

DataValue DataValue::ofBool(bool value) {
    DataValue v;
    v.kind = DataKind::Bool;
    v.boolean = value;
    return v;
}
DataValue DataValue::ofNumber(double value) {
    DataValue v;
    v.kind = DataKind::F64;
    v.number = value;
    return v;
}
DataValue DataValue::ofInteger(Int128 value) {
    DataValue v;
    v.kind = DataKind::I128;
    v.integer = value;
    return v;
}
DataValue DataValue::ofText(std::string value) {
    DataValue v;
    v.kind = DataKind::String;
    v.text = std::move(value);
    return v;
}
DataValue DataValue::ofBytes(Bytes value) {
    DataValue v;
    v.kind = DataKind::Bytes;
    v.bytes = std::move(value);
    return v;
}
DataValue DataValue::ofFile(std::filesystem::path path) {
    DataValue v;
    v.kind = DataKind::File;
    v.file = std::move(path);
    return v;
}
DataValue DataValue::ofObject() {
    return ofObject(std::vector<DataField>());
}

DataValue DataValue::ofObject(std::vector<DataField> fields) {
    DataValue v;
    v.kind = DataKind::Object;
    v.fields = std::move(fields);
    return v;
}

bool isValidDataKey(std::string_view key) {
    return !key.empty() && std::all_of(key.begin(), key.end(), keyChar);
}

std::string sanitizeDataKey(std::string_view name) {
    std::string key;
    bool inRun = false;
    for (const char c : name) {
        if (keyChar(c)) {
            key.push_back(c);
            inRun = false;
        } else if (!inRun && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
            // One '_' per run of other characters (UTF-8 continuation bytes never start one).
            key.push_back('_');
            inRun = true;
        }
    }
    return key.empty() || key.find_first_not_of('_') == std::string::npos ? "data" : key;
}

void validateDataObject(const DataObject& object) {
    if (object.kind != DataKind::Object)
        throw Error(ErrorCode::InvalidArgument, "Protected data must be an object of fields.");
    validate(object, "");
}

DataObject dataObjectFromPaths(const std::vector<fs::path>& paths,
                               std::vector<SkippedPath>* skipped) {
    if (paths.empty())
        throw Error(ErrorCode::InvalidArgument, "Give at least one file or folder to protect.");
    if (skipped)
        skipped->clear();
    DataValue object = DataValue::ofObject();
    std::set<std::string> used;
    for (const fs::path& path : paths) {
        const fs::path clean = path.lexically_normal();
        const std::string name =
            (clean.has_filename() ? clean : clean.parent_path()).filename().string();
        // What the user dropped is taken where it really is (a dropped link included); the
        // folder it names is the limit of every link inside it.
        std::error_code ec;
        Walk walk{fs::canonical(path, ec), {}, skipped};
        if (ec)
            throw Error(ErrorCode::NotFound, "The file " + path.string() + " does not exist.");
        object.fields.push_back(
            {uniqueKey(sanitizeDataKey(name), used), *valueFromPath(path, walk.root, 0, walk)});
    }
    return object;
}

std::vector<const DataField*> jsOrderedFields(const DataValue& object) {
    std::vector<std::pair<std::uint64_t, const DataField*>> indexed;
    std::vector<const DataField*> named;
    for (const DataField& field : object.fields) {
        std::uint64_t index = 0;
        if (isArrayIndex(field.key, index))
            indexed.emplace_back(index, &field);
        else
            named.push_back(&field);
    }
    std::stable_sort(indexed.begin(), indexed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const DataField*> ordered;
    for (const auto& [index, field] : indexed)
        ordered.push_back(field);
    ordered.insert(ordered.end(), named.begin(), named.end());
    return ordered;
}

nlohmann::ordered_json extractDataSchema(const DataObject& object) {
    nlohmann::ordered_json schema = nlohmann::ordered_json::object();
    for (const DataField* field : jsOrderedFields(object)) {
        const DataValue& value = field->value;
        switch (value.kind) {
        case DataKind::Bool:
            schema[field->key] = "bool";
            break;
        case DataKind::F64:
            schema[field->key] = "f64";
            break;
        case DataKind::I128:
            schema[field->key] = "i128";
            break;
        case DataKind::String:
            schema[field->key] = "string";
            break;
        case DataKind::Bytes:
        case DataKind::File:
            schema[field->key] = binaryType(value);
            break;
        case DataKind::Object:
            schema[field->key] = extractDataSchema(value);
            break;
        }
    }
    return schema;
}

Bytes borshBool(bool value) {
    return Bytes{static_cast<std::uint8_t>(value ? 1 : 0)};
}

Bytes borshF64(double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    Bytes out;
    putLittleEndian(out, bits, 8);
    return out;
}

Bytes borshI128(Int128 value) {
    Bytes out;
    putLittleEndian(out, static_cast<UInt128>(value), 16);
    return out;
}

Bytes borshString(std::string_view value) {
    if (value.size() > 0xFFFFFFFFull)
        throw Error(ErrorCode::InvalidArgument, "A text field is limited to 4 GiB.");
    Bytes out;
    out.reserve(4 + value.size());
    putLittleEndian(out, value.size(), 4);
    out.insert(out.end(), value.begin(), value.end());
    return out;
}

} // namespace sr::iexec
