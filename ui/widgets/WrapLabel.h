#pragma once

#include <QLabel>
#include <QResizeEvent>
#include <algorithm>

namespace sr::ui {

/// A word-wrapped label that keeps itself tall enough for its text at its current width.
/// Layouts only ask a label's height for a width now and then; a text that arrives later
/// (from a background read) or a narrower window could otherwise leave it clipped.
class WrapLabel : public QLabel {
public:
    explicit WrapLabel(QWidget* parent = nullptr) : QLabel(parent) { setWordWrap(true); }

    /// setText, then the minimum height its lines need.
    void setWrappedText(const QString& text) {
        setText(text);
        fit();
    }

    /// Tall enough for the text at the current width, whenever it was set (setText too): the
    /// layout asks again after each change of text.
    QSize minimumSizeHint() const override {
        QSize size = QLabel::minimumSizeHint();
        if (width() > 0 && !text().isEmpty())
            size.setHeight(std::max(size.height(), heightForWidth(width())));
        return size;
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            fit();
    }

private:
    void fit() {
        const int width = this->width() > 0 ? this->width() : sizeHint().width();
        setMinimumHeight(std::max(0, heightForWidth(width))); // -1 for no text
    }
};

} // namespace sr::ui
