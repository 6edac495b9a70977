#pragma once

#include <QObject>
#include <QTimer>

namespace sr::ui {

/// Copies to the system clipboard. A secret (a recovery phrase, a private key) is marked as
/// such for clipboard managers (KDE's x-kde-passwordManagerHint, which Klipper and others honour,
/// so it stays out of their history) and cleared after `clearAfter` if it is still there.
class SecureClipboard : public QObject {
    Q_OBJECT
public:
    static SecureClipboard& instance();

    void copyText(const QString& text);
    void copySecret(const QString& secret);

    void setClearAfter(int milliseconds) { timer_.setInterval(milliseconds); }
    int clearAfter() const { return timer_.interval(); }
    /// True while a secret we copied is waiting to be cleared.
    bool holdsSecret() const { return timer_.isActive(); }

private:
    SecureClipboard();
    void clearIfStillOurs();
    QTimer timer_;
    QByteArray fingerprint_; ///< a hash of the secret, to recognise it without keeping it
};

} // namespace sr::ui
