#include "wallet/SecureClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace sr::ui {
namespace {

QByteArray fingerprintOf(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecureClipboard& SecureClipboard::instance() {
    static SecureClipboard clipboard;
    return clipboard;
}

SecureClipboard::SecureClipboard() {
    timer_.setSingleShot(true);
    timer_.setInterval(30 * 1000);
    connect(&timer_, &QTimer::timeout, this, &SecureClipboard::clearIfStillOurs);
}

void SecureClipboard::copyText(const QString& text) {
    QGuiApplication::clipboard()->setText(text);
}

void SecureClipboard::copySecret(const QString& secret) {
    auto* data = new QMimeData;
    data->setText(secret);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    fingerprint_ = fingerprintOf(secret);
    timer_.start();
}

void SecureClipboard::clearIfStillOurs() {
    QClipboard* clipboard = QGuiApplication::clipboard();
    // Something the user copied since is theirs: leave it.
    if (fingerprintOf(clipboard->text()) == fingerprint_)
        clipboard->clear();
    fingerprint_.clear();
}

} // namespace sr::ui
