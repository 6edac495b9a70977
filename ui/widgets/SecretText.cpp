#include "widgets/SecretText.h"

#include <QByteArray>
#include <QLineEdit>
#include <openssl/crypto.h>

namespace sr::ui {

crypto::SecretBytes secretUtf8(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    crypto::SecretBytes out(ByteView(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                                     std::size_t(utf8.size())));
    if (!utf8.isEmpty())
        OPENSSL_cleanse(utf8.data(), std::size_t(utf8.size())); // ours alone: not shared
    return out;
}

void wipeText(QString& text) noexcept {
    // Written through the shared buffer on purpose (no detach): the widget's copy is the one
    // to wipe. Text typed by a person lives on the heap; a text set from a literal points into
    // the program's read-only data (no header, not mutable), holds no secret, and must not be
    // written to.
    if (!text.isEmpty() && text.data_ptr().isMutable()) {
        OPENSSL_cleanse(const_cast<QChar*>(text.constData()),
                        std::size_t(text.size()) * sizeof(QChar));
    }
    text = QString();
}

void wipeLineEdit(QLineEdit* edit) {
    if (!edit)
        return;
    QString text = edit->text();
    wipeText(text);
    edit->setText(QString()); // setText also drops the undo history
}

} // namespace sr::ui
