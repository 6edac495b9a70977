#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;

namespace sr::ui {

/// A read-only table of records as the pages show them: whole rows selected (one at a time
/// unless `selection` says otherwise), no editing, no grid, no row numbers. The caller adds
/// what its list needs (sorting, word wrap, a minimum height, a ColumnFitter).
QTableView*
makeRecordTable(QWidget* parent, const QString& objectName, QAbstractItemModel* model,
                QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

} // namespace sr::ui
