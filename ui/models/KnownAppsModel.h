#pragma once

#include "iexec/NetworkProfile.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace sr::ui {

/// The apps and app whitelists a network profile knows (Web3Mail, Web3Telegram, ...).
class KnownAppsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Type, Schema, Address, ColumnCount }; // as the approved apps table
    using QAbstractTableModel::QAbstractTableModel;

    void setApps(std::vector<KnownApp> apps);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "email: string" for {"email":"string"}; nested objects as "a.b: f64".
    static QString describeSchema(const nlohmann::json& schema);
    /// The inverse, for what the user types: "email: string, profile.age: f64" gives
    /// {"email":"string","profile":{"age":"f64"}}; "" gives {}. Nothing, with `error` set,
    /// for text that is not a list of "field: type".
    static std::optional<nlohmann::json> parseSchema(const QString& text, QString* error);

private:
    std::vector<KnownApp> apps_;
};

} // namespace sr::ui
