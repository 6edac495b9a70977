#include "models/TextFilter.h"

namespace sr::ui {

TextFilter::TextFilter(int sortRole, int addressRole, QObject* parent)
    : QSortFilterProxyModel(parent), addressRole_(addressRole) {
    setSortRole(sortRole);
}

void TextFilter::setText(const QString& text) {
    text_ = text.trimmed();
    invalidateRowsFilter();
}

bool TextFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const {
    return matchesText(sourceRow);
}

bool TextFilter::matchesText(int sourceRow) const {
    if (text_.isEmpty())
        return true;
    // What a cell shows (a date as written, an amount) or its full address or hash.
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(); ++column)
        for (int role : {int(Qt::DisplayRole), addressRole_})
            if (model->index(sourceRow, column)
                    .data(role)
                    .toString()
                    .contains(text_, Qt::CaseInsensitive))
                return true;
    return false;
}

} // namespace sr::ui
