#include "access/AccessPage.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "access/GrantDialog.h"
#include "access/GrantListing.h"
#include "access/GrantsModel.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressFilter.h"
#include "widgets/AddressLabel.h"
#include "widgets/Card.h"
#include "widgets/ColumnFitter.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <set>

namespace sr::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr auto kRevokeWait = std::chrono::minutes(5);

} // namespace

AccessPage::AccessPage(SettingsModel& state, WalletSession& session, QWidget* parent)
    : AccountPage(session, QStringLiteral("noWalletAccessCard"), parent), state_(state) {
    model_ = new GrantsModel(this);
    auto* full = accountLayout()->parentWidget();
    auto* fullLayout = accountLayout();
    grantsCard_ = new Card(full);
    grantsCard_->setObjectName(QStringLiteral("grantsCard"));
    auto* filters = new QHBoxLayout;
    dataFilter_ = new QComboBox(grantsCard_);
    dataFilter_->setObjectName(QStringLiteral("accessFilterData"));
    appFilter_ = new QComboBox(grantsCard_);
    appFilter_->setObjectName(QStringLiteral("accessFilterApp"));
    userFilter_ = new QComboBox(grantsCard_);
    userFilter_->setObjectName(QStringLiteral("accessFilterUser"));
    // They share the row and may narrow (their text elided): sized to their contents, the
    // three of them pushed a narrow window sideways in French.
    for (auto* combo : {dataFilter_, appFilter_, userFilter_}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        filters->addWidget(combo, 1);
    }
    refresh_ = new QPushButton(grantsCard_);
    refresh_->setObjectName(QStringLiteral("accessRefresh"));
    filters->addWidget(refresh_);
    grantsCard_->body()->addLayout(filters);
    table_ = makeRecordTable(grantsCard_, QStringLiteral("grantsTable"), model_,
                             QAbstractItemView::ExtendedSelection);
    table_->setMinimumHeight(260);
    fitter_ = new ColumnFitter(table_); // every column in view, French included
    grantsCard_->body()->addWidget(table_);
    empty_ = new QLabel(grantsCard_);
    empty_->setObjectName(QStringLiteral("accessEmpty"));
    empty_->setWordWrap(true);
    empty_->setProperty("muted", true);
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setMinimumHeight(120);
    grantsCard_->body()->addWidget(empty_);
    status_ = new QLabel(grantsCard_);
    status_->setObjectName(QStringLiteral("accessStatus"));
    status_->setWordWrap(true);
    status_->setProperty("muted", true);
    grantsCard_->body()->addWidget(status_);
    auto* actions = new QHBoxLayout;
    grant_ = new QPushButton(grantsCard_);
    grant_->setObjectName(QStringLiteral("accessGrantButton"));
    grant_->setProperty("primary", true);
    revoke_ = new QPushButton(grantsCard_);
    revoke_->setObjectName(QStringLiteral("revokeButton"));
    revokeAll_ = new QPushButton(grantsCard_);
    revokeAll_->setObjectName(QStringLiteral("revokeAllButton"));
    actions->addWidget(grant_);
    actions->addStretch(1);
    actions->addWidget(revoke_);
    actions->addWidget(revokeAll_);
    grantsCard_->body()->addLayout(actions);
    fullLayout->addWidget(grantsCard_);

    progressCard_ = new Card(full);
    progressCard_->setObjectName(QStringLiteral("revokeProgressCard"));
    progress_ = new QListWidget(progressCard_);
    progress_->setObjectName(QStringLiteral("revokeProgress"));
    progressCard_->body()->addWidget(progress_);
    progressError_ = new QLabel(progressCard_);
    progressError_->setObjectName(QStringLiteral("revokeError"));
    progressError_->setWordWrap(true);
    setTone(progressError_, Tone::Error);
    progressError_->hide();
    progressCard_->body()->addWidget(progressError_);
    auto* progressActions = new QHBoxLayout;
    hideProgress_ = new QPushButton(progressCard_);
    hideProgress_->setObjectName(QStringLiteral("revokeProgressHide"));
    progressActions->addStretch(1);
    progressActions->addWidget(hideProgress_);
    progressCard_->body()->addLayout(progressActions);
    progressCard_->hide();
    fullLayout->addWidget(progressCard_);

    for (auto* combo : {dataFilter_, appFilter_, userFilter_})
        connect(combo, &QComboBox::currentIndexChanged, this, &AccessPage::applyFilter);
    connect(refresh_, &QPushButton::clicked, this, &AccessPage::refresh);
    connect(hideProgress_, &QPushButton::clicked, progressCard_, &QWidget::hide);
    connect(grant_, &QPushButton::clicked, this, &AccessPage::openGrantDialog);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::updateButtons);
    connect(revoke_, &QPushButton::clicked, this, [this] {
        std::vector<iexec::GrantedAccess> chosen;
        for (const auto& index : table_->selectionModel()->selectedRows())
            chosen.push_back(model_->at(index.row()));
        revoke(std::move(chosen));
    });
    connect(revokeAll_, &QPushButton::clicked, this, [this] { revoke(model_->shown()); });
    // Locking takes the key from the revoke under way too: it stops waiting and lets it go.
    connect(&session, &WalletSession::lockChanged, this, [this](bool unlocked) {
        if (unlocked || !revoking_)
            return;
        revokeStoppedByLock_ = true;
        revokeCancel_.cancel();
    });
    retranslate();
}

void AccessPage::clear() {
    model_->setGrants({}, {}, {});
}

void AccessPage::load(const std::shared_ptr<ChainContext>& chain, const eth::Address& owner,
                      bool quiet) {
    const int generation = this->generation();
    if (!quiet) {
        refresh_->setEnabled(false);
        status_->setText(tr("Reading your grants from the %1 marketplace…")
                             .arg(q(chain->profile().displayName)));
    }
    runAsync(
        this, [chain, owner] { return readGrantListing(*chain, owner); },
        [this, generation](AsyncResult<GrantListing> result) {
            // The rows selected stay selected when they are still listed.
            const std::set<Hash32> keep = selectedOrders();
            refresh_->setEnabled(true);
            if (!endLoad(generation))
                return;
            failed_ = !result.ok();
            setTone(status_, failed_ ? Tone::Error : Tone::Neutral);
            if (!result.ok()) {
                status_->setText(
                    tr("Could not read your grants: %1").arg(errorText(*result.error)));
            } else {
                model_->setGrants(std::move(result.value->grants),
                                  std::move(result.value->dataNames),
                                  std::move(result.value->appNames));
                status_->setText(tr("Up to date with the marketplace and the chain."));
                rebuildFilters();
            }
            applyFilter();
            reselect(keep);
            emit refreshed();
        },
        session_.pool());
}

std::set<Hash32> AccessPage::selectedOrders() const {
    std::set<Hash32> out;
    for (const auto& index : table_->selectionModel()->selectedRows())
        out.insert(model_->at(index.row()).orderHash);
    return out;
}

void AccessPage::reselect(const std::set<Hash32>& orders) {
    for (int row = 0; row < model_->rowCount(); ++row)
        if (orders.count(model_->at(row).orderHash))
            table_->selectionModel()->select(model_->index(row, 0), QItemSelectionModel::Select |
                                                                        QItemSelectionModel::Rows);
}

void AccessPage::rebuildFilters() {
    std::set<eth::Address> datasets, apps, users;
    for (const auto& g : model_->all()) {
        datasets.insert(g.dataset());
        apps.insert(g.app());
        if (!g.user().isZero())
            users.insert(g.user());
    }
    // The data filtered on, or asked for from the Protected data page, stays listed even
    // without a grant (its last one revoked, or none yet): "no grant matches" then says so.
    if (const auto current = chosenAddress(dataFilter_))
        datasets.insert(*current);
    if (wantedData_)
        datasets.insert(*wantedData_);
    const auto hex = [](const eth::Address& a) { return q(a.toChecksumHex()); };
    std::vector<std::pair<QString, eth::Address>> choices;
    for (const auto& a : datasets)
        choices.emplace_back(model_->dataName(a), a);
    listAddresses(dataFilter_, tr("All data"), choices);
    if (wantedData_) {
        const QSignalBlocker blocker(dataFilter_);
        dataFilter_->setCurrentIndex(dataFilter_->findData(hex(*wantedData_)));
        appFilter_->setCurrentIndex(0);
        userFilter_->setCurrentIndex(0);
        wantedData_.reset();
    }
    choices.clear();
    for (const auto& a : apps)
        choices.emplace_back(model_->appName(a), a);
    listAddresses(appFilter_, tr("All apps"), choices);
    choices.clear();
    choices.emplace_back(tr("Anyone"), eth::Address());
    for (const auto& a : users)
        choices.emplace_back(AddressLabel::shorten(hex(a)), a);
    listAddresses(userFilter_, tr("All users"), choices);
}

void AccessPage::applyFilter() {
    iexec::AccessFilter filter;
    filter.dataset = chosenAddress(dataFilter_);
    filter.app = chosenAddress(appFilter_);
    filter.user = chosenAddress(userFilter_);
    const std::set<Hash32> keep = selectedOrders();
    model_->setFilter(filter);
    reselect(keep);
    const int shown = model_->rowCount();
    const int total = static_cast<int>(model_->all().size());
    table_->setVisible(shown > 0);
    empty_->setVisible(shown == 0);
    if (total == 0 && failed_)
        empty_->setText(tr("Your grants could not be read: see why below."));
    else if (total == 0 && revokedBy_ && session_.current() &&
             session_.current()->address == *revokedBy_)
        empty_->setText(tr("No grant left: the ones you revoked are closed. Grant access again "
                           "to let an app compute on your data."));
    else if (total == 0)
        empty_->setText(tr("You have not granted access to any of your data on this network. "
                           "Grant access to let an app compute on it."));
    else
        empty_->setText(tr("No grant matches these filters."));
    grantsCard_->setTitle(failed_ && total == 0 ? tr("Grants")
                          : shown == total      ? tr("%n grant(s)", nullptr, total)
                                           : tr("%1 of %n grant(s)", nullptr, total).arg(shown));
    fitter_->fit();
    updateButtons();
}

void AccessPage::updateButtons() {
    const bool signable = session_.canSign() && session_.chain() && session_.chain()->canSend();
    const int selected = table_->selectionModel()->selectedRows().size();
    revoke_->setEnabled(signable && !revoking_ && selected > 0);
    revoke_->setText(selected > 1 ? tr("Revoke %n selected", nullptr, selected) : tr("Revoke"));
    const int shown = model_->rowCount();
    revokeAll_->setEnabled(signable && !revoking_ && shown > 0);
    revokeAll_->setText(shown > 0 ? tr("Revoke all %n shown", nullptr, shown) : tr("Revoke all"));
    grant_->setEnabled(signable);
}

void AccessPage::showGrantsOf(const eth::Address& dataset) {
    wantedData_ = dataset;
    rebuildFilters();
    applyFilter();
}

void AccessPage::openGrantDialog() {
    GrantDialog dialog(state_, session_, chosenAddress(dataFilter_), this);
    connect(&dialog, &GrantDialog::granted, this, &AccessPage::refresh);
    dialog.exec();
}

void AccessPage::revoke(std::vector<iexec::GrantedAccess> grants) {
    const auto account = session_.current();
    auto chain = session_.chain();
    if (grants.empty() || !account || !chain || !chain->canSend() || revoking_)
        return;
    const int count = static_cast<int>(grants.size());
    // The confirmation names what it closes: the grant, or the first ones of a list.
    const auto describe = [this](const iexec::GrantedAccess& g) {
        return tr("“%1” for %2, to %3")
            .arg(model_->dataName(g.dataset()), model_->appName(g.app()),
                 g.user().isZero() ? tr("anyone")
                                   : AddressLabel::shorten(q(g.user().toChecksumHex())));
    };
    QString question;
    if (count == 1) {
        question = tr("Revoke the grant of %1?").arg(describe(grants.front()));
    } else {
        constexpr int kNamed = 5;
        QStringList lines;
        for (int i = 0; i < std::min(count, kNamed); ++i)
            lines << QStringLiteral("• ") + describe(grants[std::size_t(i)]);
        if (count > kNamed)
            lines << tr("and %n more", nullptr, count - kNamed);
        question = tr("Revoke %n grant(s)?", nullptr, count) + QLatin1Char('\n') +
                   lines.join(QLatin1Char('\n'));
    }
    QMessageBox confirm(QMessageBox::Warning, tr("Revoke access"), question, QMessageBox::NoButton,
                        this);
    confirm.setObjectName(QStringLiteral("revokeConfirmDialog"));
    confirm.setTextFormat(Qt::PlainText);
    confirm.setInformativeText(
        tr("Each grant is closed on chain, one transaction each with its network fee, then "
           "taken off the marketplace. Accesses already used stay used."));
    auto* yes = confirm.addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this, tr("to revoke %n grant(s)", nullptr, count)))
        return;
    auto signer = session_.signer();
    if (!signer || signer->address() != account->address)
        return;

    revokeGrants_ = grants;
    revokeStates_.assign(grants.size(), RevokeState::Waiting);
    progress_->clear();
    for (std::size_t i = 0; i < grants.size(); ++i)
        progress_->addItem(QString());
    for (std::size_t i = 0; i < grants.size(); ++i)
        showRevokeState(i);
    progressError_->clear();
    progressError_->hide();
    progress_->setFixedHeight(std::min(count, 6) * progress_->sizeHintForRow(0) +
                              2 * progress_->frameWidth() + 4);
    hideProgress_->setEnabled(false);
    revokeStopped_ = false;
    revoking_ = true;
    // Cancelled by a lock (the key goes), and when the app quits (the closes stay journaled
    // and are followed at the next start) instead of holding the window open for the wait.
    revokeCancel_ = session_.shutdownToken().linked();
    revokeStoppedByLock_ = false;
    showRevokeTitle();
    progressCard_->show();
    updateButtons();
    status_->setText(tr("Revoking… Keep Strongroom open until every grant is closed."));

    // Each step is shown as it happens: the worker posts to the GUI thread, where the page is
    // checked to still exist.
    QPointer<AccessPage> self(this);
    const auto onStep = [self](std::size_t index, std::size_t, const iexec::GrantedAccess&,
                               iexec::RevokeStep step) {
        QMetaObject::invokeMethod(
            qApp,
            [self, index, step] {
                if (!self || index >= self->revokeStates_.size())
                    return;
                self->revokeStates_[index] =
                    step == iexec::RevokeStep::Sending ? RevokeState::Sending
                    : step == iexec::RevokeStep::Mined ? RevokeState::Mined
                                                       : RevokeState::Revoked;
                self->showRevokeState(index);
            },
            Qt::QueuedConnection);
    };
    runAsync(
        this,
        [chain, grants, signer, onStep, cancel = revokeCancel_] {
            return chain->access().revoke(grants, chain->transactions(), *signer, onStep,
                                          kRevokeWait, &cancel);
        },
        [this, owner = account->address](AsyncResult<std::vector<TxRecord>> result) {
            revoking_ = false;
            revokedBy_ = owner;
            hideProgress_->setEnabled(true);
            if (result.ok()) {
                showRevokeTitle();
                status_->setText(tr("Revoked. Reading the list again…"));
            } else {
                // The one being sent failed; those after it were left as they were.
                for (std::size_t i = 0; i < revokeStates_.size(); ++i) {
                    if (revokeStates_[i] == RevokeState::Sending)
                        revokeStates_[i] = RevokeState::Failed;
                    else if (revokeStates_[i] == RevokeState::Waiting)
                        revokeStates_[i] = RevokeState::Untouched;
                    showRevokeState(i);
                }
                revokeStopped_ = true;
                showRevokeTitle();
                progressError_->setText(
                    revokeStoppedByLock_ && result.error->code() == ErrorCode::Cancelled
                        ? tr("Stopped because the wallet was locked: its key is not kept while "
                             "it is locked. The closes already sent stay in the Activity list "
                             "and are mined all the same; revoke again after unlocking for "
                             "the others.")
                        : errorText(*result.error));
                progressError_->show();
            }
            emit revokeFinished(result.ok());
            refresh();
        },
        session_.pool());
}

void AccessPage::showRevokeTitle() {
    const int count = static_cast<int>(revokeGrants_.size());
    progressCard_->setTitle(revoking_        ? tr("Revoking %n grant(s)", nullptr, count)
                            : revokeStopped_ ? tr("Revoke stopped")
                                             : tr("%n grant(s) revoked", nullptr, count));
}

void AccessPage::showRevokeState(std::size_t index) {
    if (index >= revokeGrants_.size() || int(index) >= progress_->count())
        return;
    const auto& g = revokeGrants_[index];
    QString state;
    switch (revokeStates_[index]) {
    case RevokeState::Waiting:
        state = tr("waiting");
        break;
    case RevokeState::Sending:
        state = tr("closing on chain…");
        break;
    case RevokeState::Mined:
        state = tr("closed on chain");
        break;
    case RevokeState::Revoked:
        state = tr("revoked");
        break;
    case RevokeState::Failed:
        state = tr("failed: still granted");
        break;
    case RevokeState::Untouched:
        state = tr("not revoked");
        break;
    }
    auto* item = progress_->item(int(index));
    item->setText(tr("%1 · %2 · %3: %4")
                      .arg(model_->dataName(g.dataset()), model_->appName(g.app()),
                           g.user().isZero() ? tr("anyone")
                                             : AddressLabel::shorten(q(g.user().toChecksumHex())),
                           state));
    item->setForeground(revokeStates_[index] == RevokeState::Failed ? QBrush(toneColor(Tone::Error))
                                                                    : QBrush());
}

void AccessPage::retranslate() {
    setHeading(tr("Access"), tr("Who may compute on your data, for what price, how many times."));
    setNoWalletTexts(tr("No wallet yet"),
                     tr("Grants belong to the account that owns the data. Create or "
                        "import a wallet on the Wallet page to grant and revoke access."));
    refresh_->setText(tr("Refresh"));
    hideProgress_->setText(tr("Hide"));
    // A revoke's progress card stays on screen after it ends: it speaks the new language too.
    if (!revokeGrants_.empty()) {
        showRevokeTitle();
        for (std::size_t i = 0; i < revokeGrants_.size(); ++i)
            showRevokeState(i);
    }
    grant_->setText(tr("Grant access…"));
    dataFilter_->setToolTip(tr("Only the grants of this data"));
    appFilter_->setToolTip(tr("Only the grants to this app"));
    userFilter_->setToolTip(tr("Only the grants to this user"));
    if (!model_->all().empty())
        rebuildFilters();
    else {
        for (auto [combo, text] :
             {std::pair{dataFilter_, tr("All data")}, std::pair{appFilter_, tr("All apps")},
              std::pair{userFilter_, tr("All users")}}) {
            const QSignalBlocker blocker(combo);
            combo->clear();
            combo->addItem(text, QString());
        }
    }
    applyFilter();
}

} // namespace sr::ui
