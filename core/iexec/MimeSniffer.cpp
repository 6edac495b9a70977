#include "iexec/MimeSniffer.h"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <vector>

namespace sr::iexec {

namespace {

// The signatures of magic-bytes.js 1.13.1 in its registration order (order decides which of
// several matches comes first). "??" is a wildcard byte. Only the MIME types DataProtector
// accepts are named; the others (nullptr) still matter because a deeper match hides a
// shallower one. One signature of the library ("0xC" in a Mach-O pattern) can never match
// there, and is left out.
struct Signature {
    std::size_t offset;
    const char* pattern;
    const char* mime;
};
constexpr Signature kSignatures[] = {
    {0, "474946383761", "image/gif"},
    {0, "474946383961", "image/gif"},
    {0, "ffd8ff", "image/jpeg"},
    {0, "52494646????????57454250", "image/webp"},
    {4, "667479706d696631", nullptr},
    {4, "6674797068656963", nullptr},
    {0, "edabeedb", nullptr},
    {0, "53503031", "application/octet-stream"},
    {0, "00", nullptr},
    {0, "00", nullptr},
    {0, "00", nullptr},
    {0, "00", nullptr},
    {4, "66747970", "video/mp4"},
    {0, "0001000000", nullptr},
    {0, "4f54544f", nullptr},
    {0, "504c", nullptr},
    {0, "774f4646", nullptr},
    {0, "774f4632", nullptr},
    {0, "000000000000000000000000000000000000000000000000", nullptr},
    {0, "bebafeca", nullptr},
    {0, "00014244", nullptr},
    {0, "00014454", nullptr},
    {0, "00010000", nullptr},
    {0, "00000100", nullptr},
    {0, "667479703367", nullptr},
    {0, "1f9d", nullptr},
    {0, "1fa0", nullptr},
    {0, "4241434b4d494b454449534b", nullptr},
    {0, "425a68", nullptr},
    {0, "49492a00", nullptr},
    {0, "4d4d002a", nullptr},
    {0, "49492a00100000004352", nullptr},
    {0, "802a5fd7", nullptr},
    {0, "524e4301", nullptr},
    {0, "524e4302", nullptr},
    {0, "53445058", nullptr},
    {0, "58504453", nullptr},
    {0, "762f3101", nullptr},
    {0, "425047fb", nullptr},
    {0, "464f524d????????494c424d", nullptr},
    {0, "464f524d????????38535658", nullptr},
    {0, "464f524d????????4143424d", nullptr},
    {0, "464f524d????????414e424d", nullptr},
    {0, "464f524d????????414e494d", nullptr},
    {0, "464f524d????????46415858", nullptr},
    {0, "464f524d????????46545854", nullptr},
    {0, "464f524d????????534d5553", nullptr},
    {0, "464f524d????????434d5553", nullptr},
    {0, "464f524d????????5955564e", nullptr},
    {0, "464f524d????????46414e54", nullptr},
    {0, "464f524d????????41494646", nullptr},
    {0, "494e4458", nullptr},
    {0, "4c5a4950", nullptr},
    {0, "4d5a", nullptr},
    {0, "504b0304", "application/zip"},
    {0, "504b0506", "application/zip"},
    {0, "504b0708", "application/zip"},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "504b0304", nullptr},
    {0, "504b0506", nullptr},
    {0, "504b0708", nullptr},
    {0, "526172211a0700", nullptr},
    {0, "526172211a070100", nullptr},
    {0, "89504e470d0a1a0a", "image/png"},
    {0, "89504e470d0a1a0a", nullptr},
    {0, "cafebabe", nullptr},
    {0, "efbbbf", nullptr},
    {4096, "feedface", nullptr},
    {4096, "feedfacf", nullptr},
    {0, "cefaedfe", nullptr},
    {0, "cffaedfe", nullptr},
    {0, "fffe", nullptr},
    {0, "fffe", nullptr},
    {0, "fffe0000", nullptr},
    {0, "25215053", nullptr},
    {0, "25504446", "application/pdf"},
    {0, "efbbbf25504446", "application/pdf"},
    {0, "3026b2758e66cf11a6d900aa0062ce6c", nullptr},
    {0, "3026b2758e66cf11a6d900aa0062ce6c", nullptr},
    {0, "3026b2758e66cf11a6d900aa0062ce6c", nullptr},
    {0, "2453444930303031", nullptr},
    {0, "4f676753????????????????????????????????????????????????807468656f7261", nullptr},
    {0, "4f676753????????????????????????????????????????????????01766964656f00", nullptr},
    {0, "4f676753????????????????????????????????????????????????7f464c4143", nullptr},
    {0, "4f676753????????????????????????????????????????????????53706565782020", nullptr},
    {0, "4f676753????????????????????????????????????????????????01766f72626973", nullptr},
    {0, "4f676753", nullptr},
    {0, "38425053", nullptr},
    {0, "4353464348554e4b", nullptr},
    {0, "52494646????????57415645", "audio/x-wav"},
    {0, "52494646????????41564920", "video/x-msvideo"},
    {0, "fffb", "audio/mpeg"},
    {0, "fff3", "audio/mpeg"},
    {0, "fff2", "audio/mpeg"},
    {0, "494433", "audio/mpeg"},
    {0, "fff1", nullptr},
    {0, "fff9", nullptr},
    {0, "424d", "image/bmp"},
    {0, "4344303031", nullptr},
    {0, "664c6143", nullptr},
    {0, "4d546864", "audio/midi"},
    {0, "4d546864", "audio/midi"},
    {0, "d0cf11e0a1b11ae1", nullptr},
    {0, "d0cf11e0a1b11ae1", nullptr},
    {0, "d0cf11e0a1b11ae1", nullptr},
    {0, "d0cf11e0a1b11ae1", nullptr},
    {0, "6465780a30333500", nullptr},
    {0, "4b444d", nullptr},
    {0, "43723234", nullptr},
    {0, "41474433", nullptr},
    {0, "05070000424f424f0507000000000000000000000001", nullptr},
    {0, "0607e100424f424f0607e10000000000000000000001", nullptr},
    {0, "455202000000", nullptr},
    {0, "8b455202000000", nullptr},
    {0, "7801730d626260", nullptr},
    {0, "78617221", nullptr},
    {0, "504d4f43434d4f43", nullptr},
    {0, "4e45531a", nullptr},
    {257, "7573746172003030", nullptr},
    {257, "7573746172202000", nullptr},
    {0, "746f7833", nullptr},
    {0, "4d4c5649", nullptr},
    {0, "44434d0150413330", nullptr},
    {0, "377abcaf271c", nullptr},
    {0, "1f8b", nullptr},
    {0, "1f8b", nullptr},
    {0, "fd377a585a0000", nullptr},
    {0, "fd377a585a0000", nullptr},
    {0, "04224d18", nullptr},
    {0, "4d534346", nullptr},
    {0, "1a45dfa3", nullptr},
    {0, "1a45dfa3", nullptr},
    {0, "1a45dfa3", nullptr},
    {0, "1a45dfa3", nullptr},
    {0, "1a45dfa3", nullptr},
    {128, "4449434d", nullptr},
    {0, "3c3f786d6c20", "application/xml"},
    {0, "0061736d", nullptr},
    {0, "cf8401", nullptr},
    {0, "435753", nullptr},
    {0, "465753", nullptr},
    {0, "213c617263683e", nullptr},
    {0, "7b5c72746631", nullptr},
    {0, "000001ba", nullptr},
    {0, "000001ba", nullptr},
    {0, "000001ba", "video/mpeg"},
    {0, "000001ba", "video/mpeg"},
    {0, "47", "video/mpeg"},
    {0, "000001b3", "video/mpeg"},
    {4, "66726565", nullptr},
    {4, "6d646174", nullptr},
    {4, "6d6f6f76", nullptr},
    {4, "77696465", nullptr},
    {4, "667479707174", nullptr},
    {0, "484c3244454d4f", nullptr},
    {0, "efbbbf", nullptr},
    {0, "fffe", nullptr},
    {0, "feff", nullptr},
    {0, "fffe0000", nullptr},
    {0, "0000feff", nullptr},
    {0, "310d0a30303a", nullptr},
    {0, "efbbbf5745425654540a", nullptr},
    {0, "efbbbf5745425654540d", nullptr},
    {0, "efbbbf57454256545420", nullptr},
    {0, "efbbbf57454256545409", nullptr},
    {0, "5745425654540a", nullptr},
    {0, "5745425654540d", nullptr},
    {0, "57454256545420", nullptr},
    {0, "57454256545409", nullptr},
    {0, "7b", nullptr},
    {0, "5b", nullptr},
    {0, "7f454c46", nullptr},
    {0, "feedfacf", nullptr},
    {0, "53514c69746520666f726d6174203300", nullptr},
    {0, "53514c69746520666f726d6174203300", nullptr},
    {0, "52656365697665643a", nullptr},
    {0, "3c737667", nullptr},
    {4, "6674797061766966", nullptr},
};

constexpr int kWildcard = 256;

struct Node {
    std::map<int, std::unique_ptr<Node>> next; // byte value or kWildcard
    std::vector<const char*> matches;          // in registration order; nullptr: unsupported
};

struct Trie {
    std::size_t offset;
    Node root;
};

int hexDigit(char c) {
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

// One trie per offset, in the order each offset first appears (the library's key order).
std::vector<Trie> buildTries() {
    std::vector<Trie> tries;
    for (const Signature& signature : kSignatures) {
        auto it = std::find_if(tries.begin(), tries.end(),
                               [&](const Trie& t) { return t.offset == signature.offset; });
        if (it == tries.end()) {
            tries.push_back(Trie{signature.offset, {}});
            it = tries.end() - 1;
        }
        Node* node = &it->root;
        const std::string_view pattern = signature.pattern;
        for (std::size_t i = 0; i + 1 < pattern.size(); i += 2) {
            const int edge = pattern[i] == '?'
                                 ? kWildcard
                                 : hexDigit(pattern[i]) * 16 + hexDigit(pattern[i + 1]);
            auto& child = node->next[edge];
            if (!child)
                child = std::make_unique<Node>();
            node = child.get();
        }
        node->matches.push_back(signature.mime);
    }
    return tries;
}

const std::vector<Trie>& tries() {
    static const std::vector<Trie> built = buildTries();
    return built;
}

// The matches of the deepest matching node on the single path the bytes select.
const std::vector<const char*>* walk(const Node& root, ByteView bytes, std::size_t index) {
    const Node* node = &root;
    const std::vector<const char*>* found = nullptr;
    for (; index < bytes.size(); ++index) {
        auto exact = node->next.find(bytes[index]);
        if (exact == node->next.end())
            exact = node->next.find(kWildcard);
        if (exact == node->next.end())
            break;
        node = exact->second.get();
        if (!node->matches.empty())
            found = &node->matches;
    }
    return found;
}

} // namespace

std::size_t mimeSniffLength() {
    std::size_t longest = 0;
    for (const Signature& signature : kSignatures)
        longest =
            std::max(longest, signature.offset + std::string_view(signature.pattern).size() / 2);
    return longest;
}

std::string sniffMimeType(ByteView head) {
    // Offsets first (the library lists them before the offset-less patterns, here offset 0).
    std::vector<const std::vector<const char*>*> found;
    for (const Trie& trie : tries())
        if (trie.offset != 0 && trie.offset < head.size())
            found.push_back(walk(trie.root, head, trie.offset));
    for (const Trie& trie : tries())
        if (trie.offset == 0)
            found.push_back(walk(trie.root, head, 0));
    for (const auto* matches : found)
        if (matches)
            for (const char* mime : *matches)
                if (mime)
                    return mime;
    return "application/octet-stream";
}

} // namespace sr::iexec
