#include "iexec/Multiaddr.h"

#include "util/Error.h"

namespace sr::iexec {

Bytes p2pMultiaddr(const Cid& cid) {
    Bytes out;
    appendUvarint(out, kP2pProtocol);
    appendUvarint(out, cid.multihash().size());
    out.insert(out.end(), cid.multihash().begin(), cid.multihash().end());
    return out;
}

std::string p2pMultiaddrString(const Cid& cid) {
    return "/p2p/" + base58btcEncode(cid.multihash());
}

Cid cidFromP2pMultiaddr(ByteView bytes) {
    try {
        std::size_t offset = 0;
        auto protocol = readUvarint(bytes, offset);
        if (protocol != kP2pProtocol)
            throw sr::Error(ErrorCode::Corrupt,
                            "not a /p2p/ multiaddr (protocol " + std::to_string(protocol) + ")");
        auto length = readUvarint(bytes, offset);
        if (length != bytes.size() - offset)
            throw sr::Error(ErrorCode::Corrupt, "the multihash length does not match");
        auto multihash = bytes.subspan(offset);
        if (multihash.size() == 34 && multihash[0] == kSha256Multihash)
            return Cid::fromMultihash(0, Multicodec::DagPb, multihash);
        return Cid::fromMultihash(1, Multicodec::DagPb, multihash);
    } catch (const sr::Error& e) {
        if (e.code() == ErrorCode::Corrupt)
            throw;
        throw sr::Error(ErrorCode::Corrupt, std::string("bad /p2p/ multiaddr: ") + e.what());
    }
}

Bytes p2pMultiaddrFromString(std::string_view text) {
    std::string_view value;
    if (text.starts_with("/p2p/"))
        value = text.substr(5);
    else if (text.starts_with("/ipfs/"))
        value = text.substr(6);
    else
        throw sr::Error(ErrorCode::InvalidArgument, "expected a /p2p/ multiaddr");
    if (value.empty() || value.find('/') != std::string_view::npos)
        throw sr::Error(ErrorCode::InvalidArgument, "a /p2p/ multiaddr holds exactly one CID");
    // A base58 multihash ("Qm...", "1..." for identity hashes) or any CID string.
    if (value.front() == 'Q' || value.front() == '1') {
        auto multihash = base58btcDecode(value);
        try {
            std::size_t offset = 0;
            readUvarint(multihash, offset);
            auto length = readUvarint(multihash, offset);
            if (length != multihash.size() - offset)
                throw sr::Error(ErrorCode::InvalidArgument, "bad multihash length");
        } catch (const sr::Error&) {
            throw sr::Error(ErrorCode::InvalidArgument, "invalid multihash in /p2p/");
        }
        Bytes out;
        appendUvarint(out, kP2pProtocol);
        appendUvarint(out, multihash.size());
        out.insert(out.end(), multihash.begin(), multihash.end());
        return out;
    }
    return p2pMultiaddr(Cid::parse(value));
}

} // namespace sr::iexec
