// The Protected data list's model on its own: the State column for data protected here (done,
// or unfinished) and for data made elsewhere, and the filter keeping it.

#include "data/ProtectedDataModel.h"

#include <QColor>
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
};

QTEST_MAIN(DataModelTest)
#include "tst_datamodel.moc"
