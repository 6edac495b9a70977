#include "access/GrantDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "Format.h"
#include "Theme.h"
#include "eth/Hex.h"
#include "eth/U256.h"
#include "models/DataAndApps.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/UnlockDialog.h"
#include "wallet/WalletSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// Round limits, below what the marketplace accepts (2^53 - 1 for a price in nRLC or a volume),
// so that the form can say them in plain numbers while the user types.
const eth::U256& maxPrice() {
    static const eth::U256 price = eth::parseUnits("1000000", eth::kRlcDecimals);
    return price;
}
constexpr std::uint64_t kMaxVolume = 1000000000ull;
static_assert(kMaxVolume <= iexec::kMaxOrderNumber);

// The tag's bits as iExec defines them: 0 TEE, 1 SCONE, 2 Gramine, 3 TDX; as the protocol
// names them (for the details on hover).
QString tagBits(const Hash32& tag) {
    const char* const names[] = {"TEE", "SCONE", "Gramine", "TDX"};
    QStringList set;
    for (int bit = 0; bit < 4; ++bit)
        if (tag[31] & (1u << bit))
            set << QLatin1String(names[bit]);
    return set.isEmpty() ? GrantDialog::tr("none") : set.join(QStringLiteral(", "));
}

// Where a grant lets the app run, in words a data owner reads without the protocol at hand.
QString describeTag(const Hash32& tag) {
    if (!(tag[31] & 1u))
        return GrantDialog::tr("on any worker, not a confidential computer");
    QStringList kinds;
    if (tag[31] & (1u << 1))
        kinds << QStringLiteral("Intel SGX, SCONE");
    if (tag[31] & (1u << 2))
        kinds << QStringLiteral("Intel SGX, Gramine");
    if (tag[31] & (1u << 3))
        kinds << QStringLiteral("Intel TDX");
    return kinds.isEmpty() ? GrantDialog::tr("only in a confidential computer")
                           : GrantDialog::tr("only in a confidential computer (%1)")
                                 .arg(kinds.join(QStringLiteral("; ")));
}

} // namespace

GrantDialog::GrantDialog(SettingsModel& state, WalletSession& session,
                         std::optional<eth::Address> dataset, QWidget* parent)
    : StepDialog(tr("Sign and publish"),
                 {QStringLiteral("grantReviewButton"), QStringLiteral("grantConfirmButton"),
                  QStringLiteral("grantCloseButton")},
                 parent),
      state_(state), session_(session), preselected_(dataset) {
    setObjectName(QStringLiteral("grantDialog"));
    setWindowTitle(tr("Grant access"));
    setMinimumContentWidth(560);

    // Step 1: the form.
    auto* form = page(Form);
    auto* formLayout = this->formLayout();
    auto* intro = new QLabel(tr("Choose which app may compute on which data, for whom, at what "
                                "price and how many times. Nothing is signed before you review "
                                "it."),
                             form);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    formLayout->addWidget(intro);
    auto* fields = new QFormLayout;
    dataCombo_ = new QComboBox(form);
    dataCombo_->setObjectName(QStringLiteral("grantData"));
    fields->addRow(tr("Data"), dataCombo_);
    appCombo_ = new QComboBox(form);
    appCombo_->setObjectName(QStringLiteral("grantApp"));
    fields->addRow(tr("App"), appCombo_);
    auto* who = new QVBoxLayout;
    anyone_ = new QRadioButton(tr("Anyone"), form);
    anyone_->setObjectName(QStringLiteral("grantAnyone"));
    anyone_->setChecked(true);
    oneUser_ = new QRadioButton(tr("Only this user:"), form);
    oneUser_->setObjectName(QStringLiteral("grantOneUser"));
    auto* group = new QButtonGroup(form);
    group->addButton(anyone_);
    group->addButton(oneUser_);
    user_ = new QLineEdit(form);
    user_->setObjectName(QStringLiteral("grantUser"));
    user_->setPlaceholderText(QStringLiteral("0x…"));
    user_->setEnabled(false);
    who->addWidget(anyone_);
    who->addWidget(oneUser_);
    who->addWidget(user_);
    fields->addRow(tr("User"), who);
    price_ = new QLineEdit(QStringLiteral("0"), form);
    price_->setObjectName(QStringLiteral("grantPrice"));
    fields->addRow(tr("Price per access (RLC)"), price_);
    volume_ = new QLineEdit(QStringLiteral("1"), form);
    volume_->setObjectName(QStringLiteral("grantVolume"));
    fields->addRow(tr("Number of accesses"), volume_);
    formLayout->addLayout(fields);
    schemaWarning_ = new QLabel(form);
    schemaWarning_->setObjectName(QStringLiteral("grantSchemaWarning"));
    schemaWarning_->setWordWrap(true);
    setTone(schemaWarning_, Tone::Warning);
    formLayout->addWidget(schemaWarning_);
    formError_ = addErrorLabel(formLayout, QStringLiteral("grantFormError"));

    // Step 2: the review.
    auto* reviewPage = page(Review);
    auto* reviewLayout = this->reviewLayout();
    summary_ = new QLabel(reviewPage);
    summary_->setObjectName(QStringLiteral("grantSummary"));
    summary_->setWordWrap(true);
    QFont big = summary_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    summary_->setFont(big);
    reviewLayout->addWidget(summary_);
    details_ = new QLabel(reviewPage);
    details_->setObjectName(QStringLiteral("grantDetails"));
    details_->setWordWrap(true);
    details_->setTextFormat(Qt::RichText);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reviewLayout->addWidget(details_);
    reviewError_ = addErrorLabel(reviewLayout, QStringLiteral("grantReviewError"));

    // Step 3: published.
    done_ = new QLabel(page(Done));
    done_->setObjectName(QStringLiteral("grantDone"));
    done_->setWordWrap(true);
    done_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    doneLayout()->addWidget(done_);

    connect(reviewButton_, &QPushButton::clicked, this, &GrantDialog::review);
    connect(confirmButton_, &QPushButton::clicked, this, &GrantDialog::confirm);
    connect(oneUser_, &QRadioButton::toggled, user_, &QLineEdit::setEnabled);
    for (auto* edit : {user_, price_, volume_})
        connect(edit, &QLineEdit::textChanged, this, &GrantDialog::validate);
    connect(oneUser_, &QRadioButton::toggled, this, &GrantDialog::validate);
    connect(dataCombo_, &QComboBox::currentIndexChanged, this, &GrantDialog::validate);
    connect(appCombo_, &QComboBox::currentIndexChanged, this, &GrantDialog::validate);
    load();
    validate();
}

GrantDialog::~GrantDialog() = default;

QString GrantDialog::summaryText(const iexec::PreparedGrant& grant) {
    // One whole sentence per case, so that each can be translated as a whole; in English they
    // read exactly as AccessService::summary.
    const auto& o = grant.order;
    const QString app = q(grant.appName);
    const QString data = q(grant.datasetName);
    const QString times = displayCount(o.volume);
    const QString price = exactAmount(o.datasetprice, eth::kRlcDecimals);
    const bool once = o.volume == eth::U256(1);
    const bool free = o.datasetprice.isZero();
    if (o.requesterrestrict.isZero()) {
        if (once)
            return free ? tr("Anyone may run %1 on %2 once for 0 RLC").arg(app, data)
                        : tr("Anyone may run %1 on %2 once for %3 RLC per access")
                              .arg(app, data, price);
        return free ? tr("Anyone may run %1 on %2 up to %3 times for 0 RLC").arg(app, data, times)
                    : tr("Anyone may run %1 on %2 up to %3 times for %4 RLC per access")
                          .arg(app, data, times, price);
    }
    const QString user = q(o.requesterrestrict.toChecksumHex());
    if (once)
        return free ? tr("User %1 may run %2 on %3 once for 0 RLC").arg(user, app, data)
                    : tr("User %1 may run %2 on %3 once for %4 RLC per access")
                          .arg(user, app, data, price);
    return free
               ? tr("User %1 may run %2 on %3 up to %4 times for 0 RLC").arg(user, app, data, times)
               : tr("User %1 may run %2 on %3 up to %4 times for %5 RLC per access")
                     .arg(user, app, data, times, price);
}

void GrantDialog::load() {
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!account || !chain) {
        formError_->setText(tr("Create or import a wallet first."));
        return;
    }
    const eth::Address owner = account->address;
    setTone(formError_, Tone::Neutral);
    formError_->setText(tr("Loading your data and approved apps…"));
    runAsync(
        this, [chain, owner] { return readDataAndApps(*chain, owner); },
        [this](AsyncResult<DataAndApps> result) {
            setTone(formError_, Tone::Error);
            formError_->clear();
            if (!result.ok()) {
                formError_->setText(errorText(*result.error));
                return;
            }
            data_ = std::move(result.value->data);
            apps_ = std::move(result.value->apps);
            {
                const QSignalBlocker a(dataCombo_), b(appCombo_);
                for (size_t i = 0; i < data_.size(); ++i) {
                    const auto& d = data_[i];
                    dataCombo_->addItem(
                        q(d.name).isEmpty() ? q(d.address.toChecksumHex()) : q(d.name), int(i));
                    if (preselected_ && d.address == *preselected_)
                        dataCombo_->setCurrentIndex(dataCombo_->count() - 1);
                }
                for (size_t i = 0; i < apps_.size(); ++i) {
                    const auto& app = apps_[i];
                    appCombo_->addItem(app.kind == iexec::AppKind::Whitelist
                                           ? tr("%1 (app whitelist)").arg(q(app.name))
                                           : q(app.name),
                                       int(i));
                }
            }
            ready_ = true;
            validate();
        },
        session_.pool());
}

std::optional<iexec::GrantRequest> GrantDialog::request(QString* error) const {
    const int dataIndex =
        dataCombo_->currentData().isValid() ? dataCombo_->currentData().toInt() : -1;
    const int appIndex = appCombo_->currentData().isValid() ? appCombo_->currentData().toInt() : -1;
    if (dataIndex < 0) {
        *error = ready_ && data_.empty() ? tr("This account has no protected data to share.")
                                         : QString();
        return std::nullopt;
    }
    if (appIndex < 0) {
        *error = ready_ && apps_.empty()
                     ? tr("Approve an app on the Apps page first: only approved apps can be "
                          "granted access.")
                     : QString();
        return std::nullopt;
    }
    iexec::GrantRequest r;
    r.dataset = data_[size_t(dataIndex)].address;
    const auto& app = apps_[size_t(appIndex)];
    r.app = app.address;
    r.appName = app.name;
    r.requiredSchema = app.schema;
    if (oneUser_->isChecked()) {
        const QString text = user_->text().trimmed();
        if (text.isEmpty()) {
            *error = tr("Enter the user's address, or choose Anyone.");
            return std::nullopt;
        }
        try {
            r.user = eth::Address::fromHex(text.toStdString());
        } catch (const Error& e) {
            *error = tr("The user's address is not valid: %1").arg(errorParticulars(e));
            return std::nullopt;
        }
        if (r.user->isZero()) {
            *error = tr("The zero address is nobody's: choose Anyone to let anyone use the data.");
            return std::nullopt;
        }
    }
    const QString price = price_->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    try {
        r.price = eth::parseUnits(price.toStdString(), eth::kRlcDecimals);
    } catch (const Error&) {
        *error = tr("The price must be an amount of RLC, 0 or more, like 0 or 1.5 (at most 9 "
                    "decimals).");
        return std::nullopt;
    }
    if (r.price > maxPrice()) {
        *error = tr("The price per access can't be more than %1 RLC.")
                     .arg(exactAmount(maxPrice(), eth::kRlcDecimals));
        return std::nullopt;
    }
    const QString volume = volume_->text().trimmed();
    bool digits = !volume.isEmpty() && volume.size() <= 78;
    for (const QChar c : volume)
        digits = digits && c.isDigit() && c.unicode() < 128;
    if (!digits) {
        *error = tr("The number of accesses must be a whole number, 1 or more.");
        return std::nullopt;
    }
    r.volume = eth::U256::fromDecimal(volume.toStdString());
    if (r.volume.isZero()) {
        *error = tr("The number of accesses must be at least 1.");
        return std::nullopt;
    }
    if (r.volume > eth::U256(kMaxVolume)) {
        *error = tr("The number of accesses can't be more than %1.").arg(displayCount(kMaxVolume));
        return std::nullopt;
    }
    return r;
}

void GrantDialog::validate() {
    if (!ready_) {
        reviewButton_->setEnabled(false);
        return;
    }
    QString error;
    const auto r = request(&error);
    formError_->setText(error);
    schemaWarning_->clear();
    const int dataIndex =
        dataCombo_->currentData().isValid() ? dataCombo_->currentData().toInt() : -1;
    const int appIndex = appCombo_->currentData().isValid() ? appCombo_->currentData().toInt() : -1;
    if (dataIndex >= 0 && appIndex >= 0) {
        const auto& d = data_[size_t(dataIndex)];
        const auto& app = apps_[size_t(appIndex)];
        const auto missing = iexec::missingSchemaFields(app.schema, d.schema);
        if (!missing.empty()) {
            QStringList fields;
            for (const auto& m : missing)
                fields << q(m);
            schemaWarning_->setText(
                tr("“%1” does not have what %2 needs (%3): the app will likely fail on it.")
                    .arg(q(d.name), q(app.name), fields.join(QStringLiteral(", "))));
        }
    }
    reviewButton_->setEnabled(r.has_value());
}

void GrantDialog::review() {
    QString error;
    const auto r = request(&error);
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!r || !account || !chain)
        return;
    reviewButton_->setEnabled(false);
    setTone(formError_, Tone::Neutral);
    formError_->setText(tr("Checking the app, the data and your live grants…"));
    const eth::Address owner = account->address;
    const iexec::GrantRequest grant = *r;
    runAsync(
        this, [chain, owner, grant] { return chain->access().prepare(owner, grant); },
        [this, grant](AsyncResult<iexec::PreparedGrant> result) {
            setTone(formError_, Tone::Error);
            validate();
            if (!result.ok()) {
                formError_->setText(errorText(*result.error));
                return;
            }
            prepared_ = *result.value;
            const auto& order = prepared_->order;
            summary_->setText(summaryText(*prepared_));
            QString rows =
                tr("<p>Data: %1 (%2)<br>App: %3 (%4)<br>User: %5<br>Price per access: %6 RLC "
                   "(%7 nRLC)<br>Accesses: %8<br>Where the app may run: %9</p>")
                    .arg(q(prepared_->datasetName).toHtmlEscaped(),
                         q(order.dataset.toChecksumHex()), q(prepared_->appName).toHtmlEscaped(),
                         q(order.apprestrict.toChecksumHex()),
                         order.requesterrestrict.isZero()
                             ? tr("anyone")
                             : q(order.requesterrestrict.toChecksumHex()),
                         exactAmount(order.datasetprice, eth::kRlcDecimals),
                         displayCount(order.datasetprice), displayCount(order.volume),
                         describeTag(order.tag));
            if (!prepared_->missingFields.empty()) {
                QStringList fields;
                for (const auto& m : prepared_->missingFields)
                    fields << q(m);
                rows += QStringLiteral("<p style='color:%1'>%2</p>")
                            .arg(toneColor(Tone::Warning).name())
                            .arg(tr("The data lacks fields the app needs: %1.")
                                     .arg(fields.join(QStringLiteral(", ")))
                                     .toHtmlEscaped());
            }
            rows += tr("<p>Your wallet signs this order; it is then published on the %1 "
                       "marketplace. You can revoke it at any time.</p>")
                        .arg(q(session_.chain()->profile().displayName).toHtmlEscaped());
            details_->setText(rows);
            details_->setToolTip(
                tr("A confidential computer is a trusted execution environment (TEE): your data "
                   "is decrypted only inside it, where neither the worker's owner nor iExec can "
                   "read it.\nTechnical details: the order's tag is %1 (%2).")
                    .arg(q(eth::toHex(order.tag)), tagBits(order.tag)));
            reviewError_->clear();
            showStep(Review);
        },
        session_.pool());
}

void GrantDialog::confirm() {
    const auto account = session_.current();
    auto chain = session_.chain();
    if (!prepared_ || !account || !chain)
        return;
    if (!UnlockDialog::ensureUnlocked(session_, this, tr("to sign this grant")))
        return;
    auto signer = session_.signer();
    if (!signer || signer->address() != account->address)
        return;
    setBusy(true);
    setTone(reviewError_, Tone::Neutral);
    reviewError_->setText(tr("Signing and publishing…"));
    const iexec::PreparedGrant prepared = *prepared_;
    runAsync(
        this, [chain, prepared, signer] { return chain->access().grant(prepared, *signer); },
        [this](AsyncResult<iexec::GrantedAccess> result) {
            setBusy(false);
            setTone(reviewError_, Tone::Error);
            if (!result.ok()) {
                reviewError_->setText(tr("Nothing was granted: %1").arg(errorText(*result.error)));
                return;
            }
            result_ = *result.value;
            done_->setText(tr("Access granted. %1\n\nOrder %2 is on the marketplace.")
                               .arg(summary_->text(), q(eth::toHex(result_->orderHash))));
            showStep(Done);
            emit granted();
        },
        session_.pool());
}

} // namespace sr::ui
