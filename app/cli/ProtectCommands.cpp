// strongroom-cli data protect|resume|operations|cancel: protecting data end to end through the
// journaled pipeline (iexec/ProtectPipeline.h); dataset encrypt|decrypt and ipfs cid: the iExec
// dataset format and IPFS addressing, offline, for scripts and for checking what the protect
// pipeline produces.

#include "Commands.h"
#include "Password.h"
#include "Support.h"
#include "eth/Hex.h"
#include "eth/TransactionManager.h"
#include "iexec/DatasetCipher.h"
#include "iexec/Multiaddr.h"
#include "iexec/ProtectPipeline.h"
#include "iexec/UnixFs.h"
#include "session/Accounts.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <chrono>
#include <filesystem>
#include <iomanip>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <unistd.h>

namespace sr::cli {
namespace {

namespace fs = std::filesystem;

crypto::SecretBytes readKeyFile(const std::string& path) {
    return iexec::datasetKeyFromBase64(readSecretFile(path, 4096).text());
}

// --out may name a new file, or with --force an existing one; never the input (nor any name
// of it): the input would be gone before it is read.
void checkOutput(const CommandLine& line, const std::vector<fs::path>& inputs,
                 const fs::path& out) {
    std::error_code ec;
    if (!fs::exists(out, ec))
        return;
    for (const fs::path& in : inputs)
        if (!in.empty() && fs::exists(in, ec) && fs::equivalent(in, out, ec))
            throw UsageError("--out names the input file " + in.string() +
                             ": choose another output file");
    if (fs::is_directory(out, ec))
        throw UsageError("--out " + out.string() + " is a folder: name a file");
    if (!line.flags.contains("force"))
        throw Error(ErrorCode::AlreadyExists,
                    out.string() + " already exists: choose a new file name, or pass --force to "
                                   "replace it.");
}

int datasetEncrypt(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    const fs::path in = args[0];
    const fs::path out = required(line, "out");
    std::string keyFile = option(line, "key-file");
    checkOutput(line, {in, keyFile}, out);
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
        writeFileAtomic(keyFile, std::string(text.text()) + "\n", 0600);
    }
    std::optional<iexec::EncryptedDigest> encrypted;
    try {
        encrypted = iexec::encryptDatasetFile(in, out, key, interrupted());
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
    const std::string out = required(line, "out");
    checkOutput(line, {args[0], keyFile}, out);
    iexec::decryptDatasetFile(args[0], out, readKeyFile(keyFile), interrupted());
    const auto size = fs::file_size(out);
    if (line.global.json)
        io.out << nlohmann::json{{"file", out}, {"size", size}}.dump(2) << "\n";
    else
        io.out << "Decrypted " << args[0] << " to " << out << " (" << size << " bytes)\n";
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

// What protect and resume share: the network and the pipeline over its protect journal.
struct ProtectSession {
    Network network;
    iexec::ProtectPipeline pipeline;

    explicit ProtectSession(Network net)
        : network(std::move(net)), pipeline(network.session->protect()) {}
};

nlohmann::json operationJson(const iexec::ProtectOperation& op) {
    nlohmann::json j = {{"id", op.id},
                        {"name", op.name},
                        {"owner", op.owner.toChecksumHex()},
                        {"state", std::string(iexec::protectStateName(op.state))},
                        {"step", std::string(iexec::protectStepName(op.step))},
                        {"address", nullptr},
                        {"schema", nullptr},
                        {"multiaddr", nullptr},
                        {"checksum", nullptr},
                        {"cid", nullptr},
                        {"transactionHash", nullptr},
                        {"error", nullptr}};
    if (op.dataset)
        j["address"] = op.dataset->toChecksumHex();
    if (!op.schema.empty())
        j["schema"] = nlohmann::json::parse(op.schema);
    if (!op.cid.empty()) {
        j["cid"] = op.cid;
        j["multiaddr"] = iexec::p2pMultiaddrString(iexec::Cid::parse(op.cid));
    }
    if (op.checksum)
        j["checksum"] = iexec::checksumHex(*op.checksum);
    if (op.txHash)
        j["transactionHash"] = eth::toHex(*op.txHash);
    if (op.failure)
        j["error"] = {{"code", errorCodeName(op.failure->code)}, {"message", op.failure->message}};
    return j;
}

// Step lines with the throughput of the steps that move bytes, on stdout (not with --json).
// On a terminal the byte count of a step updates in place (at most ten times a second); each
// step ends with one line of its total, however often the pipeline reports it.
iexec::ProtectPipeline::Observer stepPrinter(const CommandLine& line, Io& io) {
    if (line.global.json)
        return {};
    struct State {
        bool terminal = ::isatty(STDOUT_FILENO) == 1;
        bool finished = false; ///< this step's total line is out
        bool partial = false;  ///< a progress line without its newline is on screen
        std::chrono::steady_clock::time_point shown;
    };
    auto state = std::make_shared<State>();
    return [&io, state](const iexec::ProtectProgress& p) {
        const auto endPartial = [&] {
            if (state->partial)
                io.out << "\n";
            state->partial = false;
        };
        if (p.done == 0 && p.total == 0) {
            endPartial();
            state->finished = false;
            io.out << "  " << iexec::protectStepLabel(p.step) << "...\n" << std::flush;
            return;
        }
        if (state->finished || p.total == 0)
            return;
        if (p.done >= p.total) {
            io.out << (state->partial ? "\r" : "") << "    " << p.total / 1000 << " kB at "
                   << std::fixed << std::setprecision(1) << p.bytesPerSecond / 1e6
                   << " MB/s          \n"
                   << std::flush;
            state->partial = false;
            state->finished = true;
            return;
        }
        const auto now = std::chrono::steady_clock::now();
        if (!state->terminal || now - state->shown < std::chrono::milliseconds(100))
            return;
        state->shown = now;
        state->partial = true;
        io.out << "\r    " << p.done / 1000 << " of " << p.total / 1000 << " kB ("
               << p.done * 100 / p.total << " %)" << std::flush;
    };
}

void printDone(const iexec::ProtectOperation& op, Io& io) {
    io.out << "Protected \"" << printable(op.name) << "\" as " << op.dataset->toChecksumHex()
           << "\n"
           << "schema    " << printable(op.schema) << "\n"
           << "multiaddr " << iexec::p2pMultiaddrString(iexec::Cid::parse(op.cid)) << "\n"
           << "checksum  " << iexec::checksumHex(*op.checksum) << "\n";
}

// Runs one operation; on failure says how to go on, then lets the error end the command.
iexec::ProtectOperation runOperation(ProtectSession& session, std::int64_t id,
                                     const wallet::UnlockedAccount& signer,
                                     const crypto::SecretBytes& password, const CommandLine& line,
                                     Io& io) {
    try {
        return session.pipeline.run(id, signer, password.text(), stepPrinter(line, io),
                                    interrupted());
    } catch (const iexec::OperationBusy&) {
        throw; // nothing was done: the other process goes on with it
    } catch (const Error& e) {
        const iexec::ProtectOperation op = session.pipeline.find(id);
        if (line.global.json) // the operation's id and where it stopped, for a script to resume
            io.out << operationJson(op).dump(2) << "\n" << std::flush;
        io.err << "strongroom-cli: " << e.what() << "\n"
               << "Operation " << id << " stopped at step " << iexec::protectStepName(op.step)
               << " and is kept: resume it with "
               << "'strongroom-cli data resume " << id << "'";
        if (!op.txId && op.step <= iexec::ProtectStep::Register)
            io.err << " or give it up with 'strongroom-cli data cancel " << id << "'";
        io.err << ".\n";
        throw Error(e.code(), "Protecting \"" + printable(op.name) + "\" did not finish.");
    }
}

// Past this, a schema is worth a warning: each byte of it is paid for in gas on chain (a
// folder of 5,000 files makes a schema of about 200 kB).
constexpr std::size_t kLargeSchema = 16 * 1024;

// Before anything is encrypted or uploaded: can the owner pay for the registration, and what
// will it cost. When the account can't pay (Error) or the user says no to a large schema
// (false), the operation is cancelled.
bool reviewRegistration(ProtectSession& session, std::int64_t id, const CommandLine& line, Io& io) {
    const std::size_t schemaBytes = session.pipeline.schemaOf(id).size();
    std::optional<eth::TransactionPlan> plan;
    try {
        plan = session.pipeline.planRegistration(id);
    } catch (const Error& e) {
        if (e.code() == ErrorCode::InvalidArgument || e.code() == ErrorCode::Reverted) {
            const iexec::ProtectOperation cancelled = session.pipeline.cancel(id);
            if (line.global.json)
                io.out << operationJson(cancelled).dump(2) << "\n";
            throw Error(e.code(), std::string(e.what()) +
                                      " Nothing was encrypted or uploaded (operation " +
                                      std::to_string(id) + " is cancelled).");
        }
        if (e.code() == ErrorCode::Cancelled)
            throw;
        // The node may come back by the register step, which checks again.
        io.err << "strongroom-cli: warning: the registration's cost could not be checked now: "
               << e.what() << "\n";
    }
    std::ostream& talk = line.global.json ? io.err : io.out;
    const std::string cost = plan ? "about " + plan->gasLimit.toDecimal() + " gas, at most " +
                                        eth::formatUnits(plan->maxCost, eth::kEthDecimals) + " ETH"
                                  : std::string("unknown");
    talk << "Schema " << schemaBytes << " bytes; registration " << cost << ".\n" << std::flush;
    if (schemaBytes <= kLargeSchema)
        return true;
    io.err << "strongroom-cli: warning: this data's schema is " << schemaBytes / 1024
           << " kB (one entry per file and folder), public on chain, and registering it costs "
           << cost << ". Protecting fewer files, or an archive of them, costs far less.\n";
    if (line.flags.contains("yes") || confirmOnTerminal("Register this schema?"))
        return true;
    const iexec::ProtectOperation cancelled = session.pipeline.cancel(id);
    if (line.global.json)
        io.out << operationJson(cancelled).dump(2) << "\n";
    io.err << "strongroom-cli: not protected; nothing was encrypted or uploaded (without a "
              "terminal, confirm with --yes).\n";
    return false;
}

int dataProtect(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    ProtectSession session(openNetwork(line));
    const session::Accounts store(pathsFor(line));
    const eth::Address owner = chooseAccount(line, store);
    requireKey(line, store, owner);
    std::vector<fs::path> paths(args.begin(), args.end());
    for (const auto& p : paths)
        if (!fs::exists(p))
            throw Error(ErrorCode::NotFound, p.string() + " does not exist.");
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    const wallet::UnlockedAccount signer = store.unlock(owner, password.text());
    const std::int64_t id = session.pipeline.create({.paths = paths, .name = option(line, "name")},
                                                    owner, password.text());
    if (!reviewRegistration(session, id, line, io))
        return 1; // cancelled: nothing was encrypted or uploaded
    std::optional<crypto::SecretBytes> key;
    if (line.flags.count("reveal-key"))
        key = session.pipeline.revealKey(id, password.text());
    if (!line.global.json)
        io.out << "Protecting \"" << printable(session.pipeline.find(id).name) << "\" (operation "
               << id << ") on " << session.network.profile.displayName << "\n"
               << std::flush;
    const iexec::ProtectOperation op = runOperation(session, id, signer, password, line, io);
    if (line.global.json) {
        const std::string document = operationJson(op).dump(2);
        if (!key) {
            io.out << document << "\n";
            return 0;
        }
        // The key goes from its wiped buffer straight to the output: no std::string or JSON
        // value holds a copy of it (base64 needs no JSON escaping).
        io.out << std::string_view(document).substr(0, document.rfind("\n}")) << ",\n  \"key\": \""
               << key->text() << "\"\n}\n"
               << std::flush;
        return 0;
    }
    printDone(op, io);
    if (key)
        io.out << "key       " << key->text() << "\n";
    return 0;
}

int dataResume(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    ProtectSession session(openNetwork(line));
    std::vector<iexec::ProtectOperation> todo;
    if (!args.empty()) {
        std::int64_t id = 0;
        try {
            id = std::stoll(args[0]);
        } catch (const std::exception&) {
            throw UsageError("ID must be an operation number (see 'data operations')");
        }
        todo.push_back(session.pipeline.find(id));
    } else {
        todo = session.pipeline.unfinished();
        std::reverse(todo.begin(), todo.end()); // oldest first
    }
    if (todo.empty()) {
        if (line.global.json)
            io.out << nlohmann::json{{"count", 0}, {"operations", nlohmann::json::array()}}.dump(2)
                   << "\n";
        else
            io.out << "Nothing to resume on " << session.network.profile.displayName << ".\n";
        return 0;
    }
    const session::Accounts store(pathsFor(line));
    const crypto::SecretBytes password = readPassword(line, "Wallet password: ");
    nlohmann::json done = nlohmann::json::array();
    for (const auto& pending : todo) {
        const wallet::UnlockedAccount signer = store.unlock(pending.owner, password.text());
        if (!line.global.json)
            io.out << "Resuming \"" << printable(pending.name) << "\" (operation " << pending.id
                   << ") at step " << iexec::protectStepName(pending.step) << "\n"
                   << std::flush;
        try {
            const iexec::ProtectOperation op =
                runOperation(session, pending.id, signer, password, line, io);
            if (line.global.json)
                done.push_back(operationJson(op));
            else
                printDone(op, io);
        } catch (const iexec::OperationBusy& e) {
            if (!args.empty())
                throw;
            // Without an ID, what another process is running is its business: skipped.
            io.err << "strongroom-cli: skipped: " << e.what() << "\n";
        }
    }
    if (line.global.json)
        io.out << nlohmann::json{{"count", done.size()}, {"operations", done}}.dump(2) << "\n";
    return 0;
}

int dataOperations(const CommandLine& line, const std::vector<std::string>&, Io& io) {
    const Network network = openNetwork(line);
    const auto ops =
        network.session->protectJournal().list(network.profile.chainId, !line.flags.count("all"));
    if (line.global.json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& op : ops)
            list.push_back(operationJson(op));
        io.out << nlohmann::json{{"network", network.profile.name},
                                 {"count", list.size()},
                                 {"operations", list}}
                      .dump(2)
               << "\n";
        return 0;
    }
    if (ops.empty())
        io.out << "No protect operation to show on " << network.profile.displayName << ".\n";
    for (const auto& op : ops) {
        io.out << std::setw(4) << op.id << "  " << std::left << std::setw(9)
               << iexec::protectStateName(op.state) << " " << std::setw(9)
               << iexec::protectStepName(op.step) << std::right << "  " << printable(op.name);
        if (op.dataset)
            io.out << "  " << op.dataset->toChecksumHex();
        io.out << "\n";
        if (op.failure)
            io.out << "      " << printable(op.failure->message) << "\n";
    }
    return 0;
}

int dataCancel(const CommandLine& line, const std::vector<std::string>& args, Io& io) {
    ProtectSession session(openNetwork(line));
    std::int64_t id = 0;
    try {
        id = std::stoll(args[0]);
    } catch (const std::exception&) {
        throw UsageError("ID must be an operation number (see 'data operations')");
    }
    const iexec::ProtectOperation op = session.pipeline.cancel(id);
    if (line.global.json)
        io.out << operationJson(op).dump(2) << "\n";
    else
        io.out << "Cancelled \"" << printable(op.name) << "\" (operation " << id
               << "): nothing reached the chain, and its key is erased.\n";
    return 0;
}

} // namespace

std::vector<Command> protectCommands() {
    return {
        {{"data", "protect"},
         "PATH... [--name N] [--reveal-key] [--yes]",
         "protect files and folders: encrypt, upload to IPFS, register on chain, key to the SMS",
         {"name"},
         {"reveal-key", "yes"},
         1,
         10000,
         guarded(dataProtect)},
        {{"data", "resume"},
         "[ID]",
         "carry on an interrupted or failed protect operation (all unfinished ones without ID)",
         {},
         {},
         0,
         1,
         guarded(dataResume)},
        {{"data", "operations"},
         "[--all]",
         "protect operations not finished yet (with --all, the finished ones too)",
         {},
         {"all"},
         0,
         0,
         guarded(dataOperations)},
        {{"data", "cancel"},
         "ID",
         "give up a protect operation that has not reached the chain and erase its files",
         {},
         {},
         1,
         1,
         guarded(dataCancel)},
        {{"dataset", "encrypt"},
         "IN --out OUT [--key-file K] [--force]",
         "encrypt a file in the iExec dataset format; a new key goes to OUT.key",
         {"key-file", "out"},
         {"force"},
         1,
         1,
         guarded(datasetEncrypt)},
        {{"dataset", "decrypt"},
         "IN --key-file K --out OUT [--force]",
         "decrypt an iExec dataset file with its base64 key",
         {"key-file", "out"},
         {"force"},
         1,
         1,
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
