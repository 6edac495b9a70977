#include "onboarding/ImportKeystorePage.h"

#include "Async.h"
#include "ErrorText.h"
#include "crypto/SecretBytes.h"
#include "onboarding/OnboardingWizard.h"
#include "onboarding/WizardSupport.h"
#include "session/Accounts.h"
#include "util/Error.h"
#include "widgets/FileDialog.h"
#include "widgets/SecretText.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace sr::ui {

ImportKeystorePage::ImportKeystorePage(OnboardingWizard* wizard)
    : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Import a keystore file"));
    setSubTitle(tr("Drop the JSON keystore file here, or choose it, then type the password it "
                   "was saved with."));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    dropZone_ = new QLabel(tr("Drop a keystore file here"), this);
    dropZone_->setObjectName(QStringLiteral("keystoreDropZone"));
    dropZone_->setAlignment(Qt::AlignCenter);
    dropZone_->setMinimumHeight(110);
    dropZone_->setWordWrap(true);
    dropZone_->setStyleSheet(
        QStringLiteral("QLabel#keystoreDropZone { border: 2px dashed palette(mid); "
                       "border-radius: 8px; padding: 12px; }"));
    layout->addWidget(dropZone_);
    choose_ = new QPushButton(tr("Choose a file…"), this);
    choose_->setObjectName(QStringLiteral("chooseKeystoreButton"));
    layout->addWidget(choose_, 0, Qt::AlignLeft);
    auto* form = new QFormLayout;
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("keystorePassword"));
    password_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("File password"), password_);
    layout->addLayout(form);
    feedback_ = feedbackLabel(this, "keystoreFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(choose_, &QPushButton::clicked, this, [this] {
        const QString file =
            FileDialog::chooseOne(this, FileDialog::Mode::OpenFile, tr("Choose a keystore file"),
                                  tr("Keystore files (*.json UTC--*);;All files (*)"));
        if (!file.isEmpty())
            loadFile(file);
    });
    connect(password_, &QLineEdit::textChanged, this, [this] {
        verified_ = false;
        emit completeChanged();
    });
}

bool ImportKeystorePage::loadFile(const QString& path) {
    json_.clear();
    verified_ = false;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        setFeedback(feedback_, tr("%1 cannot be read: %2").arg(name, file.errorString()), false);
    } else if (file.size() > qint64(session::Accounts::maxKeystoreFileSize())) {
        setFeedback(feedback_, tr("%1 is too large to be a keystore file.").arg(name), false);
    } else {
        const QByteArray bytes = file.readAll();
        try {
            const auto address = session::Accounts::keystoreFileAddress(bytes.toStdString());
            json_ = bytes.toStdString();
            dropZone_->setText(
                address ? tr("%1\nAccount %2")
                              .arg(name, QString::fromStdString(address->toChecksumHex()))
                        : name);
            feedback_->clear();
        } catch (const Error& e) {
            setFeedback(feedback_,
                        tr("%1 is not a keystore file Strongroom can read: %2")
                            .arg(name, errorParticulars(e)),
                        false);
        }
    }
    emit completeChanged();
    return !json_.empty();
}

void ImportKeystorePage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportKeystorePage::dropEvent(QDropEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        loadFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

bool ImportKeystorePage::isComplete() const {
    return !json_.empty() && !password_->text().isEmpty() && !checking_;
}

bool ImportKeystorePage::validatePage() {
    if (verified_) {
        auto& fields = wizard_->fields();
        fields.keystoreJson = json_;
        fields.keystorePassword = secretUtf8(password_->text());
        return true;
    }
    // The file's password is checked here, off the GUI thread (its KDF may take seconds), so a
    // wrong one is said on this page rather than at the end.
    checking_ = true;
    emit completeChanged();
    setFeedback(feedback_, tr("Checking the password…"), Tone::Neutral);
    auto json = std::make_shared<std::string>(json_);
    auto secret = std::make_shared<const crypto::SecretBytes>(secretUtf8(password_->text()));
    runAsync(
        this, [json, secret] { session::Accounts::checkKeystorePassword(*json, secret->text()); },
        [this](AsyncResult<void> result) {
            checking_ = false;
            if (result.ok()) {
                verified_ = true;
                feedback_->clear();
                emit completeChanged();
                wizard_->next();
                return;
            }
            setFeedback(feedback_,
                        result.error->code() == ErrorCode::WrongPassword
                            ? tr("This password does not open the file (or the file is "
                                 "damaged).")
                            : errorText(*result.error),
                        false);
            emit completeChanged();
        });
    return false;
}

void ImportKeystorePage::cleanupPage() {
    wipeLineEdit(password_);
    verified_ = false;
    auto& fields = wizard_->fields();
    fields.keystoreJson.clear();
    fields.keystorePassword = {};
}

} // namespace sr::ui
