#include "compute/NewComputationDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "compute/RequestBuilder.h"
#include "crypto/SecretBytes.h"
#include "eth/Hex.h"
#include "iexec/NetworkProfile.h"
#include "models/DataAndApps.h"
#include "session/Accounts.h"
#include "session/Session.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/PasswordDialog.h"
#include "wallet/TransferDialog.h"
#include "wallet/UnlockedAccount.h"
#include "wallet/WalletSession.h"
#include "widgets/FileDialog.h"
#include "widgets/StepList.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

using compute::ComputeOperation;
using compute::ComputeStep;

constexpr int kSteps = 7; // Plan .. Done

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

QString rlc(const eth::U256& nrlc) {
    return q(compute::formatRlc(nrlc));
}

// An address typed in a field, or nothing when the text is not one.
std::optional<eth::Address> parseAddress(const QString& text) {
    const QString t = text.trimmed();
    if (!looksLikeAddress(t.toStdString()))
        return std::nullopt;
    try {
        return eth::Address::fromHex(t.toStdString());
    } catch (const Error&) {
        return std::nullopt;
    }
}

// The address a combo box of (name, address) items names: the chosen item's, the item whose
// name was typed in full, or the address typed.
std::optional<eth::Address> comboAddress(const QComboBox* combo) {
    int index = combo->currentIndex();
    if (index < 0 || combo->itemText(index) != combo->currentText())
        index = combo->findText(combo->currentText().trimmed(), Qt::MatchFixedString);
    if (index >= 0)
        return parseAddress(combo->itemData(index).toString());
    return parseAddress(combo->currentText());
}

void selectAddress(QComboBox* combo, const eth::Address& address) {
    const int index = combo->findData(q(address.toChecksumHex()));
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(q(address.toChecksumHex()));
}

// Why the network's computations journal cannot be opened (the data folder's database), or
// nothing: said when the person plans or runs.
QString journalProblem(session::ChainSession& chain) {
    try {
        chain.computeJournal();
        return {};
    } catch (const Error& e) {
        return errorText(e);
    }
}

} // namespace

/// A plan and the account's balances, read together.
struct NewComputationDialog::Quote {
    compute::Plan plan;
    iexec::Balances balances;
};

NewComputationDialog::NewComputationDialog(SettingsModel& state, WalletSession& wallet,
                                           QWidget* parent)
    : QDialog(parent), state_(state), wallet_(wallet) {
    setObjectName(QStringLiteral("newComputationDialog"));
    setWindowTitle(tr("New computation"));
    setMinimumSize(600, 560);
    auto* layout = new QVBoxLayout(this);
    pages_ = new QStackedWidget(this);
    layout->addWidget(pages_);

    // Step 1: the form and the price.
    auto* form = new QWidget(pages_);
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    dataCombo_ = new QComboBox(form);
    dataCombo_->setObjectName(QStringLiteral("computeData"));
    dataCombo_->setEditable(true);
    dataCombo_->setInsertPolicy(QComboBox::NoInsert);
    dataCombo_->lineEdit()->setPlaceholderText(tr("One of your data, or the address of one "
                                                  "granted to you"));
    dataCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    dataCombo_->setMinimumContentsLength(20);
    fields->addRow(tr("Protected data"), dataCombo_);
    appCombo_ = new QComboBox(form);
    appCombo_->setObjectName(QStringLiteral("computeApp"));
    appCombo_->setEditable(true);
    appCombo_->setInsertPolicy(QComboBox::NoInsert);
    appCombo_->lineEdit()->setPlaceholderText(tr("An approved app, or an app's address"));
    appCombo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    appCombo_->setMinimumContentsLength(20);
    fields->addRow(tr("App"), appCombo_);
    args_ = new QLineEdit(form);
    args_->setObjectName(QStringLiteral("computeArgs"));
    args_->setPlaceholderText(tr("The app's command line, if it takes one"));
    fields->addRow(tr("Arguments"), args_);
    inputFiles_ = new QPlainTextEdit(form);
    inputFiles_->setObjectName(QStringLiteral("computeInputFiles"));
    inputFiles_->setPlaceholderText(tr("https://… one address per line"));
    inputFiles_->setTabChangesFocus(true);
    inputFiles_->setFixedHeight(inputFiles_->fontMetrics().lineSpacing() * 3 + 12);
    fields->addRow(tr("Input files"), inputFiles_);
    auto* secretsBox = new QWidget(form);
    auto* secretsLayout = new QHBoxLayout(secretsBox);
    secretsLayout->setContentsMargins(0, 0, 0, 0);
    secretList_ = new QListWidget(secretsBox);
    secretList_->setObjectName(QStringLiteral("computeSecrets"));
    secretList_->setFixedHeight(secretList_->fontMetrics().lineSpacing() * 3 + 10);
    secretList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    secretList_->setTextElideMode(Qt::ElideMiddle);
    auto* secretButtons = new QVBoxLayout;
    addSecret_ = new QPushButton(tr("Add…"), secretsBox);
    addSecret_->setObjectName(QStringLiteral("addSecretButton"));
    removeSecret_ = new QPushButton(tr("Remove"), secretsBox);
    removeSecret_->setObjectName(QStringLiteral("removeSecretButton"));
    removeSecret_->setEnabled(false);
    secretButtons->addWidget(addSecret_);
    secretButtons->addWidget(removeSecret_);
    secretButtons->addStretch(1);
    secretsLayout->addWidget(secretList_, 1);
    secretsLayout->addLayout(secretButtons);
    auto* secretsLabel = new QLabel(tr("Secrets"), form);
    secretsLabel->setToolTip(tr("Files whose content only the app can read (requester secrets "
                                "1, 2, …), sent to iExec's Secret Management Service."));
    fields->addRow(secretsLabel, secretsBox);
    formLayout->addLayout(fields);

    advancedToggle_ = new QToolButton(form);
    advancedToggle_->setObjectName(QStringLiteral("advancedToggle"));
    advancedToggle_->setText(tr("Advanced"));
    advancedToggle_->setCheckable(true);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setAutoRaise(true);
    formLayout->addWidget(advancedToggle_);
    advanced_ = new QWidget(form);
    advanced_->setObjectName(QStringLiteral("advancedFields"));
    auto* advancedLayout = new QFormLayout(advanced_);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    maxPrice_ = new QLineEdit(advanced_);
    maxPrice_->setObjectName(QStringLiteral("computeMaxPrice"));
    maxPrice_->setPlaceholderText(tr("No maximum: the price is shown before you run"));
    advancedLayout->addRow(tr("Maximum price (RLC)"), maxPrice_);
    workerpool_ = new QLineEdit(advanced_);
    workerpool_->setObjectName(QStringLiteral("computeWorkerpool"));
    workerpool_->setPlaceholderText(tr("Any: the cheapest that offers to run it"));
    advancedLayout->addRow(tr("Workerpool"), workerpool_);
    encrypt_ = new QCheckBox(tr("Encrypt the result for this account"), advanced_);
    encrypt_->setObjectName(QStringLiteral("computeEncrypt"));
    encrypt_->setChecked(true);
    advancedLayout->addRow(encrypt_);
    advanced_->hide();
    formLayout->addWidget(advanced_);
    encryptWarning_ = new QLabel(
        tr("The result will not be encrypted: anyone who reads the chain can download it."), form);
    encryptWarning_->setObjectName(QStringLiteral("encryptWarning"));
    encryptWarning_->setWordWrap(true);
    setTone(encryptWarning_, Tone::Warning);
    encryptWarning_->hide();
    formLayout->addWidget(encryptWarning_);

    summary_ = new WrapLabel(form);
    summary_->setObjectName(QStringLiteral("computeSummary"));
    summary_->setTextFormat(Qt::RichText);
    formLayout->addWidget(summary_);
    cost_ = new QLabel(form);
    cost_->setObjectName(QStringLiteral("computeCost"));
    cost_->setProperty("muted", true);
    cost_->setWordWrap(true);
    formLayout->addWidget(cost_);
    planStatus_ = new WrapLabel(form);
    planStatus_->setObjectName(QStringLiteral("computePlanStatus"));
    planStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    formLayout->addWidget(planStatus_);
    auto* stakeRow = new QHBoxLayout;
    stake_ = new WrapLabel(form);
    stake_->setObjectName(QStringLiteral("computeStake"));
    deposit_ = new QPushButton(form);
    deposit_->setObjectName(QStringLiteral("depositButton"));
    deposit_->hide();
    stakeRow->addWidget(stake_, 1);
    stakeRow->addWidget(deposit_, 0, Qt::AlignTop);
    formLayout->addLayout(stakeRow);
    formLayout->addStretch(1);
    auto* formButtons = new QHBoxLayout;
    cancel_ = new QPushButton(tr("Cancel"), form);
    cancel_->setObjectName(QStringLiteral("cancelFormButton"));
    checkPrice_ = new QPushButton(tr("Check price"), form);
    checkPrice_->setObjectName(QStringLiteral("checkPriceButton"));
    run_ = new QPushButton(tr("Run"), form);
    run_->setObjectName(QStringLiteral("runButton"));
    run_->setProperty("primary", true);
    run_->setEnabled(false);
    formButtons->addWidget(cancel_);
    formButtons->addStretch(1);
    formButtons->addWidget(checkPrice_);
    formButtons->addWidget(run_);
    formLayout->addLayout(formButtons);
    pages_->addWidget(form);

    // Step 2: the request, step by step.
    const StepList::Page page = StepList::newPage(pages_);
    QWidget* progress = page.widget;
    QVBoxLayout* progressLayout = page.layout;
    heading_ = page.heading;
    heading_->setTextFormat(Qt::RichText);
    QStringList stepNames;
    for (int i = 0; i < kSteps; ++i) {
        const auto name = compute::computeStepName(static_cast<ComputeStep>(i));
        stepNames << QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    steps_ = new StepList(stepNames, QStringLiteral("computeStep"), false, progress);
    progressLayout->addWidget(steps_);
    runStatus_ = new WrapLabel(progress);
    runStatus_->setObjectName(QStringLiteral("computeRunStatus"));
    runStatus_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progressLayout->addWidget(runStatus_);
    progressLayout->addStretch(1);
    const auto buttons = StepList::addButtons(progressLayout, progress, tr("Cancel the request"),
                                              QStringLiteral("cancelRunButton"));
    cancelRun_ = buttons.cancel;
    retry_ = buttons.retry;
    close_ = buttons.close;
    pages_->addWidget(progress);
    // Return is the dialog's own (keyPressEvent): no button becomes the default by taking the
    // focus, so a stray Return never cancels, removes a secret or closes.
    for (auto* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    autoPlan_ = new QTimer(this);
    autoPlan_->setSingleShot(true);
    autoPlan_->setInterval(400);
    connect(autoPlan_, &QTimer::timeout, this, &NewComputationDialog::checkPrice);
    connect(dataCombo_, &QComboBox::currentTextChanged, this, &NewComputationDialog::formChanged);
    connect(appCombo_, &QComboBox::currentTextChanged, this, &NewComputationDialog::formChanged);
    for (QLineEdit* edit : {args_, maxPrice_, workerpool_})
        connect(edit, &QLineEdit::textChanged, this, &NewComputationDialog::formChanged);
    connect(inputFiles_, &QPlainTextEdit::textChanged, this, &NewComputationDialog::formChanged);
    connect(encrypt_, &QCheckBox::toggled, this, [this](bool on) {
        encryptWarning_->setVisible(!on);
        formChanged();
    });
    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool open) {
        advanced_->setVisible(open);
        advancedToggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(addSecret_, &QPushButton::clicked, this, &NewComputationDialog::addSecret);
    connect(removeSecret_, &QPushButton::clicked, this, &NewComputationDialog::removeSecret);
    connect(secretList_, &QListWidget::currentRowChanged, this,
            [this](int row) { removeSecret_->setEnabled(row >= 0); });
    connect(deposit_, &QPushButton::clicked, this, &NewComputationDialog::deposit);
    connect(cancel_, &QPushButton::clicked, this, &NewComputationDialog::reject);
    connect(checkPrice_, &QPushButton::clicked, this, &NewComputationDialog::checkPrice);
    connect(run_, &QPushButton::clicked, this, &NewComputationDialog::run);
    connect(cancelRun_, &QPushButton::clicked, this, &NewComputationDialog::cancelRun);
    connect(retry_, &QPushButton::clicked, this, &NewComputationDialog::retry);
    connect(close_, &QPushButton::clicked, this, &QDialog::accept);
    // A locked wallet keeps no key: nor does this dialog (Retry asks for the password again).
    connect(&wallet_, &WalletSession::lockChanged, this, [this](bool unlocked) {
        if (!unlocked)
            credentials_.reset();
    });
    renderSteps(ComputeStep::Plan, false, false);
    load();
}

NewComputationDialog::~NewComputationDialog() = default;

void NewComputationDialog::load() {
    const auto account = wallet_.current();
    auto chain = wallet_.chain();
    if (!account || !chain) {
        phase_ = Phase::Form;
        setStatus(tr("Create or import a wallet first: a computation is paid by an account."),
                  int(Tone::Error));
        updateButtons();
        return;
    }
    setStatus(tr("Reading your data and approved apps…"), int(Tone::Neutral));
    const eth::Address owner = account->address;
    runAsync(
        this,
        [chain, owner] {
            DataAndApps choices = readDataAndApps(*chain, owner);
            // A whitelist is not run: its member apps are.
            std::erase_if(choices.apps, [](const iexec::ApprovedApp& app) {
                return app.kind != iexec::AppKind::App;
            });
            return choices;
        },
        [this](AsyncResult<DataAndApps> result) {
            if (phase_ == Phase::Loading)
                phase_ = Phase::Form;
            if (!result.ok()) {
                // Addresses can still be typed.
                setStatus(tr("Could not read your data and approved apps: %1")
                              .arg(errorText(*result.error)),
                          int(Tone::Error));
            } else {
                setStatus(QString(), int(Tone::Neutral));
                data_ = std::move(result.value->data);
                apps_ = std::move(result.value->apps);
            }
            const QString typedData = dataCombo_->currentText();
            const QString typedApp = appCombo_->currentText();
            {
                const QSignalBlocker a(dataCombo_), b(appCombo_);
                for (const auto& d : data_)
                    dataCombo_->addItem(q(d.name).isEmpty() ? q(d.address.toChecksumHex())
                                                            : q(d.name),
                                        q(d.address.toChecksumHex()));
                for (const auto& app : apps_)
                    appCombo_->addItem(q(app.name).isEmpty() ? q(app.address.toChecksumHex())
                                                             : q(app.name),
                                       q(app.address.toChecksumHex()));
                // Nothing chosen for the user: a preselection, what was typed, or empty.
                dataCombo_->setCurrentIndex(-1);
                appCombo_->setCurrentIndex(-1);
                dataCombo_->setEditText(typedData);
                appCombo_->setEditText(typedApp);
                if (wantedData_)
                    selectAddress(dataCombo_, *wantedData_);
                if (wantedApp_)
                    selectAddress(appCombo_, *wantedApp_);
            }
            emit loaded();
            formChanged();
            if (!result.ok())
                setStatus(tr("Could not read your data and approved apps: %1")
                              .arg(errorText(*result.error)),
                          int(Tone::Error));
        },
        wallet_.pool());
}

void NewComputationDialog::setData(const eth::Address& dataset) {
    wantedData_ = dataset;
    selectAddress(dataCombo_, dataset);
}

void NewComputationDialog::setApp(const eth::Address& app) {
    wantedApp_ = app;
    selectAddress(appCombo_, app);
}

std::optional<eth::Address> NewComputationDialog::chosenData() const {
    return comboAddress(dataCombo_);
}

std::optional<eth::Address> NewComputationDialog::chosenApp() const {
    return comboAddress(appCombo_);
}

QString NewComputationDialog::dataName(const eth::Address& dataset) const {
    for (const auto& d : data_)
        if (d.address == dataset && !d.name.empty())
            return q(d.name);
    return q(dataset.toChecksumHex());
}

QString NewComputationDialog::appName(const eth::Address& app) const {
    for (const auto& a : apps_)
        if (a.address == app && !a.name.empty())
            return q(a.name);
    return q(app.toChecksumHex());
}

eth::U256 NewComputationDialog::missingStake() const {
    if (!plan_ || !balances_ || balances_->stake >= plan_->total())
        return eth::U256(0);
    return plan_->total() - balances_->stake;
}

std::optional<ComputeOperation> NewComputationDialog::operationFromForm(QString* error) const {
    const auto account = wallet_.current();
    if (!account) {
        *error = tr("Create or import a wallet first: a computation is paid by an account.");
        return std::nullopt;
    }
    ComputeOperation op;
    op.requester = account->address;
    const auto dataset = chosenData();
    if (!dataset) {
        *error = dataCombo_->currentText().trimmed().isEmpty()
                     ? QString()
                     : tr("The protected data is not an address (0x and 40 hexadecimal digits).");
        return std::nullopt;
    }
    op.dataset = *dataset;
    const auto app = chosenApp();
    if (!app) {
        *error = appCombo_->currentText().trimmed().isEmpty()
                     ? QString()
                     : tr("The app is not an address (0x and 40 hexadecimal digits).");
        return std::nullopt;
    }
    op.app = *app;
    if (!args_->text().isEmpty())
        op.args = args_->text().toStdString();
    for (const QString& line : inputFiles_->toPlainText().split(QLatin1Char('\n'))) {
        const QString url = line.trimmed();
        if (url.isEmpty())
            continue;
        if (!looksLikeHttpUrl(url.toStdString())) {
            *error = tr("“%1” is not the address of a file on the web (https://…).").arg(url);
            return std::nullopt;
        }
        op.inputFiles.push_back(url.toStdString());
    }
    for (const auto& [number, file] : secrets_)
        op.secrets[number] = {std::filesystem::path(file.toStdString()), {}};
    const QString price = maxPrice_->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (!price.isEmpty()) {
        try {
            op.maxPrice = eth::parseUnits(price.toStdString(), eth::kRlcDecimals);
        } catch (const Error&) {
            *error = tr("The maximum price is an amount of RLC, like 0.5 (at most 9 decimals).");
            return std::nullopt;
        }
    }
    if (!workerpool_->text().trimmed().isEmpty()) {
        op.workerpool = parseAddress(workerpool_->text());
        if (!op.workerpool) {
            *error = tr("The workerpool is not an address (0x and 40 hexadecimal digits).");
            return std::nullopt;
        }
    }
    op.encrypt = encrypt_->isChecked();
    // The params are checked as the request will write them (UTF-8, URLs).
    try {
        compute::RequestParams params;
        params.args = op.args;
        params.inputFiles = op.inputFiles;
        params.encryptResult = op.encrypt;
        (void)compute::requestParamsJson(params);
    } catch (const Error& e) {
        *error = errorText(e);
        return std::nullopt;
    }
    return op;
}

void NewComputationDialog::formChanged() {
    if (phase_ == Phase::Loading || pages_->currentIndex() != 0)
        return;
    ++generation_; // a plan under way is for another form
    plan_.reset();
    planned_.reset();
    balances_.reset();
    summary_->setWrappedText(QString());
    cost_->clear();
    stake_->setWrappedText(QString());
    deposit_->hide();
    QString error;
    const auto op = operationFromForm(&error);
    phase_ = Phase::Form;
    setStatus(error, int(Tone::Error));
    if (op)
        autoPlan_->start();
    else
        autoPlan_->stop();
    updateButtons();
}

void NewComputationDialog::checkPrice() {
    autoPlan_->stop();
    if (pages_->currentIndex() != 0 || phase_ == Phase::Loading)
        return;
    QString error;
    const auto op = operationFromForm(&error);
    if (!op) {
        setStatus(error.isEmpty() ? tr("Choose the protected data and the app first.") : error,
                  int(Tone::Error));
        return;
    }
    auto chain = wallet_.chain();
    if (!chain) {
        setStatus(tr("No network is active."), int(Tone::Error));
        return;
    }
    if (const QString problem = journalProblem(*chain); !problem.isEmpty()) {
        setStatus(problem, int(Tone::Error));
        return;
    }
    const int generation = ++generation_;
    phase_ = Phase::Planning;
    plan_.reset();
    balances_.reset();
    summary_->setWrappedText(QString());
    cost_->clear();
    stake_->setWrappedText(QString());
    deposit_->hide();
    setStatus(tr("Reading the market for the orders and the price…"), int(Tone::Neutral));
    updateButtons();
    const CancelToken shutdown = wallet_.shutdownToken();
    runAsync(
        this,
        [chain, request = *op, shutdown] {
            Quote quote;
            quote.plan = chain->compute().plan(request, &shutdown);
            quote.balances = chain->funds().balances(request.requester, &shutdown);
            return quote;
        },
        [this, generation, request = *op](AsyncResult<Quote> result) {
            if (generation != generation_)
                return; // the form changed meanwhile: its own plan follows
            if (!result.ok()) {
                showRefusal(errorText(*result.error));
                return;
            }
            showQuote(request, *result.value);
        },
        wallet_.pool());
    emit planStarted();
}

QString NewComputationDialog::summaryText(const ComputeOperation& op,
                                          const compute::Plan& plan) const {
    const auto chain = wallet_.chain();
    const eth::Address pool = plan.workerpool.order.workerpool;
    const bool defaultPool =
        chain && parseAddress(q(chain->profile().workerpool)).value_or(eth::Address()) == pool;
    const QString app = QStringLiteral("<i>%1</i>").arg(appName(op.app).toHtmlEscaped());
    const QString dataset = QStringLiteral("<i>%1</i>").arg(dataName(op.dataset).toHtmlEscaped());
    const QString price = QStringLiteral("<b>%1</b>").arg(rlc(plan.total()).toHtmlEscaped());
    return defaultPool ? tr("Run %1 on %2 by the iExec workerpool for %3").arg(app, dataset, price)
                       : tr("Run %1 on %2 by workerpool %3 for %4")
                             .arg(app, dataset, q(pool.toChecksumHex()), price);
}

void NewComputationDialog::showQuote(const ComputeOperation& op, const Quote& quote) {
    plan_ = quote.plan;
    planned_ = op;
    balances_ = quote.balances;
    phase_ = Phase::Planned;
    summary_->setWrappedText(summaryText(op, quote.plan));
    cost_->setText(tr("Cost: app %1 + data %2 + workerpool %3, paid from your iExec account.")
                       .arg(rlc(quote.plan.appPrice()), rlc(quote.plan.datasetPrice()),
                            rlc(quote.plan.workerpoolPrice())));
    setStatus(QString(), int(Tone::Neutral));
    const eth::U256 missing = missingStake();
    if (missing.isZero()) {
        stake_->setWrappedText(quote.plan.total().isZero()
                                   ? QString()
                                   : tr("Your iExec account holds %1: enough for this run.")
                                         .arg(rlc(quote.balances.stake)));
        setTone(stake_, Tone::Neutral);
        deposit_->hide();
    } else {
        QString text = tr("Your iExec account holds %1: %2 more is needed for this run.")
                           .arg(rlc(quote.balances.stake), rlc(missing));
        if (quote.balances.rlc < missing)
            text += QLatin1Char(' ') + tr("Your wallet holds %1, not enough to deposit it: get "
                                          "RLC first.")
                                           .arg(rlc(quote.balances.rlc));
        stake_->setWrappedText(text);
        setTone(stake_, Tone::Warning);
        deposit_->setText(tr("Deposit %1…").arg(rlc(missing)));
        deposit_->show();
    }
    updateButtons();
    emit planFinished();
}

void NewComputationDialog::showRefusal(const QString& why) {
    phase_ = Phase::Refused;
    plan_.reset();
    planned_.reset();
    setStatus(tr("This computation can't run as asked. %1").arg(why), int(Tone::Error));
    updateButtons();
    emit planFinished();
}

void NewComputationDialog::addSecret() {
    const QString file =
        FileDialog::chooseOne(this, FileDialog::Mode::OpenFile, tr("Choose the secret's file"));
    if (file.isEmpty())
        return;
    std::uint64_t number = 1;
    while (secrets_.count(number))
        ++number;
    secrets_[number] = file;
    secretList_->clear();
    for (const auto& [n, path] : secrets_) {
        auto* item = new QListWidgetItem(tr("%1: %2").arg(n).arg(path), secretList_);
        item->setData(Qt::UserRole, qulonglong(n));
        item->setToolTip(path);
    }
    formChanged();
}

void NewComputationDialog::removeSecret() {
    const auto* item = secretList_->currentItem();
    if (!item)
        return;
    secrets_.erase(item->data(Qt::UserRole).toULongLong());
    delete secretList_->takeItem(secretList_->row(item));
    formChanged();
}

void NewComputationDialog::deposit() {
    const eth::U256 missing = missingStake();
    if (missing.isZero())
        return;
    auto* dialog = new TransferDialog(wallet_, TransferDialog::Kind::Deposit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAmount(missing);
    // Once the deposit is mined, the stake is read again with the price.
    connect(dialog, &TransferDialog::finishedTransaction, this, &NewComputationDialog::checkPrice);
    dialog->open();
}

void NewComputationDialog::updateButtons() {
    const bool form = pages_->currentIndex() == 0;
    checkPrice_->setEnabled(form && phase_ != Phase::Loading && phase_ != Phase::Planning);
    run_->setEnabled(form && phase_ == Phase::Planned && missingStake().isZero());
    run_->setText(plan_ ? tr("Run for %1").arg(rlc(plan_->total())) : tr("Run"));
}

void NewComputationDialog::setStatus(const QString& text, int tone) {
    planStatus_->setWrappedText(text);
    setTone(planStatus_, static_cast<Tone>(tone));
    planStatus_->setVisible(!text.isEmpty());
}

void NewComputationDialog::primaryAction() {
    if (pages_->currentIndex() == 0) {
        if (run_->isEnabled())
            run();
        else if (checkPrice_->isEnabled() && phase_ != Phase::Planned)
            checkPrice();
        return;
    }
    if (phase_ == Phase::Failed && retry_->isVisible())
        retry();
    else if (phase_ == Phase::Done || phase_ == Phase::Cancelled)
        accept();
}

void NewComputationDialog::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        primaryAction();
        return;
    }
    QDialog::keyPressEvent(event);
}

void NewComputationDialog::reject() {
    // Nothing is lost: a plan's answer goes nowhere, a request under way goes on (the journal
    // has it, the Computations page shows it).
    ++generation_;
    autoPlan_->stop();
    QDialog::reject();
}

bool NewComputationDialog::ensureCredentials() {
    const auto account = wallet_.current();
    if (!account)
        return false;
    if (credentials_)
        return true;
    auto store = wallet_.store();
    const eth::Address requester = account->address;
    std::function<Credentials(const crypto::SecretBytes&)> check =
        [store, requester](const crypto::SecretBytes& password) {
            Credentials c;
            c.signer = std::make_shared<const wallet::UnlockedAccount>(
                store->unlock(requester, password.text()));
            c.resultPublicKeyPem = store->account(requester).resultPublicKeyPem;
            return c;
        };
    credentials_ = PasswordDialog::ask(
        this, wallet_.pool(),
        {tr("Wallet password"),
         tr("Type your wallet password to sign the request. It is paid from your iExec account "
            "once the deal is made."),
         tr("Sign and run")},
        std::move(check));
    return credentials_.has_value();
}

void NewComputationDialog::run() {
    if (phase_ != Phase::Planned || !planned_ || !missingStake().isZero())
        return;
    auto chain = wallet_.chain();
    if (const QString problem = chain ? journalProblem(*chain) : QString(); !problem.isEmpty()) {
        setStatus(problem, int(Tone::Error));
        return;
    }
    if (!chain || !chain->canSend()) {
        setStatus(tr("The transaction journal of this network cannot be opened, so nothing can "
                     "be requested on it."),
                  int(Tone::Error));
        return;
    }
    if (!ensureCredentials())
        return;
    const ComputeOperation op = *planned_;
    heading_->setText(summary_->text());
    run_->setEnabled(false);
    checkPrice_->setEnabled(false);
    setStatus(tr("Preparing…"), int(Tone::Neutral));
    runAsync(
        this, [chain, op] { return chain->compute().create(op).id; },
        [this](AsyncResult<std::int64_t> result) {
            if (!result.ok()) {
                // Refused before anything was recorded (a secret file unreadable, ...).
                setStatus(errorText(*result.error), int(Tone::Error));
                updateButtons();
                return;
            }
            id_ = *result.value;
            pages_->setCurrentIndex(1);
            startRun(id_);
        },
        wallet_.pool());
}

void NewComputationDialog::startRun(std::int64_t id) {
    phase_ = Phase::Running;
    cancelWanted_ = false;
    runToken_ = wallet_.shutdownToken().linked();
    renderSteps(lastStep_, false, false);
    runStatus_->setWrappedText(tr("You can close this window: the request goes on, and the "
                                  "Computations page follows it."));
    setTone(runStatus_, Tone::Neutral);
    retry_->hide();
    cancelRun_->show();
    cancelRun_->setEnabled(lastStep_ < ComputeStep::Match);
    close_->setFocus();
    auto chain = wallet_.chain();
    const Credentials credentials = *credentials_;
    const CancelToken token = runToken_;
    QPointer<NewComputationDialog> self(this);
    // On the worker: each step goes to the GUI thread as it starts.
    compute::ComputePipeline::Observer observer = [self](const ComputeOperation& op) {
        const ComputeStep step = op.step;
        QMetaObject::invokeMethod(
            self.data(),
            [self, step] {
                if (self)
                    self->onStep(step);
            },
            Qt::QueuedConnection);
    };
    runAsync(
        this,
        [chain, id, credentials, observer, token] {
            return chain->compute().run(id, *credentials.signer, credentials.resultPublicKeyPem,
                                        observer, &token);
        },
        [this, chain, id](AsyncResult<ComputeOperation> result) {
            if (result.ok()) {
                onRunEnded(*result.value, QString(), false);
                return;
            }
            std::optional<ComputeOperation> op;
            try {
                op = chain->computeJournal().find(id);
            } catch (const Error&) {
                // the message below still says why
            }
            onRunEnded(op, errorText(*result.error),
                       result.error->code() == ErrorCode::Cancelled && cancelWanted_);
        },
        wallet_.pool());
}

void NewComputationDialog::onStep(ComputeStep step) {
    if (phase_ != Phase::Running)
        return;
    lastStep_ = step;
    // Once matchOrders may be on its way, the request can no longer be called back.
    cancelRun_->setEnabled(step < ComputeStep::Match && !cancelWanted_);
    renderSteps(step, false, step == ComputeStep::Done);
}

void NewComputationDialog::onRunEnded(std::optional<ComputeOperation> op, const QString& error,
                                      bool cancelled) {
    if (op)
        lastStep_ = op->step;
    if (op && op->state == compute::ComputeState::Done) {
        phase_ = Phase::Done;
        renderSteps(ComputeStep::Done, false, true);
        cancelRun_->hide();
        retry_->hide();
        runStatus_->setWrappedText(
            tr("Requested: task %1. Follow it and read its result on the Computations page.")
                .arg(op->taskId ? q(eth::toHex(*op->taskId)) : QString()));
        setTone(runStatus_, Tone::Good);
        close_->setFocus();
        emit requested(op->id);
        return;
    }
    if (cancelled) {
        auto chain = wallet_.chain();
        const std::int64_t id = id_;
        runAsync(
            this, [chain, id] { return chain->compute().cancel(id); },
            [this](AsyncResult<ComputeOperation> result) {
                if (!result.ok()) {
                    onRunEnded(std::nullopt, errorText(*result.error), false);
                    return;
                }
                phase_ = Phase::Cancelled;
                renderSteps(lastStep_, false, false);
                cancelRun_->hide();
                retry_->hide();
                runStatus_->setWrappedText(tr("Cancelled: nothing was sent to the chain and "
                                              "nothing was paid."));
                setTone(runStatus_, Tone::Neutral);
            },
            wallet_.pool());
        return;
    }
    phase_ = Phase::Failed;
    renderSteps(lastStep_, true, false);
    retry_->show();
    cancelRun_->show();
    cancelRun_->setEnabled(lastStep_ < ComputeStep::Match);
    runStatus_->setWrappedText(
        tr("Stopped at “%1”: %2\nThe request is kept: Retry carries on from there, and the "
           "Computations page can resume it later.")
            .arg(stepText(lastStep_), error));
    setTone(runStatus_, Tone::Error);
}

void NewComputationDialog::retry() {
    if (id_ == 0 || phase_ != Phase::Failed || !ensureCredentials())
        return;
    startRun(id_);
}

void NewComputationDialog::cancelRun() {
    if (id_ == 0)
        return;
    if (phase_ == Phase::Running) {
        if (lastStep_ >= ComputeStep::Match)
            return;
        cancelWanted_ = true;
        cancelRun_->setEnabled(false);
        runStatus_->setWrappedText(tr("Cancelling…"));
        runToken_.cancel(); // stops at the pipeline's next check; onRunEnded cleans up
        return;
    }
    if (phase_ == Phase::Failed)
        onRunEnded(std::nullopt, QString(), true);
}

void NewComputationDialog::renderSteps(ComputeStep current, bool failed, bool done) {
    for (int i = 0; i < kSteps; ++i)
        steps_->text(i)->setText(stepText(static_cast<ComputeStep>(i)));
    steps_->mark(static_cast<int>(current), failed, phase_ == Phase::Running, done);
}

QString NewComputationDialog::stepText(ComputeStep step) {
    switch (step) {
    case ComputeStep::Plan:
        return tr("Choosing the orders and checking the price");
    case ComputeStep::PushKey:
        return tr("Giving the Secret Management Service your result key");
    case ComputeStep::PushSecrets:
        return tr("Sending your secrets to the Secret Management Service");
    case ComputeStep::Sign:
        return tr("Signing the request");
    case ComputeStep::Match:
        return tr("Sending the request to the network");
    case ComputeStep::Confirm:
        return tr("Waiting for the deal to be confirmed");
    case ComputeStep::Done:
        return tr("Requested");
    }
    return {};
}

} // namespace sr::ui
