#pragma once

#include "crypto/SecretBytes.h"
#include "util/Bytes.h"

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sr::eth {

/// An EIP-712 typed-data document in the `eth_signTypedData_v4` JSON form:
/// `{ "types": {...}, "primaryType": "...", "domain": {...}, "message": {...} }`.
///
/// Hashing follows v4 as MetaMask and ethers do: structs nest by hash, arrays (of atomic types,
/// structs or arrays) hash the concatenation of their encoded elements, bytes and string hash
/// their content. It is stricter than both on what it will sign: every declared field must be
/// present and no undeclared field may appear, numbers must fit their width, bytesN must have
/// exactly N bytes, fixed-size arrays their exact length, and type graphs must be acyclic.
/// A malformed document throws Error(Corrupt) naming the path of the problem
/// ("message.to.wallet: ...").
class Eip712 {
public:
    /// Validates the shape and every type definition (values are checked when hashed).
    static Eip712 fromJson(const nlohmann::json& typedData);

    const nlohmann::json& json() const noexcept { return json_; }
    const std::string& primaryType() const noexcept { return primaryType_; }

    /// "Mail(Person from,Person to,string contents)Person(string name,address wallet)".
    std::string encodeType(const std::string& type) const;
    Hash32 typeHash(const std::string& type) const;
    /// typeHash || the 32-byte encoding of each field.
    Bytes encodeData(const std::string& type, const nlohmann::json& value) const;
    Hash32 hashStruct(const std::string& type, const nlohmann::json& value) const;

    /// hashStruct("EIP712Domain", domain). When `types` has no EIP712Domain entry, the domain
    /// type is derived from the fields present, in the standard order (name, version, chainId,
    /// verifyingContract, salt), as ethers does.
    Hash32 domainSeparator() const;
    /// hashStruct(primaryType, message).
    Hash32 messageHash() const;
    /// keccak256(0x19 0x01 || domainSeparator || messageHash): what is signed. When the primary
    /// type is EIP712Domain itself the message hash is omitted (as MetaMask does).
    Hash32 digest() const;

    /// eth_signTypedData_v4: the 65-byte r || s || v signature (v = 27 or 28) of digest().
    Bytes sign(const crypto::SecretBytes& privateKey) const;

private:
    struct Field {
        std::string name;
        std::string type; // as written: "Person[]", "uint256"
    };

    Eip712() = default;
    void parseTypes();
    void checkAcyclic() const;
    void collectDependencies(const std::string& type, std::vector<std::string>& found) const;
    void encodeField(const std::string& type, const nlohmann::json& value, const std::string& path,
                     std::size_t depth, Bytes& out) const;
    Bytes encodeDataAt(const std::string& type, const nlohmann::json& value,
                       const std::string& path, std::size_t depth) const;
    const std::vector<Field>& fieldsOf(const std::string& type) const;

    nlohmann::json json_;
    std::string primaryType_;
    std::map<std::string, std::vector<Field>> types_;
    std::map<std::string, Hash32> typeHashes_; // computed once: documents are immutable
};

} // namespace sr::eth
