#include "protect/ProtectDialog.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "iexec/DataObject.h"
#include "protect/PasswordPrompt.h"
#include "util/Error.h"
#include "wallet/WalletSession.h"
#include "widgets/ReturnKey.h"
#include "widgets/StepList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <filesystem>

namespace sr::ui {
namespace {

namespace fs = std::filesystem;
using iexec::ProtectStep;

constexpr int kSteps = 8; // Seal .. Done

// What DataProtector types a file it does not recognise, text and CSV included.
constexpr char kBinaryType[] = "application/octet-stream";

QString binaryTypeNote() {
    return ProtectDialog::tr(
        "Text and CSV files, and any file of a kind DataProtector does not recognise, are typed "
        "application/octet-stream: the schema of a protected data has no text or CSV type "
        "(its file types are images, sounds, videos, PDF, XML and ZIP). The content is kept as "
        "it is; an app reads it as bytes.");
}

bool hasBinaryFile(const std::vector<ProtectDialog::Field>& fields) {
    return std::any_of(fields.begin(), fields.end(), [](const ProtectDialog::Field& f) {
        return f.type == QLatin1String(kBinaryType) || hasBinaryFile(f.children);
    });
}

struct Preview {
    std::vector<ProtectDialog::Field> fields;
    QString schema; ///< pretty-printed for reading; on chain it is the compact form
    qint64 totalBytes = 0;
    int files = 0;
    std::vector<iexec::SkippedPath> skipped; ///< links left out of the folders
};

// The tree of fields, in the order the schema and the zip use, with the schema's types.
std::vector<ProtectDialog::Field> previewFields(const iexec::DataValue& object,
                                                const nlohmann::ordered_json& schema,
                                                Preview& totals) {
    std::vector<ProtectDialog::Field> out;
    for (const iexec::DataField* f : iexec::jsOrderedFields(object)) {
        ProtectDialog::Field row;
        row.key = QString::fromStdString(f->key);
        const auto& type = schema.at(f->key);
        if (f->value.kind == iexec::DataKind::Object) {
            row.children = previewFields(f->value, type, totals);
        } else {
            row.type = QString::fromStdString(type.get<std::string>());
            if (f->value.kind == iexec::DataKind::File) {
                std::error_code ec;
                const auto size = fs::file_size(f->value.file, ec);
                row.size = ec ? -1 : qint64(size);
                totals.totalBytes += ec ? 0 : qint64(size);
                ++totals.files;
            } else if (f->value.kind == iexec::DataKind::Bytes) {
                row.size = qint64(f->value.bytes.size());
            }
        }
        out.push_back(std::move(row));
    }
    return out;
}

void fillTree(QTreeWidgetItem* parent, QTreeWidget* tree,
              const std::vector<ProtectDialog::Field>& fields) {
    for (const auto& f : fields) {
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree);
        item->setText(0, f.key);
        item->setText(1, f.type.isEmpty() ? ProtectDialog::tr("folder") : f.type);
        if (f.type == QLatin1String(kBinaryType))
            item->setToolTip(1, binaryTypeNote());
        if (f.size >= 0)
            item->setText(2, QLocale().formattedDataSize(f.size));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        fillTree(item, tree, f.children);
    }
}

QString rate(double bytesPerSecond) {
    return ProtectDialog::tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

} // namespace

ProtectDialog::ProtectDialog(ProtectController& service, const QStringList& paths, QWidget* parent)
    : QDialog(parent), service_(service), paths_(paths) {
    setObjectName(QStringLiteral("protectDialog"));
    setWindowTitle(tr("Protect data"));
    setMinimumSize(640, 520);
    auto* layout = new QVBoxLayout(this);
    pages_ = new QStackedWidget(this);
    layout->addWidget(pages_);

    // Step 1: the review.
    auto* review = new QWidget(pages_);
    auto* reviewLayout = new QVBoxLayout(review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    auto* nameLabel = new QLabel(tr("Name (public)"), review);
    nameLabel->setObjectName(QStringLiteral("fieldLabel"));
    name_ = new QLineEdit(review);
    name_->setObjectName(QStringLiteral("protectName"));
    name_->setMaxLength(200);
    std::vector<fs::path> asPaths;
    for (const QString& p : paths_)
        asPaths.emplace_back(p.toStdString());
    name_->setText(QString::fromStdString(iexec::defaultProtectName(asPaths)));
    reviewLayout->addWidget(nameLabel);
    reviewLayout->addWidget(name_);
    fields_ = new QTreeWidget(review);
    fields_->setObjectName(QStringLiteral("protectFields"));
    fields_->setHeaderLabels({tr("Field"), tr("Type"), tr("Size")});
    fields_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    fields_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    fields_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    fields_->header()->setStretchLastSection(false);
    fields_->setMinimumHeight(120);
    reviewLayout->addWidget(fields_, 2);
    binaryNote_ = new QLabel(review);
    binaryNote_->setObjectName(QStringLiteral("binaryTypeNote"));
    binaryNote_->setWordWrap(true);
    binaryNote_->setProperty("muted", true);
    binaryNote_->hide();
    reviewLayout->addWidget(binaryNote_);
    skipped_ = new QLabel(review);
    skipped_->setObjectName(QStringLiteral("skippedLinks"));
    skipped_->setWordWrap(true);
    skipped_->setTextFormat(Qt::PlainText);
    skipped_->hide();
    reviewLayout->addWidget(skipped_);
    // Typed fields, next to the files: an email, a Telegram chat, text, a number, yes or no.
    auto* addRow = new QHBoxLayout;
    fieldType_ = new QComboBox(review);
    fieldType_->setObjectName(QStringLiteral("fieldType"));
    fieldType_->addItem(tr("Email address"), int(TypedField::Email));
    fieldType_->addItem(tr("Telegram chat ID"), int(TypedField::TelegramChat));
    fieldType_->addItem(tr("Text"), int(TypedField::Text));
    fieldType_->addItem(tr("Number"), int(TypedField::Number));
    fieldType_->addItem(tr("Yes or no"), int(TypedField::Boolean));
    fieldKey_ = new QLineEdit(review);
    fieldKey_->setObjectName(QStringLiteral("fieldKey"));
    fieldKey_->setPlaceholderText(tr("Field name"));
    fieldValue_ = new QLineEdit(review);
    fieldValue_->setObjectName(QStringLiteral("fieldValue"));
    fieldValue_->setPlaceholderText(tr("Value"));
    fieldBool_ = new QCheckBox(tr("Yes"), review);
    fieldBool_->setObjectName(QStringLiteral("fieldBool"));
    addField_ = new QPushButton(tr("Add field"), review);
    addField_->setObjectName(QStringLiteral("addFieldButton"));
    removeField_ = new QPushButton(tr("Remove"), review);
    removeField_->setObjectName(QStringLiteral("removeFieldButton"));
    removeField_->setEnabled(false);
    // Each input of the row has its caption above it.
    const auto captioned = [&](const QString& caption, QWidget* input, int stretch,
                               const char* name) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        auto* label = new QLabel(caption, review);
        label->setObjectName(QLatin1String(name));
        label->setProperty("muted", true);
        label->setBuddy(input);
        column->addWidget(label);
        column->addWidget(input);
        addRow->addLayout(column, stretch);
        return label;
    };
    addRow->setAlignment(Qt::AlignBottom);
    fieldTypeLabel_ = captioned(tr("Add a field of type"), fieldType_, 0, "fieldTypeLabel");
    fieldKeyLabel_ = captioned(tr("Field name"), fieldKey_, 1, "fieldKeyLabel");
    fieldValueLabel_ = captioned(tr("Value"), fieldValue_, 2, "fieldValueLabel");
    addRow->addWidget(fieldBool_, 0, Qt::AlignBottom);
    addRow->addWidget(addField_, 0, Qt::AlignBottom);
    addRow->addWidget(removeField_, 0, Qt::AlignBottom);
    reviewLayout->addLayout(addRow);
    fieldError_ = new QLabel(review);
    fieldError_->setObjectName(QStringLiteral("fieldError"));
    fieldError_->setWordWrap(true);
    setTone(fieldError_, Tone::Error);
    fieldError_->hide();
    reviewLayout->addWidget(fieldError_);
    privacy_ = new QLabel(review);
    privacy_->setObjectName(QStringLiteral("privacySummary"));
    privacy_->setWordWrap(true);
    privacy_->setTextFormat(Qt::RichText);
    reviewLayout->addWidget(privacy_);
    schema_ = new QPlainTextEdit(review);
    schema_->setObjectName(QStringLiteral("schemaView"));
    schema_->setReadOnly(true);
    schema_->setMaximumHeight(100);
    reviewLayout->addWidget(schema_, 1);
    private_ = new QLabel(review);
    private_->setObjectName(QStringLiteral("privateSummary"));
    private_->setWordWrap(true);
    private_->setTextFormat(Qt::RichText);
    reviewLayout->addWidget(private_);
    reviewError_ = new QLabel(review);
    reviewError_->setObjectName(QStringLiteral("reviewError"));
    reviewError_->setWordWrap(true);
    setTone(reviewError_, Tone::Error);
    reviewLayout->addWidget(reviewError_);
    auto* reviewButtons = new QHBoxLayout;
    auto* cancel = new QPushButton(tr("Cancel"), review);
    cancel->setObjectName(QStringLiteral("cancelReviewButton"));
    protect_ = new QPushButton(tr("Protect"), review);
    protect_->setObjectName(QStringLiteral("protectButton"));
    protect_->setProperty("primary", true);
    protect_->setDefault(true);
    protect_->setEnabled(false);
    reviewButtons->addStretch(1);
    reviewButtons->addWidget(cancel);
    reviewButtons->addWidget(protect_);
    reviewLayout->addLayout(reviewButtons);
    pages_->addWidget(review);

    // Step 2: the progress.
    const StepList::Page page = StepList::newPage(pages_);
    QWidget* progress = page.widget;
    QVBoxLayout* progressLayout = page.layout;
    heading_ = page.heading;
    QStringList stepNames;
    for (int i = 0; i < kSteps; ++i) {
        const auto name = iexec::protectStepName(static_cast<ProtectStep>(i));
        stepNames << QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    steps_ = new StepList(stepNames, QStringLiteral("step"), true, progress);
    progressLayout->addWidget(steps_);
    bar_ = new QProgressBar(progress);
    bar_->setObjectName(QStringLiteral("protectProgressBar"));
    bar_->setTextVisible(false);
    progressLayout->addWidget(bar_);
    status_ = new QLabel(progress);
    status_->setObjectName(QStringLiteral("protectStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progressLayout->addWidget(status_);
    result_ = new QLabel(progress);
    result_->setObjectName(QStringLiteral("datasetAddress"));
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progressLayout->addWidget(result_);
    progressLayout->addStretch(1);
    const auto buttons = StepList::addButtons(progressLayout, progress, tr("Cancel"),
                                              QStringLiteral("cancelOperationButton"));
    cancelOp_ = buttons.cancel;
    retry_ = buttons.retry;
    close_ = buttons.close;
    pages_->addWidget(progress);
    // Return presses only the step's primary button (Protect, then Close: protecting goes on
    // without the window); no button becomes the default by taking the focus, so a stray
    // Return never cancels a run, removes a field or closes the review.
    for (auto* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(protect_, &QPushButton::clicked, this, &ProtectDialog::protect);
    connect(name_, &QLineEdit::textChanged, this, &ProtectDialog::render);
    connect(retry_, &QPushButton::clicked, this, &ProtectDialog::retry);
    connect(fieldType_, &QComboBox::currentIndexChanged, this, &ProtectDialog::typeChosen);
    connect(addField_, &QPushButton::clicked, this, &ProtectDialog::addField);
    // Return in the "Add field" row adds the field (never protects without it).
    for (QWidget* w : std::initializer_list<QWidget*>{fieldKey_, fieldValue_, fieldBool_})
        onReturnOnly(w, [this] { addField(); });
    connect(removeField_, &QPushButton::clicked, this, &ProtectDialog::removeField);
    connect(fields_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        removeField_->setEnabled(item && item->data(0, Qt::UserRole).toInt() > 0);
    });
    connect(cancelOp_, &QPushButton::clicked, this, &ProtectDialog::cancelOperation);
    connect(close_, &QPushButton::clicked, this, &QDialog::accept);
    connect(&service_, &ProtectController::progressed, this, &ProtectDialog::onProgress);
    // A locked wallet keeps no key: nor does this dialog (a retry asks for the password).
    connect(&service_.wallet(), &WalletSession::lockChanged, this, [this](bool unlocked) {
        if (!unlocked)
            credentials_.reset();
    });
    connect(&service_, &ProtectController::finished, this, &ProtectDialog::onFinished);
    connect(&service_, &ProtectController::operationsChanged, this, [this] {
        journalBehind_ = false;
        render();
    });
    connect(&service_, &ProtectController::cancelRefused, this,
            [this](qint64 id, const QString& why) {
                if (id == id_)
                    setStatus(why, true);
            });
    typeChosen();
    readPaths();
    render();
}

void ProtectDialog::readPaths() {
    std::vector<fs::path> paths;
    for (const QString& p : paths_)
        paths.emplace_back(p.toStdString());
    const std::vector<iexec::DataField> extra = extra_;
    const int generation = ++previewGeneration_;
    // Walking folders and sniffing types reads the disk: off the GUI thread.
    runAsync(
        this,
        [paths, extra] {
            Preview preview;
            const iexec::DataObject object =
                iexec::protectDataObject(paths, extra, &preview.skipped);
            iexec::validateDataObject(object);
            const auto schema = iexec::extractDataSchema(object);
            preview.fields = previewFields(object, schema, preview);
            preview.schema = QString::fromStdString(schema.dump(2));
            return preview;
        },
        [this, generation](AsyncResult<Preview> result) {
            if (generation != previewGeneration_)
                return; // a newer reading is on its way
            fields_->clear();
            if (!result.ok()) {
                phase_ = Phase::Unreadable;
                reviewError_->setText(errorText(*result.error));
                render();
                return;
            }
            reviewError_->clear();
            showSkipped(result.value->skipped);
            fillTree(nullptr, fields_, result.value->fields);
            binaryNote_->setText(binaryTypeNote());
            binaryNote_->setVisible(hasBinaryFile(result.value->fields));
            // The typed fields the user added can be removed again: their rows say which.
            // (Keys are unique at the top level: validateDataObject saw to it.)
            for (int i = 0; i < int(extra_.size()); ++i)
                for (int row = 0; row < fields_->topLevelItemCount(); ++row)
                    if (fields_->topLevelItem(row)->text(0) ==
                        QString::fromStdString(extra_[std::size_t(i)].key))
                        fields_->topLevelItem(row)->setData(0, Qt::UserRole, i + 1);
            fields_->expandAll();
            schema_->setPlainText(result.value->schema);
            summary_ = tr("%n file(s), %1 in all", nullptr, result.value->files)
                           .arg(QLocale().formattedDataSize(result.value->totalBytes));
            if (!extra_.empty()) {
                QStringList added;
                for (const auto& f : extra_)
                    added << QString::fromStdString(f.key);
                summary_ = tr("%1, and the fields you added: %2")
                               .arg(summary_, added.join(QStringLiteral(", ")));
            }
            phase_ = Phase::Review;
            render();
        },
        service_.wallet().pool());
}

void ProtectDialog::showSkipped(const std::vector<iexec::SkippedPath>& skipped) {
    QStringList lines;
    for (const auto& s : skipped) {
        const QString path = QString::fromStdString(s.path.string());
        switch (s.reason) {
        case iexec::SkipReason::LinkOutside:
            lines << tr("%1: a link to a place outside the folder").arg(path);
            break;
        case iexec::SkipReason::LinkLoop:
            lines << tr("%1: a link to a folder already included").arg(path);
            break;
        case iexec::SkipReason::BrokenLink:
            lines << tr("%1: a link to nothing").arg(path);
            break;
        }
    }
    skipped_->setVisible(!lines.isEmpty());
    skipped_->setText(lines.isEmpty()
                          ? QString()
                          : tr("Left out (%n link(s), not followed):", nullptr, int(lines.size())) +
                                QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

void ProtectDialog::typeChosen() {
    const auto type = static_cast<TypedField>(fieldType_->currentData().toInt());
    const bool boolean = type == TypedField::Boolean;
    fieldValue_->setVisible(!boolean);
    fieldValueLabel_->setVisible(!boolean);
    fieldBool_->setVisible(boolean);
    // The keys iExec apps look for; the user may still rename them.
    if (type == TypedField::Email)
        fieldKey_->setText(QStringLiteral("email"));
    else if (type == TypedField::TelegramChat)
        fieldKey_->setText(QStringLiteral("telegram_chatId"));
    else if (fieldKey_->text() == QStringLiteral("email") ||
             fieldKey_->text() == QStringLiteral("telegram_chatId"))
        fieldKey_->clear();
    fieldValue_->setPlaceholderText(type == TypedField::Email ? QStringLiteral("name@example.org")
                                    : type == TypedField::TelegramChat ? QStringLiteral("123456789")
                                    : type == TypedField::Number       ? QStringLiteral("42.5")
                                                                       : tr("Value"));
}

void ProtectDialog::addField() {
    const auto type = static_cast<TypedField>(fieldType_->currentData().toInt());
    const QString key = fieldKey_->text().trimmed();
    const QString text = fieldValue_->text().trimmed();
    QString error;
    iexec::DataValue value;
    if (!iexec::isValidDataKey(key.toStdString()))
        error = tr("A field name uses only letters, digits, “-” and “_”.");
    for (const auto& f : extra_)
        if (error.isEmpty() && f.key == key.toStdString())
            error = tr("There is already a field named “%1”.").arg(key);
    if (error.isEmpty()) {
        switch (type) {
        case TypedField::Email: {
            static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
            if (!email.match(text).hasMatch())
                error = tr("This is not an email address.");
            value = iexec::DataValue::ofText(text.toStdString());
            break;
        }
        case TypedField::TelegramChat: {
            static const QRegularExpression chat(QStringLiteral("^-?[0-9]+$"));
            if (!chat.match(text).hasMatch())
                error = tr("A Telegram chat ID is a number, like 123456789.");
            value = iexec::DataValue::ofText(text.toStdString());
            break;
        }
        case TypedField::Text:
            value = iexec::DataValue::ofText(fieldValue_->text().toStdString());
            break;
        case TypedField::Number: {
            bool ok = false;
            QString normal = text;
            normal.replace(QLatin1Char(','), QLatin1Char('.'));
            const double number = normal.toDouble(&ok);
            if (!ok || !std::isfinite(number))
                error = tr("This is not a number.");
            value = iexec::DataValue::ofNumber(number);
            break;
        }
        case TypedField::Boolean:
            value = iexec::DataValue::ofBool(fieldBool_->isChecked());
            break;
        }
    }
    fieldError_->setText(error);
    fieldError_->setVisible(!error.isEmpty());
    if (!error.isEmpty())
        return;
    extra_.push_back({key.toStdString(), std::move(value)});
    fieldValue_->clear();
    if (type != TypedField::Email && type != TypedField::TelegramChat)
        fieldKey_->clear();
    phase_ = Phase::Reading;
    readPaths();
    render();
}

void ProtectDialog::removeField() {
    QTreeWidgetItem* item = fields_->currentItem();
    const int index = item ? item->data(0, Qt::UserRole).toInt() - 1 : -1;
    if (index < 0 || index >= int(extra_.size()))
        return;
    extra_.erase(extra_.begin() + index);
    removeField_->setEnabled(false);
    phase_ = Phase::Reading;
    readPaths();
    render();
}

void ProtectDialog::render() {
    const QString name = name_->text().trimmed();
    privacy_->setText(tr("<b>Public on the network</b>, for anyone to read and for good: the "
                         "name “%1”, your address as its owner, and the list of fields with "
                         "their types, exactly as below:")
                          .arg(name.toHtmlEscaped()));
    private_->setText(
        summary_.isEmpty()
            ? tr("<b>Private</b>: the content of every field. It is encrypted on this computer "
                 "before it leaves; only the confidential apps you grant access to can read it.")
            : tr("<b>Private</b>: the content of every field (%1). It is encrypted on this "
                 "computer before it leaves; only the confidential apps you grant access to "
                 "can read it.")
                  .arg(summary_.toHtmlEscaped()));
    addField_->setEnabled(phase_ == Phase::Review);
    protect_->setEnabled(phase_ == Phase::Review && !name.isEmpty() &&
                         service_.wallet().current().has_value());
    if (phase_ == Phase::Review && !service_.wallet().current())
        reviewError_->setText(tr("Create or import a wallet first: protected data belongs to "
                                 "an account."));
    if (id_ == 0 || service_.isRunning(id_) || journalBehind_)
        return;
    // Not running: what the journal says.
    const auto op = service_.operation(id_);
    if (!op)
        return;
    using iexec::ProtectState;
    switch (op->state) {
    case ProtectState::Done:
        phase_ = Phase::Done;
        renderSteps(ProtectStep::Done, false, true);
        bar_->setRange(0, 1);
        bar_->setValue(1);
        setStatus(tr("“%1” is protected. Only the apps you grant access to can use it.")
                      .arg(QString::fromStdString(op->name)),
                  false);
        if (op->dataset)
            result_->setText(tr("Protected data address: %1")
                                 .arg(QString::fromStdString(op->dataset->toChecksumHex())));
        break;
    case ProtectState::Cancelled:
        phase_ = Phase::Cancelled;
        renderSteps(op->step, false, false);
        setStatus(tr("Cancelled: nothing was registered on the network, and its key is erased."),
                  false);
        break;
    case ProtectState::Failed:
    case ProtectState::Active: // interrupted
        showStopped(op->step, op->failure ? errorParticulars(op->failure->toError()) : QString());
        break;
    }
    retry_->setVisible(phase_ == Phase::Failed);
    cancelOp_->setVisible(phase_ == Phase::Failed);
}

void ProtectDialog::renderSteps(ProtectStep current, bool failed, bool done) {
    for (int i = 0; i < kSteps; ++i) {
        steps_->text(i)->setText(ProtectController::stepText(static_cast<ProtectStep>(i)));
        steps_->detail(i)->setText(stepDetail_[i]);
    }
    steps_->mark(static_cast<int>(current), failed, phase_ == Phase::Running, done);
}

void ProtectDialog::showStopped(ProtectStep step, const QString& error) {
    phase_ = Phase::Failed;
    renderSteps(step, true, false);
    setStatus(error.isEmpty() ? tr("Stopped at “%1”. Retry to carry on from there.")
                                    .arg(ProtectController::stepText(step))
                              : tr("Stopped at “%1”: %2\nRetry to carry on from there.")
                                    .arg(ProtectController::stepText(step), error),
              true);
}

void ProtectDialog::setStatus(const QString& text, bool error) {
    status_->setText(text);
    setTone(status_, error ? Tone::Error : Tone::Neutral);
}

bool ProtectDialog::ensureCredentials() {
    const auto account = service_.wallet().current();
    if (!account)
        return false;
    if (!credentials_)
        credentials_ = askProtectCredentials(
            service_.wallet(), account->address,
            tr("Type your wallet password. It seals the key of this data on this computer "
               "until iExec's Secret Management Service holds it, so that an interrupted "
               "operation can always be resumed."),
            this);
    return credentials_.has_value();
}

void ProtectDialog::protect() {
    if (!service_.wallet().current() || phase_ != Phase::Review)
        return;
    if (!ensureCredentials())
        return;
    iexec::ProtectRequest request;
    for (const QString& p : paths_)
        request.paths.emplace_back(p.toStdString());
    request.name = name_->text().trimmed().toStdString();
    request.fields = extra_;
    heading_->setText(tr("Protecting “%1”").arg(name_->text().trimmed()));
    protect_->setEnabled(false);
    reviewError_->setText(tr("Preparing…"));
    service_.start(
        request, *credentials_,
        {this, [this](std::int64_t id, const QString& error) {
             if (!error.isEmpty()) {
                 reviewError_->setText(error);
                 protect_->setEnabled(true);
                 return;
             }
             id_ = id;
             phase_ = Phase::Running;
             stepDetail_ = {};
             renderSteps(ProtectStep::Seal, false, false);
             setStatus(tr("You can close this window: protecting goes on, and the Protected data "
                          "page follows it."),
                       false);
             retry_->hide();
             cancelOp_->show();
             pages_->setCurrentIndex(1);
             close_->setDefault(true);
             close_->setFocus();
         }});
}

void ProtectDialog::onProgress(qint64 id) {
    if (id != id_)
        return;
    const auto p = service_.progress(id);
    if (!p)
        return;
    const int index = static_cast<int>(p->step);
    lastStep_ = p->step;
    if (p->total > 0) {
        const QLocale locale;
        // While it moves: "3 MB of 10 MB"; once the step is through: its size. Sealing counts
        // the content once though it reads files twice (see DataZip.h).
        stepDetail_[index] = p->done == p->total
                                 ? locale.formattedDataSize(qint64(p->total))
                                 : tr("%1 of %2")
                                       .arg(locale.formattedDataSize(qint64(p->done)),
                                            locale.formattedDataSize(qint64(p->total)));
        if (p->bytesPerSecond > 0)
            stepDetail_[index] += QStringLiteral(" · ") + rate(p->bytesPerSecond);
        bar_->setRange(0, 1000);
        bar_->setValue(int(1000.0 * double(p->done) / double(p->total)));
    } else {
        bar_->setRange(0, 0); // busy: a step without bytes to count
    }
    renderSteps(p->step, false, false);
}

void ProtectDialog::onFinished(qint64 id, const QString& error) {
    if (id != id_)
        return;
    journalBehind_ = true; // until the service's re-read of the journal arrives
    bar_->setRange(0, 1);
    bar_->setValue(error.isEmpty() ? 1 : 0);
    if (!error.isEmpty()) {
        // Said at once, so that the phase and what the window shows never disagree; the
        // journal's re-read (render() on operationsChanged) then says it in its own words.
        showStopped(lastStep_, error);
        retry_->show();
        cancelOp_->show();
    }
    // Success: the journal, re-read now, says how it ended.
}

void ProtectDialog::retry() {
    if (id_ == 0 || service_.isRunning(id_) || !ensureCredentials())
        return;
    phase_ = Phase::Running;
    retry_->hide();
    setStatus(tr("Carrying on…"), false);
    service_.resume(id_, *credentials_);
    renderSteps(lastStep_, false, false);
}

void ProtectDialog::cancelOperation() {
    if (id_ == 0)
        return;
    setStatus(tr("Cancelling…"), false);
    service_.cancel(id_);
}

} // namespace sr::ui
