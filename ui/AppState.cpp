#include "AppState.h"

#include "Async.h"

namespace sr::ui {

AppState::AppState(AppPaths paths, AppSettings settings, NetworkRegistry networks, QObject* parent)
    : QObject(parent), paths_(std::move(paths)), settings_(std::move(settings)),
      networks_(std::move(networks)) {
    writer_.setMaxThreadCount(1); // writes land in the order they were made
}

AppState::~AppState() {
    writer_.waitForDone();
}

NetworkEntry AppState::activeNetwork() const {
    if (fileNetworkActive())
        return *fileNetwork_;
    const auto entries = networks_.list();
    for (const auto& entry : entries)
        if (entry.profile.name == settings_.activeNetwork)
            return entry;
    // Real money is never where the app lands without being asked.
    for (const auto& entry : entries)
        if (entry.profile.kind == NetworkKind::Testnet)
            return entry;
    return entries.front();
}

void AppState::openNetwork(const std::string& nameOrFile) {
    NetworkEntry entry = networks_.resolve(nameOrFile);
    if (entry.origin != NetworkOrigin::File) {
        setActiveNetwork(QString::fromStdString(entry.profile.name));
        return;
    }
    std::error_code ec;
    const auto sandboxFile = paths_.sandboxDir() / "network.json";
    if (std::filesystem::equivalent(nameOrFile, sandboxFile, ec)) {
        setActiveNetwork(QString::fromStdString(std::string(NetworkRegistry::kSandboxName)));
        return;
    }
    fileNetwork_ = std::move(entry);
    fileActive_ = true;
    emit networksChanged();
    emit activeNetworkChanged();
}

void AppState::useFileNetwork() {
    if (!fileNetwork_ || fileActive_)
        return;
    fileActive_ = true;
    emit activeNetworkChanged();
}

bool AppState::update(std::string& field, const QString& value) {
    if (field == value.toStdString())
        return false;
    field = value.toStdString();
    writeSettings();
    return true;
}

void AppState::setLanguage(const QString& language) {
    if (update(settings_.language, language))
        emit languageChanged(language);
}

void AppState::setTheme(const QString& theme) {
    if (update(settings_.theme, theme))
        emit themeChanged(theme);
}

void AppState::setDataDir(const QString& dir) {
    if (update(settings_.dataDir, dir))
        emit dataDirChanged(dir);
}

void AppState::setActiveNetwork(const QString& name) {
    const bool leftFile = fileNetworkActive();
    fileActive_ = false;
    if (update(settings_.activeNetwork, name) || leftFile)
        emit activeNetworkChanged();
}

void AppState::setActiveAccount(const QString& address) {
    if (update(settings_.activeAccount, address))
        emit activeAccountChanged();
}

void AppState::setAutoLockMinutes(int minutes) {
    if (settings_.autoLockMinutes == minutes)
        return;
    settings_.autoLockMinutes = minutes;
    writeSettings();
    emit autoLockChanged();
}

QString AppState::saveNetwork(const NetworkProfile& profile) {
    const std::string before = activeNetwork().profile.name;
    try {
        networks_.save(profile);
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    writeNetworks();
    emit networksChanged();
    if (profile.name == before)
        emit activeNetworkChanged();
    return {};
}

QString AppState::resetNetwork(const QString& name) {
    try {
        networks_.resetBuiltin(name.toStdString());
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    writeNetworks();
    emit networksChanged();
    if (activeNetwork().profile.name == name.toStdString())
        emit activeNetworkChanged();
    return {};
}

QString AppState::removeNetwork(const QString& name) {
    const bool wasActive = activeNetwork().profile.name == name.toStdString();
    try {
        networks_.removeCustom(name.toStdString());
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    writeNetworks();
    emit networksChanged();
    if (wasActive) {
        settings_.activeNetwork = builtinNetworks().front().name;
        writeSettings();
        emit activeNetworkChanged();
    }
    return {};
}

void AppState::writeSettings() {
    write([settings = settings_, file = paths_.settingsFile()] { settings.save(file); });
}

void AppState::writeNetworks() {
    write([networks = networks_] { networks.write(); });
}

void AppState::write(std::function<void()> work) {
    ++pendingWrites_;
    runAsync(
        this, std::move(work),
        [this](const AsyncResult<void>& result) {
            if (!result.ok())
                emit writeFailed(QString::fromStdString(result.error->what()));
            if (--pendingWrites_ == 0)
                emit writesFinished();
        },
        &writer_);
}

void AppState::waitForWrites() {
    writer_.waitForDone();
}

} // namespace sr::ui
