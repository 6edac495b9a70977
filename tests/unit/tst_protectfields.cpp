// Typed fields of a protect operation (email, text, numbers, big integers, booleans next to
// the files): the object the pipeline seals from them, what it refuses, and their round trip
// through the journal (ProtectJournal, migration 5), emptied once the operation ended.
#include "eth/Hex.h"
#include "eth/JsonRpcClient.h"
#include "eth/Signer.h"
#include "eth/TransactionManager.h"
#include "iexec/DataObject.h"
#include "iexec/NetworkRegistry.h"
#include "iexec/ProtectJournal.h"
#include "iexec/ProtectPipeline.h"
#include "store/Database.h"
#include "store/PendingTransactions.h"
#include "store/Schema.h"
#include "util/Error.h"
#include "wallet/KeystoreCrypto.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace sr;
using namespace sr::iexec;
namespace fs = std::filesystem;

namespace {

std::vector<DataField> sampleFields() {
    return {{"email", DataValue::ofText("alice@example.org")},
            {"note", DataValue::ofText("caf\xC3\xA9 \"quoted\"")},
            {"age", DataValue::ofNumber(42.5)},
            {"big", DataValue::ofInteger(parseInt128("-170141183460469231731687303715884105728"))},
            {"consent", DataValue::ofBool(true)}};
}

} // namespace

class ProtectFieldsTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private slots:
    void objectHasFilesThenFields() {
        const fs::path file = fs::path(dir_.path().toStdString()) / "scan.pdf";
        std::ofstream(file) << "%PDF-1.7\n";
        const DataObject object = protectDataObject({file}, sampleFields());
        QCOMPARE(object.fields.size(), std::size_t(6));
        QCOMPARE(object.fields[0].key, std::string("scan_pdf"));
        QCOMPARE(object.fields[1].key, std::string("email"));
        validateDataObject(object);
        const auto schema = extractDataSchema(object);
        QCOMPARE(schema.at("email").get<std::string>(), std::string("string"));
        QCOMPARE(schema.at("age").get<std::string>(), std::string("f64"));
        QCOMPARE(schema.at("big").get<std::string>(), std::string("i128"));
        QCOMPARE(schema.at("consent").get<std::string>(), std::string("bool"));
        // Fields alone make an object too.
        QCOMPARE(protectDataObject({}, sampleFields()).fields.size(), std::size_t(5));
    }

    void clashesAndNonScalarsAreRefused() {
        const fs::path file = fs::path(dir_.path().toStdString()) / "email";
        std::ofstream(file) << "a file named like the field";
        try {
            validateDataObject(
                protectDataObject({file}, {{"email", DataValue::ofText("a@b.org")}}));
            QFAIL("a key used twice was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
        try {
            protectDataObject({}, {{"blob", DataValue::ofBytes({1, 2, 3})}});
            QFAIL("binary content as a typed field was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY(std::string(e.what()).find("blob") != std::string::npos);
        }
    }

    // The journal never holds the typed fields in clear: the pipeline seals them after the
    // dataset key, under the wallet password; a bad field is still refused on insert.
    void theJournalKeepsNoFieldInClear() {
        const fs::path db = fs::path(dir_.path().toStdString()) / "journal.sqlite";
        ProtectJournal journal(db);
        ProtectOperation op;
        op.chainId = 134;
        op.owner = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        op.name = "typed";
        op.sealedKey = "{}";
        op.fields = sampleFields();
        const std::int64_t id = journal.insert(op).id;
        QVERIFY(journal.find(id)->fields.empty());
        // A file is not a typed field: refused before anything is written.
        ProtectOperation wrong = op;
        wrong.fields = {{"doc", DataValue::ofFile("/etc/hostname")}};
        try {
            journal.insert(wrong);
            QFAIL("a file as a typed field was journaled");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        }
        // The text form round-trips every kind.
        const auto back = protectFieldsFromText(protectFieldsToText(sampleFields()));
        QCOMPARE(back.size(), std::size_t(5));
        QCOMPARE(back[1].value.text, std::string("caf\xC3\xA9 \"quoted\""));
        QCOMPARE(back[2].value.kind, DataKind::F64);
        QCOMPARE(back[2].value.number, 42.5);
        QCOMPARE(formatInt128(back[3].value.integer),
                 std::string("-170141183460469231731687303715884105728"));
        QVERIFY(back[4].value.boolean);
    }

    // create() seals the fields with the key; an operation an older version journaled with
    // its fields in clear has them sealed at its next run, and secure_delete leaves no copy
    // of the clear text in the database file.
    void fieldsAreSealedWithTheKey() {
        const fs::path root = fs::path(dir_.path().toStdString()) / "sealed";
        fs::create_directories(root);
        const fs::path db = root / "strongroom.sqlite";
        const auto contains = [&](const std::string& needle) {
            for (const char* suffix : {"", "-wal"}) {
                std::ifstream in(db.string() + suffix, std::ios::binary);
                const std::string bytes((std::istreambuf_iterator<char>(in)), {});
                if (bytes.find(needle) != std::string::npos)
                    return true;
            }
            return false;
        };
        NetworkProfile profile = builtinNetworks().at(1);
        profile.ipfsNode = profile.ipfsGateway = "http://127.0.0.1:1"; // nothing is uploaded
        std::int64_t fresh = 0, legacy = 0;
        {
            ProtectJournal journal(db);
            PendingTransactions transactions(db);
            eth::JsonRpcClient rpc({"http://127.0.0.1:1"});
            eth::TransactionManager manager(rpc, transactions, profile.chainId);
            ProtectPipeline pipeline(profile, manager, journal,
                                     {.workDir = root / "work", .keyCost = {1u << 10, 8, 1}});
            const auto owner = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
            fresh = pipeline.create({.paths = {}, .fields = sampleFields()}, owner, "pw");
            QVERIFY(!contains("alice@example.org"));
            const auto sealed =
                wallet::KeystoreCrypto::fromJson(
                    nlohmann::json::parse(pipeline.find(fresh).sealedKey), 32, 1u << 21)
                    .open("pw");
            QVERIFY(sealed.size() > 32);
            QVERIFY(std::string(sealed.text().substr(32)).find("alice@example.org") !=
                    std::string::npos);
            QCOMPARE(pipeline.revealKey(fresh, "pw").size(), std::size_t(44)); // 32 in base64

            // As an older version left it: the fields in clear beside a key sealed alone.
            legacy = pipeline.create(
                {.paths = {}, .fields = {{"email", DataValue::ofText("x@y.org")}}}, owner, "pw");
            {
                Database raw(db, strongroomMigrations());
                const crypto::SecretBytes aloneKey = crypto::SecretBytes::random(32);
                raw.prepare(
                       "UPDATE protect_operations SET fields = ?1, sealed_key = ?2 WHERE id = ?3")
                    .bind(1, protectFieldsToText(sampleFields()))
                    .bind(2, wallet::KeystoreCrypto::seal(aloneKey.view(), "pw", {1u << 10, 8, 1})
                                 .toJson()
                                 .dump())
                    .bind(3, legacy)
                    .run();
            }
            QCOMPARE(pipeline.find(legacy).fields.size(), std::size_t(5));
            const eth::PrivateKeySigner signer(crypto::SecretBytes(
                eth::fromHex("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")));
            QCOMPARE(signer.address(), owner);
            try {
                pipeline.run(legacy, signer, "pw");
                QFAIL("uploaded to a closed port");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::Network); // at Upload: after sealing, locally
            }
            const auto op = pipeline.find(legacy);
            QVERIFY(op.fields.empty());
            const auto opened =
                wallet::KeystoreCrypto::fromJson(nlohmann::json::parse(op.sealedKey), 32, 1u << 21)
                    .open("pw");
            QVERIFY(std::string(opened.text().substr(32)).find("alice@example.org") !=
                    std::string::npos);
        }
        // Every connection closed (the WAL folded into the file): no clear copy is left.
        QVERIFY(!contains("alice@example.org"));
        Database check(db, strongroomMigrations());
        auto pragma = check.prepare("PRAGMA secure_delete");
        QVERIFY(pragma.step());
        QCOMPARE(pragma.integer(0), std::int64_t(1));
    }
};

QTEST_GUILESS_MAIN(ProtectFieldsTest)
#include "tst_protectfields.moc"
