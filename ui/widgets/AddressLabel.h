#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sr::ui {

/// An address (or hash, or URL) in monospace, shortened in the middle when long, the full
/// value on hover, with a copy button.
class AddressLabel : public QWidget {
    Q_OBJECT
public:
    explicit AddressLabel(QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const { return value_; }
    /// "0x1234…abcd" for addresses; other values are cut to `maxChars` around an ellipsis.
    static QString shorten(const QString& value, int maxChars = 18);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QString value_;
    QLabel* text_;
    QToolButton* copy_;
};

} // namespace sr::ui
