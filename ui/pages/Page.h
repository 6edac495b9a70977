#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace sr::ui {

/// A page of the main window: a title, a subtitle, and scrollable content. Subclasses fill
/// content() and implement retranslate(), called on construction and on language change.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(QWidget* parent = nullptr);

protected:
    QVBoxLayout* content() const { return content_; }
    void setHeading(const QString& title, const QString& subtitle);
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

private:
    QLabel* title_;
    QLabel* subtitle_;
    QVBoxLayout* content_;
};

} // namespace sr::ui
