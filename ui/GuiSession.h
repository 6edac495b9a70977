#pragma once

#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>
#include <optional>

class QApplication;

namespace sr::ui {

/// With STRONGROOM_TRACE_STARTUP set in the environment, writes "startup: STEP MS" on stderr:
/// the milliseconds since the previous mark (or since the process started, for the first).
/// The startup benchmark prints these per step; otherwise it costs one test of a flag.
void markStartup(const char* step);

class SettingsModel;
class Localization;
class MainWindow;
class WalletSession;

/// Everything one run of the GUI needs, wired together: paths and settings loaded (with a
/// dialog offering to set a broken file aside), language and theme applied, the main window.
class GuiSession : public QObject {
    Q_OBJECT
public:
    /// `interactive` false (tests): a broken file is set aside without asking.
    /// `network`: a profile name to make active (e.g. "sandbox") or a profile file to use for
    /// this run, if given; throws sr::Error if it is neither.
    GuiSession(QApplication& app, std::optional<std::filesystem::path> dataDir,
               bool interactive = true, std::optional<std::string> network = std::nullopt);
    ~GuiSession() override;

    /// False if the user chose to quit instead of continuing past a startup problem.
    bool ready() const { return window_ != nullptr; }
    MainWindow* window() const { return window_.get(); }
    SettingsModel* state() const { return state_.get(); }
    Localization* localization() const { return localization_.get(); }
    WalletSession* wallet() const { return wallet_.get(); }

private:
    QApplication& app_;
    std::unique_ptr<Localization> localization_;
    std::unique_ptr<SettingsModel> state_;
    std::unique_ptr<WalletSession> wallet_;
    std::unique_ptr<MainWindow> window_;
};

} // namespace sr::ui
