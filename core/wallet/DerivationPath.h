#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sr::wallet {

/// A BIP-32 derivation path such as m/44'/60'/0'/0/3.
class DerivationPath {
public:
    static constexpr std::uint32_t kHardened = 0x80000000u;
    /// BIP-32 serialises the depth in one byte.
    static constexpr std::size_t kMaxDepth = 255;

    /// "m" alone (the master key).
    DerivationPath() = default;
    explicit DerivationPath(std::vector<std::uint32_t> indices);

    /// Strict parsing: "m", then "/" + a decimal index below 2^31 without sign, spaces or
    /// leading zeros, optionally followed by "'" or "h" (hardened). Throws
    /// Error(InvalidArgument) saying which component is wrong.
    static DerivationPath parse(std::string_view text);

    /// The path of Ethereum account `index` (BIP-44, as MetaMask, ethers and Ledger Live use):
    /// m/44'/60'/0'/0/index. Throws Error(InvalidArgument) if index >= 2^31.
    static DerivationPath ethereum(std::uint32_t index);

    const std::vector<std::uint32_t>& indices() const { return indices_; }
    /// "m/44'/60'/0'/0/0" (hardened components marked with an apostrophe).
    std::string toString() const;

    friend bool operator==(const DerivationPath&, const DerivationPath&) = default;

private:
    std::vector<std::uint32_t> indices_;
};

} // namespace sr::wallet
