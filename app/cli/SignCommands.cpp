// strongroom-cli sign message | typed-data: EIP-191 and EIP-712 signatures by a wallet account.

#include "Commands.h"
#include "Password.h"
#include "Support.h"
#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "session/Accounts.h"
#include "util/Error.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

constexpr std::size_t kMaxTypedDataFile = 1 << 20;

wallet::UnlockedAccount unlockChosenAccount(const CommandLine& line) {
    const session::Accounts store(pathsFor(line));
    return unlockAccount(line, chooseAccount(line, store));
}

/// Prints the signature alone, or with --json the signer's address, `fields` and the signature.
int printSignature(const CommandLine& line, Io& io, const wallet::UnlockedAccount& signer,
                   nlohmann::json fields, const std::string& signature) {
    if (!line.global.json) {
        io.out << signature << "\n";
        return 0;
    }
    nlohmann::json j{{"address", signer.address().toChecksumHex()}};
    j.update(fields);
    j["signature"] = signature;
    io.out << j.dump(2) << "\n";
    return 0;
}

int signMessage(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const bool hasText = line.options.contains("text");
    const bool hasHex = line.options.contains("hex");
    if (hasText == hasHex)
        throw UsageError("give exactly one of --text T or --hex H");
    Bytes message;
    std::string shown;
    if (hasText) {
        shown = option(line, "text");
        message.assign(shown.begin(), shown.end());
    } else {
        try {
            message = eth::fromHex(option(line, "hex"));
        } catch (const Error& e) {
            throw UsageError(std::string("--hex: ") + e.what());
        }
        shown = eth::toHex(message);
    }
    const wallet::UnlockedAccount signer = unlockChosenAccount(line);
    return printSignature(line, io, signer, {{"message", shown}},
                          eth::toHex(signer.signPersonalMessage(message)));
}

int signTypedData(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const std::string file = option(line, "file");
    if (file.empty())
        throw UsageError("sign typed-data needs --file F.json");
    const crypto::SecretBytes content = readSecretFile(file, kMaxTypedDataFile);
    const nlohmann::json document = nlohmann::json::parse(content.text(), nullptr, false);
    if (document.is_discarded())
        throw Error(ErrorCode::Corrupt, file + " is not valid JSON.");
    // Checked before the password is asked: a malformed document fails fast.
    const eth::Eip712 typedData = eth::Eip712::fromJson(document);
    const Hash32 digest = typedData.digest();
    const wallet::UnlockedAccount signer = unlockChosenAccount(line);
    return printSignature(
        line, io, signer,
        {{"primaryType", typedData.primaryType()}, {"typedDataHash", eth::toHex(digest)}},
        eth::toHex(signer.signTypedData(typedData)));
}

} // namespace

std::vector<Command> signCommands() {
    return {
        {{"sign", "message"},
         "--text T | --hex H",
         "sign a message (EIP-191 personal_sign); prints the 65-byte signature",
         {"text", "hex"},
         {},
         0,
         0,
         guarded(signMessage)},
        {{"sign", "typed-data"},
         "--file F.json",
         "sign EIP-712 typed data (eth_signTypedData_v4 JSON)",
         {"file"},
         {},
         0,
         0,
         guarded(signTypedData)},
    };
}

} // namespace sr::cli
