#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sr::ui {

class SettingsModel;
class DropZone;
class ProtectDialog;
class ProtectOperationsModel;
class ProtectController;
class WalletSession;

/// The top of the Protected data page: the drop zone and the operations being protected (with
/// Resume and Cancel, and a banner offering to resume what an earlier run left unfinished).
/// Thin on purpose: the drop zone, the dialog and the model are reusable as they are.
class ProtectPanel : public QWidget {
    Q_OBJECT
public:
    ProtectPanel(SettingsModel& state, WalletSession& wallet, QWidget* parent = nullptr);

    ProtectController* service() const { return service_; }
    ProtectOperationsModel* operations() const { return model_; }
    DropZone* dropZone() const { return dropZone_; }
    /// Opens the protect dialog for these paths (what a drop or the buttons do).
    ProtectDialog* openProtectDialog(const QStringList& paths);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    void refreshButtons();
    void resumeSelected();
    void resumeAll();
    void cancelSelected();
    void notifyProtected(const QString& name);
    std::int64_t selectedId() const;

    WalletSession& wallet_;
    ProtectController* service_;
    ProtectOperationsModel* model_;
    DropZone* dropZone_;
    QLabel* listTitle_;
    QLabel* banner_;
    QPushButton* resumeAll_;
    QWidget* card_;
    QTableView* view_;
    QLabel* message_;
    std::int64_t messageAbout_ = 0;
    QPushButton* resume_;
    QPushButton* cancel_;
};

} // namespace sr::ui
