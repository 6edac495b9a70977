#include "eth/Rlp.h"

#include "util/Error.h"

#include <string>

namespace sr::eth {

namespace {

[[noreturn]] void corrupt(const std::string& what, std::size_t offset) {
    throw Error(ErrorCode::Corrupt,
                "malformed RLP at byte " + std::to_string(offset) + ": " + what);
}

void appendLength(Bytes& out, std::size_t length, std::uint8_t shortBase, std::uint8_t longBase) {
    if (length < 56) {
        out.push_back(static_cast<std::uint8_t>(shortBase + length));
        return;
    }
    std::uint8_t be[sizeof(std::size_t)];
    std::size_t n = 0;
    for (std::size_t v = length; v != 0; v >>= 8)
        be[n++] = static_cast<std::uint8_t>(v);
    out.push_back(static_cast<std::uint8_t>(longBase + n));
    while (n > 0)
        out.push_back(be[--n]);
}

// A cursor over the input; every read is bounds-checked against `end`, never trusting lengths.
struct Decoder {
    ByteView data;
    std::size_t maxDepth;

    Rlp item(std::size_t& pos, std::size_t end, std::size_t depth) const {
        if (pos >= end)
            corrupt("expected an item, found the end of the input", pos);
        const std::size_t start = pos;
        const std::uint8_t prefix = data[pos++];
        if (prefix < 0x80)
            return Rlp::bytes(data.subspan(start, 1));

        const bool list = prefix >= 0xc0;
        const std::uint8_t base = list ? 0xc0 : 0x80;
        std::size_t length = 0;
        if (prefix - base < 56) {
            length = static_cast<std::size_t>(prefix - base);
        } else {
            const std::size_t lenOfLen = static_cast<std::size_t>(prefix - base - 55);
            if (lenOfLen > end - pos)
                corrupt("the length field is truncated", start);
            if (data[pos] == 0)
                corrupt("the length has a leading zero byte", start);
            if (lenOfLen > sizeof(std::uint32_t))
                corrupt("the length does not fit in 32 bits", start);
            for (std::size_t i = 0; i < lenOfLen; ++i)
                length = (length << 8) | data[pos++];
            if (length < 56)
                corrupt("a length below 56 must use the short form", start);
        }
        if (length > end - pos)
            corrupt("the " + std::string(list ? "list" : "string") + " claims " +
                        std::to_string(length) + " bytes but only " + std::to_string(end - pos) +
                        " remain",
                    start);
        const std::size_t payloadEnd = pos + length;

        if (!list) {
            if (length == 1 && data[pos] < 0x80)
                corrupt("a single byte below 0x80 must encode as itself", start);
            Rlp r = Rlp::bytes(data.subspan(pos, length));
            pos = payloadEnd;
            return r;
        }

        if (depth >= maxDepth)
            corrupt("lists nest deeper than " + std::to_string(maxDepth) + " levels", start);
        std::vector<Rlp> items;
        while (pos < payloadEnd)
            items.push_back(item(pos, payloadEnd, depth + 1));
        return Rlp::list(std::move(items));
    }
};

} // namespace

Rlp Rlp::bytes(ByteView bytes) {
    Rlp r;
    r.bytes_.assign(bytes.begin(), bytes.end());
    return r;
}

Rlp Rlp::bytes(Bytes&& bytes) {
    Rlp r;
    r.bytes_ = std::move(bytes);
    return r;
}

Rlp Rlp::string(std::string_view text) {
    return bytes(sr::asBytes(text));
}

Rlp Rlp::uint(const U256& value) {
    return bytes(value.toMinimalBigEndian());
}

Rlp Rlp::list(std::vector<Rlp> items) {
    Rlp r;
    r.isList_ = true;
    r.items_ = std::move(items);
    return r;
}

const Bytes& Rlp::asBytes() const {
    if (isList_)
        throw Error(ErrorCode::Corrupt, "expected an RLP byte string, found a list");
    return bytes_;
}

const std::vector<Rlp>& Rlp::items() const {
    if (!isList_)
        throw Error(ErrorCode::Corrupt, "expected an RLP list, found a byte string");
    return items_;
}

U256 Rlp::asUint() const {
    const Bytes& b = asBytes();
    if (b.size() > 32)
        throw Error(ErrorCode::Corrupt, "an RLP integer has more than 32 bytes");
    if (!b.empty() && b[0] == 0)
        throw Error(ErrorCode::Corrupt, "an RLP integer has a leading zero byte");
    return U256::fromBigEndian(b);
}

std::uint64_t Rlp::asUint64() const {
    const U256 v = asUint();
    if (!v.fitsUint64())
        throw Error(ErrorCode::Corrupt, "an RLP integer does not fit in 64 bits");
    return v.toUint64();
}

Bytes Rlp::encode() const {
    Bytes out;
    encodeInto(out);
    return out;
}

void Rlp::encodeInto(Bytes& out) const {
    if (!isList_) {
        if (bytes_.size() == 1 && bytes_[0] < 0x80) {
            out.push_back(bytes_[0]);
            return;
        }
        appendLength(out, bytes_.size(), 0x80, 0xb7);
        out.insert(out.end(), bytes_.begin(), bytes_.end());
        return;
    }
    Bytes payload;
    for (const Rlp& item : items_)
        item.encodeInto(payload);
    appendLength(out, payload.size(), 0xc0, 0xf7);
    out.insert(out.end(), payload.begin(), payload.end());
}

Rlp Rlp::decode(ByteView encoded, std::size_t maxDepth) {
    const Decoder decoder{encoded, maxDepth};
    std::size_t pos = 0;
    Rlp r = decoder.item(pos, encoded.size(), 0);
    if (pos != encoded.size())
        corrupt(std::to_string(encoded.size() - pos) + " trailing bytes after the item", pos);
    return r;
}

} // namespace sr::eth
