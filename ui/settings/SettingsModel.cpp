#include "settings/SettingsModel.h"

#include "Async.h"
#include "ErrorText.h"

namespace sr::ui {

SettingsModel::SettingsModel(AppPaths paths, AppSettings settings, NetworkRegistry networks,
                             QObject* parent)
    : QObject(parent), paths_(std::move(paths)), settings_(std::move(settings)),
      networks_(std::move(networks)) {
    writer_.setMaxThreadCount(1); // writes land in the order they were made
}

SettingsModel::~SettingsModel() {
    writer_.waitForDone();
}

NetworkEntry SettingsModel::activeNetwork() const {
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

void SettingsModel::openNetwork(const std::string& nameOrFile) {
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

void SettingsModel::useFileNetwork() {
    if (!fileNetwork_ || fileActive_)
        return;
    fileActive_ = true;
    emit activeNetworkChanged();
}

bool SettingsModel::update(std::string& field, const QString& value) {
    if (field == value.toStdString())
        return false;
    field = value.toStdString();
    writeSettings();
    return true;
}

void SettingsModel::setLanguage(const QString& language) {
    if (update(settings_.language, language))
        emit languageChanged(language);
}

void SettingsModel::setTheme(const QString& theme) {
    if (update(settings_.theme, theme))
        emit themeChanged(theme);
}

void SettingsModel::setDataDir(const QString& dir) {
    if (update(settings_.dataDir, dir))
        emit dataDirChanged(dir);
}

void SettingsModel::setActiveNetwork(const QString& name) {
    const bool leftFile = fileNetworkActive();
    fileActive_ = false;
    if (update(settings_.activeNetwork, name) || leftFile)
        emit activeNetworkChanged();
}

void SettingsModel::setActiveAccount(const QString& address) {
    if (update(settings_.activeAccount, address))
        emit activeAccountChanged();
}

void SettingsModel::setAutoLockMinutes(int minutes) {
    if (settings_.autoLockMinutes == minutes)
        return;
    settings_.autoLockMinutes = minutes;
    writeSettings();
    emit autoLockChanged();
}

QString SettingsModel::saveNetwork(const NetworkProfile& profile) {
    const std::string before = activeNetwork().profile.name;
    try {
        networks_.save(profile);
    } catch (const Error& e) {
        return errorText(e);
    }
    writeNetworks();
    emit networksChanged();
    if (profile.name == before)
        emit activeNetworkChanged();
    return {};
}

QString SettingsModel::resetNetwork(const QString& name) {
    try {
        networks_.resetBuiltin(name.toStdString());
    } catch (const Error& e) {
        return errorText(e);
    }
    writeNetworks();
    emit networksChanged();
    if (activeNetwork().profile.name == name.toStdString())
        emit activeNetworkChanged();
    return {};
}

QString SettingsModel::removeNetwork(const QString& name) {
    const bool wasActive = activeNetwork().profile.name == name.toStdString();
    try {
        networks_.removeCustom(name.toStdString());
    } catch (const Error& e) {
        return errorText(e);
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

void SettingsModel::writeSettings() {
    write([settings = settings_, file = paths_.settingsFile()] { settings.save(file); });
}

void SettingsModel::writeNetworks() {
    write([networks = networks_] { networks.write(); });
}

void SettingsModel::write(std::function<void()> work) {
    ++pendingWrites_;
    runAsync(
        this, std::move(work),
        [this](const AsyncResult<void>& result) {
            if (!result.ok())
                emit writeFailed(errorText(*result.error));
            if (--pendingWrites_ == 0)
                emit writesFinished();
        },
        &writer_);
}

void SettingsModel::waitForWrites() {
    writer_.waitForDone();
}

} // namespace sr::ui
