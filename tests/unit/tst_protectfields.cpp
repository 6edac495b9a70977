// Typed fields of a protect operation (email, text, numbers, big integers, booleans next to
// the files): the object the pipeline seals from them, what it refuses, and their round trip
// through the journal (ProtectJournal, migration 5), emptied once the operation ended.
#include "iexec/DataObject.h"
#include "iexec/ProtectJournal.h"
#include "iexec/ProtectPipeline.h"
#include "util/Error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <filesystem>
#include <fstream>

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

    void fieldsRoundTripThroughTheJournal() {
        ProtectJournal journal(fs::path(dir_.path().toStdString()) / "db.sqlite");
        ProtectOperation op;
        op.chainId = 134;
        op.owner = eth::Address::fromHex("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        op.name = "typed";
        op.sealedKey = "{}";
        op.fields = sampleFields();
        const std::int64_t id = journal.insert(op).id;
        ProtectOperation back = *journal.find(id);
        QCOMPARE(back.fields.size(), std::size_t(5));
        QCOMPARE(back.fields[0].value.text, std::string("alice@example.org"));
        QCOMPARE(back.fields[1].value.text, std::string("caf\xC3\xA9 \"quoted\""));
        QCOMPARE(back.fields[2].value.kind, DataKind::F64);
        QCOMPARE(back.fields[2].value.number, 42.5);
        QCOMPARE(back.fields[3].value.kind, DataKind::I128);
        QCOMPARE(formatInt128(back.fields[3].value.integer),
                 std::string("-170141183460469231731687303715884105728"));
        QCOMPARE(back.fields[4].value.kind, DataKind::Bool);
        QVERIFY(back.fields[4].value.boolean);
        back.fields.clear();
        journal.update(back);
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
    }
};

QTEST_GUILESS_MAIN(ProtectFieldsTest)
#include "tst_protectfields.moc"
