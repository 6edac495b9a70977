#pragma once

#include "iexec/DataObject.h"
#include "protect/ProtectController.h"

#include <QDialog>
#include <QStringList>
#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace sr::ui {

class StepList;

/// Protects what was dropped, in two steps on one dialog:
/// 1. review: the name (public, editable), the fields of the data object as a tree (key,
///    type, size), typed fields to add (email, Telegram chat ID, text, number, yes or no)
///    and the privacy summary: what becomes public on chain (the name, the owner,
///    the schema JSON) and what stays private (the content, encrypted here);
/// 2. progress: the wallet password is asked and checked, then the pipeline runs off the GUI
///    thread; each step is listed with its state, the byte steps with their throughput.
///    Cancel (before the chain only), Retry after a failure, the dataset address at the end.
/// Closing it while it runs leaves the operation running: the operations list follows it.
class ProtectDialog : public QDialog {
    Q_OBJECT
public:
    ProtectDialog(ProtectController& service, const QStringList& paths, QWidget* parent = nullptr);

    enum class Phase { Reading, Review, Unreadable, Running, Failed, Done, Cancelled };
    Phase phase() const { return phase_; }
    /// The operation once journaled; 0 before.
    std::int64_t operationId() const { return id_; }

    /// What the preview read: one row per field, depth-first.
    struct Field {
        QString key;
        QString type; ///< MIME type, or "string", "bool", "f64", "i128"
        qint64 size = -1;
        std::vector<Field> children;
    };

private:
    enum class TypedField { Email, TelegramChat, Text, Number, Boolean };
    void readPaths();
    void showSkipped(const std::vector<iexec::SkippedPath>& skipped);
    void typeChosen();
    void addField();
    void removeField();
    void protect();
    /// The credentials of the current account, asked for when the dialog has none (first run,
    /// or after the wallet was locked). False when the user gave up.
    bool ensureCredentials();
    void onProgress(qint64 id);
    void onFinished(qint64 id, const QString& error);
    void render();
    void renderSteps(iexec::ProtectStep current, bool failed, bool done);
    void retry();
    void cancelOperation();
    void showStopped(iexec::ProtectStep step, const QString& error);
    void setStatus(const QString& text, bool error);

    ProtectController& service_;
    QStringList paths_;
    Phase phase_ = Phase::Reading;
    std::int64_t id_ = 0;
    std::optional<ProtectCredentials> credentials_;
    std::vector<iexec::DataField> extra_; ///< typed fields the user added
    int previewGeneration_ = 0;
    QString summary_;
    bool journalBehind_ = false;
    iexec::ProtectStep lastStep_ = iexec::ProtectStep::Seal;
    std::array<QString, 8> stepDetail_{};

    QStackedWidget* pages_;
    QLineEdit* name_;
    QTreeWidget* fields_;
    QComboBox* fieldType_;
    QLineEdit* fieldKey_;
    QLabel* fieldTypeLabel_;
    QLabel* binaryNote_;
    QLabel* fieldKeyLabel_;
    QLabel* fieldValueLabel_;
    QLineEdit* fieldValue_;
    QCheckBox* fieldBool_;
    QPushButton* addField_;
    QPushButton* removeField_;
    QLabel* fieldError_;
    QLabel* privacy_;
    QPlainTextEdit* schema_;
    QLabel* private_;
    QLabel* reviewError_;
    QLabel* skipped_; ///< the links a folder had that are left out
    QPushButton* protect_;
    StepList* steps_;
    QLabel* heading_;
    QProgressBar* bar_;
    QLabel* status_;
    QLabel* result_;
    QPushButton* cancelOp_;
    QPushButton* retry_;
    QPushButton* close_;
};

} // namespace sr::ui
