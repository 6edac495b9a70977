#include "NodeScript.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

namespace sr::test {

bool nodeAvailable(QString* why) {
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        if (why)
            *why = QStringLiteral("node is not installed (run packaging/install-deps.sh)");
        return false;
    }
    const QString modules = QStringLiteral(STRONGROOM_NODE_MODULES);
    if (!QFileInfo(modules + QStringLiteral("/ethers/package.json")).exists()) {
        if (why)
            *why = QStringLiteral("the pinned npm packages are missing in %1 (run "
                                  "packaging/install-deps.sh)")
                       .arg(modules);
        return false;
    }
    return true;
}

QJsonDocument runNodeScript(const QString& script, const QJsonDocument& input, int timeoutMs) {
    QProcess node;
    node.setProgram(QStringLiteral("node"));
    node.setArguments({QStringLiteral(STRONGROOM_BINARY_DIR "/interop/") + script});
    node.start();
    if (!node.waitForStarted()) {
        qWarning("could not start node");
        return {};
    }
    node.write(input.toJson(QJsonDocument::Compact));
    node.closeWriteChannel();
    if (!node.waitForFinished(timeoutMs)) {
        node.kill();
        qWarning("node %s timed out", qPrintable(script));
        return {};
    }
    const QByteArray err = node.readAllStandardError();
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        qWarning("node %s failed (exit %d): %s", qPrintable(script), node.exitCode(),
                 err.constData());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(node.readAllStandardOutput(), &parseError);
    if (doc.isNull())
        qWarning("node %s printed no JSON: %s", qPrintable(script),
                 qPrintable(parseError.errorString()));
    return doc;
}

nlohmann::json runNode(const char* script, const nlohmann::json& input) {
    const QJsonDocument reply =
        runNodeScript(QString::fromLatin1(script),
                      QJsonDocument::fromJson(QByteArray::fromStdString(input.dump())));
    if (reply.isNull())
        return nullptr;
    return nlohmann::json::parse(reply.toJson(QJsonDocument::Compact).toStdString());
}

QString testVectorsDir(QString* why) {
    const QString dir = QDir::cleanPath(QStringLiteral(STRONGROOM_SOURCE_DIR "/tests/data"));
    if (!QFileInfo(dir).isDir()) {
        if (why)
            *why = QStringLiteral("the test vectors are missing: expected %1").arg(dir);
        return {};
    }
    return dir;
}

} // namespace sr::test
