// The JSON-RPC client against a real anvil, and against a FAKE server (FaultyHttpServer) for
// the replies a real node can't be made to send: garbage, mismatched ids, statuses, stalls.
#include "FaultyHttpServer.h"
#include "eth/BlockTimes.h"
#include "eth/JsonRpcClient.h"
#include "sandbox/AnvilProcess.h"
#include "util/Error.h"

#include <QtTest>
#include <filesystem>

using namespace sr;
using sr::eth::JsonRpcClient;
using sr::test::FaultyHttpServer;
using Reply = FaultyHttpServer::Reply;

namespace {

JsonRpcClient::Options fast() {
    JsonRpcClient::Options o;
    o.initialBackoff = std::chrono::milliseconds(10);
    o.timeout = std::chrono::milliseconds(1500);
    return o;
}

/// A reply echoing the request's id, with `rest` merged in.
Reply echo(nlohmann::json rest) {
    Reply r;
    r.bodyFor = [rest](const std::string& request) {
        nlohmann::json out = rest;
        out["jsonrpc"] = "2.0";
        out["id"] = nlohmann::json::parse(request)["id"];
        return out.dump();
    };
    return r;
}

Reply raw(int status, std::string body) {
    Reply r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

ErrorCode codeOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

} // namespace

class JsonRpcTest : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::AnvilProcess> anvil_;

private slots:
    void initTestCase() {
        try {
            anvil_ = std::make_unique<sandbox::AnvilProcess>(sandbox::AnvilProcess::Options{});
        } catch (const Error& e) {
            QFAIL(e.what()); // anvil is a pinned dependency: its absence is a failure
        }
    }

    void anvilKeepsItsStateCacheInAFolderItRemoves() {
        // Anvil's default cache (~/.foundry/anvil/tmp) is never cleaned: a few long test
        // chains filled a disk. Each AnvilProcess owns its folder and removes it, even after a
        // kill.
        std::filesystem::path cache;
        {
            sandbox::AnvilProcess anvil(sandbox::AnvilProcess::Options{});
            cache = anvil.cachePath();
            QVERIFY(std::filesystem::is_directory(cache));
            QVERIFY(cache.string().find(".foundry") == std::string::npos);
            JsonRpcClient rpc({anvil.rpcUrl()});
            rpc.call("anvil_mine", nlohmann::json::array({"0x400"}));
            anvil.kill();
            QVERIFY(std::filesystem::exists(cache));
        }
        QVERIFY(!std::filesystem::exists(cache));

        // A chosen folder is emptied at start (what a killed run left is not kept).
        QTemporaryDir dir;
        const std::filesystem::path chosen = std::filesystem::path(dir.path().toStdString()) / "c";
        std::filesystem::create_directories(chosen / "anvil-state-left-over");
        {
            sandbox::AnvilProcess::Options options;
            options.cachePath = chosen;
            sandbox::AnvilProcess anvil(options);
            QCOMPARE(anvil.cachePath(), chosen);
            QVERIFY(!std::filesystem::exists(chosen / "anvil-state-left-over"));
        }
        QVERIFY(!std::filesystem::exists(chosen));
    }

    void readsFromARealNode() {
        JsonRpcClient rpc({anvil_->rpcUrl()});
        QCOMPARE(rpc.chainId(), std::uint64_t(31337));
        QVERIFY(rpc.blockNumber() < 1000);
        rpc.requireChainId(31337);
        const auto balance =
            rpc.call("eth_getBalance", {"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "latest"});
        QCOMPARE(balance.get<std::string>(), std::string("0x21e19e0c9bab2400000")); // 10000 ETH
    }

    void batchesKeepOrderAndPerCallErrors() {
        JsonRpcClient::Options o = fast();
        o.maxBatch = 3; // forces several HTTP requests
        JsonRpcClient rpc({anvil_->rpcUrl()}, o);
        std::vector<eth::RpcCall> calls;
        for (int i = 0; i < 7; ++i)
            calls.push_back({"eth_chainId", nlohmann::json::array()});
        calls.push_back({"eth_noSuchMethod", nlohmann::json::array()});
        calls.push_back({"eth_blockNumber", nlohmann::json::array()});
        const auto outcomes = rpc.batch(calls);
        QCOMPARE(outcomes.size(), calls.size());
        for (int i = 0; i < 7; ++i)
            QCOMPARE(outcomes[size_t(i)].result.get<std::string>(), std::string("0x7a69"));
        QVERIFY(outcomes[7].error);
        QCOMPARE(outcomes[7].error->rpcCode(), -32601LL);
        QVERIFY(!outcomes[8].error);
    }

    void blockTimesAreReadInBatches() {
        // The times of blocks whose logs did not carry them (HubLedger, DataTimeline): read in
        // batches of the size asked, each the time the node gives for that block.
        sandbox::AnvilProcess anvil(sandbox::AnvilProcess::Options{});
        JsonRpcClient rpc({anvil.rpcUrl()});
        const std::uint64_t start = 2'000'000'000;
        for (std::uint64_t i = 0; i < 5; ++i)
            rpc.call("evm_mine", nlohmann::json::array({start + 7 * i}));
        QCOMPARE(eth::blockTag(26), std::string("0x1a"));
        const std::set<std::uint64_t> blocks{1, 3, 4, 5};
        for (std::size_t batch : {std::size_t{1}, std::size_t{2}, std::size_t{100}}) {
            const auto times = eth::readBlockTimes(rpc, blocks, batch);
            QCOMPARE(times.size(), blocks.size());
            for (const auto b : blocks)
                QCOMPARE(times.at(b), start + 7 * (b - 1));
        }
        QVERIFY(eth::readBlockTimes(rpc, {}, 10).empty());
        // A block the node does not have (past its head): a network error saying which.
        try {
            eth::readBlockTimes(rpc, {2, 99}, 10);
            QFAIL("a block past the head was read");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Network);
            QVERIFY(std::string(e.what()).find("block 99") != std::string::npos);
        }
    }

    void nodeErrorsAreRpcErrors() {
        JsonRpcClient rpc({anvil_->rpcUrl()});
        try {
            rpc.call("eth_getBalance", {"not an address", "latest"});
            QFAIL("a bad parameter was accepted");
        } catch (const eth::RpcError& e) {
            QVERIFY(e.rpcCode() != 0);
            QVERIFY(std::string(e.what()).find("refused") != std::string::npos);
        }
    }

    void wrongChainIsRefused() {
        JsonRpcClient rpc({anvil_->rpcUrl()});
        try {
            rpc.requireChainId(42161);
            QFAIL("chain mismatch not detected");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::ChainMismatch);
            QVERIFY(std::string(e.what()).find("31337") != std::string::npos);
            QVERIFY(std::string(e.what()).find("42161") != std::string::npos);
            // The same facts as parameters, for the GUI's own words.
            QCOMPARE(e.reason(), ErrorReason::WrongChain);
            QCOMPARE(e.param("actual"), std::string("31337"));
            QCOMPARE(e.param("expected"), std::string("42161"));
            QVERIFY2(e.param("host").starts_with("127.0.0.1:"), e.param("host").c_str());
        }
    }

    void readsFailOverToTheNextUrl() {
        // A port nobody listens on, then the real node.
        JsonRpcClient rpc({"http://127.0.0.1:1", anvil_->rpcUrl()}, fast());
        QCOMPARE(rpc.chainId(), std::uint64_t(31337));
        QCOMPARE(rpc.chainId(), std::uint64_t(31337)); // and stays on the one that answered
    }

    void aReadFailsOverPastAReplyThatIsNotJson() {
        // A FAKE endpoint answering 200 with HTML (a captive portal), then the real node.
        FaultyHttpServer portal;
        portal.script({raw(200, "<html>Sign in to the hotel Wi-Fi</html>")});
        JsonRpcClient rpc({portal.url(), anvil_->rpcUrl()}, fast());
        QCOMPARE(rpc.chainId(), std::uint64_t(31337));
        QCOMPARE(portal.requestCount(), 1);
        // A write is never sent twice: the portal's reply is the answer, and it is Corrupt.
        const int before = portal.requestCount();
        JsonRpcClient writer({portal.url(), anvil_->rpcUrl()}, fast());
        QCOMPARE(codeOf([&] { writer.send("eth_sendRawTransaction", {"0x00"}); }),
                 ErrorCode::Corrupt);
        QCOMPARE(portal.requestCount(), before + 1);
    }

    void aNodeThatDiesIsANetworkErrorNamingIt() {
        sandbox::AnvilProcess doomed({});
        JsonRpcClient rpc({doomed.rpcUrl()}, fast());
        QCOMPARE(rpc.chainId(), std::uint64_t(31337));
        doomed.kill();
        try {
            rpc.chainId();
            QFAIL("a dead node answered");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Network);
            QVERIFY(std::string(e.what()).find("127.0.0.1") != std::string::npos);
            QCOMPARE(e.reason(), ErrorReason::Unreachable);
            QVERIFY2(e.param("host").starts_with("127.0.0.1:"), e.param("host").c_str());
            QVERIFY(!e.param("cause").empty());
        }
    }

    void malformedRepliesAreCorrupt_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("not json") << 0;
        QTest::newRow("truncated") << 1;
        QTest::newRow("wrong id") << 2;
        QTest::newRow("no version") << 3;
        QTest::newRow("result and error") << 4;
        QTest::newRow("neither") << 5;
        QTest::newRow("bad error object") << 6;
        QTest::newRow("array for single") << 7;
    }
    void malformedRepliesAreCorrupt() {
        QFETCH(int, which);
        const std::vector<Reply> replies = {
            raw(200, "<html>hello</html>"),
            raw(200, "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x7a"),
            raw(200, "{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":\"0x1\"}"),
            echo({{"result", "0x1"}, {"jsonrpc", nullptr}}),
            echo({{"result", "0x1"}, {"error", {{"code", 1}, {"message", "x"}}}}),
            echo({{"other", 1}}),
            echo({{"error", "boom"}}),
            raw(200, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}]"),
        };
        FaultyHttpServer server;
        Reply reply = replies[size_t(which)];
        if (which == 3) {
            reply.bodyFor = [](const std::string& request) {
                return nlohmann::json{{"id", nlohmann::json::parse(request)["id"]},
                                      {"result", "0x1"}}
                    .dump();
            };
        }
        server.script({reply});
        JsonRpcClient rpc({server.url()}, fast());
        QCOMPARE(codeOf([&] { rpc.chainId(); }), ErrorCode::Corrupt);
    }

    void aReplyNestedWithoutEndIsCorruptNotACrash() {
        // FAKE: a node answering a result nested a million levels deep. Parsing it is fine,
        // but copying the result (every call does) recursed once per level and overflowed
        // the stack; it is now refused on its text.
        FaultyHttpServer server;
        Reply deep;
        deep.bodyFor = [](const std::string& request) {
            const auto id = nlohmann::json::parse(request)["id"].dump();
            return "{\"jsonrpc\":\"2.0\",\"id\":" + id +
                   ",\"result\":" + std::string(1'000'000, '[') + std::string(1'000'000, ']') + "}";
        };
        server.script({deep});
        JsonRpcClient rpc({server.url()}, fast());
        QCOMPARE(codeOf([&] {
                     rpc.call("eth_getBlockByNumber", {"latest", false});
                 }),
                 ErrorCode::Corrupt);
        // Depth within reason, and brackets inside strings, are read as before.
        server.script({echo({{"result", {{"a", {{"b", {{"c", "[[[[{{{{"}}}}}}}})});
        QCOMPARE(rpc.call("eth_getBlockByNumber", {"latest", false})["a"]["b"]["c"],
                 nlohmann::json("[[[[{{{{"));
    }

    void badQuantitiesAreCorrupt() {
        FaultyHttpServer server;
        JsonRpcClient rpc({server.url()}, fast());
        for (const char* value : {"0x", "0x0012", "12", "0xzz", "0x10000000000000000"}) {
            server.script({echo({{"result", value}})});
            QCOMPARE(codeOf([&] { rpc.blockNumber(); }), ErrorCode::Corrupt);
        }
        server.script({echo({{"result", 5}})});
        QCOMPARE(codeOf([&] { rpc.blockNumber(); }), ErrorCode::Corrupt);
    }

    void transientFailuresAreRetriedForReadsOnly() {
        FaultyHttpServer server;
        server.script({raw(503, "busy"), raw(429, "slow down"), echo({{"result", "0x7a69"}})});
        JsonRpcClient rpc({server.url()}, fast());
        QCOMPARE(rpc.chainId(), std::uint64_t(31337));
        QCOMPARE(server.requestCount(), 3);

        server.script({raw(500, "oops"), echo({{"result", "0xabc"}})});
        const int before = server.requestCount();
        QCOMPARE(codeOf([&] { rpc.send("eth_sendRawTransaction", {"0x00"}); }), ErrorCode::Network);
        QCOMPARE(server.requestCount(), before + 1); // a write is never sent twice

        server.script({raw(404, "no such path")});
        const int before404 = server.requestCount();
        try {
            rpc.chainId();
            QFAIL("a 404 answered");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Network);
            QCOMPARE(e.reason(), ErrorReason::HttpStatus);
            QCOMPARE(e.param("status"), std::string("404"));
        }
        QCOMPARE(server.requestCount(), before404 + 1); // a 4xx is not worth retrying

        // Retried to the end, the last failure keeps its reason.
        server.script({raw(503, "busy"), raw(503, "busy"), raw(503, "busy"), raw(503, "busy")});
        try {
            rpc.chainId();
            QFAIL("a busy node answered");
        } catch (const Error& e) {
            QCOMPARE(e.reason(), ErrorReason::HttpStatus);
            QCOMPARE(e.param("status"), std::string("503"));
        }
    }

    void stallsAndDropsEndInAClearError() {
        FaultyHttpServer server;
        JsonRpcClient::Options o = fast();
        o.maxAttempts = 2;
        o.timeout = std::chrono::milliseconds(400);
        JsonRpcClient rpc({server.url()}, o);
        Reply stall;
        stall.kind = Reply::Kind::Stall;
        server.script({stall});
        try {
            rpc.chainId();
            QFAIL("a stalled node answered");
        } catch (const TimeoutError& e) {
            // Still a Network error, but recognisable: callers may retry with less.
            QCOMPARE(e.code(), ErrorCode::Network);
            QVERIFY2(std::string(e.what()).find("did not answer within") != std::string::npos,
                     e.what());
            QCOMPARE(e.reason(), ErrorReason::NoAnswer);
            QCOMPARE(e.param("seconds"), std::string("0.40"));
        }
        Reply drop;
        drop.kind = Reply::Kind::Drop;
        server.script({drop});
        QCOMPARE(codeOf([&] { rpc.chainId(); }), ErrorCode::Network);
    }

    void cancellingStopsRetries() {
        FaultyHttpServer server;
        server.script({raw(503, "busy")});
        JsonRpcClient::Options o = fast();
        o.initialBackoff = std::chrono::milliseconds(2000);
        JsonRpcClient rpc({server.url()}, o);
        CancelToken cancel;
        std::thread canceller([cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            cancel.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(codeOf([&] { rpc.chainId(&cancel); }), ErrorCode::Cancelled);
        canceller.join();
        QVERIFY(timer.elapsed() < 1500);
    }

    void malformedBatchRepliesAreCorrupt() {
        FaultyHttpServer server;
        JsonRpcClient rpc({server.url()}, fast());
        const std::vector<eth::RpcCall> calls = {{"eth_chainId", {}}, {"eth_chainId", {}}};
        auto batchReply = [](std::function<nlohmann::json(const nlohmann::json&)> shape) {
            Reply r;
            r.bodyFor = [shape](const std::string& request) {
                return shape(nlohmann::json::parse(request)).dump();
            };
            return r;
        };
        auto answer = [](const nlohmann::json& id) {
            return nlohmann::json{{"jsonrpc", "2.0"}, {"id", id}, {"result", "0x1"}};
        };
        server.script({batchReply([&](const nlohmann::json& req) {
            return nlohmann::json::array({answer(req[0]["id"])}); // one answer missing
        })});
        QCOMPARE(codeOf([&] { rpc.batch(calls); }), ErrorCode::Corrupt);
        server.script({batchReply([&](const nlohmann::json& req) {
            return nlohmann::json::array({answer(req[0]["id"]), answer(req[0]["id"])}); // duplicate
        })});
        QCOMPARE(codeOf([&] { rpc.batch(calls); }), ErrorCode::Corrupt);
        server.script({batchReply([&](const nlohmann::json& req) {
            // Reversed order is fine: answers are matched by id.
            return nlohmann::json::array({answer(req[1]["id"]), answer(req[0]["id"])});
        })});
        QCOMPARE(rpc.batch(calls).size(), size_t(2));
    }

    void hugeRepliesAreRefused() {
        FaultyHttpServer server;
        server.script({raw(200, std::string(70u << 20, ' '))});
        JsonRpcClient rpc({server.url()}, fast());
        try {
            rpc.chainId();
            QFAIL("a huge reply was read");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Network);
            QCOMPARE(e.reason(), ErrorReason::ReplyTooLarge);
            QVERIFY(!e.param("mebibytes").empty());
        }
    }
};

QTEST_GUILESS_MAIN(JsonRpcTest)
#include "tst_jsonrpc.moc"
