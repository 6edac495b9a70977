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

namespace sr::ui {
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
    initResources();
    app_.setWindowIcon(appIcon());
    localization_ = std::make_unique<Localization>();

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

    state_ = std::make_unique<SettingsModel>(paths, *settings, std::move(*networks));
    if (network) {
        // A name or a profile file; throws NotFound with the known names (and how to start
        // the sandbox) if unknown: never a silent fallback to another network.
        state_->openNetwork(*network);
    }
    localization_->apply(QString::fromStdString(settings->language));
    applyTheme(app_, QString::fromStdString(settings->theme));
    WheelGuard::install(app_);
    connect(state_.get(), &SettingsModel::languageChanged, this,
            [this](const QString& language) { localization_->apply(language); });
    connect(state_.get(), &SettingsModel::themeChanged, this,
            [this](const QString& theme) { applyTheme(app_, theme); });
    wallet_ = std::make_unique<WalletSession>(*state_);
    window_ = std::make_unique<MainWindow>(*state_, *wallet_);
}

GuiSession::~GuiSession() {
    window_.reset();
    wallet_.reset(); // locks: the key's memory is wiped
    if (state_)
        state_->waitForWrites();
}

} // namespace sr::ui
