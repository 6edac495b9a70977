#include "GuiSession.h"

#include "ErrorText.h"
#include "Localization.h"
#include "MainWindow.h"
#include "Resources.h"
#include "Theme.h"
#include "iexec/NetworkRegistry.h"
#include "settings/SettingsModel.h"
#include "store/AppSettings.h"
#include "store/AtomicFile.h"
#include "util/Error.h"
#include "wallet/WalletSession.h"
#include "widgets/WheelGuard.h"

#include <QApplication>
#include <QMessageBox>
#include <chrono>
#include <cstdio>

namespace sr::ui {

void markStartup(const char* step) {
    static const bool enabled = qEnvironmentVariableIsSet("STRONGROOM_TRACE_STARTUP");
    if (!enabled)
        return;
    using Clock = std::chrono::steady_clock;
    static Clock::time_point last = Clock::now(); // the first mark is the origin
    const Clock::time_point now = Clock::now();
    std::fprintf(stderr, "startup: %s %.2f\n", step,
                 std::chrono::duration<double, std::milli>(now - last).count());
    last = now;
}

namespace {

/// Loads a file with `load`; if it is broken, asks (when interactive) whether to move it
/// aside and go on with defaults. Returns std::nullopt if the user chose to quit.
template <typename T, typename Load>
std::optional<T> loadOrRecover(const std::filesystem::path& file, Load load, bool interactive) {
    try {
        return load();
    } catch (const Error& e) {
        if (e.code() != ErrorCode::Corrupt)
            throw;
        if (interactive) {
            const auto answer = QMessageBox::warning(
                nullptr, QCoreApplication::translate("GuiSession", "A settings file is damaged"),
                QCoreApplication::translate(
                    "GuiSession", "%1\n\nStrongroom can keep the damaged file aside and start "
                                  "with default values, or quit so that you can fix it.")
                    .arg(errorParticulars(e)),
                QMessageBox::Ignore | QMessageBox::Abort, QMessageBox::Abort);
            if (answer != QMessageBox::Ignore)
                return std::nullopt;
        }
        setFileAside(file);
        return load();
    }
}

} // namespace

GuiSession::GuiSession(QApplication& app, std::optional<std::filesystem::path> dataDir,
                       bool interactive, std::optional<std::string> network)
    : app_(app) {
    markStartup("application");
    initResources();
    app_.setWindowIcon(appIcon());
    localization_ = std::make_unique<Localization>();
    markStartup("resources");

    AppPaths paths;
    if (dataDir) {
        paths = resolveAppPaths(dataDir);
    } else {
        paths.configDir = defaultConfigDir();
    }
    auto settings = loadOrRecover<AppSettings>(
        paths.settingsFile(), [&] { return AppSettings::load(paths.settingsFile()); }, interactive);
    if (!settings)
        return;
    if (!dataDir)
        paths.dataDir =
            settings->dataDir.empty() ? defaultDataDir() : std::filesystem::path(settings->dataDir);
    auto networks = loadOrRecover<NetworkRegistry>(
        paths.networksFile(), [&] { return NetworkRegistry::load(paths); }, interactive);
    if (!networks)
        return;

    markStartup("settings files");
    state_ = std::make_unique<SettingsModel>(paths, *settings, std::move(*networks));
    if (network) {
        // A name or a profile file; throws NotFound with the known names (and how to start
        // the sandbox) if unknown: never a silent fallback to another network.
        state_->openNetwork(*network);
    }
    markStartup("settings model");
    localization_->apply(QString::fromStdString(settings->language));
    markStartup("translations");
    applyTheme(app_, QString::fromStdString(settings->theme));
    WheelGuard::install(app_);
    markStartup("theme");
    connect(state_.get(), &SettingsModel::languageChanged, this,
            [this](const QString& language) { localization_->apply(language); });
    connect(state_.get(), &SettingsModel::themeChanged, this,
            [this](const QString& theme) { applyTheme(app_, theme); });
    wallet_ = std::make_unique<WalletSession>(*state_);
    markStartup("wallet session");
    window_ = std::make_unique<MainWindow>(*state_, *wallet_);
    markStartup("main window");
}

GuiSession::~GuiSession() {
    window_.reset();
    wallet_.reset(); // locks: the key's memory is wiped
    if (state_)
        state_->waitForWrites();
}

} // namespace sr::ui
