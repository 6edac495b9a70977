// The Protected data list's model on its own: the State column for data protected here (done,
// or unfinished) and for data made elsewhere, and the filter keeping it; a new listing changes
// rows one by one (KeyedTableModel) so that a view keeps its selection.

#include "data/ProtectedDataModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QItemSelectionModel>
#include <QtTest>

using namespace sr;
using sr::ui::ProtectedDataModel;

namespace {

iexec::ProtectedData data(const char* name, std::uint8_t last) {
    iexec::ProtectedData d;
    Bytes raw(20, 0x11);
    raw.back() = last;
    d.address = eth::Address::fromBytes(raw);
    d.name = name;
    return d;
}

} // namespace

class DataModelTest : public QObject {
    Q_OBJECT
private slots:
    void stateSaysWhereEachDataStands() {
        ProtectedDataModel model;
        const auto ready = data("ready", 1);
        const auto unfinished = data("unfinished", 2);
        const auto failed = data("failed", 3);
        const auto elsewhere = data("elsewhere", 4);
        model.setListing({ready, unfinished, failed, elsewhere},
                         {{ready.address, iexec::ProtectState::Done},
                          {unfinished.address, iexec::ProtectState::Active},
                          {failed.address, iexec::ProtectState::Failed}});
        QCOMPARE(model.rowCount(), 4);
        const auto state = [&](int row, int role = Qt::DisplayRole) {
            return model.index(row, ProtectedDataModel::State).data(role);
        };
        QCOMPARE(model.headerData(ProtectedDataModel::State, Qt::Horizontal).toString(),
                 QStringLiteral("State"));
        QCOMPARE(state(0).toString(), QStringLiteral("Ready"));
        QCOMPARE(state(1).toString(), QStringLiteral("Key not delivered yet"));
        QCOMPARE(state(2).toString(), QStringLiteral("Key not delivered yet"));
        QCOMPARE(state(3).toString(), QStringLiteral("Made elsewhere"));
        // Only the unfinished ones stand out, and say what to do.
        QVERIFY(!state(0, Qt::ForegroundRole).isValid());
        QVERIFY(state(1, Qt::ForegroundRole).value<QColor>().isValid());
        QVERIFY(state(1, Qt::ToolTipRole).toString().contains(QStringLiteral("Resume")));
        QVERIFY(!state(3, Qt::ForegroundRole).isValid());
        QVERIFY(state(3, Qt::ToolTipRole).toString().contains(QStringLiteral("not known")));

        // Filtered, each row keeps its own state.
        iexec::ProtectedDataQuery query;
        query.text = "elsewhere";
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(state(0).toString(), QStringLiteral("Made elsewhere"));
        QVERIFY(model.isUnfinished(unfinished));
        QVERIFY(!model.isUnfinished(ready));
        QVERIFY(!model.isUnfinished(elsewhere));
    }

    void aNewListingChangesRowsWithoutAReset() {
        ProtectedDataModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto a = data("a", 1), b = data("b", 2), c = data("c", 3), d = data("d", 4),
                   e = data("e", 5);
        model.setListing({a, b, c, d}, {});
        QItemSelectionModel selection(&model);
        selection.select(model.index(2, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows); // c
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto names = [&] {
            QStringList out;
            for (int row = 0; row < model.rowCount(); ++row)
                out << model.index(row, ProtectedDataModel::Name).data().toString();
            return out.join(QLatin1Char(' '));
        };

        // b and d gone (two runs), e new at the front, c renamed: c stays selected.
        auto renamed = c;
        renamed.name = "c2";
        model.setListing({e, a, renamed}, {});
        QCOMPARE(names(), QStringLiteral("e a c2"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).row(), 2);

        // New rows between and after the kept ones, in runs.
        model.setListing({e, b, d, a, renamed, c}, {}); // c's key is renamed's: a repeat
        QCOMPARE(resets.count(), 1);                    // ...which only a reset can show
        model.setListing({e, a, renamed}, {});
        resets.clear();
        inserted.clear();
        model.setListing({e, b, d, a, renamed, data("f", 6)}, {});
        QCOMPARE(names(), QStringLiteral("e b d a c2 f"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 2);

        // The filter narrows and widens the same way.
        selection.select(model.index(4, 0),
                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows); // c2
        model.setQuery({"c", ""});
        QCOMPARE(names(), QStringLiteral("c2"));
        model.setQuery({});
        QCOMPARE(names(), QStringLiteral("e b d a c2 f"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().at(0).row(), 4);

        // Kept rows in another order: a reset, and the rows are right.
        model.setListing({a, e}, {});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(names(), QStringLiteral("a e"));
        model.setListing({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void aHostileSchemaShowsAsUnreadable() {
        // A schema nested without end (anyone can make one and transfer it to you) overflowed
        // the stack of the GUI thread on every listing; now the Fields column says so.
        ProtectedDataModel model;
        auto hostile = data("hostile", 1);
        hostile.schema = std::string(100000, '[') + std::string(100000, ']');
        auto deep = data("deep", 2);
        for (int i = 0; i < 100000; ++i)
            deep.schema += "{\"a\":";
        deep.schema += "1" + std::string(100000, '}');
        auto fine = data("fine", 3);
        fine.schema = R"({"email":"string"})";
        model.setListing({hostile, deep, fine}, {});
        const auto schema = [&](int row) {
            return model.index(row, ProtectedDataModel::Schema).data().toString();
        };
        QCOMPARE(schema(0), QStringLiteral("Unreadable schema"));
        QCOMPARE(schema(1), QStringLiteral("Unreadable schema"));
        QCOMPARE(schema(2), QStringLiteral("email: string"));
        QCOMPARE(model.schemaFields(), QStringList{QStringLiteral("email:string")});
        model.setQuery({"", "a"});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(DataModelTest)
#include "tst_datamodel.moc"
