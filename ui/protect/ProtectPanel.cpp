#include "protect/ProtectPanel.h"

#include "Notify.h"
#include "Theme.h"
#include "protect/DropZone.h"
#include "protect/PasswordPrompt.h"
#include "protect/ProtectController.h"
#include "protect/ProtectDialog.h"
#include "protect/ProtectOperationsModel.h"
#include "wallet/WalletSession.h"
#include "widgets/Card.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace sr::ui {

ProtectPanel::ProtectPanel(SettingsModel& state, WalletSession& wallet, QWidget* parent)
    : QWidget(parent), wallet_(wallet), service_(new ProtectController(state, wallet, this)),
      model_(new ProtectOperationsModel(*service_, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    dropZone_ = new DropZone(this);
    layout->addWidget(dropZone_);

    // Shown only while there is something to show: running, interrupted, or done this run.
    auto* card = new Card(this);
    card_ = card;
    card->setObjectName(QStringLiteral("operationsCard"));
    listTitle_ = new QLabel(card);
    listTitle_->setObjectName(QStringLiteral("cardTitle"));
    card->body()->addWidget(listTitle_);
    auto* bannerRow = new QHBoxLayout;
    banner_ = new QLabel(card);
    banner_->setObjectName(QStringLiteral("resumeBanner"));
    banner_->setWordWrap(true);
    resumeAll_ = new QPushButton(card);
    resumeAll_->setObjectName(QStringLiteral("resumeAllButton"));
    resumeAll_->setProperty("primary", true);
    bannerRow->addWidget(banner_, 1);
    bannerRow->addWidget(resumeAll_);
    card->body()->addLayout(bannerRow);
    view_ = new QTableView(card);
    view_->setObjectName(QStringLiteral("operationsView"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(ProtectOperationsModel::Name,
                                                    QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setSectionResizeMode(ProtectOperationsModel::State,
                                                    QHeaderView::Stretch);
    view_->horizontalHeader()->setSectionResizeMode(ProtectOperationsModel::Address,
                                                    QHeaderView::ResizeToContents);
    card->body()->addWidget(view_);
    message_ = new QLabel(card);
    message_->setObjectName(QStringLiteral("operationsMessage"));
    message_->setWordWrap(true);
    card->body()->addWidget(message_);
    auto* buttons = new QHBoxLayout;
    resume_ = new QPushButton(card);
    resume_->setObjectName(QStringLiteral("resumeButton"));
    cancel_ = new QPushButton(card);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    buttons->addStretch(1);
    buttons->addWidget(cancel_);
    buttons->addWidget(resume_);
    card->body()->addLayout(buttons);
    layout->addWidget(card);

    connect(dropZone_, &DropZone::pathsChosen, this, &ProtectPanel::openProtectDialog);
    connect(resume_, &QPushButton::clicked, this, &ProtectPanel::resumeSelected);
    connect(resumeAll_, &QPushButton::clicked, this, &ProtectPanel::resumeAll);
    connect(cancel_, &QPushButton::clicked, this, &ProtectPanel::cancelSelected);
    connect(model_, &ProtectOperationsModel::rebuilt, this, &ProtectPanel::refreshButtons);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProtectPanel::refreshButtons);
    connect(&wallet_, &WalletSession::currentChanged, this, &ProtectPanel::refreshButtons);
    connect(service_, &ProtectController::cancelRefused, this,
            [this](qint64 id, const QString& reason) {
                messageAbout_ = id;
                setTone(message_, Tone::Error);
                message_->setText(reason);
            });
    // A refusal is moot once its operation ended.
    connect(service_, &ProtectController::finished, this, [this](qint64 id) {
        if (id == messageAbout_)
            message_->clear();
    });
    connect(service_, &ProtectController::protectedData, this,
            [this](const iexec::ProtectOperation& op) {
                notifyProtected(QString::fromStdString(op.name));
            });
    retranslate();
}

void ProtectPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProtectPanel::retranslate() {
    listTitle_->setText(tr("Being protected"));
    resume_->setText(tr("Resume"));
    cancel_->setText(tr("Cancel"));
    resumeAll_->setText(tr("Resume all"));
    model_->retranslate();
    refreshButtons();
}

ProtectDialog* ProtectPanel::openProtectDialog(const QStringList& paths) {
    auto* dialog = new ProtectDialog(*service_, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

std::int64_t ProtectPanel::selectedId() const {
    const auto rows = view_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(ProtectOperationsModel::IdRole).toLongLong();
}

void ProtectPanel::refreshButtons() {
    card_->setVisible(model_->rowCount() > 0);
    // As tall as its rows, up to six (then it scrolls): the list of data below stays in view.
    const int rows = std::min(model_->rowCount(), 6);
    view_->setFixedHeight(view_->horizontalHeader()->sizeHint().height() +
                          rows * view_->verticalHeader()->defaultSectionSize() +
                          2 * view_->frameWidth());
    const auto current = wallet_.current();
    int mine = 0;
    for (const auto& op : model_->interrupted())
        mine += current && op.owner == current->address;
    banner_->setText(tr("%n operation(s) did not finish. Resume them to complete the "
                        "protection; your wallet password is asked once.",
                        nullptr, mine));
    banner_->setVisible(mine > 0);
    resumeAll_->setVisible(mine > 0);
    const std::int64_t id = selectedId();
    const int row = model_->rowOf(id);
    const bool stopped = row >= 0 && !model_->operation(row).finished() && !service_->isRunning(id);
    resume_->setEnabled(stopped);
    cancel_->setEnabled(row >= 0 && !model_->operation(row).finished());
}

void ProtectPanel::resumeSelected() {
    const int row = model_->rowOf(selectedId());
    if (row < 0)
        return;
    const auto op = model_->operation(row);
    message_->clear();
    const auto credentials =
        askProtectCredentials(wallet_, op.owner,
                              tr("Type your wallet password to resume protecting “%1”.")
                                  .arg(QString::fromStdString(op.name)),
                              this);
    if (credentials)
        service_->resume(op.id, *credentials);
    refreshButtons();
}

void ProtectPanel::resumeAll() {
    const auto current = wallet_.current();
    if (!current)
        return;
    message_->clear();
    std::vector<iexec::ProtectOperation> todo;
    for (const auto& op : model_->interrupted())
        if (op.owner == current->address)
            todo.push_back(op);
    if (todo.empty())
        return;
    const auto credentials = askProtectCredentials(
        wallet_, current->address,
        tr("Type your wallet password to resume %n operation(s).", nullptr, int(todo.size())),
        this);
    if (!credentials)
        return;
    for (const auto& op : todo)
        service_->resume(op.id, *credentials);
    refreshButtons();
}

void ProtectPanel::cancelSelected() {
    const std::int64_t id = selectedId();
    if (id == 0)
        return;
    message_->clear();
    service_->cancel(id);
}

void ProtectPanel::notifyProtected(const QString& name) {
    notifyDesktop(
        this, [] { return tr("Data protected"); },
        [name] { return tr("“%1” is protected and registered on the network.").arg(name); });
}

} // namespace sr::ui
