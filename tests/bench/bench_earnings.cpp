// The earnings ledger over an account with 10,000 rewards spread over 100,000 blocks (or the
// number of blocks given as argument; --chain FILE keeps the chain laid for later runs): the
// first load (empty database), the next start from the cache (with and without asking the node
// whether anything is new), and following new blocks (the list brought up to date with the
// rewards of the blocks a sync read; the whole list read again is printed beside it); each a
// median of five runs. The hub is a FAKE
// (BenchHub.sol, compiled with the pinned solc) that emits the real hub's events and answers
// viewDeal: 10,000 real runs through the worker would take hours. HTTP requests are counted by a
// forwarding proxy (a FAKE server in front of the real anvil). Each figure is printed next to a
// reference measured in the same run, through the same proxy: a plain loop of eth_getLogs over the
// same chunks (the logs parsed, nothing stored), and ethers reading and decoding the same logs
// (earnings_bench.mjs); following a new block, one eth_getLogs and one block header. Prints every
// figure; fails only when a total is wrong.
#include "FaultyHttpServer.h"
#include "ForwardingReply.h"
#include "NodeScript.h"
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/LogScanner.h"
#include "iexec/HubLedger.h"
#include "iexec/PocoHub.h"
#include "sandbox/AnvilProcess.h"
#include "sandbox/DevAccountSender.h"
#include "store/AtomicFile.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <sys/resource.h>

using namespace sr;
using eth::Address;

namespace {

constexpr std::uint64_t kRewards = 10000;
constexpr std::uint64_t kPerTransaction = 100;
const Address kDeployer = Address::fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const Address kOwner = Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

double msSince(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

/// The processor time this process used so far (all its threads; anvil's is not in it), ms:
/// next to the elapsed time, what a busy machine does not change much.
double cpuMs() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void check(bool ok, const std::string& what) {
    if (!ok)
        throw Error(ErrorCode::Internal, "wrong result: " + what);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    // The blocks the rewards are spread over: 100,000 by default; anvil mines empty blocks
    // slowly on a busy machine (minutes per 10,000), so a smaller span may be asked for.
    // --chain FILE keeps the chain laid (anvil's state and the hub's address) in FILE and
    // FILE.hub, and a later run given the same FILE starts from them instead of laying it
    // again: to measure a change several times over the same chain.
    std::uint64_t kBlocks = 100000;
    std::optional<std::filesystem::path> chainFile;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--chain" && i + 1 < argc)
            chainFile = argv[++i];
        else
            kBlocks = std::max<std::uint64_t>(std::strtoull(argv[i], nullptr, 10),
                                              kRewards / kPerTransaction);
    }
    try {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.path().toStdString();
        // Without history pruning anvil keeps (and spills to disk) the state of every block:
        // mining 100,000 empty blocks then takes several times longer. Logs, blocks and
        // receipts are all kept; only old states (no read here needs them) are dropped.
        sandbox::AnvilProcess::Options node;
        node.extraArgs = {"--prune-history", "256"};
        // Mining thousands of empty blocks takes anvil a while.
        eth::JsonRpcClient::Options slow;
        slow.timeout = std::chrono::minutes(10);
        const bool kept = chainFile && std::filesystem::exists(*chainFile);
        if (kept)
            node.loadState = chainFile->string();
        else if (chainFile)
            node.dumpState = chainFile->string();
        auto anvil = std::make_unique<sandbox::AnvilProcess>(node);
        auto rpc =
            std::make_unique<eth::JsonRpcClient>(std::vector<std::string>{anvil->rpcUrl()}, slow);

        Address hub;
        if (kept) {
            hub = Address::fromHex(readFile(chainFile->string() + ".hub"));
            std::printf("the chain kept in %s\n", chainFile->string().c_str());
        } else {
            const nlohmann::json compiled = test::runNode(
                "chain_solc.mjs",
                {{"sources",
                  {{"BenchHub.sol",
                    readFile(STRONGROOM_SOURCE_DIR "/tests/bench/contracts/BenchHub.sol")}}}});
            check(!compiled.is_null(), "solc");
            sandbox::DevAccountSender deployer(*rpc, kDeployer);
            hub = deployer.deploy(
                eth::fromHex(compiled["contracts"]["BenchHub"]["bytecode"].get<std::string>()),
                eth::Abi::encode({eth::AbiType::address()}, {eth::AbiValue::address(kOwner)}));

            // 100 transactions of 100 runs, with empty blocks between them: 100,000 blocks.
            std::printf("laying %llu rewards over %llu blocks...\n", (unsigned long long)kRewards,
                        (unsigned long long)kBlocks);
            const std::uint64_t gap = kBlocks / (kRewards / kPerTransaction);
            for (std::uint64_t first = 0; first < kRewards; first += kPerTransaction) {
                deployer.transact(
                    hub, "runs(uint256,uint256)",
                    {eth::AbiValue::number(first), eth::AbiValue::number(kPerTransaction)});
                rpc->send("anvil_mine", {eth::U256(gap - 1).toHex()});
                if ((first / kPerTransaction) % 10 == 9) {
                    std::printf("  %llu rewards laid\n",
                                (unsigned long long)(first + kPerTransaction));
                    std::fflush(stdout);
                }
            }
            if (chainFile) {
                // Stopped, anvil writes its state; started again from it, as later runs do.
                rpc.reset();
                check(anvil->stop() == 0, "anvil's state written");
                anvil.reset();
                writeFileAtomic(chainFile->string() + ".hub", hub.toChecksumHex(), 0644);
                node.dumpState.reset();
                node.loadState = chainFile->string();
                anvil = std::make_unique<sandbox::AnvilProcess>(node);
                rpc = std::make_unique<eth::JsonRpcClient>(
                    std::vector<std::string>{anvil->rpcUrl()}, slow);
            }
        }
        sandbox::DevAccountSender deployer(*rpc, kDeployer);
        const std::uint64_t head = rpc->blockNumber();
        std::printf("chain head: block %llu\n", (unsigned long long)head);

        NetworkProfile profile;
        profile.name = "bench";
        profile.chainId = 31337;
        profile.rpcUrls = {anvil->rpcUrl()};
        profile.hub = hub.toChecksumHex();
        iexec::HubLogReader::Options options;
        options.startBlock = 0;
        // What the public providers allow at most per eth_getLogs (Alchemy, Infura): 10,000.
        options.scanner.initialChunk = 10000;
        options.scanner.maxChunk = 10000;
        const auto database = dir / "strongroom.sqlite";

        test::FaultyHttpServer proxy;
        proxy.script({test::forwardTo(anvil->rpcUrl())});
        eth::JsonRpcClient counted({proxy.url()});
        int seen = 0;
        const auto requests = [&] {
            const int now = proxy.requestCount();
            const int made = now - seen;
            seen = now;
            return made;
        };
        const auto total = [](const std::vector<iexec::Earning>& e) {
            return iexec::earningsSum(e, iexec::EarningRole::Data);
        };
        const eth::U256 expected = eth::U256(kRewards * 7);

        // The references: the hub's five events read in the same chunks as the ledger.
        eth::EventDecoder events;
        for (const auto signature :
             {iexec::PocoHub::kOrdersMatched, iexec::PocoHub::kTaskInitialize,
              iexec::PocoHub::kTaskFinalize, iexec::PocoHub::kTaskClaimed, iexec::PocoHub::kReward})
            events.add(signature);
        eth::LogFilter filter;
        filter.addresses = {hub};
        filter.topics = {{}};
        for (const auto name :
             {"OrdersMatched", "TaskInitialize", "TaskFinalize", "TaskClaimed", "Reward"})
            filter.topics[0].push_back(events.topic(name));
        struct Plain {
            double ms = 0;
            int requests = 0;
            std::uint64_t logs = 0;
            eth::U256 total;
        };
        // A plain loop of eth_getLogs: each reply parsed and its rewards to the owner summed.
        const auto plainRead = [&](std::uint64_t from, std::uint64_t to) {
            Plain p;
            QElapsedTimer t;
            t.start();
            for (std::uint64_t at = from; at <= to; at += options.scanner.maxChunk) {
                const std::uint64_t end = std::min(to, at + options.scanner.maxChunk - 1);
                const auto call = eth::LogScanner::request(filter, at, end);
                for (const auto& log : eth::LogScanner::parse(
                         counted.call(call.method, call.params), filter, at, end)) {
                    ++p.logs;
                    const auto decoded = events.decode(log);
                    if (decoded && decoded->event == "Reward" &&
                        (*decoded)["owner"].asAddress() == kOwner)
                        p.total += (*decoded)["amount"].asNumber();
                }
            }
            p.ms = msSince(t);
            p.requests = requests();
            return p;
        };
        const auto reference = [](const char* what, double ms, int made) {
            std::printf("    reference, %-29s %8.1f ms, %3d HTTP requests\n", what, ms, made);
        };

        // The machine is shared: each figure is the median of kRuns runs (the first load and
        // the plain loop taken in turns, each load into an empty database).
        constexpr int kRuns = 5;
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        requests();
        const nlohmann::json ethers =
            test::runNode("earnings_bench.mjs", {{"rpcUrl", proxy.url()},
                                                 {"hub", hub.toChecksumHex()},
                                                 {"owner", kOwner.toChecksumHex()},
                                                 {"fromBlock", 0},
                                                 {"toBlock", head},
                                                 {"chunk", options.scanner.maxChunk}});
        check(!ethers.is_null() && ethers.value("total", std::string()) == expected.toDecimal(),
              "ethers");
        const int ethersRequests = requests();
        {
            std::vector<double> loads, plains, loadCpu, plainCpu;
            int made = 0, plainMade = 0;
            iexec::HubLogReader::SyncReport report;
            for (int run = 0; run < kRuns; ++run) {
                double cpu = cpuMs();
                const Plain plain = plainRead(0, head);
                plainCpu.push_back(cpuMs() - cpu);
                check(plain.total == expected && plain.logs == kRewards * 4,
                      "plain eth_getLogs loop");
                plains.push_back(plain.ms);
                plainMade = plain.requests;
                for (const char* suffix : {"", "-wal", "-shm"})
                    std::filesystem::remove(database.string() + suffix);
                QElapsedTimer t;
                t.start();
                cpu = cpuMs();
                iexec::HubLogReader reader(counted, profile, database, options);
                report = reader.sync();
                const auto rewards = reader.rewardsTo(kOwner);
                const auto byData = iexec::earningsTotals(rewards, iexec::EarningsGroup::Data);
                loads.push_back(msSince(t));
                loadCpu.push_back(cpuMs() - cpu);
                made = requests();
                check(rewards.size() == kRewards && total(rewards) == expected, "first load");
                check(byData.size() == 10, "ten datasets");
            }
            std::printf("first load:          %8.1f ms, %3d HTTP requests (%llu eth_getLogs), "
                        "%llu logs, %llu deals; %.1f ms of processor\n",
                        median(loads), made, (unsigned long long)report.logRequests,
                        (unsigned long long)report.logs, (unsigned long long)report.newDeals,
                        median(loadCpu));
            reference("plain eth_getLogs loop:", median(plains), plainMade);
            std::printf("%44s %8.1f ms of processor\n", "", median(plainCpu));
            reference("ethers getLogs + parseLog:", ethers.value("ms", 0.0), ethersRequests);
        }
        {
            std::vector<double> all, opens, reads, pendings;
            int made = 0;
            for (int run = 0; run < kRuns; ++run) {
                QElapsedTimer t;
                t.start();
                iexec::HubLogReader reader(counted, profile, database, options);
                const double opened = msSince(t);
                const auto rewards = reader.rewardsTo(kOwner);
                const double read = msSince(t);
                const auto pending = reader.pending(kOwner);
                const double ms = msSince(t);
                check(rewards.size() == kRewards && pending.empty(), "cached start");
                all.push_back(ms);
                opens.push_back(opened);
                reads.push_back(read - opened);
                pendings.push_back(ms - read);
                made += requests();
            }
            std::printf("cached start:        %8.1f ms, %3d HTTP requests (the cache only: open "
                        "%.1f ms, rewards %.1f ms, pending %.1f ms)\n",
                        median(all), made / kRuns, median(opens), median(reads), median(pendings));
        }
        {
            std::vector<double> all;
            int made = 0;
            for (int run = 0; run < kRuns; ++run) {
                QElapsedTimer t;
                t.start();
                iexec::HubLogReader reader(counted, profile, database, options);
                reader.sync();
                const auto rewards = reader.rewardsTo(kOwner);
                all.push_back(msSince(t));
                check(rewards.size() == kRewards, "cached start and sync");
                made += requests();
            }
            std::printf("cached start + sync: %8.1f ms, %3d HTTP requests (nothing new)\n",
                        median(all), made / kRuns);
        }
        {
            // Following the chain: a reader open with the list shown, one new block (one run:
            // four logs) at a time. The list is brought up to date by the rewards of the blocks
            // the sync read, or read again whole.
            iexec::HubLogReader reader(counted, profile, database, options);
            auto shown = reader.rewardsTo(kOwner);
            std::vector<double> follow, whole, plainMs;
            int followMade = 0, plainMade = 0;
            for (int run = 0; run < kRuns; ++run) {
                deployer.transact(
                    hub, "runs(uint256,uint256)",
                    {eth::AbiValue::number(kRewards + run), eth::AbiValue::number(1)});
                requests();
                QElapsedTimer t;
                t.start();
                const auto report = reader.sync();
                check(!report.restarted && report.logs == 4, "new block");
                const auto fresh = reader.rewardsTo(kOwner, report.fromBlock);
                shown.erase(std::find_if(shown.begin(), shown.end(),
                                         [&](const iexec::Earning& e) {
                                             return e.block >= report.fromBlock;
                                         }),
                            shown.end());
                shown.insert(shown.end(), fresh.begin(), fresh.end());
                follow.push_back(msSince(t));
                followMade += requests();
                check(shown.size() == kRewards + run + 1 && fresh.size() == 1, "followed");
                t.restart();
                const auto rewards = reader.rewardsTo(kOwner);
                whole.push_back(msSince(t));
                check(rewards.size() == shown.size() && rewards.back().task == shown.back().task,
                      "the whole list");

                // The same block read plainly: its logs and its header.
                const std::uint64_t block = report.toBlock;
                t.restart();
                const auto call = eth::LogScanner::request(filter, block, block);
                const auto logs = eth::LogScanner::parse(counted.call(call.method, call.params),
                                                         filter, block, block);
                const auto header =
                    counted.call("eth_getBlockByNumber", {eth::U256(block).toHex(), false});
                plainMs.push_back(msSince(t));
                plainMade += requests();
                check(logs.size() == 4 && header.is_object(), "plain read of the new block");
            }
            std::printf("new block:           %8.1f ms, %3d HTTP requests (1 run: 4 logs; sync "
                        "and the new rewards; the whole list read again: +%.1f ms)\n",
                        median(follow), followMade / kRuns, median(whole));
            reference("its eth_getLogs + header:", median(plainMs), plainMade / kRuns);
        }
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_earnings: %s\n", e.what());
        return 1;
    }
}
