#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sr::ui {

class WalletSession;

/// The active network's address book: named addresses typed user, app or whitelist. An app or
/// a whitelist is checked on chain (AppRegistry entry, or an ERC-734 contract) before it is
/// saved as one.
class AddressBookDialog : public QDialog {
    Q_OBJECT
public:
    explicit AddressBookDialog(WalletSession& session, QWidget* parent = nullptr);

    /// Fills the form (tests, and "save this address" from elsewhere).
    void prefill(const QString& address, const QString& label);

private:
    void reload();
    void save();
    void removeSelected();
    WalletSession& session_;
    QTableWidget* table_;
    QLineEdit* address_;
    QLineEdit* label_;
    QComboBox* kind_;
    QPushButton* save_;
    QPushButton* remove_;
    QLabel* status_;
};

} // namespace sr::ui
