// The schema of a protected data as the listings read it: anyone can record any schema on chain
// and transfer the data to you, so a hostile one must read as "unreadable", never crash.

#include "iexec/AppCatalog.h"
#include "iexec/ProtectedData.h"

#include <QtTest>
#include <nlohmann/json.hpp>

using namespace sr;
using namespace sr::iexec;

namespace {

// {"a":{"a":...{"a":"string"}...}} with `levels` objects.
std::string nested(std::size_t levels, const std::string& key = "a") {
    std::string text;
    for (std::size_t i = 0; i < levels; ++i)
        text += "{\"" + key + "\":";
    text += "\"string\"";
    text.append(levels, '}');
    return text;
}

std::string flat(std::size_t fields) {
    nlohmann::json o = nlohmann::json::object();
    for (std::size_t i = 0; i < fields; ++i)
        o["f" + std::to_string(i)] = "string";
    return o.dump();
}

} // namespace

class ProtectedDataTest : public QObject {
    Q_OBJECT
private slots:
    void readsAnOrdinarySchema() {
        const auto fields =
            readSchemaFields(R"({"email":"string","profile":{"age":"f64","name":"string"}})");
        QVERIFY(fields.has_value());
        QCOMPARE(*fields, (std::vector<std::string>{"email:string", "profile.age:f64",
                                                    "profile.name:string"}));
        QVERIFY(readSchemaFields("")->empty());
        QVERIFY(readSchemaFields("{}")->empty());
        QVERIFY(!readSchemaFields("not json"));
        QVERIFY(!readSchemaFields("[1]"));
        QVERIFY(schemaFields("not json").empty());
    }

    void aSchemaNestedWithoutEndIsUnreadableNotACrash() {
        // Deep enough to overflow any stack in a recursive walk (one frame per level).
        const std::string deep = nested(50000, "");
        QVERIFY(deep.size() < kMaxSchemaBytes); // refused for its depth, not its size
        QVERIFY(!readSchemaFields(deep));
        QVERIFY(!schemaReadable(deep));
        QVERIFY(schemaFields(deep).empty());
        ProtectedData d;
        d.schema = deep;
        ProtectedDataQuery query;
        query.schemaField = "a";
        QVERIFY(!matches(d, query));
        // The grant dialog's check of what an app needs reads it the same way.
        QCOMPARE(missingSchemaFields(nlohmann::json{{"email", "string"}}, deep),
                 std::vector<std::string>{"email: string"});
        // Arrays count as nesting too.
        QVERIFY(
            !readSchemaFields("{\"a\":" + std::string(60000, '[') + std::string(60000, ']') + "}"));
    }

    void theDepthLimitIsExact() {
        const auto atLimit = readSchemaFields(nested(kMaxSchemaDepth));
        QVERIFY(atLimit.has_value());
        QCOMPARE(atLimit->size(), std::size_t(1));
        QCOMPARE(atLimit->front().size(), 2 * kMaxSchemaDepth - 1 + std::string(":string").size());
        QVERIFY(!readSchemaFields(nested(kMaxSchemaDepth + 1)));
        // Braces inside keys and values are text, not nesting.
        const std::string braces =
            "{\"" + std::string(100, '{') + "\":\"" + std::string(100, '[') + "\\\"" + "\"}";
        QVERIFY(readSchemaFields(braces).has_value());
    }

    void theFieldAndSizeLimitsAreExact() {
        QCOMPARE(readSchemaFields(flat(kMaxSchemaFields))->size(), kMaxSchemaFields);
        QVERIFY(!readSchemaFields(flat(kMaxSchemaFields + 1)));
        std::string big = "{\"a\":\"" + std::string(kMaxSchemaBytes, 'x') + "\"}";
        QVERIFY(!readSchemaFields(big));
    }
};

QTEST_GUILESS_MAIN(ProtectedDataTest)
#include "tst_protecteddata.moc"
