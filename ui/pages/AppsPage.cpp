#include "AppsPage.h"

#include "AppState.h"
#include "models/KnownAppsModel.h"
#include "widgets/Card.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

AppsPage::AppsPage(AppState& state, QWidget* parent) : Page(parent), state_(state) {
    model_ = new KnownAppsModel(this);
    knownCard_ = new Card(this);
    knownCard_->setObjectName(QStringLiteral("knownAppsCard"));
    knownIntro_ = new QLabel(knownCard_);
    knownIntro_->setWordWrap(true);
    knownIntro_->setProperty("muted", true);
    table_ = new QTableView(knownCard_);
    table_->setObjectName(QStringLiteral("knownAppsTable"));
    table_->setModel(model_);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setShowGrid(false);
    table_->setMinimumHeight(130);
    knownCard_->body()->addWidget(knownIntro_);
    knownCard_->body()->addWidget(table_);

    approvedCard_ = new Card(this);
    approvedCard_->setObjectName(QStringLiteral("approvedAppsCard"));
    approvedText_ = new QLabel(approvedCard_);
    approvedText_->setWordWrap(true);
    approvedText_->setProperty("muted", true);
    approvedCard_->body()->addWidget(approvedText_);

    content()->addWidget(knownCard_);
    content()->addWidget(approvedCard_);
    connect(&state_, &AppState::activeNetworkChanged, this, &AppsPage::refresh);
    connect(&state_, &AppState::networksChanged, this, &AppsPage::refresh);
    retranslate();
}

void AppsPage::refresh() {
    const NetworkProfile p = state_.activeNetwork().profile;
    model_->setApps(p.knownApps);
    table_->resizeColumnsToContents();
    knownCard_->setTitle(tr("Known on %1").arg(QString::fromStdString(p.displayName)));
    knownIntro_->setText(
        p.knownApps.empty()
            ? tr("This network profile lists no known apps.")
            : tr("The apps and app whitelists this network's profile lists, with the "
                 "protected data each one needs."));
}

void AppsPage::retranslate() {
    setHeading(tr("Apps"), tr("The confidential apps you trust with your data."));
    approvedCard_->setTitle(tr("Approved apps"));
    approvedText_->setText(
        tr("Apps you approve, with their owner, code checksum and TEE framework read from the "
           "chain, will be listed here. Approving apps comes in a later version."));
    refresh();
}

} // namespace sr::ui
