#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QVBoxLayout;

namespace sr::ui {

/// A rounded panel with a soft shadow and an optional title: the building block of pages.
///
/// The shadow is painted by the card on its parent, under it, when the parent paints (the
/// card watches its parent's paint events): no QGraphicsEffect, which kept a rendered copy
/// of every card in memory and drew each card twice.
class Card : public QFrame {
    Q_OBJECT
public:
    explicit Card(QWidget* parent = nullptr);
    ~Card() override;
    void setTitle(const QString& title);
    QVBoxLayout* body() const { return body_; }

    /// The area of the parent the shadow covers, in the parent's coordinates.
    QRect shadowRect() const;

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void followParent();
    void repaintShadow();

    QLabel* title_;
    QVBoxLayout* body_;
    QPointer<QWidget> host_; ///< the parent the shadow is painted on
    QRect painted_;          ///< where the shadow was last asked for on the host
};

} // namespace sr::ui
