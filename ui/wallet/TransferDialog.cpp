#include "wallet/TransferDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "Format.h"
#include "Theme.h"
#include "eth/Abi.h"
#include "eth/Hex.h"
#include "session/Contacts.h"
#include "session/Session.h"
#include "util/Error.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletPage.h"
#include "wallet/WalletSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>
#include <set>

namespace sr::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

constexpr std::chrono::minutes kFollowFor{10};

/// Who a journaled transaction sent funds or data to, beyond its `to` (an RLC transfer goes to
/// the token contract): the recipient it records, or for a row journaled before recipients
/// were recorded, the one its call names.
std::optional<eth::Address> recipientOf(const TxRecord& r) {
    if (r.details.recipient)
        return r.details.recipient;
    try {
        const Bytes data = r.transaction().data;
        if (r.purpose == eth::TxPurpose::SendRlc)
            return eth::Abi::decodeCall("transfer(address,uint256)", data).at(0).asAddress();
        if (r.purpose == eth::TxPurpose::TransferDataset)
            return eth::Abi::decodeCall("safeTransferFrom(address,address,uint256)", data)
                .at(1)
                .asAddress();
    } catch (const std::exception&) {
        // Not the call its purpose says: no recipient beyond `to`.
    }
    return std::nullopt;
}

} // namespace

/// What the Send form checks a recipient against: the network's address book and every
/// address the account sent to (the last 1,000 transactions) or owns.
struct TransferDialog::KnownRecipients {
    std::vector<Contact> contacts;
    std::set<eth::Address> used;
};

TransferDialog::TransferDialog(WalletSession& session, Kind kind, QWidget* parent)
    : StepDialog(tr("Confirm and send"),
                 {QStringLiteral("reviewButton"), QStringLiteral("confirmButton"),
                  QStringLiteral("closeButton")},
                 parent),
      session_(session), kind_(kind), chain_(session.chain()) {
    setObjectName(QStringLiteral("transferDialog"));
    setMinimumContentWidth(520);
    // Following the sent transaction stops with this window or when the app quits.
    cancel_ = session.shutdownToken().linked();
    switch (kind) {
    case Kind::Send:
        setWindowTitle(tr("Send"));
        break;
    case Kind::Deposit:
        setWindowTitle(tr("Deposit RLC to your iExec account"));
        break;
    case Kind::Withdraw:
        setWindowTitle(tr("Withdraw RLC from your iExec account"));
        break;
    }

    // Step 1: the form.
    auto* form = page(Form);
    auto* formLayout = this->formLayout();
    auto* fields = new QFormLayout;
    if (kind == Kind::Send) {
        token_ = new QComboBox(form);
        token_->setObjectName(QStringLiteral("tokenCombo"));
        token_->addItem(QStringLiteral("ETH"), QStringLiteral("eth"));
        token_->addItem(QStringLiteral("RLC"), QStringLiteral("rlc"));
        fields->addRow(tr("Asset"), token_);
        to_ = new QLineEdit(form);
        to_->setObjectName(QStringLiteral("recipientEdit"));
        to_->setPlaceholderText(QStringLiteral("0x…"));
        fields->addRow(tr("To"), to_);
        toFeedback_ = new QLabel(form);
        toFeedback_->setObjectName(QStringLiteral("recipientFeedback"));
        toFeedback_->setWordWrap(true);
        fields->addRow(QString(), toFeedback_);
        // Completion from the address book: "Alice  0x70997970…" inserts the address.
        completer_ = new QCompleter(new QStringListModel(to_), to_);
        completer_->setCaseSensitivity(Qt::CaseInsensitive);
        completer_->setFilterMode(Qt::MatchContains);
        to_->setCompleter(completer_);
        connect(completer_, qOverload<const QString&>(&QCompleter::activated), this,
                [this](const QString& entry) {
                    // After the completer wrote the entry: keep only the address.
                    QMetaObject::invokeMethod(
                        this, [this, entry] { to_->setText(entry.section(QLatin1Char(' '), -1)); },
                        Qt::QueuedConnection);
                });
        auto* saveRow = new QHBoxLayout;
        saveContact_ = new QCheckBox(tr("Save to the address book as"), form);
        saveContact_->setObjectName(QStringLiteral("saveContactCheck"));
        contactName_ = new QLineEdit(form);
        contactName_->setObjectName(QStringLiteral("contactNameEdit"));
        saveRow->addWidget(saveContact_);
        saveRow->addWidget(contactName_, 1);
        fields->addRow(QString(), saveRow);
        saveContact_->setVisible(false);
        contactName_->setVisible(false);
    } else {
        auto* what = new QLabel(kind == Kind::Deposit
                                    ? tr("RLC in your iExec account pays for computations. "
                                         "You can withdraw what is not locked at any time.")
                                    : tr("RLC that is not locked by running computations goes "
                                         "back to your wallet."),
                                form);
        what->setWordWrap(true);
        formLayout->addWidget(what);
    }
    auto* amountRow = new QHBoxLayout;
    amount_ = new QLineEdit(form);
    amount_->setObjectName(QStringLiteral("amountEdit"));
    amount_->setPlaceholderText(QStringLiteral("0.0"));
    max_ = new QPushButton(tr("Max"), form);
    max_->setObjectName(QStringLiteral("maxButton"));
    amountRow->addWidget(amount_, 1);
    amountRow->addWidget(max_);
    fields->addRow(tr("Amount"), amountRow);
    available_ = new QLabel(form);
    available_->setObjectName(QStringLiteral("availableLabel"));
    available_->setProperty("muted", true);
    fields->addRow(QString(), available_);
    formLayout->addLayout(fields);
    formError_ = addErrorLabel(formLayout, QStringLiteral("formError"));

    // Step 2: the review.
    summary_ = new QLabel(page(Review));
    summary_->setObjectName(QStringLiteral("reviewSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reviewLayout()->addWidget(summary_);

    // Step 3: the transaction, followed.
    progress_ = new QLabel(page(Done));
    progress_->setObjectName(QStringLiteral("progressLabel"));
    progress_->setWordWrap(true);
    progress_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout()->addWidget(progress_);

    connect(reviewButton_, &QPushButton::clicked, this, &TransferDialog::review);
    connect(confirmButton_, &QPushButton::clicked, this, &TransferDialog::confirm);
    connect(max_, &QPushButton::clicked, this, &TransferDialog::fillMax);
    connect(amount_, &QLineEdit::textChanged, this, &TransferDialog::validate);
    if (to_)
        connect(to_, &QLineEdit::textChanged, this, &TransferDialog::validate);
    if (token_)
        connect(token_, &QComboBox::currentIndexChanged, this, &TransferDialog::validate);
    if (saveContact_) {
        connect(saveContact_, &QCheckBox::toggled, this, &TransferDialog::validate);
        connect(contactName_, &QLineEdit::textChanged, this, &TransferDialog::validate);
    }

    // Focus where the user starts: the recipient, or the amount (never Cancel).
    (to_ ? to_ : amount_)->setFocus();
    if (to_)
        loadKnownRecipients();
    // The balances, for Max and the "available" line.
    const auto account = session_.current();
    if (account && chain_) {
        auto chain = chain_;
        const eth::Address address = account->address;
        runAsync(
            this, [chain, address] { return chain->funds().balances(address); },
            [this](AsyncResult<iexec::Balances> result) {
                if (result.ok())
                    balances_ = *result.value;
                else
                    available_->setText(
                        tr("Balances unavailable: %1").arg(errorText(*result.error)));
                validate();
            },
            session_.pool());
    }
    validate();
}

TransferDialog::~TransferDialog() {
    cancel_.cancel();
}

void TransferDialog::loadKnownRecipients() {
    const auto book = session_.addressBook();
    const auto account = session_.current();
    std::set<eth::Address> owned;
    for (const auto& a : session_.accounts())
        owned.insert(a.address);
    if (!chain_) { // no network: no book or history to look in
        known_ = std::make_shared<const KnownRecipients>(KnownRecipients{{}, owned});
        return;
    }
    auto chain = chain_;
    runAsync(
        this,
        [book, chain, account, owned] {
            KnownRecipients known;
            known.used = owned;
            if (book)
                known.contacts = book->list(chain->profile().chainId);
            if (chain->canSend() && account) {
                PendingTransactions::HistoryQuery query;
                query.chainId = chain->profile().chainId;
                query.account = account->address;
                query.limit = 1000;
                for (const auto& r : chain->journal().history(query)) {
                    if (r.to)
                        known.used.insert(*r.to);
                    if (const auto recipient = recipientOf(r))
                        known.used.insert(*recipient);
                }
            }
            return std::make_shared<const KnownRecipients>(std::move(known));
        },
        [this](AsyncResult<std::shared_ptr<const KnownRecipients>> result) {
            // Unreadable (a locked database): every address is treated as new, the safe side.
            known_ = result.ok() ? *result.value : std::make_shared<const KnownRecipients>();
            QStringList entries;
            for (const auto& c : known_->contacts)
                entries << q(c.label) + QStringLiteral("  ") + q(c.address.toChecksumHex());
            static_cast<QStringListModel*>(completer_->model())->setStringList(entries);
            validate();
        },
        session_.pool());
}

bool TransferDialog::isRlc() const {
    return kind_ != Kind::Send || token_->currentData().toString() == QStringLiteral("rlc");
}

unsigned TransferDialog::decimals() const {
    return isRlc() ? eth::kRlcDecimals : eth::kEthDecimals;
}

QString TransferDialog::unitName() const {
    return isRlc() ? QStringLiteral("RLC") : QStringLiteral("ETH");
}

void TransferDialog::setAmount(const eth::U256& value) {
    amount_->setText(exactAmount(value, decimals(), false));
}

void TransferDialog::fillMax() {
    if (!balances_)
        return;
    eth::U256 max;
    switch (kind_) {
    case Kind::Send:
        if (isRlc()) {
            max = balances_->rlc;
        } else {
            // Keep enough for the transfer's own fee (21,000 gas at a generous price).
            const eth::U256 reserve = eth::U256(21000) * eth::parseUnits("20", 9);
            max = balances_->eth > reserve ? balances_->eth - reserve : eth::U256();
        }
        break;
    case Kind::Deposit:
        max = balances_->rlc;
        break;
    case Kind::Withdraw:
        max = balances_->stake;
        break;
    }
    amount_->setText(exactAmount(max, decimals(), false));
}

void TransferDialog::validate() {
    QString error;
    if (balances_) {
        eth::U256 have;
        QString where;
        switch (kind_) {
        case Kind::Send:
            have = isRlc() ? balances_->rlc : balances_->eth;
            where = tr("in your wallet");
            break;
        case Kind::Deposit:
            have = balances_->rlc;
            where = tr("in your wallet");
            break;
        case Kind::Withdraw:
            have = balances_->stake;
            where = tr("in your iExec account");
            break;
        }
        available_->setText(
            tr("%1 available %2").arg(displayAmount(have, decimals(), unitName()), where));
    }
    bool ok = true;
    if (to_) {
        const QString text = to_->text().trimmed();
        if (text.isEmpty()) {
            toFeedback_->clear();
            saveContact_->setVisible(false);
            contactName_->setVisible(false);
            ok = false;
        } else {
            try {
                const eth::Address to = eth::Address::fromHex(text.toStdString());
                QString note;
                bool warn = false;
                bool offerToSave = false;
                const auto account = session_.current();
                if (to.isZero()) {
                    note = tr("This is the zero address: anything sent there is lost.");
                    ok = false;
                    warn = true;
                } else if (account && to == account->address) {
                    note = tr("This is the account you send from.");
                    warn = true;
                } else if (const auto own =
                               std::find_if(session_.accounts().begin(), session_.accounts().end(),
                                            [&](const auto& a) { return a.address == to; });
                           own != session_.accounts().end()) {
                    note = tr("Your own account “%1”.").arg(WalletPage::accountName(*own));
                } else if (!known_) {
                    note = tr("Looking for this address in your address book and history…");
                } else if (const auto contact =
                               std::find_if(known_->contacts.begin(), known_->contacts.end(),
                                            [&](const Contact& c) { return c.address == to; });
                           contact != known_->contacts.end()) {
                    note = tr("“%1” in your address book.")
                               .arg(QString::fromStdString(contact->label));
                } else if (!known_->used.count(to)) {
                    note = tr("You have never sent anything to this address: check every "
                              "character with the recipient.");
                    warn = true;
                    offerToSave = true;
                } else {
                    note = tr("An address you have used before.");
                }
                toFeedback_->setText(note);
                setTone(toFeedback_, warn ? Tone::Warning : known_ ? Tone::Good : Tone::Neutral);
                saveContact_->setVisible(offerToSave && session_.addressBook());
                contactName_->setVisible(offerToSave && session_.addressBook());
            } catch (const Error& e) {
                toFeedback_->setText(errorParticulars(e));
                setTone(toFeedback_, Tone::Error);
                saveContact_->setVisible(false);
                contactName_->setVisible(false);
                ok = false;
            }
        }
    }
    const QString amountText =
        amount_->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (amountText.isEmpty()) {
        ok = false;
    } else {
        try {
            const eth::U256 amount = eth::parseUnits(amountText.toStdString(), decimals());
            if (amount.isZero()) {
                error = tr("The amount must be more than 0.");
                ok = false;
            }
        } catch (const Error&) {
            error = tr("The amount must be a number of %1, like 1.5 (at most %2 decimals).")
                        .arg(unitName())
                        .arg(decimals());
            ok = false;
        }
    }
    if (saveContact_ && saveContact_->isVisible() && saveContact_->isChecked() &&
        contactName_->text().trimmed().isEmpty()) {
        error = tr("Give the address a name to save it, or untick the box.");
        ok = false;
    }
    formError_->setText(error);
    reviewButton_->setEnabled(ok && chain_ && chain_->canSend() && session_.current());
}

QString TransferDialog::withAccountNames(const QString& message) const {
    QString text = message;
    for (const auto& a : session_.accounts())
        text.replace(q(a.address.toChecksumHex()),
                     tr("your account “%1”").arg(WalletPage::accountName(a)), Qt::CaseInsensitive);
    return text;
}

void TransferDialog::review() {
    const auto account = session_.current();
    if (!account || !chain_ || !chain_->canSend())
        return;
    reviewButton_->setEnabled(false);
    formError_->setText(tr("Checking balances and fees…"));
    setTone(formError_, Tone::Neutral);
    const eth::Address from = account->address;
    const eth::U256 amount = eth::parseUnits(
        amount_->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toStdString(),
        decimals());
    const std::optional<eth::Address> to =
        to_ ? std::optional(eth::Address::fromHex(to_->text().trimmed().toStdString()))
            : std::nullopt;
    const Kind kind = kind_;
    const bool rlc = isRlc();
    auto chain = chain_;
    runAsync(
        this,
        [=] {
            iexec::FundsService funds = chain->funds();
            eth::TransactionRequest request;
            switch (kind) {
            case Kind::Send:
                request = rlc ? funds.sendRlc(from, *to, amount) : funds.sendEth(from, *to, amount);
                break;
            case Kind::Deposit:
                request = funds.deposit(from, amount);
                break;
            case Kind::Withdraw:
                request = funds.withdraw(from, amount);
                break;
            }
            return chain->plan(request, from);
        },
        [this, amount, to](AsyncResult<eth::TransactionPlan> result) {
            setTone(formError_, Tone::Error);
            validate();
            if (!result.ok()) {
                formError_->setText(withAccountNames(errorText(*result.error)));
                return;
            }
            formError_->clear();
            plan_ = *result.value;
            const QString network = q(chain_->profile().displayName);
            const QString value = exactAmount(amount, decimals()) + QLatin1Char(' ') + unitName();
            const eth::U256 maxFee = plan_->gasLimit * plan_->fees.perGasCap();
            QString what;
            switch (kind_) {
            case Kind::Send:
                what = tr("Send <b>%1</b> to <b>%2</b>").arg(value, q(to->toChecksumHex()));
                break;
            case Kind::Deposit:
                what = tr("Deposit <b>%1</b> from your wallet into your iExec account").arg(value);
                break;
            case Kind::Withdraw:
                what = tr("Withdraw <b>%1</b> from your iExec account to your wallet").arg(value);
                break;
            }
            summary_->setText(
                tr("<p>%1</p><p>From: %2<br>Network: %3 (chain %4)</p>"
                   "<p>Network fee: at most <b>%5</b> (%6 gas)</p>"
                   "<p>Once sent, a transaction cannot be undone.</p>")
                    .arg(what, q(plan_->from.toChecksumHex()), network)
                    .arg(chain_->profile().chainId)
                    .arg(displayAmount(maxFee, eth::kEthDecimals, QStringLiteral("ETH"), 8),
                         q(plan_->gasLimit.toDecimal())));
            showStep(Review);
        },
        session_.pool());
}

void TransferDialog::confirm() {
    if (!plan_)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this, tr("to sign this transaction")))
        return;
    auto signer = session_.signer();
    if (!signer || signer->address() != plan_->from)
        return;
    setBusy(true);
    auto chain = chain_;
    const eth::TransactionPlan plan = *plan_;
    runAsync(
        this, [chain, plan, signer] { return chain->send(plan, *signer); },
        [this](AsyncResult<TxRecord> result) {
            setBusy(false);
            if (!result.ok()) {
                summary_->setText(
                    summary_->text() +
                    QStringLiteral("<p style='color:%1'>%2</p>")
                        .arg(toneColor(Tone::Error).name(),
                             withAccountNames(errorText(*result.error)).toHtmlEscaped()));
                return;
            }
            sent_ = *result.value;
            saveContactIfAsked();
            showStep(Done);
            progress_->setText(tr("Transaction %1 sent. Waiting for it to be confirmed… You "
                                  "can close this window: it is followed in Activity.")
                                   .arg(q(eth::toHex(sent_->hash))));
            follow(sent_->id);
        },
        session_.pool());
}

void TransferDialog::saveContactIfAsked() {
    auto book = session_.addressBook();
    // isHidden, not isVisible: by now the form is an unshown page of the dialog.
    if (!book || !sent_ || !to_ || saveContact_->isHidden() || !saveContact_->isChecked())
        return;
    // The recipient as typed: for RLC the transaction itself goes to the token contract.
    Contact contact{chain_->profile().chainId, eth::Address(),
                    contactName_->text().trimmed().toStdString(), ContactKind::User, 0};
    try {
        contact.address = eth::Address::fromHex(to_->text().trimmed().toStdString());
    } catch (const Error&) {
        return; // the form let only an address through
    }
    // The save runs whether or not this window is still open when it ends; only its message
    // needs the window.
    QPointer<TransferDialog> self(this);
    runAsync(
        &session_, [book, contact] { book->save(contact); },
        [self](const AsyncResult<void>& result) {
            if (self && !result.ok())
                self->progress_->setText(
                    self->progress_->text() + QStringLiteral("\n\n") +
                    tr("The address was not saved: %1").arg(errorText(*result.error)));
        },
        session_.pool());
}

void TransferDialog::follow(std::int64_t id) {
    auto chain = chain_;
    runAsync(
        this, [chain, id, cancel = cancel_] { return chain->follow(id, kFollowFor, &cancel); },
        [this](AsyncResult<session::FollowedTransaction> result) {
            if (!result.ok()) {
                progress_->setText(progress_->text() + QStringLiteral("\n\n") +
                                   errorText(*result.error));
                return;
            }
            const TxRecord& r = result.value->record;
            sent_ = r;
            switch (result.value->outcome) {
            case session::TxOutcome::Mined: {
                QString fee;
                if (r.gasUsed && r.effectiveGasPrice)
                    fee = displayAmount(*r.gasUsed * *r.effectiveGasPrice, eth::kEthDecimals,
                                        QStringLiteral("ETH"), 8);
                progress_->setText(tr("Confirmed in block %1. Fee paid: %2.")
                                       .arg(r.blockNumber.value_or(0))
                                       .arg(fee));
                break;
            }
            case session::TxOutcome::Cancelled:
                progress_->setText(tr("Cancelled: your cancellation was mined in its place, so "
                                      "nothing was sent."));
                break;
            case session::TxOutcome::Failed:
            case session::TxOutcome::Replaced:
            case session::TxOutcome::NotMined:
                progress_->setText(
                    tr("The transaction ended as “%1”: %2")
                        .arg(q(std::string(txStatusName(r.status))), q(result.value->reason)));
                break;
            }
            emit finishedTransaction(r);
        },
        session_.pool());
}

} // namespace sr::ui
