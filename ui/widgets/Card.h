#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace sr::ui {

/// A rounded panel with a soft shadow and an optional title: the building block of pages.
class Card : public QFrame {
    Q_OBJECT
public:
    explicit Card(QWidget* parent = nullptr);
    void setTitle(const QString& title);
    QVBoxLayout* body() const { return body_; }

private:
    QLabel* title_;
    QVBoxLayout* body_;
};

} // namespace sr::ui
