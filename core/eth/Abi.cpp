#include "eth/Abi.h"

#include "crypto/Keccak.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::eth {

namespace {

// Type strings arrive from users and from contract metadata: bound them so that neither the
// parser's recursion nor a static size computation can run away.
constexpr std::size_t kMaxTypeDepth = 32;
constexpr std::size_t kMaxStaticSize = std::size_t{1} << 20;

[[noreturn]] void invalid(const std::string& message) {
    throw Error(ErrorCode::InvalidArgument, message);
}

[[noreturn]] void corrupt(const std::string& message) {
    throw Error(ErrorCode::Corrupt, "malformed ABI data: " + message);
}

std::string shortened(std::string_view text) {
    constexpr std::size_t kMax = 60;
    return text.size() <= kMax ? std::string(text) : std::string(text.substr(0, kMax)) + "...";
}

std::size_t typeDepth(const AbiType& type) {
    std::size_t depth = 0;
    if (type.kind() == AbiType::Kind::Array || type.kind() == AbiType::Kind::FixedArray)
        depth = typeDepth(type.element());
    else if (type.kind() == AbiType::Kind::Tuple)
        for (const AbiType& c : type.components())
            depth = std::max(depth, typeDepth(c));
    return depth + 1;
}

// ---------------------------------------------------------------------------------------------
// Type string parser

class TypeParser {
public:
    explicit TypeParser(std::string_view text) : text_(text) {}

    AbiType parseAll() {
        AbiType t = parseType(0);
        if (pos_ != text_.size())
            fail("unexpected '" + std::string(1, text_[pos_]) + "'");
        return t;
    }

private:
    [[noreturn]] void fail(const std::string& why) const {
        invalid("invalid ABI type \"" + shortened(text_) + "\" at character " +
                std::to_string(pos_) + ": " + why);
    }

    AbiType parseType(std::size_t depth) {
        if (depth > kMaxTypeDepth)
            fail("nested deeper than " + std::to_string(kMaxTypeDepth) + " levels");
        AbiType t = pos_ < text_.size() && text_[pos_] == '(' ? parseTuple(depth) : parseBase();
        std::size_t suffixes = 0;
        while (pos_ < text_.size() && text_[pos_] == '[') {
            if (depth + ++suffixes > kMaxTypeDepth)
                fail("nested deeper than " + std::to_string(kMaxTypeDepth) + " levels");
            ++pos_;
            const std::size_t start = pos_;
            while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9')
                ++pos_;
            if (pos_ >= text_.size() || text_[pos_] != ']')
                fail("expected ']'");
            const std::string_view digits = text_.substr(start, pos_ - start);
            ++pos_;
            if (digits.empty()) {
                t = AbiType::array(std::move(t));
                continue;
            }
            if (digits[0] == '0')
                fail("an array length must be a positive number without leading zeros");
            if (digits.size() > 9)
                fail("the array length is too large");
            std::size_t length = 0;
            for (char c : digits)
                length = length * 10 + static_cast<std::size_t>(c - '0');
            t = AbiType::fixedArray(std::move(t), length);
        }
        return t;
    }

    AbiType parseTuple(std::size_t depth) {
        ++pos_; // '('
        std::vector<AbiType> components;
        if (pos_ < text_.size() && text_[pos_] == ')')
            fail("empty tuples are not supported");
        while (true) {
            components.push_back(parseType(depth + 1));
            if (pos_ >= text_.size())
                fail("expected ',' or ')'");
            if (text_[pos_] == ')') {
                ++pos_;
                break;
            }
            if (text_[pos_] != ',')
                fail("expected ',' or ')'");
            ++pos_;
        }
        return AbiType::tuple(std::move(components));
    }

    // A width in a type name: digits without a leading zero.
    std::size_t width(std::string_view digits) const {
        if (digits.empty() || digits[0] == '0' || digits.size() > 3)
            fail("bad width \"" + std::string(digits) + "\"");
        std::size_t n = 0;
        for (char c : digits) {
            if (c < '0' || c > '9')
                fail("bad width \"" + std::string(digits) + "\"");
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        return n;
    }

    AbiType parseBase() {
        const std::size_t start = pos_;
        while (pos_ < text_.size() && ((text_[pos_] >= 'a' && text_[pos_] <= 'z') ||
                                       (text_[pos_] >= '0' && text_[pos_] <= '9')))
            ++pos_;
        const std::string_view name = text_.substr(start, pos_ - start);
        if (name.empty())
            fail("expected a type name");
        if (name == "address")
            return AbiType::address();
        if (name == "bool")
            return AbiType::boolean();
        if (name == "string")
            return AbiType::string();
        if (name == "bytes")
            return AbiType::bytes();
        if (name == "uint")
            return AbiType::uint(256);
        if (name == "int")
            return AbiType::int_(256);
        if (name.starts_with("uint")) {
            const std::size_t bits = width(name.substr(4));
            if (bits % 8 != 0 || bits > 256)
                fail("uintN needs N a multiple of 8 from 8 to 256");
            return AbiType::uint(static_cast<unsigned>(bits));
        }
        if (name.starts_with("int")) {
            const std::size_t bits = width(name.substr(3));
            if (bits % 8 != 0 || bits > 256)
                fail("intN needs N a multiple of 8 from 8 to 256");
            return AbiType::int_(static_cast<unsigned>(bits));
        }
        if (name.starts_with("bytes")) {
            const std::size_t n = width(name.substr(5));
            if (n > 32)
                fail("bytesN needs N from 1 to 32");
            return AbiType::fixedBytes(static_cast<unsigned>(n));
        }
        fail("unknown type \"" + std::string(name) + "\"");
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

// ---------------------------------------------------------------------------------------------
// Encoder

using Word = std::array<std::uint8_t, 32>;

void appendWord(Bytes& out, const Word& w) {
    out.insert(out.end(), w.begin(), w.end());
}

void appendPadded(Bytes& out, ByteView bytes) {
    out.insert(out.end(), bytes.begin(), bytes.end());
    out.resize(out.size() + (32 - bytes.size() % 32) % 32, 0);
}

// True when the two's complement word is the sign extension of its low `bits` bits.
bool fitsSigned(const U256& word, std::size_t bits) {
    if (bits >= 256)
        return true;
    const U256 high = word >> static_cast<unsigned>(bits - 1);
    return high.isZero() || high == (U256::max() >> static_cast<unsigned>(bits - 1));
}

std::string kindName(AbiValue::Kind kind) {
    switch (kind) {
    case AbiValue::Kind::Number:
        return "a number";
    case AbiValue::Kind::Address:
        return "an address";
    case AbiValue::Kind::Bool:
        return "a bool";
    case AbiValue::Kind::Bytes:
        return "bytes";
    case AbiValue::Kind::String:
        return "a string";
    case AbiValue::Kind::List:
        return "a list";
    }
    return "a value";
}

void expectKind(const AbiType& type, const AbiValue& value, AbiValue::Kind kind) {
    if (value.kind() != kind)
        invalid("ABI type " + type.canonical() + " needs " + kindName(kind) + ", got " +
                kindName(value.kind()));
}

void encodeSequence(const std::vector<const AbiType*>& types, const std::vector<AbiValue>& values,
                    Bytes& out);

void encodeValue(const AbiType& type, const AbiValue& value, Bytes& out) {
    using K = AbiType::Kind;
    switch (type.kind()) {
    case K::Uint:
        expectKind(type, value, AbiValue::Kind::Number);
        if (value.asNumber().bitLength() > type.size())
            invalid(value.asNumber().toDecimal() + " does not fit in " + type.canonical());
        appendWord(out, value.asNumber().toBigEndian());
        return;
    case K::Int:
        expectKind(type, value, AbiValue::Kind::Number);
        if (!fitsSigned(value.asNumber(), type.size()))
            invalid(value.asSignedDecimal() + " does not fit in " + type.canonical());
        appendWord(out, value.asNumber().toBigEndian());
        return;
    case K::Address: {
        expectKind(type, value, AbiValue::Kind::Address);
        Word w{};
        std::copy(value.asAddress().bytes().begin(), value.asAddress().bytes().end(),
                  w.begin() + 12);
        appendWord(out, w);
        return;
    }
    case K::Bool: {
        expectKind(type, value, AbiValue::Kind::Bool);
        Word w{};
        w[31] = value.asBool() ? 1 : 0;
        appendWord(out, w);
        return;
    }
    case K::FixedBytes:
        expectKind(type, value, AbiValue::Kind::Bytes);
        if (value.asBytes().size() != type.size())
            invalid(type.canonical() + " needs exactly " + std::to_string(type.size()) +
                    " bytes, got " + std::to_string(value.asBytes().size()));
        appendPadded(out, value.asBytes());
        return;
    case K::Bytes:
    case K::String: {
        expectKind(type, value,
                   type.kind() == K::Bytes ? AbiValue::Kind::Bytes : AbiValue::Kind::String);
        const ByteView payload =
            type.kind() == K::Bytes ? ByteView(value.asBytes()) : sr::asBytes(value.asString());
        appendWord(out, U256(payload.size()).toBigEndian());
        appendPadded(out, payload);
        return;
    }
    case K::Array:
    case K::FixedArray: {
        expectKind(type, value, AbiValue::Kind::List);
        const auto& items = value.asList();
        if (type.kind() == K::FixedArray && items.size() != type.size())
            invalid(type.canonical() + " needs " + std::to_string(type.size()) + " elements, got " +
                    std::to_string(items.size()));
        if (type.kind() == K::Array)
            appendWord(out, U256(items.size()).toBigEndian());
        const std::vector<const AbiType*> types(items.size(), &type.element());
        encodeSequence(types, items, out);
        return;
    }
    case K::Tuple: {
        expectKind(type, value, AbiValue::Kind::List);
        const auto& items = value.asList();
        if (items.size() != type.components().size())
            invalid(type.canonical() + " needs " + std::to_string(type.components().size()) +
                    " members, got " + std::to_string(items.size()));
        std::vector<const AbiType*> types;
        for (const AbiType& c : type.components())
            types.push_back(&c);
        encodeSequence(types, items, out);
        return;
    }
    }
}

void encodeSequence(const std::vector<const AbiType*>& types, const std::vector<AbiValue>& values,
                    Bytes& out) {
    std::size_t headSize = 0;
    for (const AbiType* t : types)
        headSize += t->headSize();
    Bytes head;
    Bytes tail;
    head.reserve(headSize);
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (types[i]->isDynamic()) {
            appendWord(head, U256(headSize + tail.size()).toBigEndian());
            encodeValue(*types[i], values[i], tail);
        } else {
            encodeValue(*types[i], values[i], head);
        }
    }
    out.insert(out.end(), head.begin(), head.end());
    out.insert(out.end(), tail.begin(), tail.end());
}

// ---------------------------------------------------------------------------------------------
// Decoder

class Decoder {
public:
    explicit Decoder(ByteView data)
        : // Canonical data reads each word once; a 4x margin tolerates odd but honest layouts
          // while making offset reuse useless as a memory amplifier.
          budget_(4 * (data.size() / 32) + 64) {}

    std::vector<AbiValue> sequence(const std::vector<const AbiType*>& types, ByteView region) {
        std::vector<AbiValue> values;
        values.reserve(types.size());
        std::size_t pos = 0;
        for (const AbiType* t : types) {
            if (t->isDynamic()) {
                const std::size_t offset = size(word(region, pos), "offset");
                if (offset > region.size())
                    corrupt("an offset (" + std::to_string(offset) + ") points past the end (" +
                            std::to_string(region.size()) + " bytes)");
                values.push_back(value(*t, region.subspan(offset)));
            } else {
                values.push_back(value(*t, region.subspan(std::min(pos, region.size()))));
            }
            pos += t->headSize();
        }
        return values;
    }

    AbiValue value(const AbiType& type, ByteView region) {
        using K = AbiType::Kind;
        switch (type.kind()) {
        case K::Uint: {
            const U256 v = U256::fromBigEndian(word(region, 0));
            if (v.bitLength() > type.size())
                corrupt("a " + type.canonical() + " has non-zero high bits");
            return AbiValue::number(v);
        }
        case K::Int: {
            const U256 v = U256::fromBigEndian(word(region, 0));
            if (!fitsSigned(v, type.size()))
                corrupt("an " + type.canonical() + " is not sign-extended");
            return AbiValue::number(v);
        }
        case K::Address: {
            const ByteView w = word(region, 0);
            if (std::any_of(w.begin(), w.begin() + 12, [](std::uint8_t b) { return b != 0; }))
                corrupt("an address has non-zero padding");
            return AbiValue::address(Address::fromBytes(w.subspan(12)));
        }
        case K::Bool: {
            const U256 v = U256::fromBigEndian(word(region, 0));
            if (v > U256(1))
                corrupt("a bool is neither 0 nor 1");
            return AbiValue::boolean(v == U256(1));
        }
        case K::FixedBytes: {
            const ByteView w = word(region, 0);
            if (std::any_of(w.begin() + static_cast<std::ptrdiff_t>(type.size()), w.end(),
                            [](std::uint8_t b) { return b != 0; }))
                corrupt("a " + type.canonical() + " has non-zero padding");
            return AbiValue::bytes(
                Bytes(w.begin(), w.begin() + static_cast<std::ptrdiff_t>(type.size())));
        }
        case K::Bytes:
        case K::String: {
            const std::size_t length = size(word(region, 0), "length");
            const std::size_t available = region.size() - 32;
            if (length > available || (length + 31) / 32 * 32 > available)
                corrupt("a " + type.canonical() + " of " + std::to_string(length) +
                        " bytes overruns the data");
            const std::size_t padded = (length + 31) / 32 * 32;
            charge(padded / 32);
            const ByteView payload = region.subspan(32, length);
            const ByteView padding = region.subspan(32 + length, padded - length);
            if (std::any_of(padding.begin(), padding.end(), [](std::uint8_t b) { return b != 0; }))
                corrupt("a " + type.canonical() + " has non-zero padding");
            if (type.kind() == K::Bytes)
                return AbiValue::bytes(Bytes(payload.begin(), payload.end()));
            return AbiValue::string(std::string(payload.begin(), payload.end()));
        }
        case K::Array: {
            const std::size_t length = size(word(region, 0), "array length");
            const ByteView items = region.subspan(32);
            // Every element takes at least one head word, so the data bounds the length
            // before anything is allocated.
            if (length > items.size() / type.element().headSize())
                corrupt("an array of " + std::to_string(length) + " elements overruns the data");
            const std::vector<const AbiType*> types(length, &type.element());
            return AbiValue::list(sequence(types, items));
        }
        case K::FixedArray: {
            if (!type.isDynamic() && type.headSize() > region.size())
                corrupt("a " + type.canonical() + " overruns the data");
            if (type.size() > region.size() / type.element().headSize())
                corrupt("a " + type.canonical() + " overruns the data");
            const std::vector<const AbiType*> types(type.size(), &type.element());
            return AbiValue::list(sequence(types, region));
        }
        case K::Tuple: {
            if (type.headSize() > region.size())
                corrupt("a " + type.canonical() + " overruns the data");
            std::vector<const AbiType*> types;
            for (const AbiType& c : type.components())
                types.push_back(&c);
            return AbiValue::list(sequence(types, region));
        }
        }
        corrupt("unknown type");
    }

    ByteView word(ByteView region, std::size_t pos) {
        if (pos > region.size() || region.size() - pos < 32)
            corrupt("the data ends in the middle of a value");
        charge(1);
        return region.subspan(pos, 32);
    }

private:
    void charge(std::size_t words) {
        if (words > budget_)
            corrupt("offsets overlap so much that decoding would amplify the data");
        budget_ -= words;
    }

    // An offset or a length: must be small enough to be a position in the data at all.
    static std::size_t size(ByteView w, const char* what) {
        const U256 v = U256::fromBigEndian(w);
        if (v.bitLength() > 32)
            corrupt(std::string("an absurd ") + what + " (" + shortened(v.toDecimal()) + ")");
        return static_cast<std::size_t>(v.toUint64());
    }

    std::size_t budget_;
};

std::vector<const AbiType*> pointers(const std::vector<AbiType>& types) {
    std::vector<const AbiType*> out;
    out.reserve(types.size());
    for (const AbiType& t : types)
        out.push_back(&t);
    return out;
}

bool isIdentifierChar(char c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
           (!first && c >= '0' && c <= '9');
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// AbiType

AbiType AbiType::parse(std::string_view text) {
    return TypeParser(text).parseAll();
}

AbiType AbiType::uint(unsigned bits) {
    if (bits == 0 || bits % 8 != 0 || bits > 256)
        invalid("uintN needs N a multiple of 8 from 8 to 256");
    return AbiType(Kind::Uint, bits);
}

AbiType AbiType::int_(unsigned bits) {
    if (bits == 0 || bits % 8 != 0 || bits > 256)
        invalid("intN needs N a multiple of 8 from 8 to 256");
    return AbiType(Kind::Int, bits);
}

AbiType AbiType::address() {
    return AbiType(Kind::Address, 20);
}

AbiType AbiType::boolean() {
    return AbiType(Kind::Bool, 1);
}

AbiType AbiType::fixedBytes(unsigned size) {
    if (size == 0 || size > 32)
        invalid("bytesN needs N from 1 to 32");
    return AbiType(Kind::FixedBytes, size);
}

AbiType AbiType::bytes() {
    return AbiType(Kind::Bytes, 0);
}

AbiType AbiType::string() {
    return AbiType(Kind::String, 0);
}

AbiType AbiType::array(AbiType element) {
    AbiType t(Kind::Array, 0);
    t.components_.push_back(std::move(element));
    if (typeDepth(t) > kMaxTypeDepth + 1)
        invalid("ABI type nested too deeply");
    return t;
}

AbiType AbiType::fixedArray(AbiType element, std::size_t length) {
    if (length == 0)
        invalid("zero-length arrays are not supported");
    if (length > kMaxStaticSize ||
        (!element.isDynamic() && element.headSize() > kMaxStaticSize / length))
        invalid("the static size of " + element.canonical() + "[" + std::to_string(length) +
                "] is absurd");
    AbiType t(Kind::FixedArray, length);
    t.components_.push_back(std::move(element));
    if (typeDepth(t) > kMaxTypeDepth + 1)
        invalid("ABI type nested too deeply");
    return t;
}

AbiType AbiType::tuple(std::vector<AbiType> components) {
    if (components.empty())
        invalid("empty tuples are not supported");
    AbiType t(Kind::Tuple, components.size());
    t.components_ = std::move(components);
    if (!t.isDynamic() && t.headSize() > kMaxStaticSize)
        invalid("the static size of " + t.canonical() + " is absurd");
    if (typeDepth(t) > kMaxTypeDepth + 1)
        invalid("ABI type nested too deeply");
    return t;
}

const AbiType& AbiType::element() const {
    if (kind_ != Kind::Array && kind_ != Kind::FixedArray)
        invalid(canonical() + " is not an array");
    return components_.front();
}

const std::vector<AbiType>& AbiType::components() const {
    if (kind_ != Kind::Tuple)
        invalid(canonical() + " is not a tuple");
    return components_;
}

std::string AbiType::canonical() const {
    switch (kind_) {
    case Kind::Uint:
        return "uint" + std::to_string(size_);
    case Kind::Int:
        return "int" + std::to_string(size_);
    case Kind::Address:
        return "address";
    case Kind::Bool:
        return "bool";
    case Kind::FixedBytes:
        return "bytes" + std::to_string(size_);
    case Kind::Bytes:
        return "bytes";
    case Kind::String:
        return "string";
    case Kind::Array:
        return components_.front().canonical() + "[]";
    case Kind::FixedArray:
        return components_.front().canonical() + "[" + std::to_string(size_) + "]";
    case Kind::Tuple: {
        std::string s = "(";
        for (std::size_t i = 0; i < components_.size(); ++i)
            s += (i ? "," : "") + components_[i].canonical();
        return s + ")";
    }
    }
    return {};
}

bool AbiType::isDynamic() const {
    switch (kind_) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return components_.front().isDynamic();
    case Kind::Tuple:
        return std::any_of(components_.begin(), components_.end(),
                           [](const AbiType& c) { return c.isDynamic(); });
    default:
        return false;
    }
}

std::size_t AbiType::headSize() const {
    if (isDynamic())
        return 32;
    if (kind_ == Kind::FixedArray)
        return size_ * components_.front().headSize();
    if (kind_ == Kind::Tuple) {
        std::size_t total = 0;
        for (const AbiType& c : components_)
            total += c.headSize();
        return total;
    }
    return 32;
}

// ---------------------------------------------------------------------------------------------
// AbiValue

AbiValue AbiValue::number(const U256& value) {
    AbiValue v;
    v.number_ = value;
    return v;
}

AbiValue AbiValue::signedNumber(std::string_view decimal) {
    const bool negative = !decimal.empty() && decimal.front() == '-';
    if (negative)
        decimal.remove_prefix(1);
    const U256 magnitude = U256::fromDecimal(decimal);
    const U256 limit = U256(1) << 255;
    if (negative ? magnitude > limit : magnitude >= limit)
        invalid("a signed integer must be in [-2^255, 2^255)");
    return number(negative ? magnitude.wrappingNeg() : magnitude);
}

AbiValue AbiValue::signedNumber(std::int64_t value) {
    if (value >= 0)
        return number(U256(value));
    // -(value + 1) never overflows, even for INT64_MIN.
    const U256 magnitude = U256(static_cast<std::uint64_t>(-(value + 1))) + U256(1);
    return number(magnitude.wrappingNeg());
}

AbiValue AbiValue::address(const Address& value) {
    AbiValue v;
    v.kind_ = Kind::Address;
    v.address_ = value;
    return v;
}

AbiValue AbiValue::boolean(bool value) {
    AbiValue v;
    v.kind_ = Kind::Bool;
    v.bool_ = value;
    return v;
}

AbiValue AbiValue::bytes(Bytes value) {
    AbiValue v;
    v.kind_ = Kind::Bytes;
    v.bytes_ = std::move(value);
    return v;
}

AbiValue AbiValue::string(std::string value) {
    AbiValue v;
    v.kind_ = Kind::String;
    v.string_ = std::move(value);
    return v;
}

AbiValue AbiValue::list(std::vector<AbiValue> items) {
    AbiValue v;
    v.kind_ = Kind::List;
    v.list_ = std::move(items);
    return v;
}

const U256& AbiValue::asNumber() const {
    if (kind_ != Kind::Number)
        invalid("expected a number, got " + kindName(kind_));
    return number_;
}

std::string AbiValue::asSignedDecimal() const {
    const U256& word = asNumber();
    if (word.bit(255))
        return "-" + word.wrappingNeg().toDecimal();
    return word.toDecimal();
}

const Address& AbiValue::asAddress() const {
    if (kind_ != Kind::Address)
        invalid("expected an address, got " + kindName(kind_));
    return address_;
}

bool AbiValue::asBool() const {
    if (kind_ != Kind::Bool)
        invalid("expected a bool, got " + kindName(kind_));
    return bool_;
}

const Bytes& AbiValue::asBytes() const {
    if (kind_ != Kind::Bytes)
        invalid("expected bytes, got " + kindName(kind_));
    return bytes_;
}

const std::string& AbiValue::asString() const {
    if (kind_ != Kind::String)
        invalid("expected a string, got " + kindName(kind_));
    return string_;
}

const std::vector<AbiValue>& AbiValue::asList() const {
    if (kind_ != Kind::List)
        invalid("expected a list, got " + kindName(kind_));
    return list_;
}

// ---------------------------------------------------------------------------------------------
// AbiSignature

AbiSignature AbiSignature::parse(std::string_view text) {
    text = trim(text);
    const auto open = text.find('(');
    if (open == std::string_view::npos || text.back() != ')')
        invalid("\"" + shortened(text) + "\" is not a signature like name(type,...)");
    AbiSignature sig;
    sig.name = std::string(text.substr(0, open));
    if (sig.name.empty() || !isIdentifierChar(sig.name[0], true) ||
        !std::all_of(sig.name.begin(), sig.name.end(),
                     [](char c) { return isIdentifierChar(c, false); }))
        invalid("\"" + shortened(text) + "\" does not start with a valid name");
    const std::string_view inner = text.substr(open + 1, text.size() - open - 2);
    if (trim(inner).empty())
        return sig;
    // Split on the commas that are not inside a tuple type.
    std::size_t depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= inner.size(); ++i) {
        const char c = i < inner.size() ? inner[i] : ',';
        if (c == '(')
            ++depth;
        else if (c == ')') {
            if (depth == 0)
                invalid("unbalanced parentheses in \"" + shortened(text) + "\"");
            --depth;
        } else if (c == ',' && depth == 0) {
            std::string_view param = trim(inner.substr(start, i - start));
            start = i + 1;
            // "type [indexed] [name]"
            const auto space = param.find_first_of(" \t\n");
            AbiParam p{std::string(), AbiType::parse(param.substr(0, space)), false};
            if (space != std::string_view::npos) {
                std::string_view rest = trim(param.substr(space));
                if (rest == "indexed" || rest.starts_with("indexed ")) {
                    p.indexed = true;
                    rest = trim(rest.substr(7));
                }
                if (!rest.empty() && (!isIdentifierChar(rest[0], true) ||
                                      !std::all_of(rest.begin(), rest.end(), [](char ch) {
                                          return isIdentifierChar(ch, false);
                                      })))
                    invalid("bad parameter \"" + shortened(param) + "\"");
                p.name = std::string(rest);
            }
            sig.params.push_back(std::move(p));
        }
    }
    if (depth != 0)
        invalid("unbalanced parentheses in \"" + shortened(text) + "\"");
    return sig;
}

std::vector<AbiType> AbiSignature::types() const {
    std::vector<AbiType> out;
    for (const AbiParam& p : params)
        out.push_back(p.type);
    return out;
}

std::string AbiSignature::canonical() const {
    std::string s = name + "(";
    for (std::size_t i = 0; i < params.size(); ++i)
        s += (i ? "," : "") + params[i].type.canonical();
    return s + ")";
}

// ---------------------------------------------------------------------------------------------
// Abi

Bytes Abi::encode(const std::vector<AbiType>& types, const std::vector<AbiValue>& values) {
    if (types.size() != values.size())
        invalid("ABI encoding needs one value per type: " + std::to_string(types.size()) +
                " types, " + std::to_string(values.size()) + " values");
    Bytes out;
    encodeSequence(pointers(types), values, out);
    return out;
}

std::vector<AbiValue> Abi::decode(const std::vector<AbiType>& types, ByteView data) {
    Decoder decoder(data);
    return decoder.sequence(pointers(types), data);
}

std::array<std::uint8_t, 4> Abi::selector(std::string_view signature) {
    const Hash32 h = crypto::keccak256(sr::asBytes(AbiSignature::parse(signature).canonical()));
    return {h[0], h[1], h[2], h[3]};
}

Bytes Abi::encodeCall(std::string_view signature, const std::vector<AbiValue>& args) {
    const AbiSignature sig = AbiSignature::parse(signature);
    const Hash32 h = crypto::keccak256(sr::asBytes(sig.canonical()));
    Bytes out(h.begin(), h.begin() + 4);
    const Bytes body = encode(sig.types(), args);
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

std::vector<AbiValue> Abi::decodeCall(std::string_view signature, ByteView calldata) {
    const AbiSignature sig = AbiSignature::parse(signature);
    const auto expected = selector(signature);
    if (calldata.size() < 4 || !std::equal(expected.begin(), expected.end(), calldata.begin()))
        corrupt("the call data is not a call to " + sig.canonical());
    return decode(sig.types(), calldata.subspan(4));
}

Hash32 Abi::eventTopic(std::string_view signature) {
    return crypto::keccak256(sr::asBytes(AbiSignature::parse(signature).canonical()));
}

std::vector<AbiValue> Abi::decodeEvent(const AbiSignature& event, const std::vector<Hash32>& topics,
                                       ByteView data, const Hash32* eventTopic) {
    const std::size_t indexed = static_cast<std::size_t>(std::count_if(
        event.params.begin(), event.params.end(), [](const AbiParam& p) { return p.indexed; }));
    const std::size_t expectedTopics = indexed + (event.anonymous ? 0 : 1);
    if (topics.size() != expectedTopics)
        corrupt("a " + event.name + " log has " + std::to_string(expectedTopics) +
                " topics, this one has " + std::to_string(topics.size()));
    std::size_t nextTopic = 0;
    if (!event.anonymous) {
        if (topics[0] !=
            (eventTopic ? *eventTopic : crypto::keccak256(sr::asBytes(event.canonical()))))
            corrupt("the log is not a " + event.canonical() + " event");
        nextTopic = 1;
    }

    std::vector<AbiType> dataTypes;
    for (const AbiParam& p : event.params)
        if (!p.indexed)
            dataTypes.push_back(p.type);
    const std::vector<AbiValue> dataValues = decode(dataTypes, data);

    std::vector<AbiValue> out;
    std::size_t nextData = 0;
    for (const AbiParam& p : event.params) {
        if (!p.indexed) {
            out.push_back(dataValues[nextData++]);
            continue;
        }
        const Hash32& topic = topics[nextTopic++];
        using K = AbiType::Kind;
        const bool valueType = p.type.kind() == K::Uint || p.type.kind() == K::Int ||
                               p.type.kind() == K::Address || p.type.kind() == K::Bool ||
                               p.type.kind() == K::FixedBytes;
        if (valueType) {
            Decoder topicDecoder(topic);
            out.push_back(topicDecoder.value(p.type, topic));
        } else {
            // Solidity stores only the keccak256 of an indexed reference type.
            out.push_back(AbiValue::bytes(Bytes(topic.begin(), topic.end())));
        }
    }
    return out;
}

Hash32 bytes32Of(ByteView bytes, std::string_view what) {
    if (bytes.size() != 32)
        throw Error(ErrorCode::Corrupt, std::string(what) + " holds a bytes32 of another size");
    Hash32 h{};
    std::copy(bytes.begin(), bytes.end(), h.begin());
    return h;
}

} // namespace sr::eth
