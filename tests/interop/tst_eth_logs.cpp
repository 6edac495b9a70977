// Differential test of event decoding against ethers: for every event Strongroom reads (the PoCo
// hub's, RLC's, the registries', DataProtector's) and a synthetic one with every kind of
// parameter (indexed strings and arrays, tuples, signed integers), ethers encodes random logs
// and decodes them; our EventDecoder must find the same values. One node process.
#include "NodeScript.h"
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "eth/LogScanner.h"
#include "iexec/DataProtectorContract.h"
#include "iexec/PocoHub.h"
#include "iexec/Registry.h"
#include "iexec/RlcToken.h"
#include "util/Error.h"

#include <QJsonDocument>
#include <QtTest>
#include <nlohmann/json.hpp>

using nlohmann::json;
using namespace sr;
using eth::AbiType;
using eth::AbiValue;

namespace {

// Our value in the JSON form the ethers side prints.
json toJson(const AbiType& type, const AbiValue& value) {
    using K = AbiType::Kind;
    switch (type.kind()) {
    case K::Uint:
        return value.asNumber().toDecimal();
    case K::Int:
        return value.asSignedDecimal();
    case K::Address:
        return value.asAddress().toChecksumHex();
    case K::Bool:
        return value.asBool();
    case K::FixedBytes:
    case K::Bytes:
        return eth::toHex(value.asBytes());
    case K::String:
        return value.asString();
    case K::Array:
    case K::FixedArray:
    case K::Tuple: {
        json out = json::array();
        const auto& items = value.asList();
        for (std::size_t i = 0; i < items.size(); ++i)
            out.push_back(
                toJson(type.kind() == K::Tuple ? type.components()[i] : type.element(), items[i]));
        return out;
    }
    }
    return nullptr;
}

bool isValueType(const AbiType& t) {
    using K = AbiType::Kind;
    return t.kind() == K::Uint || t.kind() == K::Int || t.kind() == K::Address ||
           t.kind() == K::Bool || t.kind() == K::FixedBytes;
}

} // namespace

class EthLogsInteropTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString why;
        if (!test::nodeAvailable(&why))
            QSKIP(qPrintable("SKIPPED LOUDLY: " + why));
    }

    void decodedLogsEqualEthers() {
        std::vector<std::string> events;
        for (auto e : iexec::PocoHub::events())
            events.push_back("event " + std::string(e));
        events.push_back("event " + std::string(iexec::RlcToken::kApproval));
        events.push_back("event " + std::string(iexec::Registry::kTransfer));
        events.push_back("event " + std::string(iexec::DataProtectorContract::kDatasetSchema));
        events.push_back("event Mixed(string indexed name, uint8[] values, (address,bytes,"
                         "int16[2]) detail, int64 indexed delta, bool flag, bytes indexed "
                         "blob, bytes7 short)");
        events.push_back("event Wide(uint256 a, int256 b, bytes c, string d, (uint8,string)[] e)");

        const json input = {{"events", events}, {"perEvent", 25}, {"seed", 20261124}};
        const QJsonDocument reply =
            test::runNodeScript(QStringLiteral("eth_logs.mjs"),
                                QJsonDocument::fromJson(QByteArray::fromStdString(input.dump())));
        QVERIFY(!reply.isNull());
        const json out = json::parse(reply.toJson(QJsonDocument::Compact).toStdString());

        eth::EventDecoder decoder;
        for (const auto& e : events)
            decoder.add(e);
        std::size_t checked = 0;
        for (const auto& log : out["logs"]) {
            eth::Log l;
            for (const auto& t : log["topics"])
                l.topics.push_back(eth::fromHexFixed<32>(t.get<std::string>()));
            l.data = eth::fromHex(log["data"].get<std::string>());
            const auto decoded = decoder.decode(l);
            QVERIFY2(decoded, log["event"].get<std::string>().c_str());
            QCOMPARE(decoded->event, log["event"].get<std::string>());
            const auto& params = decoded->signature->params;
            QCOMPARE(params.size(), log["args"].size());
            for (std::size_t i = 0; i < params.size(); ++i) {
                // An indexed dynamic value only exists as its hash: both sides give the topic.
                const json ours = params[i].indexed && !isValueType(params[i].type)
                                      ? json(eth::toHex(decoded->values[i].asBytes()))
                                      : toJson(params[i].type, decoded->values[i]);
                QVERIFY2(ours == log["args"][i],
                         (decoded->event + "." + params[i].name + ": ours " + ours.dump() +
                          ", ethers " + log["args"][i].dump())
                             .c_str());
            }
            ++checked;
        }
        QCOMPARE(checked, events.size() * 25);

        // A log whose data does not decode is an error, not a guess.
        eth::Log broken;
        broken.topics = {decoder.topic("Wide")};
        broken.data = Bytes(31, 0);
        try {
            decoder.decode(broken);
            QFAIL("a truncated log was decoded");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Corrupt);
        }
        eth::Log unknown;
        unknown.topics = {Hash32{}};
        QVERIFY(!decoder.decode(unknown));
    }
};

QTEST_GUILESS_MAIN(EthLogsInteropTest)
#include "tst_eth_logs.moc"
