// strongroom-cli sign message | typed-data: EIP-191 and EIP-712 signatures by a wallet account.

#include "Commands.h"
#include "Password.h"
#include "eth/Eip191.h"
#include "eth/Eip712.h"
#include "eth/Hex.h"
#include "util/Error.h"
#include "wallet/AccountStore.h"

#include <nlohmann/json.hpp>
#include <ostream>

namespace sr::cli {
namespace {

constexpr std::size_t kMaxTypedDataFile = 1 << 20;

std::string option(const CommandLine& line, const std::string& name) {
    const auto it = line.options.find(name);
    return it == line.options.end() ? std::string() : it->second;
}

// --account, else the wallet's first account.
eth::Address chooseAccount(const CommandLine& line, const wallet::AccountStore& store) {
    if (line.global.account) {
        try {
            return eth::Address::fromHex(*line.global.account);
        } catch (const Error& e) {
            throw UsageError(std::string("--account: ") + e.what());
        }
    }
    const auto first = store.defaultAccount();
    if (!first)
        throw Error(ErrorCode::NotFound,
                    "This wallet has no account: run 'strongroom-cli wallet create' or "
                    "'wallet import' first.");
    return first->address;
}

wallet::Signer unlockAccount(const CommandLine& line) {
    const wallet::AccountStore store(pathsFor(line).keystoreDir());
    const eth::Address address = chooseAccount(line, store);
    (void)store.account(address); // NotFound before asking for a password
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    return store.unlock(address, asText(password));
}

template <typename Handler> auto guarded(Handler handler) {
    return [handler](const CommandLine& line, const std::vector<std::string>& args, Io& io) {
        try {
            return handler(line, args, io);
        } catch (const UsageError& e) {
            io.err << "strongroom-cli: " << e.what() << "\n";
            return 2;
        }
    };
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
    const wallet::Signer signer = unlockAccount(line);
    const std::string signature = eth::toHex(signer.signPersonalMessage(message));
    if (line.global.json)
        io.out << nlohmann::json{{"address", signer.address().toChecksumHex()},
                                 {"message", shown},
                                 {"signature", signature}}
                      .dump(2)
               << "\n";
    else
        io.out << signature << "\n";
    return 0;
}

int signTypedData(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const std::string file = option(line, "file");
    if (file.empty())
        throw UsageError("sign typed-data needs --file F.json");
    const crypto::SecretBytes content = readSecretFile(file, kMaxTypedDataFile);
    const nlohmann::json document = nlohmann::json::parse(asText(content), nullptr, false);
    if (document.is_discarded())
        throw Error(ErrorCode::Corrupt, file + " is not valid JSON.");
    // Checked before the password is asked: a malformed document fails fast.
    const eth::Eip712 typedData = eth::Eip712::fromJson(document);
    const Hash32 digest = typedData.digest();
    const wallet::Signer signer = unlockAccount(line);
    const std::string signature = eth::toHex(signer.signTypedData(typedData));
    if (line.global.json)
        io.out << nlohmann::json{{"address", signer.address().toChecksumHex()},
                                 {"primaryType", typedData.primaryType()},
                                 {"typedDataHash", eth::toHex(digest)},
                                 {"signature", signature}}
                      .dump(2)
               << "\n";
    else
        io.out << signature << "\n";
    return 0;
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
