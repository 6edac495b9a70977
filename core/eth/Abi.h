#pragma once

#include "eth/Address.h"
#include "eth/U256.h"
#include "util/Bytes.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sr::eth {

/// A Solidity ABI type, parsed from its canonical string: uintN, intN, address, bool, bytesN,
/// bytes, string, T[], T[k] and tuples (T1,T2,...).
class AbiType {
public:
    enum class Kind {
        Uint,
        Int,
        Address,
        Bool,
        FixedBytes,
        Bytes,
        String,
        Array,
        FixedArray,
        Tuple
    };

    /// Parses a canonical type string ("uint256", "(address,bytes32)[]", "uint8[2][]").
    /// "uint" and "int" are read as uint256/int256. Rejects unknown names, bad widths, spaces,
    /// empty tuples, zero-length arrays, absurd static sizes and nesting deeper than 32.
    /// Throws Error(InvalidArgument).
    static AbiType parse(std::string_view text);

    static AbiType uint(unsigned bits = 256);
    static AbiType int_(unsigned bits = 256);
    static AbiType address();
    static AbiType boolean();
    static AbiType fixedBytes(unsigned size);
    static AbiType bytes();
    static AbiType string();
    static AbiType array(AbiType element);
    static AbiType fixedArray(AbiType element, std::size_t length);
    static AbiType tuple(std::vector<AbiType> components);

    Kind kind() const noexcept { return kind_; }
    /// Bits of uintN/intN, bytes of bytesN, length of T[k].
    std::size_t size() const noexcept { return size_; }
    /// The element type of T[] and T[k].
    const AbiType& element() const;
    /// The members of a tuple.
    const std::vector<AbiType>& components() const;

    /// The canonical string, as used in selectors and EIP-712 ("uint256", "(bool,string)[]").
    std::string canonical() const;
    /// Dynamic types are encoded out of line, behind an offset.
    bool isDynamic() const;
    /// Bytes this type takes in its enclosing head: 32 for a dynamic type, else its whole size.
    std::size_t headSize() const;

    friend bool operator==(const AbiType&, const AbiType&) = default;

private:
    AbiType(Kind kind, std::size_t size) : kind_(kind), size_(size) {}

    Kind kind_ = Kind::Uint;
    std::size_t size_ = 256;
    std::vector<AbiType> components_; // element of an array, members of a tuple
};

/// An ABI value, independent of its type: the type given to encode/decode says how to read it.
/// uintN and intN are a Number (intN as its 256-bit two's complement word); address an Address;
/// bool a Bool; bytesN and bytes are Bytes; string a String (raw bytes, not checked as UTF-8);
/// arrays and tuples a List.
class AbiValue {
public:
    enum class Kind { Number, Address, Bool, Bytes, String, List };

    AbiValue() = default; ///< the Number 0
    static AbiValue number(const U256& value);
    /// A signed integer as its two's complement word: "-5", "42".
    /// Throws Error(InvalidArgument) if it is not a decimal in [-2^255, 2^255).
    static AbiValue signedNumber(std::string_view decimal);
    static AbiValue signedNumber(std::int64_t value);
    static AbiValue address(const Address& value);
    static AbiValue boolean(bool value);
    static AbiValue bytes(Bytes value);
    static AbiValue string(std::string value);
    static AbiValue list(std::vector<AbiValue> items);

    Kind kind() const noexcept { return kind_; }
    /// Each accessor throws Error(InvalidArgument) naming the expected kind on a mismatch.
    const U256& asNumber() const;
    /// The Number read as a two's complement word: "-5".
    std::string asSignedDecimal() const;
    const Address& asAddress() const;
    bool asBool() const;
    const Bytes& asBytes() const;
    const std::string& asString() const;
    const std::vector<AbiValue>& asList() const;

    friend bool operator==(const AbiValue&, const AbiValue&) = default;

private:
    Kind kind_ = Kind::Number;
    U256 number_;
    Address address_;
    bool bool_ = false;
    Bytes bytes_;
    std::string string_;
    std::vector<AbiValue> list_;
};

/// One parameter of a function or event.
struct AbiParam {
    std::string name;
    AbiType type;
    bool indexed = false; ///< events only

    friend bool operator==(const AbiParam&, const AbiParam&) = default;
};

/// A function or event: a name and its parameters.
struct AbiSignature {
    std::string name;
    std::vector<AbiParam> params;
    bool anonymous = false; ///< events only: no topic 0

    /// Parses "transfer(address,uint256)" or the human-readable form with names and `indexed`:
    /// "Transfer(address indexed from, address indexed to, uint256 value)".
    /// Throws Error(InvalidArgument).
    static AbiSignature parse(std::string_view text);

    std::vector<AbiType> types() const;
    /// "name(type1,type2)": what selectors and topics hash.
    std::string canonical() const;
};

/// The contract ABI codec. Decoding is strict about untrusted input: offsets and lengths must
/// stay inside the data, padding must be zero, values must fit their type, and the decoded
/// output can never be much larger than the input (overlapping offsets are not an amplifier).
/// Decoding errors throw Error(Corrupt); values that do not fit their type when encoding throw
/// Error(InvalidArgument).
class Abi {
public:
    static Bytes encode(const std::vector<AbiType>& types, const std::vector<AbiValue>& values);
    static std::vector<AbiValue> decode(const std::vector<AbiType>& types, ByteView data);

    /// First 4 bytes of keccak256 of the canonical signature: transfer(address,uint256) = a9059cbb.
    static std::array<std::uint8_t, 4> selector(std::string_view signature);
    /// selector || encode(args).
    static Bytes encodeCall(std::string_view signature, const std::vector<AbiValue>& args);
    /// Checks the selector and decodes the arguments of a call.
    static std::vector<AbiValue> decodeCall(std::string_view signature, ByteView calldata);

    /// keccak256 of the canonical event signature: topic 0 of its logs.
    static Hash32 eventTopic(std::string_view signature);
    /// Decodes a log into one value per parameter, in declaration order. Indexed parameters come
    /// from topics 1..n; an indexed dynamic type (string, bytes, array, tuple) is only present as
    /// its keccak256 hash, returned as 32 Bytes. Checks topic 0 unless the event is anonymous,
    /// against `eventTopic` when the caller knows it (no hash computed for each log).
    static std::vector<AbiValue> decodeEvent(const AbiSignature& event,
                                             const std::vector<Hash32>& topics, ByteView data,
                                             const Hash32* eventTopic = nullptr);
};

/// `bytes` as a bytes32 value; Error(Corrupt) "<what> holds a bytes32 of another size" when
/// it is not 32 bytes long.
Hash32 bytes32Of(ByteView bytes, std::string_view what);

} // namespace sr::eth
