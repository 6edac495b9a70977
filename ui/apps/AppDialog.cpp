#include "apps/AppDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "eth/Hex.h"
#include "models/KnownAppsModel.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/WalletSession.h"
#include "widgets/AddressLabel.h"
#include "widgets/ReturnKey.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString multiaddrText(const Bytes& multiaddr) {
    // A multiaddr is binary for IPFS; ProtectedData knows how to print both forms.
    iexec::ProtectedData shown;
    shown.multiaddr = multiaddr;
    return q(shown.multiaddrText());
}

} // namespace

AppDialog::AppDialog(SettingsModel& state, WalletSession& session, QWidget* parent)
    : QDialog(parent), state_(state), session_(session) {
    build();
}

AppDialog::AppDialog(SettingsModel& state, WalletSession& session, const iexec::ApprovedApp& app,
                     QWidget* parent)
    : QDialog(parent), state_(state), session_(session), editing_(app) {
    build();
}

void AppDialog::build() {
    setObjectName(QStringLiteral("appDialog"));
    setWindowTitle(editing_ ? tr("Edit approved app") : tr("Approve an app"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(editing_ ? tr("The name shown for this app, and the fields a "
                                           "protected data needs for it.")
                                      : tr("Enter the address of an app or of an app whitelist. "
                                           "Its details are read from the chain before you "
                                           "approve it."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    layout->addWidget(intro);
    auto* addressRow = new QHBoxLayout;
    address_ = new QLineEdit(this);
    address_->setObjectName(QStringLiteral("appAddress"));
    address_->setPlaceholderText(QStringLiteral("0x…"));
    inspect_ = new QPushButton(tr("Read from chain"), this);
    inspect_->setObjectName(QStringLiteral("inspectButton"));
    addressRow->addWidget(address_, 1);
    addressRow->addWidget(inspect_);
    layout->addLayout(addressRow);
    detailsText_ = new QLabel(this);
    detailsText_->setObjectName(QStringLiteral("appDetails"));
    detailsText_->setWordWrap(true);
    detailsText_->setTextFormat(Qt::RichText);
    detailsText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(detailsText_);
    auto* fields = new QFormLayout;
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("appName"));
    fields->addRow(tr("Name"), name_);
    schema_ = new QLineEdit(this);
    schema_->setObjectName(QStringLiteral("appSchema"));
    schema_->setPlaceholderText(tr("email: string"));
    schema_->setToolTip(tr("The fields a protected data needs for this app, each with its type, "
                           "separated by commas. Empty: any data."));
    fields->addRow(tr("Data it needs"), schema_);
    layout->addLayout(fields);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("appError"));
    error_->setWordWrap(true);
    setTone(error_, Tone::Error);
    layout->addWidget(error_);
    layout->addStretch(1);
    auto* buttons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), this);
    save_ = new QPushButton(editing_ ? tr("Save") : tr("Approve"), this);
    save_->setObjectName(QStringLiteral("approveButton"));
    save_->setProperty("primary", true);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(save_);
    layout->addLayout(buttons);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(save_, &QPushButton::clicked, this, &AppDialog::save);
    connect(inspect_, &QPushButton::clicked, this, &AppDialog::inspect);
    onReturnOnly(address_, [this] { inspect(); }); // reads the address, never approves
    cancel->setAutoDefault(false);
    inspect_->setAutoDefault(false);
    save_->setAutoDefault(false);
    save_->setDefault(true);
    connect(address_, &QLineEdit::textChanged, this, [this] {
        if (!editing_) {
            details_.reset();
            showDetails();
        }
    });
    if (editing_) {
        address_->setText(q(editing_->address.toChecksumHex()));
        address_->setReadOnly(true);
        inspect_->setText(tr("Read again from chain"));
        name_->setText(q(editing_->name));
        schema_->setText(KnownAppsModel::describeSchema(editing_->schema));
    }
    showDetails();
}

void AppDialog::inspect() {
    auto chain = session_.chain();
    if (!chain)
        return;
    eth::Address address;
    try {
        address = eth::Address::fromHex(address_->text().trimmed().toStdString());
    } catch (const Error& e) {
        error_->setText(tr("Not a valid address: %1").arg(errorParticulars(e)));
        return;
    }
    inspect_->setEnabled(false);
    error_->clear();
    detailsText_->setText(tr("Reading %1 from the chain…").arg(q(address.toChecksumHex())));
    runAsync(
        this, [chain, address] { return chain->apps().inspect(address); },
        [this](AsyncResult<iexec::AppDetails> result) {
            inspect_->setEnabled(true);
            if (!result.ok()) {
                details_.reset();
                showDetails();
                error_->setText(errorText(*result.error));
                return;
            }
            details_ = *result.value;
            if (name_->text().trimmed().isEmpty())
                name_->setText(
                    details_->kind == iexec::AppKind::App
                        ? q(details_->app.name)
                        : tr("Whitelist %1").arg(q(details_->address.toChecksumHex()).left(10)));
            showDetails();
        },
        session_.pool());
}

void AppDialog::showDetails() {
    // The details change the dialog's height: let it grow to show them whole.
    QMetaObject::invokeMethod(this, &QWidget::adjustSize, Qt::QueuedConnection);
    save_->setEnabled(editing_ || details_);
    const auto appText = [](const QString& title, const eth::Address& owner, const Bytes& multiaddr,
                            const Hash32& checksum, const QString& tee) {
        return tr("<p><b>%1</b><br>Owner: %2<br>Code: %3<br>Checksum: %4<br>TEE: %5</p>")
            .arg(title, q(owner.toChecksumHex()), multiaddrText(multiaddr).toHtmlEscaped(),
                 AddressLabel::shorten(q(eth::toHex(checksum)), 24), tee);
    };
    if (details_ && details_->kind == iexec::AppKind::App) {
        const auto& d = *details_;
        detailsText_->setText(appText(tr("App “%1”").arg(q(d.app.name).toHtmlEscaped()),
                                      d.app.owner, d.app.multiaddr, d.app.checksum,
                                      teeText(d.tee)));
    } else if (details_) {
        QString members;
        for (const auto& m : details_->members)
            members += QStringLiteral("<li>%1 — %2</li>")
                           .arg(q(m.name).toHtmlEscaped(), q(m.address.toChecksumHex()));
        detailsText_->setText(tr("<p><b>App whitelist</b> with %n member app(s):</p>", nullptr,
                                 int(details_->members.size())) +
                              (members.isEmpty()
                                   ? QString()
                                   : QStringLiteral("<ul>") + members + QStringLiteral("</ul>")));
    } else if (editing_ && editing_->kind == iexec::AppKind::Whitelist) {
        detailsText_->setText(tr("<p><b>App whitelist</b>: read it from the chain to list its "
                                 "members.</p>"));
    } else if (editing_ && editing_->preloaded && editing_->multiaddr.empty()) {
        // Known from the network profile only: nothing was read from the chain yet.
        detailsText_->setText(tr("<p><b>App</b> known from the network profile: read it from "
                                 "the chain to see its owner, code and TEE framework.</p>"));
    } else if (editing_) {
        detailsText_->setText(
            appText(tr("App"), editing_->owner, editing_->multiaddr, editing_->checksum,
                    !editing_->teeKnown
                        ? tr("unknown: no order of the app could be read on the marketplace")
                    : editing_->teeFramework.empty() ? tr("none: not a confidential app")
                                                     : q(editing_->teeFramework).toHtmlEscaped()));
    } else {
        detailsText_->setText(address_->text().trimmed().isEmpty()
                                  ? QString()
                                  : tr("Read the address from the chain to see what it is."));
    }
}

QString AppDialog::teeText(const iexec::AppTee& tee) {
    const QString framework = q(tee.framework).toHtmlEscaped();
    switch (tee.source) {
    case iexec::TeeSource::AppOrders:
        return tee.framework.empty()
                   ? tr("none: its orders on the marketplace ask for no trusted execution "
                        "environment, it is not a confidential app")
                   : tr("%1 (as its orders on the marketplace say)").arg(framework);
    case iexec::TeeSource::MrEnclave:
        return tr("%1 (as its MREnclave on the chain says)").arg(framework);
    case iexec::TeeSource::NoOrder:
        return tr("unknown: the app is on no order of the marketplace, where an app says it runs "
                  "in a trusted execution environment");
    case iexec::TeeSource::MarketUnreadable:
        break;
    }
    return tr("unknown: the marketplace could not be read (%1)")
        .arg(q(tee.marketError).toHtmlEscaped());
}

void AppDialog::reject() {
    if (saving_)
        return; // the approval is being written: the Apps page reads it again once it is
    QDialog::reject();
}

void AppDialog::save() {
    auto chain = session_.chain();
    if (!chain)
        return;
    QString problem;
    const auto schema = KnownAppsModel::parseSchema(schema_->text(), &problem);
    if (!schema) {
        error_->setText(problem);
        return;
    }
    const std::string name = name_->text().trimmed().toStdString();
    if (name.empty()) {
        error_->setText(tr("Give the app a name."));
        return;
    }
    const std::uint64_t chainId = chain->profile().chainId;
    save_->setEnabled(false);
    saving_ = true;
    auto editing = editing_;
    auto details = details_;
    runAsync(
        this,
        [chain, chainId, editing, details, name, schema = *schema] {
            const auto approved = chain->approvedApps();
            // What the chain just said replaces what was kept; else only the labels change.
            if (details)
                approved->approve(
                    iexec::ApprovedApps::fromDetails(chainId, *details, name, schema));
            else
                approved->edit(chainId, editing->address, name, schema);
        },
        [this](AsyncResult<void> result) {
            saving_ = false;
            save_->setEnabled(true);
            if (!result.ok()) {
                error_->setText(errorText(*result.error));
                return;
            }
            accept();
        },
        session_.pool());
}

} // namespace sr::ui
