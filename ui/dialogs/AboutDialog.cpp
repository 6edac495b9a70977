#include "AboutDialog.h"

#include "Resources.h"
#include "util/Versions.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace sr::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 18);
    layout->setSpacing(12);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(72, 72));
    auto* names = new QVBoxLayout;
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("pageTitle"));
    tagline_ = new QLabel(this);
    tagline_->setWordWrap(true);
    tagline_->setProperty("muted", true);
    names->addWidget(title_);
    names->addWidget(tagline_);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(12);
    top->addLayout(names, 1);
    layout->addLayout(top);
    versions_ = new QLabel(this);
    versions_->setObjectName(QStringLiteral("aboutVersions"));
    versions_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(versions_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();
}

QString AboutDialog::versionsText() const {
    return versions_->text();
}

void AboutDialog::retranslate() {
    setWindowTitle(tr("About Strongroom"));
    const LibraryVersions v = libraryVersions();
    title_->setText(tr("Strongroom %1").arg(QString::fromStdString(v.strongroom)));
    tagline_->setText(tr("Your wallet and data manager for iExec confidential computing."));
    const QString rows =
        QStringLiteral("<table cellspacing=4>"
                       "<tr><td>Qt</td><td>%1</td></tr>"
                       "<tr><td>OpenSSL</td><td>%2</td></tr>"
                       "<tr><td>libsecp256k1</td><td>%3</td></tr>"
                       "<tr><td>libcurl</td><td>%4</td></tr>"
                       "<tr><td>SQLite</td><td>%5</td></tr>"
                       "<tr><td>libsodium</td><td>%6</td></tr>"
                       "<tr><td>nlohmann/json</td><td>%7</td></tr></table>")
            .arg(QString::fromLatin1(qVersion()), QString::fromStdString(v.openssl),
                 QString::fromStdString(v.secp256k1), QString::fromStdString(v.curl),
                 QString::fromStdString(v.sqlite), QString::fromStdString(v.sodium),
                 QString::fromStdString(v.nlohmannJson));
    versions_->setText(QStringLiteral("<b>%1</b>").arg(tr("Libraries in use")) + rows);
}

void AboutDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace sr::ui
