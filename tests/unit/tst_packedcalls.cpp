// PackedCalls without a node: which requests pack (plain eth_calls, one block tag each) and
// which pass through, the layout of the init code's input, and strict splitting of what it
// returns. (Packed reads against a real node, with reverts and a refusal, are in
// integration_tst_bindings.)
#include "eth/Hex.h"
#include "eth/PackedCalls.h"
#include "util/Error.h"

#include <QtTest>

using namespace sr;
using eth::Address;
using eth::PackedCalls;
using eth::RpcCall;
using eth::RpcOutcome;

namespace {

const Address kTarget = Address::fromHex("0x00000000000000000000000000000000000000aa");

RpcCall plainCall(const std::string& data, const std::string& tag = "0x10") {
    return {"eth_call",
            nlohmann::json::array({{{"to", kTarget.toLowerHex()}, {"data", data}}, tag})};
}

/// What the init code returns for these results.
Bytes returned(const std::vector<std::pair<bool, Bytes>>& results) {
    Bytes out;
    for (const auto& [ok, data] : results) {
        out.push_back(ok ? 1 : 0);
        out.push_back(static_cast<std::uint8_t>(data.size() >> 16));
        out.push_back(static_cast<std::uint8_t>(data.size() >> 8));
        out.push_back(static_cast<std::uint8_t>(data.size()));
        out.insert(out.end(), data.begin(), data.end());
    }
    return out;
}

} // namespace

class PackedCallsTest : public QObject {
    Q_OBJECT
private slots:
    void onlyPlainCallsAtOneBlockPack() {
        const RpcCall logs{"eth_getLogs", nlohmann::json::array({nlohmann::json::object()})};
        RpcCall withSender = plainCall("0x01");
        withSender.params[0]["from"] = kTarget.toLowerHex();
        const PackedCalls packed({plainCall("0x01"), plainCall("0x02"), logs, withSender,
                                  plainCall("0x03"), plainCall("0x04", "latest")},
                                 2);
        const auto& r = packed.requests();
        // [1, 2] packed; logs and the call with a sender as they are; [3] packed; [4] at
        // another block in a packed request of its own.
        QCOMPARE(r.size(), std::size_t(5));
        QVERIFY(!r[0].params[0].contains("to"));
        QCOMPARE(r[0].params[1].get<std::string>(), std::string("0x10"));
        QCOMPARE(r[1].method, std::string("eth_getLogs"));
        QCOMPARE(r[2].params[0], withSender.params[0]);
        QCOMPARE(r[4].params[1].get<std::string>(), std::string("latest"));
        // The init code ends with the calls: [target][2-byte length][input].
        const Bytes code = eth::fromHex(r[0].params[0]["data"].get<std::string>());
        Bytes tail(kTarget.bytes().begin(), kTarget.bytes().end());
        tail.insert(tail.end(), {0x00, 0x01, 0x01});
        tail.insert(tail.end(), kTarget.bytes().begin(), kTarget.bytes().end());
        tail.insert(tail.end(), {0x00, 0x01, 0x02});
        QVERIFY(std::equal(tail.rbegin(), tail.rend(), code.rbegin()));
    }

    void initCodeStaysUnderTheLimit() {
        // 30 calls of 2 KiB of input: 61 KiB in all, over the 48 KiB a creation's code may
        // have (EIP-3860), so two packed requests although 80 calls would fit in one.
        const std::string input = "0x" + std::string(4096, 'a');
        const PackedCalls packed(std::vector<RpcCall>(30, plainCall(input)));
        QCOMPARE(packed.requests().size(), std::size_t(2));
        for (const auto& r : packed.requests())
            QVERIFY(r.params[0]["data"].get<std::string>().size() / 2 <= 49152);
    }

    void unpackAnswersEachCallOrLeavesItToBeSentAgain() {
        PackedCalls packed({plainCall("0x01"), plainCall("0x02"), plainCall("0x03")}, 2);
        QCOMPARE(packed.requests().size(), std::size_t(2));
        std::vector<RpcOutcome> replies(2);
        replies[0].result = eth::toHex(returned({{true, {0xab}}, {false, {0x08, 0xc3}}}));
        replies[1].error = eth::RpcError(-32000, "max code size exceeded", nullptr, "refused");
        const auto out = packed.unpack(replies);
        QCOMPARE(out[0].result.get<std::string>(), std::string("0xab"));
        QVERIFY(out[1].error.has_value());
        QCOMPARE(out[1].error->rpcCode(), 3LL);
        QCOMPARE(out[1].error->data().get<std::string>(), std::string("0x08c3"));
        QCOMPARE(packed.unanswered(), std::vector<std::size_t>{2});

        // A reply of another shape is not trusted: its calls are sent again.
        replies[0].result = eth::toHex(returned({{true, {0xab}}}));
        replies[1] = RpcOutcome{eth::toHex(returned({{true, {}}})), std::nullopt};
        (void)packed.unpack(replies);
        QCOMPARE(packed.unanswered(), (std::vector<std::size_t>{0, 1}));
    }

    void splitIsStrict() {
        const Bytes good = returned({{true, {1, 2, 3}}, {false, {}}});
        const auto parts = PackedCalls::split(good, 2);
        QCOMPARE(parts[0].second, (Bytes{1, 2, 3}));
        QVERIFY(!parts[1].first);
        auto code = [](const Bytes& b, std::size_t n) {
            try {
                (void)PackedCalls::split(b, n);
            } catch (const Error& e) {
                return e.code();
            }
            return ErrorCode::Internal;
        };
        QCOMPARE(code(good, 3), ErrorCode::Corrupt);                                // too few
        QCOMPARE(code(good, 1), ErrorCode::Corrupt);                                // too many
        QCOMPARE(code(Bytes(good.begin(), good.end() - 5), 2), ErrorCode::Corrupt); // truncated
        Bytes badFlag = good;
        badFlag[0] = 2;
        QCOMPARE(code(badFlag, 2), ErrorCode::Corrupt);
    }
};

QTEST_GUILESS_MAIN(PackedCallsTest)
#include "tst_packedcalls.moc"
