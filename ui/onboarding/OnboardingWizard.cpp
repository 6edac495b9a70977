#include "onboarding/OnboardingWizard.h"

#include "Async.h"
#include "ErrorText.h"
#include "Theme.h"
#include "crypto/Secp256k1.h"
#include "crypto/SecretBytes.h"
#include "iexec/NetworkRegistry.h"
#include "sandbox/SandboxLauncher.h"
#include "settings/SettingsModel.h"
#include "util/Error.h"
#include "wallet/Bip39Wordlist.h"
#include "wallet/Keystore.h"
#include "wallet/PasswordStrength.h"
#include "wallet/WalletSession.h"
#include "widgets/FileDialog.h"
#include "widgets/Identicon.h"
#include "widgets/SecretText.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QCommandLinkButton>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace sr::ui {
namespace {

QStringList englishWords() {
    static const QStringList words = [] {
        QStringList all;
        const auto& list = wallet::Bip39Wordlist::english();
        for (std::size_t i = 0; i < wallet::Bip39Wordlist::kSize; ++i)
            all << QString::fromLatin1(list.word(i).data(), qsizetype(list.word(i).size()));
        return all;
    }();
    return words;
}

QLabel* feedbackLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setMinimumHeight(label->fontMetrics().height() * 2);
    return label;
}

// Progress ("Checking…") is neither good nor bad: it keeps the text colour.
void setFeedback(QLabel* label, const QString& text, Tone tone) {
    label->setText(text);
    label->setProperty("state", tone == Tone::Good    ? QStringLiteral("good")
                                : tone == Tone::Error ? QStringLiteral("bad")
                                                      : QStringLiteral("neutral"));
    setTone(label, tone);
}

void setFeedback(QLabel* label, const QString& text, bool good) {
    setFeedback(label, text, good ? Tone::Good : Tone::Error);
}

// A private key typed as 64 hex digits, with or without 0x; nothing if it is not one.
std::optional<crypto::SecretBytes> parseKey(QString text) {
    text = text.trimmed();
    if (text.startsWith(QStringLiteral("0x"), Qt::CaseInsensitive))
        text = text.mid(2);
    if (text.size() != 64)
        return std::nullopt;
    crypto::SecretBytes key(32);
    for (int i = 0; i < 32; ++i) {
        bool ok = false;
        const uint value = QStringView(text).mid(i * 2, 2).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        key.data()[i] = std::uint8_t(value);
    }
    if (!crypto::isValidPrivateKey(key.view()))
        return std::nullopt;
    return key;
}

QString hintText(wallet::PasswordHint hint) {
    using wallet::PasswordHint;
    switch (hint) {
    case PasswordHint::None:
        return QString();
    case PasswordHint::Empty:
        return PasswordPage::tr("Choose a password for this wallet.");
    case PasswordHint::TooShort:
        return PasswordPage::tr("Too short: use at least 10 characters, or a few words.");
    case PasswordHint::Common:
        return PasswordPage::tr("This is one of the most used passwords: it is guessed first.");
    case PasswordHint::Repeats:
        return PasswordPage::tr("Repeated characters or blocks add little: vary them.");
    case PasswordHint::Sequence:
        return PasswordPage::tr("Sequences like abcd, 1234 or qwerty are easy to guess.");
    case PasswordHint::OneKind:
        return PasswordPage::tr("Mix kinds of characters, or use more words.");
    }
    return QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------

OnboardingWizard::OnboardingWizard(WalletSession& session, SettingsModel& state, QWidget* parent)
    : QWizard(parent), session_(session), state_(state) {
    setObjectName(QStringLiteral("onboardingWizard"));
    setWindowTitle(tr("Set up your wallet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(640, 520);
    setPage(StartPageId, new StartPage(this));
    setPage(PhrasePageId, new PhrasePage(this));
    setPage(ConfirmPageId, new ConfirmPage(this));
    setPage(ImportPhrasePageId, new ImportPhrasePage(this));
    setPage(ImportKeyPageId, new ImportKeyPage(this));
    setPage(ImportKeystorePageId, new ImportKeystorePage(this));
    setPage(WatchPageId, new WatchPage(this));
    setPage(PasswordPageId, new PasswordPage(this));
    setPage(NetworkPageId, new NetworkPage(this));
    setPage(FinishPageId, new FinishPage(this));
    setStartId(StartPageId);
}

OnboardingWizard::~OnboardingWizard() {
    // The phrase and passwords typed on its pages go with it, wiped rather than just freed.
    for (auto* edit : findChildren<QLineEdit*>())
        wipeLineEdit(edit);
}

void OnboardingWizard::reject() {
    // Closing while the keys are being stored would leave a wallet on disk that this window
    // never loads: the page says to wait, and the wizard stays until it is done.
    if (auto* finish = qobject_cast<FinishPage*>(page(FinishPageId));
        finish && finish->isWorking()) {
        finish->sayWait();
        return;
    }
    QWizard::reject();
}

void OnboardingWizard::startWith(Mode mode) {
    mode_ = mode;
    switch (mode) {
    case Mode::Create:
        setStartId(PhrasePageId);
        break;
    case Mode::ImportPhrase:
        setStartId(ImportPhrasePageId);
        break;
    case Mode::ImportKey:
        setStartId(ImportKeyPageId);
        break;
    case Mode::ImportKeystore:
        setStartId(ImportKeystorePageId);
        break;
    case Mode::WatchOnly:
        setStartId(WatchPageId);
        break;
    }
    restart();
}

const wallet::Mnemonic& OnboardingWizard::newPhrase() {
    if (!phrase_)
        phrase_ = wallet::Mnemonic::generate(12);
    return *phrase_;
}

int OnboardingWizard::nextId() const {
    switch (currentId()) {
    case PhrasePageId:
        return ConfirmPageId;
    case ConfirmPageId:
    case ImportPhrasePageId:
    case ImportKeyPageId:
    case ImportKeystorePageId:
        return PasswordPageId;
    case WatchPageId: // no key, so no password
    case PasswordPageId:
        // The network is chosen once, at the first wallet; later imports keep it.
        return session_.hasAccounts() ? FinishPageId : NetworkPageId;
    case NetworkPageId:
        return FinishPageId;
    case FinishPageId:
        return -1;
    default:
        return QWizard::nextId();
    }
}

// ---------------------------------------------------------------------------------------------

StartPage::StartPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Welcome to Strongroom"));
    setSubTitle(tr("Your wallet signs everything you do on the network. Create a new one, or "
                   "bring the one you already have."));
    auto* layout = new QVBoxLayout(this);
    create_ = new QCommandLinkButton(
        tr("Create a new wallet"), tr("A new recovery phrase of 12 words, made on this computer."),
        this);
    create_->setObjectName(QStringLiteral("createButton"));
    importPhrase_ = new QCommandLinkButton(
        tr("Import a recovery phrase"),
        tr("The 12 or 24 words of a wallet you already have (MetaMask, Ledger backup...)."), this);
    importPhrase_->setObjectName(QStringLiteral("importPhraseButton"));
    importKey_ = new QCommandLinkButton(tr("Import a private key"),
                                        tr("64 hexadecimal digits, for a single account."), this);
    importKey_->setObjectName(QStringLiteral("importKeyButton"));
    importKeystore_ = new QCommandLinkButton(
        tr("Import a keystore file"),
        tr("A JSON keystore (geth, MetaMask, the iExec SDK) and its password."), this);
    importKeystore_->setObjectName(QStringLiteral("importKeystoreButton"));
    watch_ = new QCommandLinkButton(
        tr("Watch an address"),
        tr("Follow an account without its key (a cold wallet): browse it, never sign."), this);
    watch_->setObjectName(QStringLiteral("watchButton"));
    for (auto* b : {create_, importPhrase_, importKey_, importKeystore_, watch_})
        layout->addWidget(b);
    layout->addStretch(1);
    connect(create_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingWizard::Mode::Create); });
    connect(importPhrase_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingWizard::Mode::ImportPhrase); });
    connect(importKey_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingWizard::Mode::ImportKey); });
    connect(importKeystore_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingWizard::Mode::ImportKeystore); });
    connect(watch_, &QCommandLinkButton::clicked, this,
            [this] { choose(OnboardingWizard::Mode::WatchOnly); });
}

void StartPage::choose(OnboardingWizard::Mode mode) {
    wizard_->setMode(mode);
    wizard_->next();
}

int StartPage::nextId() const {
    switch (wizard_->mode()) {
    case OnboardingWizard::Mode::Create:
        return OnboardingWizard::PhrasePageId;
    case OnboardingWizard::Mode::ImportPhrase:
        return OnboardingWizard::ImportPhrasePageId;
    case OnboardingWizard::Mode::ImportKey:
        return OnboardingWizard::ImportKeyPageId;
    case OnboardingWizard::Mode::ImportKeystore:
        return OnboardingWizard::ImportKeystorePageId;
    case OnboardingWizard::Mode::WatchOnly:
        return OnboardingWizard::WatchPageId;
    }
    return -1;
}

// ---------------------------------------------------------------------------------------------

PhrasePage::PhrasePage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Your recovery phrase"));
    setSubTitle(tr("These 12 words are your wallet. Write them on paper, in order, and keep "
                   "them somewhere safe and private."));
    auto* layout = new QVBoxLayout(this);
    auto* warning = new QLabel(
        tr("Anyone who sees these words can take everything in this wallet. Do not copy them, "
           "photograph them or store them on a computer. They are shown only this once; "
           "without them a lost password or computer cannot be recovered."),
        this);
    warning->setObjectName(QStringLiteral("phraseWarning"));
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* box = new QWidget(this);
    box->setObjectName(QStringLiteral("phraseBox"));
    grid_ = new QGridLayout(box);
    grid_->setHorizontalSpacing(24);
    for (int i = 0; i < 12; ++i) {
        auto* word = new QLabel(box);
        word->setObjectName(QStringLiteral("phraseWord%1").arg(i + 1));
        word->setTextInteractionFlags(Qt::NoTextInteraction); // not selectable: no copying
        word->setMinimumWidth(150);
        QFont mono = word->font();
        mono.setFamily(QStringLiteral("monospace"));
        mono.setPointSizeF(mono.pointSizeF() * 1.15);
        word->setFont(mono);
        grid_->addWidget(word, i % 6, i / 6);
        words_ << word;
    }
    layout->addWidget(box);
    reveal_ = new QPushButton(tr("Show the words"), this);
    reveal_->setObjectName(QStringLiteral("revealButton"));
    reveal_->setToolTip(tr("Make sure nobody can see your screen."));
    layout->addWidget(reveal_, 0, Qt::AlignLeft);
    written_ = new QCheckBox(tr("I have written the 12 words down, in order"), this);
    written_->setObjectName(QStringLiteral("writtenCheck"));
    written_->setEnabled(false);
    layout->addWidget(written_);
    layout->addStretch(1);
    connect(reveal_, &QPushButton::clicked, this, [this] { setRevealed(!revealed_); });
    connect(written_, &QCheckBox::toggled, this, &PhrasePage::completeChanged);
}

void PhrasePage::initializePage() {
    setRevealed(false);
}

void PhrasePage::cleanupPage() {
    setRevealed(false);
}

void PhrasePage::setRevealed(bool revealed) {
    revealed_ = revealed;
    const QStringList words =
        revealed ? QString::fromUtf8(wizard_->newPhrase().phrase().data(),
                                     qsizetype(wizard_->newPhrase().phrase().size()))
                       .split(QLatin1Char(' '))
                 : QStringList();
    for (int i = 0; i < words_.size(); ++i)
        words_[i]->setText(QStringLiteral("%1.  %2").arg(i + 1, 2).arg(
            revealed ? words.value(i) : QStringLiteral("•••••••")));
    reveal_->setText(revealed ? tr("Hide the words") : tr("Show the words"));
    if (revealed)
        written_->setEnabled(true);
}

QStringList PhrasePage::shownWords() const {
    QStringList out;
    for (auto* w : words_)
        out << w->text().section(QLatin1Char(' '), -1);
    return out;
}

bool PhrasePage::isComplete() const {
    return written_->isChecked();
}

// ---------------------------------------------------------------------------------------------

ConfirmPage::ConfirmPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Check your copy"));
    setSubTitle(tr("Type these three words from your paper copy, to be sure it is right."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* completer = new QCompleter(englishWords(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(this);
        auto* field = new QLineEdit(this);
        field->setObjectName(QStringLiteral("confirmWord%1").arg(i + 1));
        field->setCompleter(completer);
        connect(field, &QLineEdit::textChanged, this, &ConfirmPage::completeChanged);
        form->addRow(label, field);
        labels_ << label;
        fields_ << field;
    }
    layout->addLayout(form);
    feedback_ = feedbackLabel(this, "confirmFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
}

void ConfirmPage::initializePage() {
    // Three distinct positions, in order, new each time the page is shown.
    positions_.clear();
    while (positions_.size() < 3) {
        const int p = int(QRandomGenerator::global()->bounded(12)) + 1;
        if (!positions_.contains(p))
            positions_ << p;
    }
    std::sort(positions_.begin(), positions_.end());
    for (int i = 0; i < 3; ++i) {
        labels_[i]->setText(tr("Word %1").arg(positions_[i]));
        wipeLineEdit(fields_[i]);
    }
    feedback_->clear();
}

bool ConfirmPage::isComplete() const {
    for (auto* f : fields_)
        if (f->text().trimmed().isEmpty())
            return false;
    return true;
}

bool ConfirmPage::validatePage() {
    const QStringList words = QString::fromUtf8(wizard_->newPhrase().phrase().data(),
                                                qsizetype(wizard_->newPhrase().phrase().size()))
                                  .split(QLatin1Char(' '));
    QStringList wrong;
    for (int i = 0; i < 3; ++i)
        if (fields_[i]->text().trimmed().toLower() != words.value(positions_[i] - 1))
            wrong << QString::number(positions_[i]);
    if (wrong.isEmpty())
        return true;
    setFeedback(feedback_,
                tr("Word %1 does not match your phrase. Check your paper copy, or go back to "
                   "see the words again.",
                   nullptr, int(wrong.size()))
                    .arg(wrong.join(QStringLiteral(", "))),
                false);
    return false;
}

// ---------------------------------------------------------------------------------------------

ImportPhrasePage::ImportPhrasePage(OnboardingWizard* wizard) : QWizardPage(wizard) {
    setTitle(tr("Import a recovery phrase"));
    setSubTitle(tr("Type the words of your phrase in order, separated by spaces. Suggestions "
                   "appear as you type."));
    auto* layout = new QVBoxLayout(this);
    phrase_ = new QLineEdit(this);
    phrase_->setObjectName(QStringLiteral("importPhraseEdit"));
    phrase_->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    phrase_->setPlaceholderText(tr("word1 word2 word3 ..."));
    layout->addWidget(phrase_);
    // Completion of the word being typed, the words before it kept.
    auto* completer = new QCompleter(this);
    auto* model = new QStringListModel(englishWords(), completer);
    completer->setModel(model);
    completer->setWidget(phrase_);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->popup()->setObjectName(QStringLiteral("phraseCompletions"));
    connect(phrase_, &QLineEdit::textEdited, this, [this, completer](const QString& text) {
        const QString last = text.section(QLatin1Char(' '), -1);
        if (last.size() < 2) {
            completer->popup()->hide();
            return;
        }
        completer->setCompletionPrefix(last);
        if (completer->completionCount() > 0 && completer->currentCompletion() != last)
            completer->complete();
        else
            completer->popup()->hide();
    });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& word) {
                QString text = phrase_->text();
                const int cut = text.lastIndexOf(QLatin1Char(' '));
                text = text.left(cut + 1) + word + QLatin1Char(' ');
                phrase_->setText(text);
            });
    auto* row = new QFormLayout;
    index_ = new QSpinBox(this);
    index_->setObjectName(QStringLiteral("accountIndex"));
    index_->setRange(0, 1000);
    index_->setToolTip(tr("0 is the first account of the phrase (m/44'/60'/0'/0/0), as in "
                          "MetaMask."));
    row->addRow(tr("Account number"), index_);
    layout->addLayout(row);
    feedback_ = feedbackLabel(this, "importPhraseFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(phrase_, &QLineEdit::textChanged, this, &ImportPhrasePage::check);
}

void ImportPhrasePage::check() {
    // Every keystroke: the phrase is read straight into memory that is wiped.
    const crypto::SecretBytes text = secretUtf8(phrase_->text());
    const wallet::MnemonicCheck c = wallet::Mnemonic::check(text.text());
    const bool was = valid_;
    valid_ = c.ok();
    if (phrase_->text().trimmed().isEmpty()) {
        feedback_->clear();
    } else if (c.ok()) {
        setFeedback(feedback_, tr("A valid phrase of %n words.", nullptr, int(c.wordCount)), true);
    } else {
        using P = wallet::MnemonicCheck::Problem;
        QString message;
        switch (c.problem) {
        case P::WrongWordCount:
            message = tr("%n word(s) so far: a phrase has 12, 15, 18, 21 or 24.", nullptr,
                         int(c.wordCount));
            break;
        case P::UnknownWord:
            message =
                tr("Word %1 is not a recovery phrase word: check its spelling.").arg(c.wordIndex);
            break;
        case P::BadChecksum:
            message = tr("Every word is known, but they do not form a valid phrase (the "
                         "checksum does not match): a word is wrong or out of order.");
            break;
        case P::InvalidText:
        case P::None:
            message = QString::fromStdString(c.message());
            break;
        }
        setFeedback(feedback_, message, false);
    }
    if (was != valid_)
        emit completeChanged();
}

bool ImportPhrasePage::isComplete() const {
    return valid_;
}

void ImportPhrasePage::cleanupPage() {
    wipeLineEdit(phrase_);
}

crypto::SecretBytes ImportPhrasePage::phrase() const {
    return secretUtf8(phrase_->text());
}

std::uint32_t ImportPhrasePage::accountIndex() const {
    return std::uint32_t(index_->value());
}

// ---------------------------------------------------------------------------------------------

ImportKeyPage::ImportKeyPage(OnboardingWizard* wizard) : QWizardPage(wizard) {
    setTitle(tr("Import a private key"));
    setSubTitle(tr("Paste the account's private key: 64 hexadecimal digits, with or without "
                   "0x."));
    auto* layout = new QVBoxLayout(this);
    key_ = new QLineEdit(this);
    key_->setObjectName(QStringLiteral("importKeyEdit"));
    key_->setEchoMode(QLineEdit::Password);
    key_->setPlaceholderText(QStringLiteral("0x…"));
    layout->addWidget(key_);
    feedback_ = feedbackLabel(this, "importKeyFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(key_, &QLineEdit::textChanged, this, &ImportKeyPage::check);
}

void ImportKeyPage::check() {
    const bool was = valid_;
    const auto key = parseKey(key_->text());
    valid_ = key.has_value();
    if (key_->text().trimmed().isEmpty())
        feedback_->clear();
    else if (key)
        setFeedback(feedback_,
                    tr("This key opens the account %1.")
                        .arg(QString::fromStdString(
                            eth::Address::fromPublicKey(crypto::publicKeyFromPrivate(*key))
                                .toChecksumHex())),
                    true);
    else
        setFeedback(feedback_,
                    tr("This is not a private key: it must be 64 hexadecimal digits (0-9, a-f) "
                       "and a valid secp256k1 key."),
                    false);
    if (was != valid_)
        emit completeChanged();
}

bool ImportKeyPage::isComplete() const {
    return valid_;
}

void ImportKeyPage::cleanupPage() {
    wipeLineEdit(key_);
}

QString ImportKeyPage::keyText() const {
    return key_->text();
}

// ---------------------------------------------------------------------------------------------

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
    } else if (file.size() > qint64(wallet::Keystore::kMaxFileSize)) {
        setFeedback(feedback_, tr("%1 is too large to be a keystore file.").arg(name), false);
    } else {
        const QByteArray bytes = file.readAll();
        try {
            const auto keystore = wallet::Keystore::parse(bytes.toStdString());
            json_ = bytes.toStdString();
            dropZone_->setText(
                keystore.address()
                    ? tr("%1\nAccount %2")
                          .arg(name, QString::fromStdString(keystore.address()->toChecksumHex()))
                    : name);
            feedback_->clear();
        } catch (const Error& e) {
            setFeedback(feedback_,
                        tr("%1 is not a keystore file Strongroom can read: %2")
                            .arg(name, QString::fromStdString(e.what())),
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

QString ImportKeystorePage::filePassword() const {
    return password_->text();
}

bool ImportKeystorePage::validatePage() {
    if (verified_)
        return true;
    // The file's password is checked here, off the GUI thread (its KDF may take seconds), so a
    // wrong one is said on this page rather than at the end.
    checking_ = true;
    emit completeChanged();
    setFeedback(feedback_, tr("Checking the password…"), Tone::Neutral);
    auto json = std::make_shared<std::string>(json_);
    auto secret = std::make_shared<const crypto::SecretBytes>(secretUtf8(password_->text()));
    runAsync(
        this, [json, secret] { (void)wallet::Keystore::parse(*json).unlock(secret->text()); },
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
                            : QString::fromStdString(result.error->what()),
                        false);
            emit completeChanged();
        });
    return false;
}

void ImportKeystorePage::cleanupPage() {
    wipeLineEdit(password_);
    verified_ = false;
}

// ---------------------------------------------------------------------------------------------

WatchPage::WatchPage(OnboardingWizard* wizard) : QWizardPage(wizard) {
    setTitle(tr("Watch an address"));
    setSubTitle(tr("Its balances and protected data are shown; nothing can be signed for it."));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    addressEdit_ = new QLineEdit(this);
    addressEdit_->setObjectName(QStringLiteral("watchAddress"));
    addressEdit_->setPlaceholderText(QStringLiteral("0x…"));
    label_ = new QLineEdit(this);
    label_->setObjectName(QStringLiteral("watchLabel"));
    form->addRow(tr("Address"), addressEdit_);
    form->addRow(tr("Label (optional)"), label_);
    layout->addLayout(form);
    feedback_ = feedbackLabel(this, "watchFeedback");
    layout->addWidget(feedback_);
    layout->addStretch(1);
    connect(addressEdit_, &QLineEdit::textChanged, this, &WatchPage::check);
}

void WatchPage::check() {
    const bool was = address_.has_value();
    address_.reset();
    const QString text = addressEdit_->text().trimmed();
    if (text.isEmpty()) {
        feedback_->clear();
    } else {
        try {
            const auto a = eth::Address::fromHex(text.toStdString());
            if (a.isZero()) {
                setFeedback(feedback_, tr("The zero address belongs to nobody."), false);
            } else {
                address_ = a;
                setFeedback(feedback_,
                            tr("Watch %1.").arg(QString::fromStdString(a.toChecksumHex())), true);
            }
        } catch (const Error& e) {
            setFeedback(feedback_, QString::fromStdString(e.what()), false);
        }
    }
    if (was != address_.has_value())
        emit completeChanged();
}

bool WatchPage::isComplete() const {
    return address_.has_value();
}

QString WatchPage::label() const {
    return label_->text().trimmed();
}

// ---------------------------------------------------------------------------------------------

PasswordPage::PasswordPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Wallet password"));
    auto* layout = new QVBoxLayout(this);
    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);
    auto* form = new QFormLayout;
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("newPassword"));
    password_->setEchoMode(QLineEdit::Password);
    repeat_ = new QLineEdit(this);
    repeat_->setObjectName(QStringLiteral("repeatPassword"));
    repeat_->setEchoMode(QLineEdit::Password);
    repeatLabel_ = new QLabel(tr("Type it again"), this);
    form->addRow(tr("Password"), password_);
    form->addRow(repeatLabel_, repeat_);
    layout->addLayout(form);
    meter_ = new QProgressBar(this);
    meter_->setObjectName(QStringLiteral("strengthMeter"));
    meter_->setRange(0, 4);
    meter_->setTextVisible(true);
    meter_->setMaximumHeight(18);
    layout->addWidget(meter_);
    hint_ = feedbackLabel(this, "passwordHint");
    layout->addWidget(hint_);
    layout->addStretch(1);
    connect(password_, &QLineEdit::textChanged, this, &PasswordPage::check);
    connect(repeat_, &QLineEdit::textChanged, this, &PasswordPage::check);
}

void PasswordPage::initializePage() {
    existing_ = wizard_->session().hasAccounts();
    if (existing_) {
        setSubTitle(tr("Type your wallet's password: the new account is protected by the same "
                       "one."));
        intro_->setText(tr("One password protects every account of this wallet."));
    } else {
        setSubTitle(tr("It protects your keys on this computer. It cannot be recovered: if you "
                       "forget it, only your recovery phrase brings the wallet back."));
        intro_->setText(tr("Choose a long password you do not use anywhere else: a few "
                           "unrelated words are easy to remember and hard to guess."));
    }
    repeat_->setVisible(!existing_);
    repeatLabel_->setVisible(!existing_);
    meter_->setVisible(!existing_);
    check();
}

void PasswordPage::cleanupPage() {
    wipeLineEdit(password_);
    wipeLineEdit(repeat_);
}

// Too weak to be accepted in the error colour, acceptable in the good one, the step between in
// the warning colour: the theme's tones. The words sit on the filled part (it starts at a
// quarter), so they take ink or white, whichever reads on that tone.
void PasswordPage::paintMeter() {
    const int score = meter_->property("score").toInt();
    const Tone tone = score >= wallet::kMinimumPasswordScore       ? Tone::Good
                      : score + 1 >= wallet::kMinimumPasswordScore ? Tone::Warning
                                                                   : Tone::Error;
    const QColor fill = toneColor(tone);
    const QColor words = fill.lightnessF() > 0.55 ? brand::ink : brand::onBadge;
    meter_->setStyleSheet(
        QStringLiteral("QProgressBar { color: %1; } QProgressBar::chunk { background: %2; }")
            .arg(words.name(), fill.name()));
}

void PasswordPage::check() {
    if (existing_) {
        hint_->clear();
        emit completeChanged();
        return;
    }
    const auto s = wallet::estimatePasswordStrength(secretUtf8(password_->text()).text());
    meter_->setValue(password_->text().isEmpty() ? 0 : std::max(1, s.score));
    const QString names[] = {tr("Very weak"), tr("Weak"), tr("Fair"), tr("Strong"),
                             tr("Very strong")};
    meter_->setFormat(password_->text().isEmpty() ? QString() : names[s.score]);
    meter_->setProperty("score", s.score);
    paintMeter();
    QString text = hintText(s.hint);
    bool good = s.score >= wallet::kMinimumPasswordScore;
    if (!good && !password_->text().isEmpty()) {
        text = tr("Too easy to guess. %1").arg(text);
    } else if (!repeat_->text().isEmpty() && repeat_->text() != password_->text()) {
        text = tr("The two passwords differ.");
        good = false;
    }
    setFeedback(hint_, text, good);
    emit completeChanged();
}

bool PasswordPage::isComplete() const {
    if (existing_)
        return !password_->text().isEmpty();
    return wallet::estimatePasswordStrength(secretUtf8(password_->text()).text()).score >=
               wallet::kMinimumPasswordScore &&
           repeat_->text() == password_->text();
}

bool PasswordPage::validatePage() {
    return isComplete();
}

QString PasswordPage::password() const {
    return password_->text();
}

// ---------------------------------------------------------------------------------------------

NetworkPage::NetworkPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Network"));
    setSubTitle(tr("Where this wallet works. You can switch at any time from the header."));
    auto* layout = new QVBoxLayout(this);
    list_ = new QWidget(this);
    new QVBoxLayout(list_);
    layout->addWidget(list_);
    sandboxStatus_ = new QLabel(this);
    sandboxStatus_->setObjectName(QStringLiteral("sandbox-status"));
    sandboxStatus_->setWordWrap(true);
    sandboxStatus_->hide();
    layout->addWidget(sandboxStatus_);
    layout->addStretch(1);
    group_ = new QButtonGroup(this);
}

void NetworkPage::initializePage() {
    for (auto* b : group_->buttons()) {
        group_->removeButton(b);
        delete b;
    }
    qDeleteAll(list_->findChildren<QLabel*>(Qt::FindDirectChildrenOnly));
    auto* layout = static_cast<QVBoxLayout*>(list_->layout());
    auto entries = wizard_->state().networks().list();
    // A profile file given for this run (--network FILE) is where the user asked to be.
    if (const auto& file = wizard_->state().fileNetwork())
        entries.push_back(*file);
    const bool sandboxRunning = SandboxLauncher::of(wizard_->state()).isRunning();
    // The sandbox first (it is where to start when it runs), then the testnet, then mainnet.
    std::vector<NetworkEntry> ordered(entries.begin(), entries.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        auto rank = [](NetworkKind k) {
            return k == NetworkKind::Sandbox ? 0 : k == NetworkKind::Testnet ? 1 : 2;
        };
        return rank(a.profile.kind) < rank(b.profile.kind);
    });
    // Preselected: a profile file opened for this run, else the sandbox this data folder runs,
    // else the network in use unless it is mainnet, else a testnet. Never mainnet, where every
    // transaction costs real money: choosing it is the user's decision.
    const NetworkEntry current = wizard_->state().activeNetwork();
    const bool fileActive = wizard_->state().fileNetworkActive();
    auto preferred = [&](const NetworkEntry& e) {
        if (fileActive)
            return e.origin == NetworkOrigin::File;
        if (sandboxRunning)
            return e.origin == NetworkOrigin::Sandbox;
        if (current.profile.kind != NetworkKind::Mainnet)
            return e.origin != NetworkOrigin::File && e.profile.name == current.profile.name;
        return e.profile.kind == NetworkKind::Testnet;
    };
    for (const auto& e : ordered) {
        QString note;
        switch (e.profile.kind) {
        case NetworkKind::Sandbox:
            note = tr("On this computer only. Test funds from the faucet: nothing is real.");
            break;
        case NetworkKind::Testnet:
            note = tr("Testnet: free test tokens with no value, for trying things out.");
            break;
        case NetworkKind::Mainnet:
            note = tr("Mainnet: real ETH and RLC. Every transaction costs real money.");
            break;
        }
        const bool fromFile = e.origin == NetworkOrigin::File;
        const QString name = QString::fromStdString(e.profile.displayName);
        auto* radio = new QRadioButton(fromFile ? tr("%1 (from a file)").arg(name) : name, list_);
        radio->setObjectName(fromFile ? QStringLiteral("network-file")
                                      : QStringLiteral("network-") +
                                            QString::fromStdString(e.profile.name));
        radio->setProperty("networkName",
                           fromFile ? QString() : QString::fromStdString(e.profile.name));
        radio->setProperty("fromFile", fromFile);
        auto* label = new QLabel(note, list_);
        label->setProperty("muted", true);
        label->setContentsMargins(26, 0, 0, 8);
        label->setWordWrap(true);
        layout->addWidget(radio);
        layout->addWidget(label);
        group_->addButton(radio);
        if (preferred(e) && !group_->checkedButton())
            radio->setChecked(true);
    }
    if (!sandboxRunning)
        addSandboxChoice();
}

void NetworkPage::addSandboxChoice() {
    auto& launcher = SandboxLauncher::of(wizard_->state());
    if (!launcher.available())
        return;
    auto* layout = static_cast<QVBoxLayout*>(list_->layout());
    auto* radio = new QRadioButton(tr("Local sandbox (start it now)"), list_);
    radio->setObjectName(QStringLiteral("network-start-sandbox"));
    radio->setProperty("networkName",
                       QString::fromStdString(std::string(NetworkRegistry::kSandboxName)));
    radio->setProperty("startsSandbox", true);
    auto* label = new QLabel(
        tr("A complete iExec network on this computer only, to try Strongroom without money: a "
           "local chain with its contracts, storage for your files, the secret and market "
           "services, and a faucet for test ETH and RLC. Nothing is real and it works offline. "
           "Strongroom starts it now and stops it when you quit."),
        list_);
    label->setProperty("muted", true);
    label->setContentsMargins(26, 0, 0, 8);
    label->setWordWrap(true);
    // First in the list, like a running sandbox.
    layout->insertWidget(0, label);
    layout->insertWidget(0, radio);
    group_->addButton(radio);
}

bool NetworkPage::isComplete() const {
    return !startingSandbox_ && QWizardPage::isComplete();
}

bool NetworkPage::validatePage() {
    auto* chosen = group_->checkedButton();
    if (!chosen || !chosen->property("startsSandbox").toBool())
        return true;
    auto& launcher = SandboxLauncher::of(wizard_->state());
    if (launcher.isRunning())
        return true;
    startingSandbox_ = true;
    list_->setEnabled(false);
    sandboxStatus_->setText(tr("Starting the local sandbox… The first start sets up its "
                               "contracts and takes a few seconds."));
    sandboxStatus_->show();
    emit completeChanged();
    connect(&launcher, &SandboxLauncher::started, this, [this, &launcher] {
        launcher.disconnect(this);
        startingSandbox_ = false;
        list_->setEnabled(true);
        sandboxStatus_->hide();
        emit completeChanged();
        wizard_->next();
    });
    connect(&launcher, &SandboxLauncher::failed, this, [this, &launcher](const QString& why) {
        launcher.disconnect(this);
        sandboxFailed(why);
    });
    launcher.start();
    return false;
}

void NetworkPage::sandboxFailed(const QString& why) {
    startingSandbox_ = false;
    list_->setEnabled(true);
    sandboxStatus_->setText(
        tr("The local sandbox could not start: %1\n\nTry again, or choose another network.")
            .arg(why));
    emit completeChanged();
}

QString NetworkPage::chosenNetwork() const {
    auto* b = group_->checkedButton();
    return b ? b->property("networkName").toString() : QString();
}

bool NetworkPage::chosenIsFile() const {
    auto* b = group_->checkedButton();
    return b && b->property("fromFile").toBool();
}

// ---------------------------------------------------------------------------------------------

FinishPage::FinishPage(OnboardingWizard* wizard) : QWizardPage(wizard), wizard_(wizard) {
    setTitle(tr("Setting up your wallet"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    icon_ = new QLabel(this);
    icon_->setFixedSize(48, 48);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("finishStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(icon_, 0, Qt::AlignTop);
    row->addWidget(status_, 1);
    layout->addLayout(row);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setMaximumHeight(10);
    busy_->setTextVisible(false);
    layout->addWidget(busy_);
    layout->addStretch(1);
    setFinalPage(true);
}

void FinishPage::initializePage() {
    start();
}

void FinishPage::start() {
    if (done_)
        return; // created once: never stored twice
    working_ = true;
    icon_->clear();
    setTitle(tr("Setting up your wallet"));
    holdBack(true);
    busy_->show();
    status_->setText(tr("Encrypting your keys with your password. This takes a few seconds…"));
    setProperty("error", QString());
    emit completeChanged();

    const int generation = ++generation_;
    const auto mode = wizard_->mode();
    if (mode == OnboardingWizard::Mode::WatchOnly) {
        finishWatching(generation);
        return;
    }
    auto store = wizard_->session().store();
    // Every secret is read straight from its widget into memory that is wiped when the last
    // holder lets go, however the job ends.
    using Secret = std::shared_ptr<const crypto::SecretBytes>;
    const Secret password = std::make_shared<const crypto::SecretBytes>(
        secretUtf8(wizard_->findChild<PasswordPage*>()->password()));
    Secret phrase = std::make_shared<const crypto::SecretBytes>();
    std::uint32_t index = 0;
    auto key = std::make_shared<crypto::SecretBytes>();
    auto keystoreJson = std::make_shared<std::string>();
    Secret filePassword = std::make_shared<const crypto::SecretBytes>();
    switch (mode) {
    case OnboardingWizard::Mode::Create:
        phrase =
            std::make_shared<const crypto::SecretBytes>(asBytes(wizard_->newPhrase().phrase()));
        break;
    case OnboardingWizard::Mode::ImportPhrase: {
        const auto* page = wizard_->findChild<ImportPhrasePage*>();
        phrase = std::make_shared<const crypto::SecretBytes>(page->phrase());
        index = page->accountIndex();
        break;
    }
    case OnboardingWizard::Mode::ImportKey:
        if (auto parsed = parseKey(wizard_->findChild<ImportKeyPage*>()->keyText()))
            *key = std::move(*parsed);
        break;
    case OnboardingWizard::Mode::ImportKeystore: {
        const auto* page = wizard_->findChild<ImportKeystorePage*>();
        *keystoreJson = page->keystoreJson();
        filePassword =
            std::make_shared<const crypto::SecretBytes>(secretUtf8(page->filePassword()));
        break;
    }
    case OnboardingWizard::Mode::WatchOnly:
        break; // handled above: nothing secret
    }
    runAsync(
        this,
        [=] {
            // The store hands the new account's key back: no second KDF run to unlock it.
            std::optional<wallet::UnlockedAccount> unlocked;
            switch (mode) {
            case OnboardingWizard::Mode::Create:
            case OnboardingWizard::Mode::ImportPhrase:
                (void)store->importMnemonic(phrase->text(), index, password->text(), {}, &unlocked);
                break;
            case OnboardingWizard::Mode::ImportKey:
                (void)store->importPrivateKey(*key, password->text(), {}, &unlocked);
                break;
            case OnboardingWizard::Mode::ImportKeystore:
                (void)store->importKeystore(*keystoreJson, filePassword->text(), password->text(),
                                            {}, &unlocked);
                break;
            case OnboardingWizard::Mode::WatchOnly:
                throw Error(ErrorCode::Internal, "a watched address has no key to store");
            }
            return std::make_shared<wallet::UnlockedAccount>(std::move(*unlocked));
        },
        [this, generation](AsyncResult<std::shared_ptr<wallet::UnlockedAccount>> result) {
            if (generation != generation_)
                return;
            if (!result.ok()) {
                fail(ui::errorText(*result.error));
                return;
            }
            const eth::Address address = (*result.value)->address();
            ready(address,
                  tr("Account %1 is ready and unlocked.")
                      .arg(QString::fromStdString(address.toChecksumHex())),
                  *result.value);
        },
        wizard_->session().pool());
}

void FinishPage::finishWatching(int generation) {
    const auto* page = wizard_->findChild<WatchPage*>();
    const eth::Address address = *page->address();
    const std::string label = page->label().toStdString();
    auto watched = wizard_->session().watchOnly();
    runAsync(
        this, [watched, address, label] { return watched->add(address, label); },
        [this, generation](AsyncResult<wallet::AccountInfo> result) {
            if (generation != generation_)
                return;
            if (!result.ok()) {
                fail(ui::errorText(*result.error));
                return;
            }
            ready(result.value->address,
                  tr("%1 is watched: browse it from the Wallet page.")
                      .arg(QString::fromStdString(result.value->address.toChecksumHex())));
        });
}

void FinishPage::holdBack(bool hold) {
    // While the keys are stored and once they are, Back would lead to storing them twice: the
    // page before this one counts as committed (QWizard then disables Back). After a failure,
    // Back leads to what needs correcting.
    // While this page initialises, QWizard has not added it to the history yet.
    QList<int> visited = wizard_->visitedIds();
    while (!visited.isEmpty() && visited.last() == OnboardingWizard::FinishPageId)
        visited.removeLast();
    if (!visited.isEmpty())
        if (auto* previous = wizard_->page(visited.last()))
            previous->setCommitPage(hold);
}

void FinishPage::fail(const QString& why) {
    working_ = false;
    holdBack(false);
    busy_->hide();
    setProperty("error", why);
    status_->setText(tr("The wallet could not be set up: %1\n\nGo back to correct it.").arg(why));
    emit completeChanged();
}

void FinishPage::ready(const eth::Address& address, const QString& message,
                       std::shared_ptr<const wallet::UnlockedAccount> signer) {
    const auto* network = wizard_->findChild<NetworkPage*>();
    if (!wizard_->session().hasAccounts()) {
        if (network->chosenIsFile())
            wizard_->state().useFileNetwork();
        else if (!network->chosenNetwork().isEmpty())
            wizard_->state().setActiveNetwork(network->chosenNetwork());
    }
    // Still busy while the new account is listed (off the GUI thread).
    wizard_->session().reload(Completion<>(this, [this, address, message, signer] {
        working_ = false;
        busy_->hide();
        wizard_->session().setCurrent(address);
        if (signer)
            wizard_->session().adoptSigner(signer);
        wizard_->setCreatedAccount(address);
        icon_->setPixmap(identicon(address, 48, devicePixelRatioF()));
        setTitle(tr("Your wallet is ready"));
        status_->setText(message);
        done_ = true;
        emit completeChanged();
    }));
}

void FinishPage::sayWait() {
    status_->setText(tr("Your keys are being stored: please wait a few seconds. You can close "
                        "this window once your wallet is ready."));
}

bool FinishPage::isComplete() const {
    return done_;
}

QString FinishPage::errorText() const {
    return property("error").toString();
}

} // namespace sr::ui
