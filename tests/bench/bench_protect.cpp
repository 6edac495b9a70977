// Protecting data, each figure next to openssl on the same bytes in the same run:
//  local  zip + encrypt + checksum + CID (one streaming pass to an encrypted file, fsync
//         included) on 100 MiB and 1 GiB files (and 4 GiB with STRONGROOM_BENCH_4GIB=1), in a
//         child process each time for its peak RSS (VmHWM), next to `openssl enc -aes-256-cbc`
//         over the same file; runs alternate, medians of N (5; `--runs N`). And the iexec
//         SDK's encrypt + checksum on 100 MiB (node).
//         Targets: at least as fast as openssl at every size, peak RSS < 32 MiB.
//  e2e    `data protect` of 1 GiB (STRONGROOM_BENCH_E2E_MIB=N for another size) on the sandbox
//         (ProtectPipeline as the CLI and the GUI run it: seal streamed into the upload, the
//         node's last writes and answer, gateway check, register, confirm, key to the SMS)
//         with each step's time, next to `openssl enc` of the same file; then `data verify`
//         of that dataset (DatasetCatalog::verify: download from the gateway + SHA-256) next
//         to `curl | openssl dgst -sha256` of the same URL.
//         Medians of 3 runs. Target: protect within 1.5x of openssl enc.
// Run: cmake --build <build> --target run_bench_protect, or
//      <build>/tests/bench/bench_protect [local] [e2e] [--runs N]
// Prints every figure; exits 1 when a target is missed or a result is wrong.

#include "../integration/SandboxTestChain.h"
#include "NodeScript.h"
#include "crypto/SecretBytes.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/DatasetCatalog.h"
#include "iexec/ProtectJournal.h"
#include "iexec/ProtectPipeline.h"
#include "iexec/SealedData.h"
#include "sandbox/SandboxNetwork.h"
#include "store/PendingTransactions.h"
#include "util/FileStream.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;
using namespace sr;

namespace {

constexpr double kMB = 1e6;

long peakRssKiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_protect: %s\n", what.c_str());
    std::exit(1);
}

// Child mode: seal one file and print "seconds rssKiB checksum cid".
int child(const char* in, const char* out) {
    const auto key = crypto::SecretBytes::random(32);
    const auto t = Clock::now();
    const auto sealed = iexec::sealDataObject(
        iexec::DataValue::ofObject({{"file", iexec::DataValue::ofFile(in)}}), out, key);
    const double s = seconds(Clock::now() - t);
    std::printf("%.6f %ld %s %s\n", s, peakRssKiB(), eth::toHex(sealed.encrypted.checksum).c_str(),
                sealed.encrypted.ipfs.cid.toString().c_str());
    return 0;
}

void makeFile(const fs::path& path, std::uint64_t size) {
    OutputFile out(path);
    std::mt19937_64 rng(size);
    std::vector<std::uint64_t> block((1u << 20) / 8);
    for (std::uint64_t done = 0; done < size; done += 1u << 20) {
        for (auto& w : block)
            w = rng();
        out.write(ByteView(reinterpret_cast<const std::uint8_t*>(block.data()), 1u << 20));
    }
    out.close(true); // its own writeback is not part of what is measured
}

struct Ours {
    double seconds = 0;
    long rssKiB = 0;
};

Ours runOurs(const QString& self, const fs::path& in, const fs::path& out) {
    QProcess p;
    p.start(self,
            {"--child", QString::fromStdString(in.string()), QString::fromStdString(out.string())});
    p.waitForFinished(-1);
    const QStringList parts = QString::fromUtf8(p.readAllStandardOutput()).split(' ');
    if (p.exitCode() != 0 || parts.size() < 2)
        fail("the child failed: " + p.readAllStandardError().toStdString());
    return {parts[0].toDouble(), parts[1].toLong()};
}

double runShell(const std::string& command) {
    QProcess p;
    const auto t = Clock::now();
    p.start("sh", {"-c", QString::fromStdString(command)});
    p.waitForFinished(-1);
    const double s = seconds(Clock::now() - t);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(command + " failed: " + p.readAllStandardError().toStdString());
    return s;
}

std::string quoted(const fs::path& path) {
    return "'" + path.string() + "'";
}

// `openssl enc` as a user would run it on the file (the key and IV given, no fsync).
double runOpenssl(const fs::path& in, const fs::path& out) {
    return runShell("openssl enc -aes-256-cbc -K " + std::string(64, '1') + " -iv " +
                    std::string(32, '2') + " -in " + quoted(in) + " -out " + quoted(out));
}

bool benchLocal(const fs::path& root, int runs) {
    std::printf("== protect, local part (seal: zip + AES-256-CBC + SHA-256 + CID, fsync), "
                "medians of %d ==\n",
                runs);
    std::vector<std::uint64_t> sizes = {std::uint64_t(100) << 20, std::uint64_t(1) << 30};
    if (const char* big = std::getenv("STRONGROOM_BENCH_4GIB"); big && std::string(big) == "1")
        sizes.push_back(std::uint64_t(4) << 30);
    else
        std::printf("(4 GiB: set STRONGROOM_BENCH_4GIB=1; needs 12 GiB of free disk)\n");
    std::fflush(stdout);
    bool ok = true;
    for (const std::uint64_t size : sizes) {
        const fs::path in = root / "plain.bin";
        makeFile(in, size);
        // Alternating, so that both see the same page cache and the same neighbours.
        std::vector<double> ours, openssl;
        long rss = 0;
        for (int run = 0; run < runs; ++run) {
            openssl.push_back(runOpenssl(in, root / "openssl.out"));
            fs::remove(root / "openssl.out");
            const Ours o =
                runOurs(QCoreApplication::applicationFilePath(), in, root / "sealed.out");
            fs::remove(root / "sealed.out");
            ours.push_back(o.seconds);
            rss = std::max(rss, o.rssKiB);
        }
        const double oursMBs = static_cast<double>(size) / kMB / median(ours);
        const double opensslMBs = static_cast<double>(size) / kMB / median(openssl);
        std::printf("%5llu MiB  Strongroom seal: %7.1f MB/s, peak RSS %.1f MiB | openssl enc: "
                    "%7.1f MB/s | ours/openssl %.2f  (times ours %.2f-%.2f s, openssl %.2f-%.2f "
                    "s)\n",
                    static_cast<unsigned long long>(size >> 20), oursMBs, rss / 1024.0, opensslMBs,
                    oursMBs / opensslMBs, *std::min_element(ours.begin(), ours.end()),
                    *std::max_element(ours.begin(), ours.end()),
                    *std::min_element(openssl.begin(), openssl.end()),
                    *std::max_element(openssl.begin(), openssl.end()));
        std::fflush(stdout);
        ok = ok && oursMBs >= opensslMBs && rss < 32 * 1024;
        if (size == (std::uint64_t(100) << 20)) {
            QString why;
            if (!test::nodeAvailable(&why)) {
                std::printf("iexec SDK: SKIPPED LOUDLY: %s\n", qPrintable(why));
            } else {
                const auto reply = test::runNode("protect_bench.mjs", {{"path", in.string()}});
                if (reply.is_null())
                    fail("protect_bench.mjs failed");
                const double sdkMBs =
                    reply["bytes"].get<double>() / kMB / (reply["ms"].get<double>() / 1000);
                const double sdkRss = reply["maxRssKiB"].get<double>() / 1024;
                std::printf("  100 MiB  iexec SDK encrypt+checksum: %7.1f MB/s, peak RSS %.1f "
                            "MiB | Strongroom is %.0fx faster with %.0fx less memory\n",
                            sdkMBs, sdkRss, oursMBs / sdkMBs, sdkRss / (rss / 1024.0));
            }
        }
        fs::remove(in);
    }
    std::printf(ok ? "local targets met (at least openssl's speed, RSS < 32 MiB)\n"
                   : "LOCAL TARGETS MISSED (at least openssl's speed, RSS < 32 MiB)\n");
    return ok;
}

constexpr std::array kSteps = {iexec::ProtectStep::Seal,     iexec::ProtectStep::Upload,
                               iexec::ProtectStep::Gateway,  iexec::ProtectStep::Register,
                               iexec::ProtectStep::Confirm,  iexec::ProtectStep::PushKey,
                               iexec::ProtectStep::CheckKey, iexec::ProtectStep::Done};

bool benchEndToEnd(const fs::path& root, int runs) {
    std::uint64_t mib = 1024;
    if (const char* text = std::getenv("STRONGROOM_BENCH_E2E_MIB"))
        mib = std::max(1ull, std::strtoull(text, nullptr, 10));
    const std::uint64_t size = mib << 20;
    std::printf("\n== data protect of %llu MiB on the sandbox, end to end, medians of %d ==\n",
                static_cast<unsigned long long>(mib), runs);
    std::fflush(stdout);
    sandbox::SandboxNetwork net(sandbox::SandboxNetwork::Options{root / "sandbox"});
    const NetworkProfile profile = net.profile();
    eth::JsonRpcClient rpc(profile.rpcUrls);
    const fs::path db = root / "strongroom.sqlite";
    PendingTransactions txJournal(db);
    eth::TransactionManager manager(rpc, txJournal, profile.chainId);
    iexec::ProtectJournal journal(db);
    iexec::ProtectPipeline pipeline(profile, manager, journal, {.workDir = root / "protect"});
    const eth::PrivateKeySigner owner(test::devKey(2).key);

    const fs::path in = root / "plain.bin";
    makeFile(in, size);
    std::vector<double> totals, openssl, keying;
    std::map<iexec::ProtectStep, std::vector<double>> steps;
    eth::Address dataset;
    for (int run = 0; run < runs; ++run) {
        openssl.push_back(runOpenssl(in, root / "openssl.out"));
        fs::remove(root / "openssl.out");
        std::map<iexec::ProtectStep, Clock::time_point> began;
        const auto start = Clock::now();
        const std::int64_t id =
            pipeline.create({.paths = {in}, .name = "bench " + std::to_string(run)},
                            owner.address(), "bench password");
        const auto created = Clock::now();
        const iexec::ProtectOperation done =
            pipeline.run(id, owner, "bench password", [&](const iexec::ProtectProgress& p) {
                began.try_emplace(p.step, Clock::now());
            });
        const auto end = Clock::now();
        if (done.state != iexec::ProtectState::Done || !done.dataset)
            fail("the protect operation did not finish");
        dataset = *done.dataset;
        totals.push_back(seconds(end - start));
        began.try_emplace(iexec::ProtectStep::Done, end);
        // A step lasts until the next one begins; create() (the key sealed under the wallet
        // password, scrypt) is shown apart.
        keying.push_back(seconds(created - start));
        Clock::time_point from = created;
        for (std::size_t i = 0; i + 1 < kSteps.size(); ++i) {
            const auto next = began.find(kSteps[i + 1]);
            if (next == began.end())
                fail("no progress from step " + std::string(iexec::protectStepName(kSteps[i + 1])));
            steps[kSteps[i]].push_back(seconds(next->second - from));
            from = next->second;
        }
    }
    const double ours = median(totals);
    const double reference = median(openssl);
    std::printf("Strongroom data protect: %.2f s, %.1f MB/s | openssl enc: %.2f s, %.1f MB/s | "
                "ours/openssl %.2fx time  [target <= 1.5x]\n",
                ours, static_cast<double>(size) / kMB / ours, reference,
                static_cast<double>(size) / kMB / reference, ours / reference);
    std::printf("  steps (medians): create (key sealed) %.2f s,", median(keying));
    for (std::size_t i = 0; i + 1 < kSteps.size(); ++i)
        std::printf(" %s %.2f s%s", std::string(iexec::protectStepName(kSteps[i])).c_str(),
                    median(steps[kSteps[i]]), i + 2 < kSteps.size() ? "," : "\n");
    std::fflush(stdout);
    fs::remove(in);

    iexec::DatasetCatalog catalog(rpc, profile, root / "catalog.sqlite");
    std::vector<double> verify, curl;
    std::uint64_t verified = 0;
    std::string url;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        const iexec::VerifyResult result = catalog.verify(dataset);
        verify.push_back(seconds(Clock::now() - start));
        if (!result.matches())
            fail("data verify found another checksum than the one on chain");
        verified = result.size;
        url = result.url;
        curl.push_back(runShell("curl -sf '" + url + "' | openssl dgst -sha256 >/dev/null"));
    }
    std::printf("Strongroom data verify: %.1f MB/s | curl | openssl dgst -sha256: %.1f MB/s "
                "(%llu bytes from the sandbox gateway)\n",
                static_cast<double>(verified) / kMB / median(verify),
                static_cast<double>(verified) / kMB / median(curl),
                static_cast<unsigned long long>(verified));
    const bool ok = ours <= 1.5 * reference;
    std::printf(ok ? "end-to-end target met (within 1.5x of openssl enc)\n"
                   : "END-TO-END TARGET MISSED (within 1.5x of openssl enc)\n");
    return ok;
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string(argv[1]) == "--child")
        return child(argv[2], argv[3]);
    QCoreApplication app(argc, argv);
    bool local = false, e2e = false;
    int runs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "local")
            local = true;
        else if (arg == "e2e")
            e2e = true;
        else if (arg == "--runs" && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            return std::fprintf(stderr, "usage: bench_protect [local] [e2e] [--runs N]\n"), 2;
    }
    if (!local && !e2e)
        local = e2e = true;
    QTemporaryDir dir(QString::fromUtf8(STRONGROOM_BINARY_DIR) + "/bench-protect-XXXXXX");
    if (!dir.isValid())
        return std::fprintf(stderr, "no temporary folder\n"), 1;
    const fs::path root = dir.path().toStdString();
    std::printf("(load average at the start: ");
    std::ifstream loadavg("/proc/loadavg");
    std::string load;
    std::getline(loadavg, load);
    std::printf("%s)\n", load.c_str());
    bool ok = true;
    if (local)
        ok = benchLocal(root, runs ? runs : 5) && ok;
    if (e2e)
        ok = benchEndToEnd(root, runs ? runs : 3) && ok;
    return ok ? 0 : 1;
}
