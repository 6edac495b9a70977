#pragma once

#include <QDialog>

class QLabel;

namespace sr::ui {

/// About Strongroom: version, licence note, and the versions of the libraries in use.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    /// "Qt 6.4.2, OpenSSL 3.0.x, ..." as shown in the dialog (tests read it).
    QString versionsText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QLabel* title_;
    QLabel* tagline_;
    QLabel* versions_;
};

} // namespace sr::ui
