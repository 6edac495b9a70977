#pragma once

#include "iexec/NetworkRegistry.h"
#include "store/AppSettings.h"
#include "util/Paths.h"

#include <QObject>
#include <QString>
#include <QThreadPool>
#include <functional>
#include <optional>
#include <string>

namespace sr::ui {

/// The application's settings and network profiles as the GUI sees them. Lives on the GUI
/// thread; changes apply in memory at once and are written to disk in order on a
/// single-thread pool, so the GUI never waits on the disk.
class SettingsModel : public QObject {
    Q_OBJECT
public:
    SettingsModel(AppPaths paths, AppSettings settings, NetworkRegistry networks,
                  QObject* parent = nullptr);
    ~SettingsModel() override;

    const AppPaths& paths() const { return paths_; }
    const AppSettings& settings() const { return settings_; }
    const NetworkRegistry& networks() const { return networks_; }

    /// The active profile: a profile file opened for this run if one is in use, else the
    /// chosen profile; if that one is gone (a sandbox stopped, a custom network removed), the
    /// first built-in testnet, never mainnet.
    NetworkEntry activeNetwork() const;
    /// The profile file opened for this run (`--network FILE`, "Open a network profile…"),
    /// listed in the network menu until the app quits; not saved.
    const std::optional<NetworkEntry>& fileNetwork() const { return fileNetwork_; }
    /// True while the profile file is the active network.
    bool fileNetworkActive() const { return fileNetwork_ && fileActive_; }

    void setLanguage(const QString& language);
    void setTheme(const QString& theme);
    void setDataDir(const QString& dir);
    void setActiveNetwork(const QString& name);
    /// Makes a profile name active (saved), or uses a profile file for this run (the name of
    /// the sandbox's own file, which `strongroom-sandbox up` prints, is "sandbox"). Throws
    /// sr::Error: NotFound with the known names for an unknown name, the parse error of a file
    /// that is not a profile. Nothing changes when it throws.
    void openNetwork(const std::string& nameOrFile);
    /// Makes the profile file opened for this run active again.
    void useFileNetwork();
    void setActiveAccount(const QString& address);
    void setAutoLockMinutes(int minutes);

    /// Each returns an empty string on success or a message for the user.
    QString saveNetwork(const NetworkProfile& profile);
    QString resetNetwork(const QString& name);
    QString removeNetwork(const QString& name);

    /// Blocks until every pending write is on disk (tests and shutdown only).
    void waitForWrites();

signals:
    void languageChanged(const QString& language);
    void themeChanged(const QString& theme);
    void dataDirChanged(const QString& dir);
    void activeNetworkChanged();
    void activeAccountChanged();
    void autoLockChanged();
    void networksChanged();
    /// A write failed (disk full, permissions): the message says which file and why.
    void writeFailed(const QString& message);
    void writesFinished();

private:
    /// Sets a settings field and saves if it changed; true if it did.
    bool update(std::string& field, const QString& value);
    void writeSettings();
    void writeNetworks();
    /// Runs a disk write on the single-thread writer, reporting failures.
    void write(std::function<void()> work);

    AppPaths paths_;
    AppSettings settings_;
    NetworkRegistry networks_;
    std::optional<NetworkEntry> fileNetwork_;
    bool fileActive_ = false;
    QThreadPool writer_;
    int pendingWrites_ = 0;
};

} // namespace sr::ui
