#include "sandbox/SandboxLauncher.h"

#include "Async.h"
#include "ErrorText.h"
#include "sandbox/SandboxControl.h"
#include "settings/SettingsModel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace sr::ui {

SandboxLauncher& SandboxLauncher::of(SettingsModel& state) {
    if (auto* launcher = state.findChild<SandboxLauncher*>(QString(), Qt::FindDirectChildrenOnly))
        return *launcher;
    return *new SandboxLauncher(state);
}

SandboxLauncher::SandboxLauncher(SettingsModel& state)
    : QObject(&state), state_(state), stateDir_(state.paths().sandboxDir()),
      program_(QCoreApplication::applicationDirPath() + QStringLiteral("/strongroom-sandbox")) {}

SandboxLauncher::~SandboxLauncher() {
    if (starting_) {
        // Quitting while it starts: it will be ours once ready; wait for that, then stop it.
        sandbox::SandboxControl control(stateDir_);
        for (int i = 0; i < 1200 && !startedPid_; ++i) {
            try {
                if (const auto runtime = control.running())
                    startedPid_ = runtime->pid;
            } catch (const Error&) {
            }
            if (!startedPid_)
                QThread::msleep(50);
        }
    }
    stopIfStartedHere();
}

bool SandboxLauncher::available() const {
    const QFileInfo info(program_);
    return info.isFile() && info.isExecutable();
}

bool SandboxLauncher::isRunning() const {
    try {
        return sandbox::SandboxControl(stateDir_).running().has_value();
    } catch (const Error&) {
        return false; // an unreadable runtime file: not a sandbox anyone can use
    }
}

bool SandboxLauncher::startedHere() const {
    if (startedPid_ == 0)
        return false;
    try {
        const auto runtime = sandbox::SandboxControl(stateDir_).running();
        return runtime && runtime->pid == startedPid_;
    } catch (const Error&) {
        return false;
    }
}

void SandboxLauncher::start() {
    if (starting_)
        return;
    if (isRunning()) {
        emit started();
        return;
    }
    if (!available()) {
        emit failed(tr("The sandbox program is not installed (looked for %1).").arg(program_));
        return;
    }
    starting_ = true;
    const auto stateDir = stateDir_;
    const std::string program = program_.toStdString();
    runAsync(
        this,
        [stateDir, program] {
            return sandbox::SandboxControl(stateDir).startDetached(program).pid;
        },
        [this](const AsyncResult<pid_t>& result) {
            starting_ = false;
            if (!result.ok()) {
                emit failed(errorText(*result.error));
                return;
            }
            startedPid_ = *result.value;
            // The sandbox's network profile now exists: the network lists show it.
            emit state_.networksChanged();
            if (state_.settings().activeNetwork == NetworkRegistry::kSandboxName)
                emit state_.activeNetworkChanged(); // it was standing in for the sandbox
            emit started();
        });
}

bool SandboxLauncher::resumeIfActive() {
    if (state_.settings().activeNetwork != NetworkRegistry::kSandboxName || !available() ||
        isRunning())
        return false;
    start();
    return true;
}

void SandboxLauncher::stopIfStartedHere() {
    if (!startedHere())
        return;
    try {
        sandbox::SandboxControl(stateDir_).stop();
    } catch (const Error&) {
        // Quitting: nothing more to do than what stop() tried.
    }
    startedPid_ = 0;
}

} // namespace sr::ui
