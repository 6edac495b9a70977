#include "wallet/AddressBookDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "session/Contacts.h"
#include "session/Session.h"
#include "util/Error.h"
#include "wallet/WalletSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QString kindText(ContactKind kind) {
    switch (kind) {
    case ContactKind::User:
        return AddressBookDialog::tr("Person");
    case ContactKind::App:
        return AddressBookDialog::tr("App");
    case ContactKind::Whitelist:
        return AddressBookDialog::tr("App whitelist");
    }
    return {};
}

} // namespace

AddressBookDialog::AddressBookDialog(WalletSession& session, QWidget* parent)
    : QDialog(parent), session_(session) {
    setObjectName(QStringLiteral("addressBookDialog"));
    setWindowTitle(tr("Address book"));
    setMinimumSize(620, 440);
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Named addresses on %1. Sending to one of them is completed "
                      "as you type, and an address that is in neither this book nor "
                      "your history is flagged.")
                       .arg(QString::fromStdString(session.chain()->profile().displayName)),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    table_ = new QTableWidget(0, 3, this);
    table_->setObjectName(QStringLiteral("addressBookTable"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Address")});
    table_->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(table_, 1);
    auto* form = new QFormLayout;
    address_ = new QLineEdit(this);
    address_->setObjectName(QStringLiteral("bookAddress"));
    address_->setPlaceholderText(QStringLiteral("0x…"));
    label_ = new QLineEdit(this);
    label_->setObjectName(QStringLiteral("bookLabel"));
    kind_ = new QComboBox(this);
    kind_->setObjectName(QStringLiteral("bookKind"));
    for (const auto kind : {ContactKind::User, ContactKind::App, ContactKind::Whitelist})
        kind_->addItem(kindText(kind), int(kind));
    form->addRow(tr("Address"), address_);
    form->addRow(tr("Name"), label_);
    form->addRow(tr("Kind"), kind_);
    layout->addLayout(form);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("bookStatus"));
    status_->setWordWrap(true);
    layout->addWidget(status_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    save_ = buttons->addButton(tr("Save"), QDialogButtonBox::ActionRole);
    save_->setObjectName(QStringLiteral("bookSave"));
    remove_ = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    remove_->setObjectName(QStringLiteral("bookRemove"));
    remove_->setProperty("destructive", true);
    // Return in the form saves, and only saves: no other button may become the default by
    // taking the focus (while a save runs, its button waits and Return does nothing).
    for (auto* b : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);
    save_->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save_, &QPushButton::clicked, this, &AddressBookDialog::save);
    connect(remove_, &QPushButton::clicked, this, &AddressBookDialog::removeSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = table_->currentRow();
        remove_->setEnabled(row >= 0);
        if (row < 0)
            return;
        address_->setText(table_->item(row, 2)->text());
        label_->setText(table_->item(row, 0)->text());
        kind_->setCurrentIndex(kind_->findData(table_->item(row, 1)->data(Qt::UserRole)));
    });
    reload();
}

void AddressBookDialog::prefill(const QString& address, const QString& label) {
    address_->setText(address);
    label_->setText(label);
}

void AddressBookDialog::reload() {
    remove_->setEnabled(false);
    auto book = session_.addressBook();
    if (!book) {
        table_->setRowCount(0);
        status_->setText(tr("The address book cannot be opened in the data folder."));
        save_->setEnabled(false);
        return;
    }
    const std::uint64_t chainId = session_.chain()->profile().chainId;
    runAsync(
        this, [book, chainId] { return book->list(chainId); },
        [this](AsyncResult<std::vector<Contact>> result) {
            if (!result.ok()) {
                status_->setText(errorText(*result.error));
                return;
            }
            table_->setRowCount(0);
            for (const auto& c : *result.value) {
                const int row = table_->rowCount();
                table_->insertRow(row);
                table_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(c.label)));
                auto* kind = new QTableWidgetItem(kindText(c.kind));
                kind->setData(Qt::UserRole, int(c.kind));
                table_->setItem(row, 1, kind);
                table_->setItem(
                    row, 2,
                    new QTableWidgetItem(QString::fromStdString(c.address.toChecksumHex())));
            }
        },
        session_.pool());
}

void AddressBookDialog::save() {
    Contact contact;
    try {
        contact.address = eth::Address::fromHex(address_->text().trimmed().toStdString());
    } catch (const Error& e) {
        status_->setText(errorParticulars(e));
        return;
    }
    contact.chainId = session_.chain()->profile().chainId;
    contact.label = label_->text().trimmed().toStdString();
    contact.kind = ContactKind(kind_->currentData().toInt());
    auto book = session_.addressBook();
    auto chain = session_.chain();
    if (!book)
        return;
    save_->setEnabled(false);
    status_->setText(contact.kind == ContactKind::User ? QString()
                                                       : tr("Checking the address on chain…"));
    runAsync(
        this, [book, chain, contact] { return book->save(*chain, contact); },
        [this](AsyncResult<Contact> result) {
            save_->setEnabled(true);
            if (!result.ok()) {
                status_->setText(errorText(*result.error));
                return;
            }
            status_->setText(tr("Saved “%1”.").arg(QString::fromStdString(result.value->label)));
            address_->clear();
            label_->clear();
            reload();
        },
        session_.pool());
}

void AddressBookDialog::removeSelected() {
    const int row = table_->currentRow();
    auto book = session_.addressBook();
    if (row < 0 || !book)
        return;
    const std::uint64_t chainId = session_.chain()->profile().chainId;
    const eth::Address address = eth::Address::fromHex(table_->item(row, 2)->text().toStdString());
    remove_->setEnabled(false);
    runAsync(
        this, [book, chainId, address] { book->remove(chainId, address); },
        [this](const AsyncResult<void>& result) {
            status_->setText(result.ok() ? tr("Removed.") : errorText(*result.error));
            reload();
        },
        session_.pool());
}

} // namespace sr::ui
