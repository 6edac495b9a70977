#pragma once

#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace sr::ui {

class OnboardingWizard;

/// A new wallet's recovery phrase, hidden until asked for, to be written down.
class PhrasePage : public QWizardPage {
    Q_OBJECT
public:
    explicit PhrasePage(OnboardingWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    /// The words as shown once revealed (tests read them as a user would).
    QStringList shownWords() const;

private:
    void setRevealed(bool revealed);
    OnboardingWizard* wizard_;
    QGridLayout* grid_;
    QList<QLabel*> words_;
    QPushButton* reveal_;
    QCheckBox* written_;
    bool revealed_ = false;
};

} // namespace sr::ui
