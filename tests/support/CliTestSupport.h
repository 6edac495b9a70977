#pragma once

// What the strongroom-cli suites share: running the real binary as a user would (no terminal),
// and the files such a user has: a data folder whose wallet holds one imported key, a password
// file and network profile files.

#include "Timeouts.h"
#include "iexec/NetworkProfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QtTest>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sr::test {

/// What one run of strongroom-cli gave back.
struct CliRun {
    int code = -1; ///< the exit code; -1 when it did not exit normally
    QByteArray out;
    QByteArray err;
    /// Standard output read as a JSON object (the --json output).
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

/// Runs strongroom-cli with `args` in a session of its own: with no terminal, nothing may wait
/// for typing.
inline CliRun runCli(const QStringList& args, int timeoutMs = timeouts::kPipelineEnds) {
    QProcess p;
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(STRONGROOM_CLI), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("strongroom-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// How runCliWith runs the program.
struct CliRunOptions {
    /// A protect or compute step (STRONGROOM_TEST_STOP_AT): the run exits right after it, as a
    /// killed process would. Runs strongroom-cli-testhooks, the only build with that hook.
    QString stopAt;
    /// A write past this size fails (EFBIG) instead of killing the process, as a full disk
    /// makes writes fail (ENOSPC): the nearest a test gets to one.
    rlim_t fileSizeLimit = RLIM_INFINITY;
    int timeoutMs = timeouts::kCliRuns;
};

/// runCli with the crash hook or a file-size limit.
inline CliRun runCliWith(const QStringList& args, const CliRunOptions& options) {
    QProcess p;
    const rlim_t limit = options.fileSizeLimit;
    p.setChildProcessModifier([limit] {
        ::setsid();
        if (limit != RLIM_INFINITY) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit size{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &size);
        }
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.stopAt.isEmpty())
        env.insert(QStringLiteral("STRONGROOM_TEST_STOP_AT"), options.stopAt);
    p.setProcessEnvironment(env);
    p.start(options.stopAt.isEmpty() ? QStringLiteral(STRONGROOM_CLI)
                                     : QStringLiteral(STRONGROOM_CLI_TESTHOOKS),
            args);
    if (!p.waitForFinished(options.timeoutMs))
        qFatal("strongroom-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/// FAKE: a port on 127.0.0.1 that takes connections (the kernel completes them) and never
/// answers, as a hung node or service would; no real one hangs on demand.
class SilentPort {
public:
    SilentPort() : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
            ::listen(fd_, 16) != 0 ||
            ::getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) != 0)
            qFatal("cannot listen on 127.0.0.1");
        port_ = ntohs(address.sin_port);
    }
    ~SilentPort() { ::close(fd_); }
    SilentPort(const SilentPort&) = delete;
    SilentPort& operator=(const SilentPort&) = delete;
    int port() const { return port_; }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    int fd_;
    int port_ = 0;
};

/// Writes `content` to `path` (fatal when it can't) and returns the path.
inline QString writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

/// A user of strongroom-cli whose files all live in one folder: the data folder (`data`), the
/// password file (`password`, "correct horse") and the network profiles it writes.
struct CliUser {
    explicit CliUser(const QString& folder)
        : dir(folder), dataDir(folder + QStringLiteral("/data")),
          passwordFile(writeFile(folder + QStringLiteral("/password"), "correct horse\n")) {}

    QString dir;
    QString dataDir;
    QString passwordFile;
    QString network; ///< the profile file run() passes as --network

    /// Writes `profile` as <folder>/<file> and returns its path (for --network).
    QString writeProfile(const QString& file, const NetworkProfile& profile) const {
        return writeFile(dir + QLatin1Char('/') + file,
                         QByteArray::fromStdString(profile.toJson().dump(2)));
    }
    /// `wallet import --private-key-file` with the key `hexKey`: the account commands use.
    CliRun importKey(const char* hexKey) const {
        const QString key = writeFile(dir + QStringLiteral("/key"), hexKey);
        return runCli({QStringLiteral("--data-dir"), dataDir, QStringLiteral("--password-file"),
                       passwordFile, QStringLiteral("wallet"), QStringLiteral("import"),
                       QStringLiteral("--private-key-file"), key});
    }
    /// The options every command of the suite takes: data folder, password file and network.
    QStringList options() const {
        return {QStringLiteral("--data-dir"),      dataDir,
                QStringLiteral("--password-file"), passwordFile,
                QStringLiteral("--network"),       network};
    }
    /// Runs `words` with those options.
    CliRun run(const QStringList& words) const { return runCli(options() + words); }
};

} // namespace sr::test
