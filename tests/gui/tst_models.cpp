// The table models that have no suite of their own, each watched by QAbstractItemModelTester
// (Qt's checker of the model contract: row counts, parents, the signals around every change)
// while it goes through the listings the pages give it: empty, filled, reordered, shrunk,
// filtered, with a repeated key.

#include "access/GrantsModel.h"
#include "models/ApprovedAppsModel.h"
#include "models/KnownAppsModel.h"
#include "models/TextFilter.h"
#include "widgets/AddressFilter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QtTest>

using namespace sr;
using sr::ui::ApprovedAppsModel;
using sr::ui::GrantsModel;
using sr::ui::KnownAppsModel;
using sr::ui::TextFilter;

namespace {

constexpr auto kFail = QAbstractItemModelTester::FailureReportingMode::QtTest;

eth::Address address(std::uint8_t last) {
    Bytes raw(20, 0x11);
    raw.back() = last;
    return eth::Address::fromBytes(raw);
}

iexec::GrantedAccess grant(std::uint8_t key, std::uint8_t dataset, std::uint8_t user,
                           std::uint64_t remaining = 3) {
    iexec::GrantedAccess g;
    g.orderHash.fill(key);
    g.order.order.dataset = address(dataset);
    g.order.order.apprestrict = address(0xa0);
    g.order.order.requesterrestrict = user == 0 ? eth::Address::zero() : address(user);
    g.order.order.volume = eth::U256(std::uint64_t{3});
    g.order.order.datasetprice = eth::U256(std::uint64_t{150'000'000});
    g.remaining = eth::U256(remaining);
    g.signer = g.datasetOwner = address(0xee);
    return g;
}

iexec::ApprovedApp approved(const char* name, std::uint8_t last, bool whitelist = false) {
    iexec::ApprovedApp app;
    app.chainId = 31337;
    app.address = address(last);
    app.name = name;
    app.kind = whitelist ? iexec::AppKind::Whitelist : iexec::AppKind::App;
    app.schema = whitelist ? nlohmann::json::object() : nlohmann::json{{"email", "string"}};
    return app;
}

KnownApp known(const char* name, std::uint8_t last, bool whitelist = false) {
    KnownApp app;
    app.name = name;
    app.address = address(last).toChecksumHex();
    app.whitelist = whitelist;
    app.schema = nlohmann::json{{"profile", {{"age", "f64"}}}};
    return app;
}

// Every cell's display text, row by row, so that a test sees what a view would show.
QStringList column(const QAbstractItemModel& model, int col) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, col).data().toString();
    return out;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private slots:
    void grantsFollowEveryKindOfListing() {
        GrantsModel model;
        QAbstractItemModelTester tester(&model, kFail);
        QCOMPARE(model.columnCount(), int(GrantsModel::ColumnCount));
        const std::map<eth::Address, QString> dataNames{{address(1), "medical"},
                                                        {address(2), "emails"}};
        const std::map<eth::Address, QString> appNames{{address(0xa0), "Web3Mail"}};

        model.setGrants({}, dataNames, appNames);
        QCOMPARE(model.rowCount(), 0);

        model.setGrants({grant(1, 1, 0), grant(2, 2, 5), grant(3, 1, 6, 1)}, dataNames, appNames);
        QCOMPARE(column(model, GrantsModel::Data), (QStringList{"medical", "emails", "medical"}));
        QCOMPARE(column(model, GrantsModel::App).front(), QStringLiteral("Web3Mail"));
        QCOMPARE(column(model, GrantsModel::User).front(), QStringLiteral("Anyone"));
        QCOMPARE(column(model, GrantsModel::Remaining).back(), QStringLiteral("1 of 3"));
        QCOMPARE(column(model, GrantsModel::Price).front(), QStringLiteral("0.15 RLC"));

        // A row used up in between: updated in place, no reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setGrants({grant(1, 1, 0), grant(2, 2, 5, 0), grant(3, 1, 6, 1)}, dataNames,
                        appNames);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(1, GrantsModel::Remaining).data().toString(),
                 QStringLiteral("0 of 3"));

        // Revoked in the middle, a new one at the end, then reordered, then a repeated key.
        model.setGrants({grant(1, 1, 0), grant(3, 1, 6, 1), grant(4, 2, 0)}, dataNames, appNames);
        QCOMPARE(model.rowCount(), 3);
        model.setGrants({grant(4, 2, 0), grant(1, 1, 0)}, dataNames, appNames);
        QCOMPARE(column(model, GrantsModel::Data), (QStringList{"emails", "medical"}));
        model.setGrants({grant(4, 2, 0), grant(4, 2, 0)}, dataNames, appNames);
        QCOMPARE(model.rowCount(), 2);

        // Filters keep every grant and show the matching ones.
        model.setGrants({grant(1, 1, 0), grant(2, 2, 5), grant(3, 1, 6)}, dataNames, appNames);
        model.setFilter({.dataset = address(1), .app = {}, .user = {}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.all().size(), std::size_t{3});
        model.setFilter({.dataset = {}, .app = {}, .user = address(5)});
        QCOMPARE(column(model, GrantsModel::Data), QStringList{"emails"});
        model.setFilter({.dataset = address(9), .app = {}, .user = {}});
        QCOMPARE(model.rowCount(), 0);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);

        // An address without a name is shown shortened, with the whole one as tooltip.
        model.setGrants({grant(7, 8, 0)}, {}, {});
        QVERIFY(!model.index(0, GrantsModel::Data).data().toString().isEmpty());
        QCOMPARE(model.index(0, GrantsModel::Data).data(Qt::ToolTipRole).toString(),
                 QString::fromStdString(address(8).toChecksumHex()));
    }

    void approvedAppsKeepTheContract() {
        ApprovedAppsModel model;
        QAbstractItemModelTester tester(&model, kFail);
        QCOMPARE(model.rowCount(), 0);
        model.setApps({approved("Web3Mail", 1), approved("Team apps", 2, true)});
        QCOMPARE(column(model, ApprovedAppsModel::Name), (QStringList{"Web3Mail", "Team apps"}));
        QCOMPARE(column(model, ApprovedAppsModel::Kind), (QStringList{"App", "App whitelist"}));
        QCOMPARE(column(model, ApprovedAppsModel::Schema), (QStringList{"email: string", "Any"}));
        QCOMPARE(model.rowOf(address(2)), std::optional<int>(1));
        QCOMPARE(model.rowOf(address(3)), std::optional<int>());
        model.setApps({approved("Team apps", 2, true)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(address(2)), std::optional<int>(0));
        model.setApps({});
        QCOMPARE(model.rowCount(), 0);
    }

    void knownAppsKeepTheContract() {
        KnownAppsModel model;
        QAbstractItemModelTester tester(&model, kFail);
        model.setApps({known("Web3Mail", 1), known("Whitelist", 2, true)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(KnownAppsModel::ColumnCount));
        QCOMPARE(model.index(0, KnownAppsModel::Name).data().toString(),
                 QStringLiteral("Web3Mail"));
        QCOMPARE(model.index(0, KnownAppsModel::Schema).data().toString(),
                 QStringLiteral("profile.age: f64"));
        model.setApps({known("Whitelist", 2, true)});
        QCOMPARE(model.rowCount(), 1);
        model.setApps({});
        QCOMPARE(model.rowCount(), 0);
    }

    void textFilterFindsWhatCellsShowOrHold() {
        // The Computations and Earnings filters' common part: a text shown in any column, or
        // the full address behind a shortened one, case ignored; sorted by the sort role.
        constexpr int kSort = Qt::UserRole + 1;
        constexpr int kAddress = Qt::UserRole + 2;
        QStandardItemModel source(0, 2);
        const auto add = [&](const QString& name, const QString& shown, const QString& full,
                             int sortKey) {
            auto* first = new QStandardItem(name);
            first->setData(sortKey, kSort);
            auto* second = new QStandardItem(shown);
            second->setData(full, kAddress);
            source.appendRow({first, second});
        };
        add("Medical", "0x1111…1111", "0x1111aaaa1111", 3);
        add("emails", "0x2222…2222", "0x2222bbbb2222", 1);
        add("Photos", "0x3333…3333", "0x3333aaaa3333", 2);
        TextFilter filter(kSort, kAddress);
        QAbstractItemModelTester tester(&filter, kFail);
        filter.setSourceModel(&source);
        QCOMPARE(filter.rowCount(), 3);
        filter.sort(0);
        QCOMPARE(column(filter, 0), (QStringList{"emails", "Photos", "Medical"}));

        filter.setText("  EMAIL ");
        QCOMPARE(filter.text(), QStringLiteral("EMAIL"));
        QCOMPARE(column(filter, 0), (QStringList{"emails"}));
        filter.setText("aaaa"); // only in the full addresses
        QCOMPARE(column(filter, 0), (QStringList{"Photos", "Medical"}));
        filter.setText("…2222"); // as a shortened cell shows it
        QCOMPARE(column(filter, 0), (QStringList{"emails"}));
        filter.setText("nowhere");
        QCOMPARE(filter.rowCount(), 0);
        source.removeRow(0);
        filter.setText("");
        QCOMPARE(column(filter, 0), (QStringList{"emails", "Photos"}));
    }

    void addressFiltersKeepTheirChoice() {
        // The Access and Earnings pages' filters: "All …" then one entry per address, the
        // choice kept across a refill while its address is still listed.
        QComboBox combo;
        QSignalSpy changed(&combo, &QComboBox::currentIndexChanged);
        ui::listAddresses(&combo, "All data", {{"medical", address(1)}, {"emails", address(2)}});
        QCOMPARE(combo.count(), 3);
        QCOMPARE(combo.itemText(0), QStringLiteral("All data"));
        QVERIFY(!ui::chosenAddress(&combo));
        const QString full = QString::fromStdString(address(2).toChecksumHex());
        QCOMPARE(combo.itemData(2).toString(), full);
        QCOMPARE(combo.itemData(2, Qt::ToolTipRole).toString(), full);
        combo.setCurrentIndex(2);
        QVERIFY(ui::chosenAddress(&combo) == address(2));
        changed.clear();
        ui::listAddresses(&combo, "All data", {{"emails", address(2)}, {"photos", address(3)}});
        QCOMPARE(combo.currentText(), QStringLiteral("emails"));
        QVERIFY(ui::chosenAddress(&combo) == address(2));
        ui::listAddresses(&combo, "All data", {{"photos", address(3)}});
        QCOMPARE(combo.currentIndex(), 0); // its address is gone: all again
        QVERIFY(!ui::chosenAddress(&combo));
        QCOMPARE(changed.count(), 0); // refilled without a signal
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
