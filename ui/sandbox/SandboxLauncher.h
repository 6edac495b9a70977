#pragma once

#include <QObject>
#include <QString>
#include <filesystem>
#include <sys/types.h>

namespace sr::ui {

class SettingsModel;

/// Starts the local sandbox for the GUI (what `strongroom-sandbox up` does, off the GUI thread)
/// and stops it again when the app quits, but only the one this app started: a sandbox the
/// user started separately (from a terminal, or one already running) keeps running.
class SandboxLauncher : public QObject {
    Q_OBJECT
public:
    /// The launcher of `state`: made on first use, destroyed with it (which stops the sandbox
    /// this app started).
    static SandboxLauncher& of(SettingsModel& state);
    ~SandboxLauncher() override;

    /// strongroom-sandbox next to this executable (the package and a build tree both have it
    /// there); tests name another.
    QString program() const { return program_; }
    void setProgram(const QString& program) { program_ = program; }
    /// True when the program is there and can be run.
    bool available() const;

    /// True when a sandbox runs on this data folder, whoever started it.
    bool isRunning() const;
    bool isStarting() const { return starting_; }
    /// True when this app started the sandbox that runs now.
    bool startedHere() const;

    /// Starts the sandbox unless one runs (then `started` comes at once): `started` once it
    /// is ready (its network profile written), `failed` with the reason otherwise. The first
    /// start deploys the contracts and takes several seconds.
    void start();
    /// At launch: when the active network is the sandbox (chosen in the wizard, started by
    /// this app last time) and none runs, starts it again, so that the wallet finds its
    /// network. True if it started one.
    bool resumeIfActive();
    /// Stops the sandbox if this app started it and it still runs. Blocks until it has stopped
    /// (it saves its chain first): for quitting and for tests.
    void stopIfStartedHere();

signals:
    void started();
    void failed(const QString& message);

private:
    explicit SandboxLauncher(SettingsModel& state);

    SettingsModel& state_;
    /// Kept apart from state_: the launcher outlives SettingsModel's members (it is its child).
    std::filesystem::path stateDir_;
    QString program_;
    bool starting_ = false;
    pid_t startedPid_ = 0;
};

} // namespace sr::ui
