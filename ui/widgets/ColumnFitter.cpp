#include "widgets/ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <vector>

namespace sr::ui {

ColumnFitter::ColumnFitter(QTableView* table) : QObject(table), table_(table) {
    table->horizontalHeader()->setStretchLastSection(false);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setTextElideMode(Qt::ElideMiddle);
    table->viewport()->installEventFilter(this);
    // After the model changed, once the view has taken the change in.
    const auto later = [this] { QTimer::singleShot(0, this, &ColumnFitter::fit); };
    if (auto* model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, later);
        connect(model, &QAbstractItemModel::layoutChanged, this, later);
        connect(model, &QAbstractItemModel::rowsInserted, this, later);
        connect(model, &QAbstractItemModel::rowsRemoved, this, later);
        connect(model, &QAbstractItemModel::dataChanged, this, later);
        connect(model, &QAbstractItemModel::headerDataChanged, this, later);
    }
}

bool ColumnFitter::eventFilter(QObject* watched, QEvent* event) {
    if (watched == table_->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit() {
    if (fitting_ || !table_->model())
        return;
    fitting_ = true;
    auto* header = table_->horizontalHeader();
    std::vector<int> columns;
    std::vector<int> wanted;
    for (int c = 0; c < table_->model()->columnCount(); ++c) {
        if (table_->isColumnHidden(c))
            continue;
        columns.push_back(c);
        wanted.push_back(std::max(static_cast<QAbstractItemView*>(table_)->sizeHintForColumn(c),
                                  header->sectionSizeHint(c)));
    }
    const int room = table_->viewport()->width();
    int total = 0;
    for (int w : wanted)
        total += w;
    // The common width the widest columns are cut to: the largest that makes them all fit.
    int cap = total;
    if (total > room && !wanted.empty()) {
        std::vector<int> sorted = wanted;
        std::sort(sorted.begin(), sorted.end());
        int narrower = 0; // the sum of the columns below the cap
        const int n = int(sorted.size());
        cap = std::max(header->minimumSectionSize(), room / n);
        for (int i = 0; i < n; ++i) {
            const int wider = n - i; // columns that would share what is left
            const int share = (room - narrower) / wider;
            if (sorted[std::size_t(i)] > share) {
                cap = std::max(header->minimumSectionSize(), share);
                break;
            }
            narrower += sorted[std::size_t(i)];
        }
    }
    int used = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        int width = std::min(wanted[i], cap);
        // The last column takes what is left, so that the rows reach the table's edge.
        if (i + 1 == columns.size())
            width = std::max(width, room - used);
        header->resizeSection(columns[i], width);
        used += width;
    }
    fitting_ = false;
}

} // namespace sr::ui
