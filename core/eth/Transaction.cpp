#include "eth/Transaction.h"

#include "crypto/Keccak.h"
#include "eth/Rlp.h"
#include "util/Error.h"

#include <algorithm>

namespace sr::eth {

namespace {

[[noreturn]] void corrupt(const std::string& what) {
    throw Error(ErrorCode::Corrupt, "malformed raw transaction: " + what);
}

Rlp toField(const std::optional<Address>& to) {
    if (!to)
        return Rlp::bytes(Bytes{});
    return Rlp::bytes(to->bytes());
}

Rlp accessListRlp(const std::vector<AccessListEntry>& list) {
    std::vector<Rlp> entries;
    for (const AccessListEntry& e : list) {
        std::vector<Rlp> keys;
        for (const Hash32& k : e.storageKeys)
            keys.push_back(Rlp::bytes(k));
        entries.push_back(Rlp::list({Rlp::bytes(e.address.bytes()), Rlp::list(std::move(keys))}));
    }
    return Rlp::list(std::move(entries));
}

// The fields every signing payload and raw transaction of its type start with.
std::vector<Rlp> payloadFields(const Transaction& tx) {
    if (tx.type == Transaction::Type::Legacy)
        return {Rlp::uint(tx.nonce), Rlp::uint(tx.gasPrice), Rlp::uint(tx.gasLimit),
                toField(tx.to),      Rlp::uint(tx.value),    Rlp::bytes(tx.data)};
    return {Rlp::uint(tx.chainId),      Rlp::uint(tx.nonce),    Rlp::uint(tx.maxPriorityFeePerGas),
            Rlp::uint(tx.maxFeePerGas), Rlp::uint(tx.gasLimit), toField(tx.to),
            Rlp::uint(tx.value),        Rlp::bytes(tx.data),    accessListRlp(tx.accessList)};
}

Bytes typed(std::uint8_t type, const Rlp& body) {
    Bytes out{type};
    const Bytes encoded = body.encode();
    out.insert(out.end(), encoded.begin(), encoded.end());
    return out;
}

// A signature scalar as RLP writes it: a minimal integer of at most 32 bytes, not zero.
std::array<std::uint8_t, 32> scalar(const Rlp& item, const char* name) {
    const U256 v = item.asUint();
    if (v.isZero())
        corrupt(std::string(name) + " is zero");
    return v.toBigEndian();
}

std::optional<Address> decodeTo(const Rlp& item) {
    const Bytes& b = item.asBytes();
    if (b.empty())
        return std::nullopt;
    if (b.size() != Address::kSize)
        corrupt("`to` has " + std::to_string(b.size()) + " bytes, not 20 (or 0 for a creation)");
    return Address::fromBytes(b);
}

std::vector<AccessListEntry> decodeAccessList(const Rlp& item) {
    std::vector<AccessListEntry> out;
    for (const Rlp& entry : item.items()) {
        const auto& pair = entry.items();
        if (pair.size() != 2)
            corrupt("an access list entry is not [address, storageKeys]");
        const Bytes& address = pair[0].asBytes();
        if (address.size() != Address::kSize)
            corrupt("an access list address has " + std::to_string(address.size()) + " bytes");
        AccessListEntry e{Address::fromBytes(address), {}};
        for (const Rlp& key : pair[1].items()) {
            const Bytes& k = key.asBytes();
            if (k.size() != 32)
                corrupt("an access list storage key has " + std::to_string(k.size()) + " bytes");
            Hash32 h{};
            std::copy(k.begin(), k.end(), h.begin());
            e.storageKeys.push_back(h);
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace

Hash32 Transaction::signingHash() const {
    std::vector<Rlp> fields = payloadFields(*this);
    if (type == Type::Eip1559)
        return crypto::keccak256(typed(0x02, Rlp::list(std::move(fields))));
    if (chainId != 0) {
        // EIP-155: the chain id and two empty fields take the place of v, r, s.
        fields.push_back(Rlp::uint(chainId));
        fields.push_back(Rlp::uint(0));
        fields.push_back(Rlp::uint(0));
    }
    return crypto::keccak256(Rlp::list(std::move(fields)).encode());
}

void Transaction::sign(const crypto::SecretBytes& privateKey) {
    if (type == Type::Legacy && chainId == 0)
        throw Error(ErrorCode::InvalidArgument,
                    "refusing to sign a legacy transaction without a chain id: it could be "
                    "replayed on every chain");
    if (type == Type::Eip1559 && maxPriorityFeePerGas > maxFeePerGas)
        throw Error(ErrorCode::InvalidArgument,
                    "the priority fee is above the maximum fee per gas: nodes would reject it");
    signature = crypto::signHash(privateKey, signingHash());
}

Bytes Transaction::serialize() const {
    if (!signature)
        throw Error(ErrorCode::InvalidArgument, "the transaction is not signed");
    std::vector<Rlp> fields = payloadFields(*this);
    const U256 r = U256::fromBigEndian(signature->r);
    const U256 s = U256::fromBigEndian(signature->s);
    if (type == Type::Eip1559) {
        fields.push_back(Rlp::uint(signature->recoveryId));
        fields.push_back(Rlp::uint(r));
        fields.push_back(Rlp::uint(s));
        return typed(0x02, Rlp::list(std::move(fields)));
    }
    const U256 v = chainId == 0 ? U256(27u + signature->recoveryId)
                                : U256(chainId) * U256(2) + U256(35u + signature->recoveryId);
    fields.push_back(Rlp::uint(v));
    fields.push_back(Rlp::uint(r));
    fields.push_back(Rlp::uint(s));
    return Rlp::list(std::move(fields)).encode();
}

Hash32 Transaction::hash() const {
    return crypto::keccak256(serialize());
}

Address Transaction::sender() const {
    if (!signature)
        throw Error(ErrorCode::InvalidArgument, "the transaction is not signed");
    return Address::fromPublicKey(crypto::recoverPublicKey(signingHash(), *signature));
}

Transaction Transaction::decode(ByteView raw) {
    if (raw.empty())
        corrupt("empty input");
    Transaction tx;
    crypto::Signature sig;
    if (raw[0] >= 0xc0) {
        tx.type = Type::Legacy;
        const Rlp body = Rlp::decode(raw);
        const auto& f = body.items();
        if (f.size() != 9)
            corrupt("a legacy transaction has 9 fields, this one " + std::to_string(f.size()));
        tx.nonce = f[0].asUint64();
        tx.gasPrice = f[1].asUint();
        tx.gasLimit = f[2].asUint();
        tx.to = decodeTo(f[3]);
        tx.value = f[4].asUint();
        tx.data = f[5].asBytes();
        const U256 v = f[6].asUint();
        if (v == U256(27) || v == U256(28)) {
            tx.chainId = 0; // pre-EIP-155: valid on every chain
            sig.recoveryId = static_cast<std::uint8_t>(v.toUint64() - 27);
        } else if (v >= U256(37)) {
            const U256 id = (v - U256(35)) / U256(2);
            if (!id.fitsUint64())
                corrupt("the chain id in v does not fit in 64 bits");
            tx.chainId = id.toUint64();
            sig.recoveryId = static_cast<std::uint8_t>(((v - U256(35)) % U256(2)).toUint64());
        } else {
            corrupt("v is " + v.toDecimal() + ", neither 27/28 nor an EIP-155 value");
        }
        sig.r = scalar(f[7], "r");
        sig.s = scalar(f[8], "s");
    } else if (raw[0] == 0x02) {
        tx.type = Type::Eip1559;
        const Rlp body = Rlp::decode(raw.subspan(1));
        const auto& f = body.items();
        if (f.size() != 12)
            corrupt("an EIP-1559 transaction has 12 fields, this one " + std::to_string(f.size()));
        tx.chainId = f[0].asUint64();
        tx.nonce = f[1].asUint64();
        tx.maxPriorityFeePerGas = f[2].asUint();
        tx.maxFeePerGas = f[3].asUint();
        tx.gasLimit = f[4].asUint();
        tx.to = decodeTo(f[5]);
        tx.value = f[6].asUint();
        tx.data = f[7].asBytes();
        tx.accessList = decodeAccessList(f[8]);
        const U256 parity = f[9].asUint();
        if (parity > U256(1))
            corrupt("yParity is " + parity.toDecimal() + ", not 0 or 1");
        sig.recoveryId = static_cast<std::uint8_t>(parity.toUint64());
        sig.r = scalar(f[10], "r");
        sig.s = scalar(f[11], "s");
    } else if (raw[0] <= 0x7f) {
        throw Error(ErrorCode::Unsupported,
                    "transaction type " + std::to_string(raw[0]) + " is not supported");
    } else {
        corrupt("neither a typed transaction nor an RLP list");
    }
    if (!crypto::isLowS(sig))
        corrupt("the signature's s is not in the lower half of the curve order (EIP-2)");
    tx.signature = sig;
    try {
        (void)tx.sender();
    } catch (const Error&) {
        corrupt("the signature does not recover a public key");
    }
    // Canonical input re-encodes to itself; anything else was accepted too leniently above.
    const Bytes again = tx.serialize();
    if (!std::equal(again.begin(), again.end(), raw.begin(), raw.end()))
        corrupt("the encoding is not canonical");
    return tx;
}

} // namespace sr::eth
