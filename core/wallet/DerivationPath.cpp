#include "wallet/DerivationPath.h"

#include "util/Error.h"

namespace sr::wallet {
namespace {

[[noreturn]] void badPath(const std::string& why) {
    throw Error(ErrorCode::InvalidArgument, "Invalid derivation path: " + why + ".");
}

} // namespace

DerivationPath::DerivationPath(std::vector<std::uint32_t> indices) : indices_(std::move(indices)) {
    if (indices_.size() > kMaxDepth)
        badPath("more than 255 levels");
}

DerivationPath DerivationPath::parse(std::string_view text) {
    if (text.empty() || text[0] != 'm')
        badPath("it must start with \"m\"");
    std::vector<std::uint32_t> indices;
    std::size_t pos = 1;
    while (pos < text.size()) {
        if (text[pos] != '/')
            badPath("expected \"/\" after component " + std::to_string(indices.size()));
        ++pos;
        const std::size_t start = pos;
        std::uint64_t value = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            value = value * 10 + static_cast<std::uint64_t>(text[pos] - '0');
            if (value >= kHardened)
                badPath("component " + std::to_string(indices.size() + 1) + " is not below 2^31");
            ++pos;
        }
        const std::size_t digits = pos - start;
        if (digits == 0)
            badPath("component " + std::to_string(indices.size() + 1) + " is not a number");
        if (digits > 1 && text[start] == '0')
            badPath("component " + std::to_string(indices.size() + 1) + " has a leading zero");
        if (pos < text.size() && (text[pos] == '\'' || text[pos] == 'h')) {
            value |= kHardened;
            ++pos;
        }
        if (pos < text.size() && text[pos] != '/')
            badPath("unexpected character in component " + std::to_string(indices.size() + 1));
        indices.push_back(static_cast<std::uint32_t>(value));
        if (indices.size() > kMaxDepth)
            badPath("more than 255 levels");
    }
    return DerivationPath(std::move(indices));
}

DerivationPath DerivationPath::ethereum(std::uint32_t index) {
    if (index >= kHardened)
        throw Error(ErrorCode::InvalidArgument, "An account index must be below 2147483648; got " +
                                                    std::to_string(index) + ".");
    return DerivationPath({44 | kHardened, 60 | kHardened, 0 | kHardened, 0, index});
}

std::string DerivationPath::toString() const {
    std::string out = "m";
    for (const std::uint32_t index : indices_) {
        out += "/" + std::to_string(index & ~kHardened);
        if (index & kHardened)
            out += "'";
    }
    return out;
}

} // namespace sr::wallet
