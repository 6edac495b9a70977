#include "widgets/ReturnKey.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace sr::ui {
namespace {

class ReturnKeyFilter : public QObject {
public:
    ReturnKeyFilter(QWidget* field, std::function<void()> action)
        : QObject(field), action_(std::move(action)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                if (event->type() == QEvent::KeyPress)
                    action_();
                event->accept();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> action_;
};

} // namespace

void onReturnOnly(QWidget* field, std::function<void()> action) {
    field->installEventFilter(new ReturnKeyFilter(field, std::move(action)));
}

} // namespace sr::ui
