#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QTableView>

namespace sr::ui {

QTableView* makeRecordTable(QWidget* parent, const QString& objectName, QAbstractItemModel* model,
                            QAbstractItemView::SelectionMode selection) {
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setShowGrid(false);
    return table;
}

} // namespace sr::ui
