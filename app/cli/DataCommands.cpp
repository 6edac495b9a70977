// strongroom-cli dataset encrypt|decrypt and ipfs cid: the iExec dataset format and IPFS
// addressing, offline, for scripts and for checking what the protect pipeline produces.

#include "Commands.h"
#include "Password.h"
#include "Support.h"
#include "iexec/DatasetCipher.h"
#include "iexec/Multiaddr.h"
#include "iexec/UnixFs.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>

namespace sr::cli {
namespace {

namespace fs = std::filesystem;

crypto::SecretBytes readKeyFile(const std::string& path) {
    return iexec::datasetKeyFromBase64(asText(readSecretFile(path, 4096)));
}

int datasetEncrypt(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const fs::path in = args[0];
    const fs::path out = args[1];
    std::string keyFile = option(line, "key-file");
    crypto::SecretBytes key;
    bool newKey = false;
    if (!keyFile.empty()) {
        key = readKeyFile(keyFile);
    } else {
        // A fresh key goes next to the output, never to the terminal.
        keyFile = out.string() + ".key";
        if (fs::exists(keyFile))
            throw Error(ErrorCode::AlreadyExists,
                        keyFile + " already exists; pass it with --key-file to reuse it, or "
                                  "remove it.");
        key = iexec::generateDatasetKey();
        newKey = true;
        // Saved before encrypting: no ciphertext ever exists without its key.
        const crypto::SecretBytes text = iexec::datasetKeyToBase64(key);
        writeFileAtomic(keyFile, std::string(asText(text)) + "\n", 0600);
    }
    std::optional<iexec::EncryptedDigest> encrypted;
    try {
        encrypted = iexec::encryptDatasetFile(in, out, key);
    } catch (...) {
        if (newKey)
            fs::remove(keyFile);
        throw;
    }
    const iexec::EncryptedDigest& digest = *encrypted;
    const std::string checksum = iexec::checksumHex(digest.checksum);
    const std::string cid = digest.ipfs.cid.toString();
    if (line.global.json) {
        io.out << nlohmann::json{{"file", out.string()},
                                 {"size", digest.size},
                                 {"checksum", checksum},
                                 {"cid", cid},
                                 {"multiaddr", iexec::p2pMultiaddrString(digest.ipfs.cid)},
                                 {"keyFile", keyFile},
                                 {"newKey", newKey}}
                      .dump(2)
               << "\n";
        return 0;
    }
    io.out << "Encrypted " << in.string() << " to " << out.string() << " (" << digest.size
           << " bytes)\n"
           << "checksum  " << checksum << "\n"
           << "cid       " << cid << "\n"
           << (newKey ? "new key   " : "key       ") << keyFile << "\n";
    return 0;
}

int datasetDecrypt(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const std::string keyFile = option(line, "key-file");
    if (keyFile.empty())
        throw UsageError("dataset decrypt needs --key-file K (the dataset key in base64)");
    iexec::decryptDatasetFile(args[0], args[1], readKeyFile(keyFile));
    const auto size = fs::file_size(args[1]);
    if (line.global.json)
        io.out << nlohmann::json{{"file", args[1]}, {"size", size}}.dump(2) << "\n";
    else
        io.out << "Decrypted " << args[0] << " to " << args[1] << " (" << size << " bytes)\n";
    return 0;
}

int ipfsCid(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const iexec::UnixFsResult result = iexec::unixFsFileAt(args[0]);
    if (line.global.json)
        io.out << nlohmann::json{{"cid", result.cid.toString()},
                                 {"size", result.fileSize},
                                 {"dagSize", result.dagSize},
                                 {"multiaddr", iexec::p2pMultiaddrString(result.cid)}}
                      .dump(2)
               << "\n";
    else
        io.out << result.cid.toString() << "\n";
    return 0;
}

} // namespace

std::vector<Command> dataCommands() {
    return {
        {{"dataset", "encrypt"},
         "IN OUT [--key-file K]",
         "encrypt a file in the iExec dataset format; a new key goes to OUT.key",
         {"key-file"},
         {},
         2,
         2,
         guarded(datasetEncrypt)},
        {{"dataset", "decrypt"},
         "IN OUT --key-file K",
         "decrypt an iExec dataset file with its base64 key",
         {"key-file"},
         {},
         2,
         2,
         guarded(datasetDecrypt)},
        {{"ipfs", "cid"},
         "FILE",
         "the CID an IPFS node (Kubo, default options) gives FILE",
         {},
         {},
         1,
         1,
         guarded(ipfsCid)},
    };
}

} // namespace sr::cli
