#pragma once

#include <QWizardPage>
#include <string>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::ui {

class OnboardingWizard;

/// A keystore file, dropped or chosen, and the password it was saved with, checked before
/// moving on. Accepted, the file and its password go to the wizard's fields.
class ImportKeystorePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportKeystorePage(OnboardingWizard* wizard);
    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override;
    /// Loads a keystore file (the file dialog and drops come here). False, with the reason
    /// shown, if it is not a keystore.
    bool loadFile(const QString& path);
    const std::string& keystoreJson() const { return json_; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    OnboardingWizard* wizard_;
    QLabel* dropZone_;
    QPushButton* choose_;
    QLineEdit* password_;
    QLabel* feedback_;
    std::string json_;
    bool verified_ = false;
    bool checking_ = false;
};

} // namespace sr::ui
