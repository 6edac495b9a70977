#pragma once

#include <QObject>

class QTableView;

namespace sr::ui {

/// Keeps every column of a table in view, without a sideways scroll bar: columns get the width
/// of their contents, and when together they are wider than the table, the widest ones are
/// narrowed to a common width (their text elided, the whole on hover) until they fit. Follows
/// the table's resizes and its model's changes. Owned by the table.
class ColumnFitter : public QObject {
public:
    explicit ColumnFitter(QTableView* table);

    /// Sizes the columns now.
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* table_;
    bool fitting_ = false;
};

} // namespace sr::ui
