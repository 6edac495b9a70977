#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

class QBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace sr::ui {

/// The steps of a journaled operation (protecting, requesting a computation), one row each:
/// a mark (✓ done, ✕ where it failed, ➜ where it runs, ○ to come) in its tone, the step's
/// text (the current one in bold) and, when asked for, a muted detail on the right (sizes,
/// throughput). Each mark's "state" property says "done", "current" or "pending" for tests and
/// style sheets.
class StepList : public QWidget {
    Q_OBJECT
public:
    /// One row per name, in order. The labels are named `<prefix>Icon-<name>`,
    /// `<prefix>Text-<name>` and `<prefix>Detail-<name>`.
    StepList(const QStringList& names, const QString& prefix, bool details, QWidget* parent);

    int count() const { return int(texts_.size()); }
    QLabel* text(int step) const { return texts_.at(std::size_t(step)); }
    /// Null without the details column.
    QLabel* detail(int step) const {
        return details_.empty() ? nullptr : details_.at(std::size_t(step));
    }

    /// Marks every row for an operation at step `current`; `done`: it finished.
    void mark(int current, bool failed, bool running, bool done);

    /// A page to show the steps on: an unmargined column whose first row is a word-wrapped
    /// title ("cardTitle") and a little space; the caller adds the StepList and what follows.
    struct Page {
        QWidget* widget;
        QVBoxLayout* layout;
        QLabel* heading;
    };
    static Page newPage(QWidget* parent);

    /// The buttons under the steps, added to `layout` as one row: `cancelText` on the left
    /// (named `cancelName`), Retry (primary, "retryButton") and Close ("closeButton") on the
    /// right.
    struct Buttons {
        QPushButton* cancel;
        QPushButton* retry;
        QPushButton* close;
    };
    static Buttons addButtons(QBoxLayout* layout, QWidget* parent, const QString& cancelText,
                              const QString& cancelName);

private:
    std::vector<QLabel*> icons_;
    std::vector<QLabel*> texts_;
    std::vector<QLabel*> details_;
};

} // namespace sr::ui
