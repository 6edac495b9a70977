#pragma once

#include <QWidget>
#include <vector>

namespace sr::ui {

/// A QR code (libqrencode, error correction M) of a short text such as an address, drawn
/// black on white with the standard quiet zone whatever the theme, so phones can scan it.
class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget* parent = nullptr);
    /// Throws nothing: a text too long for a QR code shows an empty square.
    void setText(const QString& text);
    QString text() const { return text_; }
    /// Modules per side (0 if none), and whether module (x, y) is dark, for tests.
    int modules() const { return width_; }
    bool isDark(int x, int y) const { return dark_[std::size_t(y * width_ + x)]; }

    QSize sizeHint() const override { return {200, 200}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString text_;
    int width_ = 0;
    std::vector<bool> dark_;
};

} // namespace sr::ui
