#include "AppsPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "apps/AppDialog.h"
#include "models/ApprovedAppsModel.h"
#include "models/KnownAppsModel.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/WalletSession.h"
#include "widgets/Card.h"
#include "widgets/ColumnFitter.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QTableView* appTable(QWidget* parent, QAbstractItemModel* model, const char* name) {
    auto* table = makeRecordTable(parent, QLatin1String(name), model);
    table->setMinimumHeight(130);
    // Every column in view at any width: long names and addresses are cut in the middle.
    new ColumnFitter(table);
    return table;
}

} // namespace

AppsPage::AppsPage(SettingsModel& state, WalletSession& session, QWidget* parent)
    : Page(parent), state_(state), session_(session) {
    approvedModel_ = new ApprovedAppsModel(this);
    approvedCard_ = new Card(this);
    approvedCard_->setObjectName(QStringLiteral("approvedAppsCard"));
    approvedIntro_ = new QLabel(approvedCard_);
    approvedIntro_->setWordWrap(true);
    approvedIntro_->setProperty("muted", true);
    approvedTable_ = appTable(approvedCard_, approvedModel_, "approvedAppsTable");
    approvedTable_->setMinimumHeight(180);
    approvedStatus_ = new QLabel(approvedCard_);
    approvedStatus_->setObjectName(QStringLiteral("approvedAppsStatus"));
    approvedStatus_->setWordWrap(true);
    approvedStatus_->setProperty("muted", true);
    auto* actions = new QHBoxLayout;
    add_ = new QPushButton(approvedCard_);
    add_->setObjectName(QStringLiteral("addAppButton"));
    add_->setProperty("primary", true);
    edit_ = new QPushButton(approvedCard_);
    edit_->setObjectName(QStringLiteral("editAppButton"));
    remove_ = new QPushButton(approvedCard_);
    remove_->setObjectName(QStringLiteral("removeAppButton"));
    run_ = new QPushButton(approvedCard_);
    run_->setObjectName(QStringLiteral("runOnDataButton"));
    actions->addWidget(add_);
    actions->addStretch(1);
    actions->addWidget(run_);
    actions->addWidget(edit_);
    actions->addWidget(remove_);
    approvedCard_->body()->addWidget(approvedIntro_);
    approvedCard_->body()->addWidget(approvedTable_);
    approvedCard_->body()->addWidget(approvedStatus_);
    approvedCard_->body()->addLayout(actions);

    model_ = new KnownAppsModel(this);
    knownCard_ = new Card(this);
    knownCard_->setObjectName(QStringLiteral("knownAppsCard"));
    knownIntro_ = new QLabel(knownCard_);
    knownIntro_->setWordWrap(true);
    knownIntro_->setProperty("muted", true);
    table_ = appTable(knownCard_, model_, "knownAppsTable");
    knownCard_->body()->addWidget(knownIntro_);
    knownCard_->body()->addWidget(table_);

    content()->addWidget(approvedCard_);
    content()->addWidget(knownCard_);
    connect(add_, &QPushButton::clicked, this, &AppsPage::addApp);
    connect(edit_, &QPushButton::clicked, this, &AppsPage::editApp);
    connect(remove_, &QPushButton::clicked, this, &AppsPage::removeApp);
    connect(run_, &QPushButton::clicked, this, [this] {
        const auto rows = approvedTable_->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit runOnDataRequested(approvedModel_->at(rows.first().row()).address);
    });
    connect(approvedTable_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppsPage::updateButtons);
    connect(approvedTable_, &QTableView::doubleClicked, this, &AppsPage::editApp);
    connect(&state_, &SettingsModel::activeNetworkChanged, this, &AppsPage::refreshKnown);
    connect(&state_, &SettingsModel::networksChanged, this, &AppsPage::refreshKnown);
    connect(&session_, &WalletSession::chainChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslate();
}

void AppsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    refresh();
}

void AppsPage::refresh() {
    auto chain = session_.chain();
    if (!chain)
        return;
    const int generation = ++generation_;
    loading_ = true;
    runAsync(
        this, [chain] { return chain->approvedApps()->list(chain->profile().chainId); },
        [this, generation](AsyncResult<std::vector<iexec::ApprovedApp>> result) {
            if (generation != generation_)
                return;
            loading_ = false;
            if (!result.ok()) {
                approvedStatus_->setText(
                    tr("Could not read the approved apps: %1").arg(errorText(*result.error)));
            } else {
                approvedModel_->setApps(std::move(*result.value));
                approvedStatus_->setText(
                    approvedModel_->apps().empty()
                        ? tr("No app is approved on this network: add one by its address.")
                        : QString());
            }
            updateButtons();
            emit refreshed();
        },
        session_.pool());
}

void AppsPage::updateButtons() {
    const bool chosen = !approvedTable_->selectionModel()->selectedRows().isEmpty();
    edit_->setEnabled(chosen);
    remove_->setEnabled(chosen);
    // An app runs; a whitelist does not (its member apps do).
    const auto rows = approvedTable_->selectionModel()->selectedRows();
    run_->setEnabled(chosen && session_.chain() &&
                     approvedModel_->at(rows.first().row()).kind == iexec::AppKind::App);
    add_->setEnabled(session_.chain() != nullptr);
}

void AppsPage::addApp() {
    AppDialog dialog(state_, session_, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AppsPage::editApp() {
    const auto rows = approvedTable_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    AppDialog dialog(state_, session_, approvedModel_->at(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AppsPage::removeApp() {
    const auto rows = approvedTable_->selectionModel()->selectedRows();
    auto chain = session_.chain();
    if (rows.isEmpty() || !chain)
        return;
    const iexec::ApprovedApp app = approvedModel_->at(rows.first().row());
    QMessageBox confirm(
        QMessageBox::Question, tr("Remove approved app"),
        tr("Remove “%1” from your approved apps?").arg(QString::fromStdString(app.name)),
        QMessageBox::NoButton, this);
    confirm.setObjectName(QStringLiteral("removeAppConfirmDialog"));
    confirm.setInformativeText(tr("Grants you already gave it stay valid until you revoke them "
                                  "on the Access page."));
    auto* yes = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    // Return keeps the app: removing takes a deliberate click.
    confirm.setDefaultButton(confirm.addButton(QMessageBox::Cancel));
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    const std::uint64_t chainId = chain->profile().chainId;
    runAsync(
        this,
        [chain, chainId, address = app.address] {
            chain->approvedApps()->remove(chainId, address);
        },
        [this](AsyncResult<void> result) {
            if (!result.ok())
                approvedStatus_->setText(errorText(*result.error));
            refresh();
        },
        session_.pool());
}

void AppsPage::refreshKnown() {
    const NetworkProfile p = state_.activeNetwork().profile;
    model_->setApps(p.knownApps);
    knownCard_->setTitle(tr("Known on %1").arg(QString::fromStdString(p.displayName)));
    knownIntro_->setText(
        p.knownApps.empty()
            ? tr("This network profile lists no known apps.")
            : tr("The apps and app whitelists this network's profile lists, with the "
                 "protected data each one needs. They are approved for you the first time "
                 "you use this network; remove any you don't want."));
}

void AppsPage::retranslate() {
    setHeading(tr("Apps"), tr("The confidential apps you trust with your data."));
    approvedCard_->setTitle(tr("Approved apps"));
    approvedIntro_->setText(
        tr("Only these apps and app whitelists can be granted access to your data. Who "
           "owns each one and its code are read from the chain, where it runs from its orders "
           "on the marketplace."));
    add_->setText(tr("Add by address…"));
    edit_->setText(tr("Edit…"));
    remove_->setText(tr("Remove"));
    run_->setText(tr("Run on my data…"));
    run_->setToolTip(tr("A new computation: this app on one of your protected data."));
    refreshKnown();
    updateButtons();
}

} // namespace sr::ui
