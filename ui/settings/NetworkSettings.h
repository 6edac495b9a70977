#pragma once

#include "iexec/NetworkRegistry.h"

#include <QWidget>

class QBoxLayout;

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sr::ui {

class SettingsModel;

/// Settings > Networks: the list of profiles and a form to edit the selected one.
/// Built-in profiles keep their name and chain id; custom ones can be added and removed;
/// the sandbox profile is shown read-only.
class NetworkSettings : public QWidget {
    Q_OBJECT
public:
    explicit NetworkSettings(SettingsModel& state, QWidget* parent = nullptr);

    /// Selects the profile named `name` in the list (tests and deep links).
    void select(const QString& name);

    /// As narrow as the list above the form: a narrow window stacks them.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QBoxLayout* columns_;
    QBoxLayout* left_;
    QBoxLayout* right_;
    void retranslate();
    void reloadList(const QString& keepSelected);
    void showSelected();
    void save();
    void revert();
    void resetToShipped();
    void addCustom();
    void removeCustom();
    void useSelected();
    void markDirty();
    /// Reads the form; on a bad field returns false with a translated message.
    bool readForm(NetworkProfile& out, QString& message) const;
    void showError(const QString& message);

    SettingsModel& state_;
    std::vector<NetworkEntry> entries_;
    bool addingNew_ = false;
    bool loading_ = false;

    QListWidget* list_;
    QLabel* originLabel_;
    QLineEdit* displayName_;
    QLineEdit* name_;
    QComboBox* kind_;
    QLineEdit* chainId_;
    QPlainTextEdit* rpcUrls_;
    QLineEdit* hub_;
    QLineEdit* dataProtector_;
    QLineEdit* workerpool_;
    QLineEdit* sms_;
    QLineEdit* marketApi_;
    QLineEdit* ipfsNode_;
    QLineEdit* ipfsGateway_;
    QLineEdit* pocoSubgraph_;
    QLineEdit* dataProtectorSubgraph_;
    QLineEdit* explorer_;
    QList<QLabel*> labels_;
    QLabel* error_;
    QPushButton* saveButton_;
    QPushButton* revertButton_;
    QPushButton* resetButton_;
    QPushButton* addButton_;
    QPushButton* removeButton_;
    QPushButton* useButton_;
};

} // namespace sr::ui
