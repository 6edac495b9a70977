#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace sr::ui {

/// A table's filter by a typed text: a row stays when one of its cells shows the text (case
/// ignored) or holds it under `addressRole` (the full address or hash behind a shortened
/// cell); sorted by `sortRole`. A subclass adds its own conditions in filterAcceptsRow and
/// asks matchesText for the text.
class TextFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    TextFilter(int sortRole, int addressRole, QObject* parent = nullptr);
    /// Rows that hold `text` (trimmed, case ignored) in any column; empty: all.
    void setText(const QString& text);
    const QString& text() const { return text_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    /// Whether the text is empty or a cell of the source's `sourceRow` holds it.
    bool matchesText(int sourceRow) const;

private:
    int addressRole_;
    QString text_;
};

} // namespace sr::ui
