// Computations (issue 15), each figure next to a reference measured in the same run:
//  decrypt  a 100 MiB encrypted result (RSA-4096 PKCS#1 v1.5 key wrap, AES-256-CBC, the outer zip
//           Deflate as the worker writes it) with compute::decryptResult, in a process of its own:
//           MB/s and peak RSS, next to `openssl pkeyutl` + `openssl enc -d` on the same key and
//           ciphertext (the files taken out of the zip beforehand), and fed from the archive by
//           `unzip -p` (the same work as ours).
//  ondata   On my data with 1,000 deals: cold (first read of the hub's logs, then the query) and
//           warm (the query from the database; and a read that finds nothing new), with the
//           HTTP requests counted by a forwarding proxy (a FAKE server in front of the real
//           anvil). The hub is the FAKE BenchHub of bench_earnings (the real hub's events).
//           Goal: cold under 1 s, warm under 100 ms.
//  run      `strongroom-cli compute run --yes` to the decrypted result on the sandbox with its
//           workerpool (the task followed with `compute show`, then `compute result`): median of
//           N runs (20; `--runs N`), next to the DataProtector SDK's processProtectedData +
//           waitForTaskCompletion + getResultFromCompletedTask (compute_bench.mjs) on the same
//           sandbox, data and app. Goal: under 3 s and faster than the SDK.
// Run: cmake --build <build> --target run_bench_compute, or
//      <build>/tests/bench/bench_compute [decrypt] [ondata] [run] [--runs N]
// (BENCH_KEEP=1 keeps its scratch folder, named on the first line, to look at afterwards.)
// Prints every figure; fails only when a result is wrong.

#include "../integration/EarningsTestKit.h"
#include "CliTestSupport.h"
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "NodeScript.h"
#include "compute/TaskResult.h"
#include "crypto/Aes256Cbc.h"
#include "crypto/RsaPublicKey.h"
#include "crypto/SecureRandom.h"
#include "eth/Hex.h"
#include "iexec/HubLedger.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/ResultArchive.h"
#include "store/AtomicFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

using namespace sr;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

void check(bool ok, const std::string& what) {
    if (!ok)
        throw Error(ErrorCode::Internal, "wrong result: " + what);
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void writeBytes(const fs::path& path, ByteView bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
    if (!out.flush())
        throw Error(ErrorCode::Io, "cannot write " + path.string());
}

bool sameContent(const fs::path& file, ByteView expected) {
    std::ifstream in(file, std::ios::binary);
    std::vector<char> buffer(1 << 20);
    std::size_t at = 0;
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        const auto got = std::size_t(in.gcount());
        if (at + got > expected.size() ||
            !std::equal(buffer.begin(), buffer.begin() + std::ptrdiff_t(got),
                        expected.begin() + std::ptrdiff_t(at),
                        [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; }))
            return false;
        at += got;
    }
    return at == expected.size();
}

// One child process: its wall time and peak RSS (its own and its waited-for children's).
struct ChildRun {
    double seconds = 0;
    long peakRssKb = 0;
    int exitCode = -1;
};

// A process's peak RSS as wait4 reports it also counts the memory of the process that started
// it (exec records the old address space's high-water mark), so each measured command is
// started by a small process of its own (this program with --measure), which reports the
// command's peak alone.
int measureChild(const char* report, char** argv) {
    const pid_t pid = fork();
    if (pid == 0) {
        execvp(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return 127;
    std::ofstream(report) << usage.ru_maxrss << "\n";
    return WIFEXITED(status) ? WEXITSTATUS(status) : 127;
}

ChildRun runChild(const fs::path& dir, const std::vector<std::string>& command) {
    const std::string self = fs::read_symlink("/proc/self/exe").string();
    const std::string report = (dir / "peak-rss").string();
    std::vector<std::string> argv = {self, "--measure", report};
    argv.insert(argv.end(), command.begin(), command.end());
    std::vector<char*> args;
    for (const auto& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto start = Clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], nullptr, nullptr, args.data(), environ) != 0)
        throw Error(ErrorCode::Internal, "cannot start " + command[0]);
    int status = 0;
    if (waitpid(pid, &status, 0) != pid)
        throw Error(ErrorCode::Internal, "lost " + command[0]);
    ChildRun r;
    r.seconds = secondsSince(start);
    r.peakRssKb = std::atol(readFile(report).c_str());
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

ChildRun runShell(const fs::path& dir, const std::string& command) {
    return runChild(dir, {"/bin/sh", "-c", command});
}

std::string quoted(const fs::path& p) {
    return "'" + p.string() + "'";
}

// The child of the decrypt part: only what `compute result` does once the archive is on disk.
int decryptChild(const char* archive, const char* keyFile, const char* out) {
    try {
        const std::string pem = readFile(keyFile);
        const auto key = crypto::RsaPrivateKey::fromPem(crypto::SecretBytes(asBytes(pem)));
        compute::decryptResult(archive, key, out);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "decrypt: %s\n", e.what());
        return 1;
    }
}

void benchDecrypt(const fs::path& dir) {
    constexpr std::size_t kSize = std::size_t(100) << 20;
    std::printf("\n== Decrypting a 100 MiB encrypted result ==\n");
    std::fflush(stdout);
    const auto key = crypto::RsaPrivateKey::generate(4096);
    const fs::path keyFile = dir / "result-key.pem";
    const crypto::SecretBytes pem = key.toPkcs8Pem();
    writeBytes(keyFile, pem.view());
    const Bytes inner = crypto::randomBytes(kSize);
    const crypto::SecretBytes aesKey = crypto::SecretBytes::random(32);
    const Bytes iv = crypto::randomBytes(16);
    const Bytes cipher = crypto::aes256CbcEncrypt(aesKey, iv, inner);
    const Bytes wrapped = key.publicKey().encryptPkcs1v15(aesKey.view());
    // The files openssl reads, and the archive the worker writes (what `compute result` reads).
    writeBytes(dir / "aes-key.rsa", wrapped);
    writeBytes(dir / "cipher.bin", cipher);
    {
        Bytes sealed = iv;
        sealed.insert(sealed.end(), cipher.begin(), cipher.end());
        writeBytes(dir / "result.zip",
                   sandbox::zipEntries({{"aes-key.rsa", wrapped}, {"iexec_out.zip.aes", sealed}}));
    }
    const std::string ivHex = eth::toHex(iv, false);
    const double mib = double(kSize) / (1 << 20);
    const auto print = [&](const char* who, const ChildRun& r, const fs::path& out) {
        check(r.exitCode == 0, std::string(who) + " failed");
        check(sameContent(out, inner), std::string(who) + " decrypted other bytes");
        fs::remove(out);
        std::printf("%-44s %6.3f s  %7.1f MiB/s  peak RSS %6.1f MiB\n", who, r.seconds,
                    mib / r.seconds, double(r.peakRssKb) / 1024);
        std::fflush(stdout);
    };
    const fs::path self = fs::read_symlink("/proc/self/exe");
    // Each side twice, the second one counted: the files are in the page cache for both.
    for (int pass = 0; pass < 2; ++pass) {
        const ChildRun ours =
            runChild(dir, {self.string(), "--decrypt-child", (dir / "result.zip").string(),
                           keyFile.string(), (dir / "ours.zip").string()});
        const std::string unwrap = "openssl pkeyutl -decrypt -inkey " + quoted(keyFile) +
                                   " -pkeyopt rsa_padding_mode:pkcs1 -in " +
                                   quoted(dir / "aes-key.rsa") + " -out " + quoted(dir / "aes.key");
        const std::string decrypt = "openssl enc -d -aes-256-cbc -K \"$(od -An -tx1 -v " +
                                    quoted(dir / "aes.key") + " | tr -d ' \\n')\" -iv " + ivHex;
        const ChildRun files =
            runShell(dir, unwrap + " && " + decrypt + " -in " + quoted(dir / "cipher.bin") +
                              " -out " + quoted(dir / "openssl.zip"));
        const ChildRun piped =
            runShell(dir, "unzip -p " + quoted(dir / "result.zip") + " aes-key.rsa > " +
                              quoted(dir / "aes-key.rsa") + " && " + unwrap + " && unzip -p " +
                              quoted(dir / "result.zip") + " iexec_out.zip.aes | tail -c +17 | " +
                              decrypt + " -out " + quoted(dir / "piped.zip"));
        if (pass == 0) {
            for (const char* f : {"ours.zip", "openssl.zip", "piped.zip"})
                fs::remove(dir / f);
            continue;
        }
        print("Strongroom (compute::decryptResult, fsync)", ours, dir / "ours.zip");
        const ChildRun idle = runChild(dir, {self.string(), "--idle"});
        std::printf("  (of which the program's own start, decrypting nothing: peak RSS %.1f MiB)\n",
                    double(idle.peakRssKb) / 1024);
        print("openssl pkeyutl + enc (files out of the zip)", files, dir / "openssl.zip");
        print("unzip -p | openssl (from the archive)", piped, dir / "piped.zip");
    }
}

// --- On my data -------------------------------------------------------------------------------

const eth::Address kDeployer = eth::Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const eth::Address kOwner = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

void benchOnMyData(const fs::path& dir) {
    constexpr std::uint64_t kDeals = 1000;
    constexpr std::uint64_t kPerTransaction = 100;
    constexpr std::uint64_t kGap = 1000; // empty blocks after each transaction: 10,000 in all
    std::printf("\n== On my data: %llu deals over %llu blocks ==\n", (unsigned long long)kDeals,
                (unsigned long long)(kDeals / kPerTransaction * kGap));
    std::fflush(stdout);
    sandbox::AnvilProcess anvil({});
    eth::JsonRpcClient::Options slow;
    slow.timeout = std::chrono::minutes(10);
    eth::JsonRpcClient rpc({anvil.rpcUrl()}, slow);
    const nlohmann::json compiled = test::runNode(
        "chain_solc.mjs", {{"sources",
                            {{"BenchHub.sol", readFile(STRONGROOM_SOURCE_DIR
                                                       "/tests/bench/contracts/BenchHub.sol")}}}});
    check(!compiled.is_null(), "solc");
    sandbox::DevAccountSender deployer(rpc, kDeployer);
    const eth::Address hub = deployer.deploy(
        eth::fromHex(compiled["contracts"]["BenchHub"]["bytecode"].get<std::string>()),
        eth::Abi::encode({eth::AbiType::address()}, {eth::AbiValue::address(kOwner)}));
    for (std::uint64_t first = 0; first < kDeals; first += kPerTransaction) {
        deployer.transact(hub, "runs(uint256,uint256)",
                          {eth::AbiValue::number(first), eth::AbiValue::number(kPerTransaction)});
        rpc.send("anvil_mine", {eth::U256(kGap - 1).toHex()});
    }

    NetworkProfile profile;
    profile.name = "bench";
    profile.chainId = 31337;
    profile.rpcUrls = {anvil.rpcUrl()};
    profile.hub = hub.toChecksumHex();
    iexec::HubLogReader::Options options;
    options.startBlock = 0;
    options.scanner.initialChunk = 10000; // the public providers' usual eth_getLogs limit
    options.scanner.maxChunk = 10000;
    // The data folder the CLI reads below, its database filled by the core's reads first.
    const fs::path dataDir = dir / "ondata";
    fs::create_directories(dataDir);
    const fs::path database = dataDir / "strongroom.sqlite";

    test::FaultyHttpServer proxy;
    proxy.script({test::forwardTo(anvil.rpcUrl())});
    eth::JsonRpcClient counted({proxy.url()});
    int seen = 0;
    const auto requests = [&] {
        const int made = proxy.requestCount() - seen;
        seen = proxy.requestCount();
        return made;
    };
    const auto checkDeals = [&](const std::vector<iexec::HubDeal>& deals, const char* what) {
        check(deals.size() == kDeals, what);
        std::set<Hash32> ids;
        for (const auto& d : deals) {
            check(d.datasetOwner == kOwner && d.tasksCompleted == 1 &&
                      iexec::dealStatus(d) == iexec::DealStatus::Completed,
                  what);
            ids.insert(d.dealId);
        }
        check(ids.size() == kDeals, what);
    };
    {
        const auto start = Clock::now();
        iexec::HubLogReader reader(counted, profile, database, options);
        const auto report = reader.sync();
        const double synced = secondsSince(start);
        const auto deals = reader.dealsOwnedBy(kOwner);
        const double ms = secondsSince(start) * 1000;
        checkDeals(deals, "cold");
        std::printf("cold (first read + query): %8.1f ms (read %.1f ms, query %.1f ms), %d HTTP "
                    "requests (%llu eth_getLogs), %llu logs  [goal < 1000 ms]\n",
                    ms, synced * 1000, ms - synced * 1000, requests(),
                    (unsigned long long)report.logRequests, (unsigned long long)report.logs);
    }
    {
        const auto start = Clock::now();
        iexec::HubLogReader reader(counted, profile, database, options);
        const double opened = secondsSince(start) * 1000;
        const auto deals = reader.dealsOwnedBy(kOwner);
        const double ms = secondsSince(start) * 1000;
        checkDeals(deals, "warm");
        std::printf("warm (cached query):       %8.1f ms (open %.1f ms, query %.1f ms), %d HTTP "
                    "requests  [goal < 100 ms]\n",
                    ms, opened, ms - opened, requests());
    }
    {
        const auto start = Clock::now();
        iexec::HubLogReader reader(counted, profile, database, options);
        reader.sync();
        const auto deals = reader.dealsOwnedBy(kOwner);
        const double ms = secondsSince(start) * 1000;
        checkDeals(deals, "warm and read");
        std::printf("warm + read (nothing new): %8.1f ms, %d HTTP requests\n", ms, requests());
    }
    // What a person types, end to end: strongroom-cli compute list --on-my-data (its process
    // started, the wallet and the database opened, the names looked up, the JSON printed) on
    // the same database, for the owner watched (no key, nothing signed).
    NetworkProfile cli = profile;
    cli.displayName = "Bench";
    cli.rpcUrls = {proxy.url()};
    cli.dataProtector = kDeployer.toChecksumHex(); // never called here
    cli.sms = cli.marketApi = cli.ipfsNode = cli.ipfsGateway = "http://127.0.0.1:9";
    const fs::path profileFile = dir / "ondata.json";
    writeFileAtomic(profileFile, cli.toJson().dump(2), 0600);
    const QStringList common = {
        QStringLiteral("--data-dir"), QString::fromStdString(dataDir.string()),
        QStringLiteral("--network"), QString::fromStdString(profileFile.string())};
    check(test::runCli(common + QStringList{QStringLiteral("wallet"), QStringLiteral("watch"),
                                            QString::fromStdString(kOwner.toChecksumHex())})
                  .code == 0,
          "wallet watch");
    for (const bool cached : {true, false}) {
        QStringList words = common + QStringList{QStringLiteral("--json"),
                                                 QStringLiteral("compute"),
                                                 QStringLiteral("list"),
                                                 QStringLiteral("--on-my-data"),
                                                 QStringLiteral("--account"),
                                                 QString::fromStdString(kOwner.toChecksumHex())};
        if (cached)
            words << QStringLiteral("--cached");
        requests();
        const auto start = Clock::now();
        const test::CliRun r = test::runCli(words);
        const double ms = secondsSince(start) * 1000;
        check(r.code == 0 && r.json().value(QStringLiteral("count")).toInt() == int(kDeals),
              "the CLI's list: " + r.err.toStdString());
        std::printf("CLI %-22s %8.1f ms, %d HTTP requests (a process of its own)\n",
                    cached ? "--on-my-data --cached:" : "--on-my-data:", ms, requests());
    }
    std::fflush(stdout);
}

// --- compute run to the decrypted result ------------------------------------------------------

struct Cli {
    std::string dataDir, password, profile;
    nlohmann::json run(const QStringList& words) const {
        const QStringList args = {
            QStringLiteral("--data-dir"),      QString::fromStdString(dataDir),
            QStringLiteral("--password-file"), QString::fromStdString(password),
            QStringLiteral("--network"),       QString::fromStdString(profile),
            QStringLiteral("--json")};
        const test::CliRun r = test::runCli(args + words);
        if (r.code != 0)
            throw Error(ErrorCode::Internal, "strongroom-cli " + words.join(' ').toStdString() +
                                                 ": " + r.err.toStdString());
        return nlohmann::json::parse(r.out.toStdString());
    }
};

void benchRun(const fs::path& dir, int runs) {
    std::printf("\n== compute run --yes to the decrypted result, %d runs ==\n", runs);
    std::fflush(stdout);
    sandbox::SandboxNetwork::Options options{dir / "sandbox"};
    options.worker = true;
    options.appProgram = STRONGROOM_SANDBOX;
    sandbox::SandboxNetwork net(options);
    test::WorkerTestKit kit(net);
    const eth::Address reader = test::contentReader(net, kit);
    const auto owner = test::devKey(2);
    const auto requester = test::devKey(3); // Strongroom's
    const auto sdkRequester = test::devKey(4);
    const eth::Address dataset = kit.protect(owner, "bench data", {{"email", "bench@example.org"}});
    test::publishGrant(kit, owner, dataset, reader, eth::Address(), 0, 1000);

    Cli cli{(dir / "data").string(), (dir / "password").string(), (dir / "sandbox.json").string()};
    writeFileAtomic(cli.profile, net.profile().toJson().dump(2), 0600);
    writeFileAtomic(cli.password, "correct horse\n", 0600);
    writeFileAtomic(dir / "key", eth::toHex(requester.key.view(), false), 0600);
    cli.run({QStringLiteral("wallet"), QStringLiteral("import"),
             QStringLiteral("--private-key-file"), QString::fromStdString((dir / "key").string())});

    std::vector<double> total, requested, followed, fetched;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const auto run =
            cli.run({QStringLiteral("compute"), QStringLiteral("run"),
                     QString::fromStdString(dataset.toChecksumHex()), QStringLiteral("--app"),
                     QString::fromStdString(reader.toChecksumHex()), QStringLiteral("--yes")});
        const double t1 = secondsSince(start);
        const QString task = QString::fromStdString(run.at("taskid").get<std::string>());
        while (
            cli.run({QStringLiteral("compute"), QStringLiteral("show"), task}).at("statusName") !=
            "COMPLETED") {
            check(secondsSince(start) < 120, "the task did not complete in 2 minutes");
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        const double t2 = secondsSince(start);
        const auto result = cli.run({QStringLiteral("compute"), QStringLiteral("result"), task});
        const double t3 = secondsSince(start);
        check(result.at("encrypted").get<bool>() &&
                  fs::exists(fs::path(result.at("folder").get<std::string>()) / "report.json"),
              "the decrypted report");
        total.push_back(t3);
        requested.push_back(t1);
        followed.push_back(t2 - t1);
        fetched.push_back(t3 - t2);
    }
    std::printf("Strongroom CLI:  median %.2f s, worst %.2f s  (run %.2f s, until COMPLETED "
                "%.2f s, result %.2f s: medians)  [goal < 3 s]\n",
                median(total), *std::max_element(total.begin(), total.end()), median(requested),
                median(followed), median(fetched));
    std::fflush(stdout);

    nlohmann::json input = test::sdkSandboxInput(net);
    input.update({{"app", reader.toChecksumHex()},
                  {"protectedData", dataset.toChecksumHex()},
                  {"requesterKey", eth::toHex(sdkRequester.key.view())},
                  {"runs", runs}});
    const auto sdk = test::runNodeScript(
        QStringLiteral("compute_bench.mjs"),
        QJsonDocument::fromJson(QByteArray::fromStdString(input.dump())), runs * 60000 + 60000);
    const auto out = nlohmann::json::parse(sdk.toJson().toStdString(), nullptr, false);
    if (!out.is_object() || !out.contains("seconds") || out["seconds"].empty()) {
        std::printf("the SDK run failed: %s\n", out.dump().c_str());
        return;
    }
    std::vector<double> sdkTotal;
    for (const auto& s : out["seconds"])
        sdkTotal.push_back(s.get<double>());
    std::printf("DataProtector SDK: median %.2f s, worst %.2f s  (processProtectedData + "
                "waitForTaskCompletion + getResultFromCompletedTask; it polls every 5 s)\n",
                median(sdkTotal), *std::max_element(sdkTotal.begin(), sdkTotal.end()));
    std::printf("Strongroom is %.1f times faster (median)\n", median(sdkTotal) / median(total));
    net.stop();
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 3 && std::string(argv[1]) == "--measure")
        return measureChild(argv[2], argv + 3);
    if (argc == 2 && std::string(argv[1]) == "--idle")
        return 0;
    if (argc == 5 && std::string(argv[1]) == "--decrypt-child")
        return decryptChild(argv[2], argv[3], argv[4]);
    QCoreApplication app(argc, argv);
    std::set<std::string> parts;
    int runs = 20;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (a == "decrypt" || a == "ondata" || a == "run") {
            parts.insert(a);
        } else {
            std::fprintf(stderr, "usage: bench_compute [decrypt] [ondata] [run] [--runs N]\n");
            return 2;
        }
    }
    if (parts.empty())
        parts = {"decrypt", "ondata", "run"};
    try {
        QTemporaryDir tmp;
        if (std::getenv("BENCH_KEEP"))
            tmp.setAutoRemove(false);
        const fs::path dir = tmp.path().toStdString();
        std::printf("files in %s\n", dir.c_str());
        if (parts.contains("decrypt"))
            benchDecrypt(dir);
        if (parts.contains("ondata"))
            benchOnMyData(dir);
        if (parts.contains("run"))
            benchRun(dir, runs);
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_compute: %s\n", e.what());
        return 1;
    }
}
