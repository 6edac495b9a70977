#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace sr::ui {

/// An address (or hash, or URL) in monospace, shortened in the middle when long (an address
/// always, anything else to the width it is given), the full value on hover, with a copy
/// button.
class AddressLabel : public QWidget {
    Q_OBJECT
public:
    explicit AddressLabel(QWidget* parent = nullptr);
    void setValue(const QString& value);
    QString value() const { return value_; }
    /// "0x1234…abcd" for addresses; other values are cut to `maxChars` around an ellipsis.
    static QString shorten(const QString& value, int maxChars = 18);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    /// Shows as much of shown_ as the width allows, cut in the middle.
    void elide();
    /// The width of the text part plus the copy button beside it.
    int widthFor(const QString& text) const;
    QString value_;
    QString shown_;
    QLabel* text_;
    QToolButton* copy_;
};

} // namespace sr::ui
