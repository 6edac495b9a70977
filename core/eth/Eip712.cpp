#include "eth/Eip712.h"

#include "crypto/Keccak.h"
#include "crypto/Secp256k1.h"
#include "eth/Abi.h"
#include "eth/Address.h"
#include "eth/Eip191.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "util/Error.h"

#include <algorithm>
#include <set>

namespace sr::eth {

namespace {

// Bounds the recursion over values: type graphs are acyclic, but a long chain of types or of
// array suffixes would otherwise let a hostile document exhaust the stack.
constexpr std::size_t kMaxDepth = 64;
// Type strings are rebuilt per type with all their dependencies: quadratic in the number of
// types, so a document may declare only as many as any real protocol needs.
constexpr std::size_t kMaxTypes = 256;

[[noreturn]] void corrupt(const std::string& path, const std::string& what) {
    throw Error(ErrorCode::Corrupt, "invalid typed data: " + path + ": " + what);
}

bool isIdentifier(std::string_view s) {
    if (s.empty())
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const bool letter =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
        if (!letter && (i == 0 || c < '0' || c > '9'))
            return false;
    }
    return true;
}

// The atomic and dynamic EIP-712 types, written canonically ("uint" alone is not one).
bool isAtomic(const std::string& type, AbiType* parsed = nullptr) {
    if (type.empty() || type.find_first_of("[](),") != std::string::npos)
        return false;
    try {
        AbiType t = AbiType::parse(type);
        if (t.canonical() != type)
            return false;
        if (parsed)
            *parsed = std::move(t);
        return true;
    } catch (const Error&) {
        return false;
    }
}

// Splits "Person[2][]" into "Person[2]" and the last suffix's length (0 for "[]").
// Returns false when `type` is not an array.
bool splitArray(const std::string& type, std::string& element, std::size_t& length,
                const std::string& path) {
    if (type.empty() || type.back() != ']')
        return false;
    const auto open = type.rfind('[');
    if (open == std::string::npos || open == 0)
        corrupt(path, "malformed array type \"" + type + "\"");
    element = type.substr(0, open);
    const std::string digits = type.substr(open + 1, type.size() - open - 2);
    length = 0;
    if (digits.empty())
        return true;
    if (digits[0] == '0' || digits.size() > 9 ||
        !std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
        corrupt(path, "malformed array length in \"" + type + "\"");
    length = std::stoul(digits);
    return true;
}

std::string baseType(const std::string& type) {
    return type.substr(0, type.find('['));
}

const nlohmann::json& member(const nlohmann::json& object, const char* key, const char* path) {
    const auto it = object.find(key);
    if (it == object.end())
        corrupt(path, std::string("missing \"") + key + "\"");
    return *it;
}

// A JSON integer or an integer string ("42", "-7", "0x2a") as a two's complement word.
U256 numberWord(const nlohmann::json& value, bool isSigned, std::size_t bits,
                const std::string& path) {
    U256 magnitude;
    bool negative = false;
    try {
        if (value.is_number_unsigned()) {
            magnitude = U256(value.get<std::uint64_t>());
        } else if (value.is_number_integer()) {
            const auto v = value.get<std::int64_t>();
            negative = v < 0;
            magnitude = negative ? U256(static_cast<std::uint64_t>(-(v + 1))) + U256(1) : U256(v);
        } else if (value.is_string()) {
            std::string_view s = value.get_ref<const std::string&>();
            if (!s.empty() && s.front() == '-') {
                negative = true;
                s.remove_prefix(1);
            }
            magnitude = U256::parse(s);
        } else {
            corrupt(path, "expected an integer (a JSON integer or a decimal/0x string), got " +
                              std::string(value.type_name()));
        }
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Corrupt)
            throw;
        corrupt(path, e.what());
    }
    if (negative && magnitude.isZero())
        negative = false;
    const std::string typeName = (isSigned ? "int" : "uint") + std::to_string(bits);
    if (!isSigned) {
        if (negative || magnitude.bitLength() > bits)
            corrupt(path, "out of range for " + typeName);
        return magnitude;
    }
    const U256 limit = U256(1) << static_cast<unsigned>(bits - 1);
    if (negative ? magnitude > limit : magnitude >= limit)
        corrupt(path, "out of range for " + typeName);
    return negative ? magnitude.wrappingNeg() : magnitude;
}

Bytes hexValue(const nlohmann::json& value, const std::string& path) {
    if (!value.is_string())
        corrupt(path, "expected a 0x hex string, got " + std::string(value.type_name()));
    const std::string& s = value.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        corrupt(path, "expected a 0x hex string");
    try {
        return fromHex(s);
    } catch (const Error& e) {
        corrupt(path, e.what());
    }
}

void appendHash(Bytes& out, const Hash32& h) {
    out.insert(out.end(), h.begin(), h.end());
}

// Copying a JSON value recurses once per level: measure the depth first, without recursion, so
// that a hostile document (a market API reply, a file) cannot exhaust the stack.
std::size_t jsonDepth(const nlohmann::json& root, std::size_t limit) {
    std::vector<std::pair<const nlohmann::json*, std::size_t>> stack{{&root, 1}};
    std::size_t deepest = 0;
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, depth);
        if (deepest > limit)
            return deepest;
        if (node->is_structured())
            for (const auto& child : *node)
                stack.emplace_back(&child, depth + 1);
    }
    return deepest;
}

} // namespace

Eip712 Eip712::fromJson(const nlohmann::json& typedData) {
    if (!typedData.is_object())
        corrupt("(root)", "expected an object with types, primaryType, domain and message");
    if (jsonDepth(typedData, 2 * kMaxDepth + 8) > 2 * kMaxDepth + 8)
        corrupt("(root)", "nested too deeply");
    Eip712 td;
    td.json_ = typedData;
    const auto& types = member(typedData, "types", "(root)");
    if (!types.is_object())
        corrupt("types", "expected an object");
    if (types.size() > kMaxTypes)
        corrupt("types", "more than " + std::to_string(kMaxTypes) + " types");
    const auto& primary = member(typedData, "primaryType", "(root)");
    if (!primary.is_string())
        corrupt("primaryType", "expected a string");
    td.primaryType_ = primary.get<std::string>();
    if (!member(typedData, "domain", "(root)").is_object())
        corrupt("domain", "expected an object");
    if (td.primaryType_ != "EIP712Domain" && !member(typedData, "message", "(root)").is_object())
        corrupt("message", "expected an object");
    td.parseTypes();
    if (!td.types_.contains(td.primaryType_))
        corrupt("primaryType", "\"" + td.primaryType_ + "\" is not defined in types");
    for (const auto& [name, unused] : td.types_)
        td.typeHashes_[name] = crypto::keccak256(sr::asBytes(td.encodeType(name)));
    return td;
}

void Eip712::parseTypes() {
    for (const auto& [name, fields] : json_.at("types").items()) {
        const std::string path = "types." + name;
        if (!isIdentifier(name) || isAtomic(name))
            corrupt(path, "not a valid struct name");
        if (!fields.is_array())
            corrupt(path, "expected an array of {name, type}");
        std::vector<Field> parsed;
        std::set<std::string> seen;
        for (const auto& f : fields) {
            if (!f.is_object() || !f.contains("name") || !f.contains("type") ||
                !f["name"].is_string() || !f["type"].is_string())
                corrupt(path, "every field needs a string name and type");
            Field field{f["name"].get<std::string>(), f["type"].get<std::string>()};
            if (!isIdentifier(field.name))
                corrupt(path, "bad field name \"" + field.name + "\"");
            if (!seen.insert(field.name).second)
                corrupt(path, "field \"" + field.name + "\" is declared twice");
            parsed.push_back(std::move(field));
        }
        types_[name] = std::move(parsed);
    }
    if (!types_.contains("EIP712Domain")) {
        // Derived from the domain's fields, like ethers; MetaMask requires it to be declared.
        static const std::pair<const char*, const char*> kStandard[] = {
            {"name", "string"},
            {"version", "string"},
            {"chainId", "uint256"},
            {"verifyingContract", "address"},
            {"salt", "bytes32"}};
        const auto& domain = json_.at("domain");
        std::vector<Field> fields;
        for (const auto& [fieldName, fieldType] : kStandard)
            if (domain.contains(fieldName))
                fields.push_back({fieldName, fieldType});
        if (fields.size() != domain.size())
            corrupt("domain", "has non-standard fields but types declare no EIP712Domain");
        types_["EIP712Domain"] = std::move(fields);
    }
    // Every field type must resolve: an atomic type or a declared struct, with array suffixes.
    for (const auto& [name, fields] : types_) {
        for (const Field& f : fields) {
            const std::string path = "types." + name + "." + f.name;
            std::string t = f.type;
            std::string element;
            std::size_t length = 0;
            std::size_t dims = 0;
            while (splitArray(t, element, length, path)) {
                t = element;
                if (++dims > 8)
                    corrupt(path, "too many array dimensions");
            }
            if (t.find_first_of("[]") != std::string::npos)
                corrupt(path, "malformed type \"" + f.type + "\"");
            if (!isAtomic(t) && !types_.contains(t))
                corrupt(path, "type \"" + t + "\" is not defined");
        }
    }
    checkAcyclic();
}

void Eip712::checkAcyclic() const {
    // Iterative colouring DFS: a type reached again while still on the path is a cycle.
    enum class State { New, Active, Done };
    std::map<std::string, State> state;
    for (const auto& [root, unused] : types_) {
        if (state[root] == State::Done)
            continue;
        std::vector<std::pair<std::string, std::size_t>> stack{{root, 0}};
        state[root] = State::Active;
        while (!stack.empty()) {
            auto& [type, next] = stack.back();
            const auto& fields = types_.at(type);
            if (next == fields.size()) {
                state[type] = State::Done;
                stack.pop_back();
                continue;
            }
            const std::string dep = baseType(fields[next++].type);
            if (!types_.contains(dep))
                continue;
            if (state[dep] == State::Active) {
                std::string cycle;
                for (const auto& frame : stack)
                    cycle += frame.first + " -> ";
                corrupt("types", "types reference each other in a cycle: " + cycle + dep);
            }
            if (state[dep] == State::New) {
                state[dep] = State::Active;
                stack.emplace_back(dep, 0);
            }
        }
    }
}

const std::vector<Eip712::Field>& Eip712::fieldsOf(const std::string& type) const {
    const auto it = types_.find(type);
    if (it == types_.end())
        corrupt("types", "\"" + type + "\" is not defined");
    return it->second;
}

void Eip712::collectDependencies(const std::string& type, std::vector<std::string>& found) const {
    for (const Field& f : fieldsOf(type)) {
        const std::string dep = baseType(f.type);
        if (types_.contains(dep) && std::find(found.begin(), found.end(), dep) == found.end()) {
            found.push_back(dep);
            collectDependencies(dep, found);
        }
    }
}

std::string Eip712::encodeType(const std::string& type) const {
    std::vector<std::string> deps;
    collectDependencies(type, deps);
    deps.erase(std::remove(deps.begin(), deps.end(), type), deps.end());
    std::sort(deps.begin(), deps.end());
    deps.insert(deps.begin(), type);
    std::string out;
    for (const std::string& t : deps) {
        out += t + "(";
        const auto& fields = fieldsOf(t);
        for (std::size_t i = 0; i < fields.size(); ++i)
            out += (i ? "," : "") + fields[i].type + " " + fields[i].name;
        out += ")";
    }
    return out;
}

Hash32 Eip712::typeHash(const std::string& type) const {
    const auto it = typeHashes_.find(type);
    if (it == typeHashes_.end())
        corrupt("types", "\"" + type + "\" is not defined");
    return it->second;
}

Bytes Eip712::encodeData(const std::string& type, const nlohmann::json& value) const {
    return encodeDataAt(type, value, type, 0);
}

Hash32 Eip712::hashStruct(const std::string& type, const nlohmann::json& value) const {
    return crypto::keccak256(encodeDataAt(type, value, type, 0));
}

Bytes Eip712::encodeDataAt(const std::string& type, const nlohmann::json& value,
                           const std::string& path, std::size_t depth) const {
    if (depth > kMaxDepth)
        corrupt(path, "nested too deeply");
    if (!value.is_object())
        corrupt(path, "expected an object, got " + std::string(value.type_name()));
    const auto& fields = fieldsOf(type);
    // An undeclared field would be shown to the user but not signed: refuse it.
    for (const auto& item : value.items()) {
        const std::string& key = item.key(); // a plain reference: clang 14 cannot capture bindings
        if (std::none_of(fields.begin(), fields.end(),
                         [&](const Field& f) { return f.name == key; }))
            corrupt(path + "." + key, "not a field of " + type);
    }
    Bytes data;
    appendHash(data, typeHash(type));
    for (const Field& f : fields) {
        const auto it = value.find(f.name);
        if (it == value.end())
            corrupt(path + "." + f.name, "missing");
        encodeField(f.type, *it, path + "." + f.name, depth + 1, data);
    }
    return data;
}

void Eip712::encodeField(const std::string& type, const nlohmann::json& value,
                         const std::string& path, std::size_t depth, Bytes& out) const {
    if (depth > kMaxDepth)
        corrupt(path, "nested too deeply");
    std::string element;
    std::size_t length = 0;
    if (splitArray(type, element, length, path)) {
        if (!value.is_array())
            corrupt(path, "expected an array, got " + std::string(value.type_name()));
        if (length != 0 && value.size() != length)
            corrupt(path, "expected " + std::to_string(length) + " elements, got " +
                              std::to_string(value.size()));
        Bytes concatenated;
        for (std::size_t i = 0; i < value.size(); ++i)
            encodeField(element, value[i], path + "[" + std::to_string(i) + "]", depth + 1,
                        concatenated);
        appendHash(out, crypto::keccak256(concatenated));
        return;
    }
    if (types_.contains(type)) {
        appendHash(out, crypto::keccak256(encodeDataAt(type, value, path, depth + 1)));
        return;
    }
    AbiType atomic = AbiType::boolean();
    if (!isAtomic(type, &atomic))
        corrupt(path, "type \"" + type + "\" is not defined");
    std::array<std::uint8_t, 32> word{};
    switch (atomic.kind()) {
    case AbiType::Kind::String:
        if (!value.is_string())
            corrupt(path, "expected a string, got " + std::string(value.type_name()));
        appendHash(out, crypto::keccak256(sr::asBytes(value.get_ref<const std::string&>())));
        return;
    case AbiType::Kind::Bytes:
        appendHash(out, crypto::keccak256(hexValue(value, path)));
        return;
    case AbiType::Kind::FixedBytes: {
        const Bytes b = hexValue(value, path);
        if (b.size() != atomic.size())
            corrupt(path, type + " needs exactly " + std::to_string(atomic.size()) +
                              " bytes, got " + std::to_string(b.size()));
        std::copy(b.begin(), b.end(), word.begin());
        break;
    }
    case AbiType::Kind::Address: {
        if (!value.is_string() || !value.get_ref<const std::string&>().starts_with("0x"))
            corrupt(path, "expected a 0x address");
        try {
            const Address a = Address::fromHex(value.get_ref<const std::string&>());
            std::copy(a.bytes().begin(), a.bytes().end(), word.begin() + 12);
        } catch (const Error& e) {
            corrupt(path, e.what());
        }
        break;
    }
    case AbiType::Kind::Bool:
        if (!value.is_boolean())
            corrupt(path, "expected true or false, got " + std::string(value.type_name()));
        word[31] = value.get<bool>() ? 1 : 0;
        break;
    case AbiType::Kind::Uint:
    case AbiType::Kind::Int:
        word = numberWord(value, atomic.kind() == AbiType::Kind::Int, atomic.size(), path)
                   .toBigEndian();
        break;
    default:
        corrupt(path, "type \"" + type + "\" is not an EIP-712 type");
    }
    out.insert(out.end(), word.begin(), word.end());
}

Hash32 Eip712::domainSeparator() const {
    return crypto::keccak256(encodeDataAt("EIP712Domain", json_.at("domain"), "domain", 0));
}

Hash32 Eip712::messageHash() const {
    return crypto::keccak256(encodeDataAt(primaryType_, json_.at("message"), "message", 0));
}

Hash32 Eip712::digest() const {
    Bytes data{0x19, 0x01};
    appendHash(data, domainSeparator());
    if (primaryType_ != "EIP712Domain")
        appendHash(data, messageHash());
    return crypto::keccak256(data);
}

Bytes Eip712::sign(const crypto::SecretBytes& privateKey) const {
    return toRsv(crypto::signHash(privateKey, digest()), 27);
}

} // namespace sr::eth
