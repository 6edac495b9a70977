#pragma once

#include <QAbstractTableModel>
#include <algorithm>
#include <iterator>
#include <map>
#include <vector>

namespace sr::ui {

/// A table model whose rows a new listing replaces without a reset: rows that are gone are
/// removed, new rows inserted where they belong and the others updated in place, so that
/// views keep their selection, current row and scroll position. That matters for lists that
/// follow new blocks and re-read themselves every few seconds. Rows are matched by a key
/// (an address, an order hash, an operation id); when the rows kept come in another order
/// than before, or the new listing repeats a key, it falls back to a reset.
template <typename Row> class KeyedTableModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(rows_.size());
    }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        const QStringList titles = columnTitles();
        return section >= 0 && section < titles.size() ? QVariant(titles[section]) : QVariant();
    }
    const std::vector<Row>& rows() const { return rows_; }
    const Row& at(int row) const { return rows_.at(static_cast<std::size_t>(row)); }

protected:
    /// The column headers, in the order of the columns (translated: asked again on a change
    /// of language).
    virtual QStringList columnTitles() const = 0;

    /// Makes the rows `next`, rows matched by `keyOf(row)` (a key with operator<).
    template <typename KeyOf> void replaceRows(std::vector<Row> next, KeyOf keyOf) {
        using Key = std::decay_t<decltype(keyOf(next.front()))>;
        std::map<Key, std::size_t> position;
        for (std::size_t i = 0; i < next.size(); ++i)
            position.emplace(keyOf(next[i]), i);
        const auto listed = [&](const Row& row) { return position.count(keyOf(row)) > 0; };
        if (position.size() != next.size() || !keptInOrder(position, keyOf)) {
            beginResetModel();
            rows_ = std::move(next);
            endResetModel();
            return;
        }
        // Rows that are gone, in runs from the end (the indexes before a run stay valid).
        for (int i = static_cast<int>(rows_.size()) - 1; i >= 0;) {
            if (listed(rows_[std::size_t(i)])) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && !listed(rows_[std::size_t(i)]))
                --i;
            beginRemoveRows({}, i + 1, last);
            rows_.erase(rows_.begin() + (i + 1), rows_.begin() + (last + 1));
            endRemoveRows();
        }
        // The rows kept are now `next` with holes: fill them in runs, update the others.
        for (std::size_t j = 0; j < next.size(); ++j) {
            if (j < rows_.size() && keyOf(rows_[j]) == keyOf(next[j])) {
                rows_[j] = std::move(next[j]);
                continue;
            }
            std::size_t end = j;
            while (end < next.size() &&
                   (j >= rows_.size() || !(keyOf(next[end]) == keyOf(rows_[j]))))
                ++end;
            beginInsertRows({}, static_cast<int>(j), static_cast<int>(end) - 1);
            rows_.insert(rows_.begin() + std::ptrdiff_t(j),
                         std::make_move_iterator(next.begin() + std::ptrdiff_t(j)),
                         std::make_move_iterator(next.begin() + std::ptrdiff_t(end)));
            endInsertRows();
            j = end - 1;
        }
        if (!rows_.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

    std::vector<Row> rows_;

private:
    /// Whether the current rows that stay come in the same order in the new listing.
    template <typename Key, typename KeyOf>
    bool keptInOrder(const std::map<Key, std::size_t>& position, KeyOf keyOf) const {
        std::size_t previous = 0;
        bool first = true;
        for (const Row& row : rows_) {
            const auto it = position.find(keyOf(row));
            if (it == position.end())
                continue;
            if (!first && it->second <= previous)
                return false;
            previous = it->second;
            first = false;
        }
        return true;
    }
};

} // namespace sr::ui
