#pragma once

// A protected data's content before it is serialised: DataProtector's "data object", a tree
// whose keys match ^[a-zA-Z0-9_-]+$ and whose leaves are booleans (schema "bool"), numbers
// ("f64"), big integers ("i128"), text ("string") or binary content (schema: the MIME type
// found by magic bytes). Binary content may live in memory or in a file on disk, read only
// when serialised, so a gigabyte file costs no memory.

#include "util/Bytes.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sr::iexec {

__extension__ typedef __int128 Int128;

/// Parses a decimal integer ("-12", "340...") that fits in i128. Throws
/// sr::Error(InvalidArgument) otherwise.
Int128 parseInt128(std::string_view text);
std::string formatInt128(Int128 value);

enum class DataKind { Bool, F64, I128, String, Bytes, File, Object };

struct DataField;

struct DataValue {
    DataKind kind = DataKind::Object;
    bool boolean = false;
    double number = 0;
    Int128 integer = 0;
    std::string text;
    Bytes bytes;
    std::filesystem::path file;
    std::vector<DataField> fields; ///< for an object, in insertion order

    static DataValue ofBool(bool value);
    static DataValue ofNumber(double value);
    static DataValue ofInteger(Int128 value);
    static DataValue ofText(std::string value);
    static DataValue ofBytes(Bytes value);
    static DataValue ofFile(std::filesystem::path path);
    /// (Two overloads rather than a default argument: DataField is incomplete here.)
    static DataValue ofObject();
    static DataValue ofObject(std::vector<DataField> fields);

    bool isLeaf() const { return kind != DataKind::Object; }
};

struct DataField {
    std::string key;
    DataValue value;
};

/// The root of a data object is an object value.
using DataObject = DataValue;

/// True when `key` may name a field (non-empty, letters, digits, '-' and '_').
bool isValidDataKey(std::string_view key);
/// A valid key made from any name (a file name): each run of other characters becomes one
/// '_', and an empty result becomes "data". "Tax return 2024.pdf" -> "Tax_return_2024_pdf".
std::string sanitizeDataKey(std::string_view name);

/// Checks what DataProtector checks before protecting (keys, finite numbers, unique keys)
/// and that files exist and are readable. Throws sr::Error(InvalidArgument or NotFound)
/// naming the field.
void validateDataObject(const DataObject& object);

/// Why an entry of a dropped folder was left out of its data object.
enum class SkipReason {
    LinkOutside, ///< a symbolic link to a place outside the dropped folder
    LinkLoop,    ///< a link to a folder already included (a loop, or the same folder twice)
    BrokenLink,  ///< a link to nothing
};
struct SkippedPath {
    std::filesystem::path path; ///< as found in the folder (the link itself)
    SkipReason reason;
};

/// The object the user means by dropping these files and folders: a file becomes a binary
/// field named after it, a folder a nested object of its content (hidden entries included,
/// other special files refused). A dropped link is taken where it leads. Inside a folder, a
/// symbolic link is followed only to a place inside that folder, and a folder (known by its
/// device and inode) is read once: other links are left out and listed in `skipped`. Names
/// are sanitised and made unique with a "_2", "_3" suffix. Throws sr::Error(NotFound, Io or
/// InvalidArgument).
DataObject dataObjectFromPaths(const std::vector<std::filesystem::path>& paths,
                               std::vector<SkippedPath>* skipped = nullptr);

/// The fields of an object in the order JavaScript enumerates them (keys that are array
/// indices first, ascending, then the others in insertion order), which is the order
/// DataProtector writes the schema and the zip in.
std::vector<const DataField*> jsOrderedFields(const DataValue& object);

/// The schema DataProtector's extractDataSchema gives this object; binary fields read the
/// head of their content. `JSON.stringify` of it, what goes on chain, is `.dump()`.
nlohmann::ordered_json extractDataSchema(const DataObject& object);

/// The borsh encodings DataProtector stores for scalars.
Bytes borshBool(bool value);
Bytes borshF64(double value);
Bytes borshI128(Int128 value);
Bytes borshString(std::string_view value);

} // namespace sr::iexec
