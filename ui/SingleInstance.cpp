#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace sr::ui {
namespace {
constexpr char kRaise[] = "raise\n";
}

SingleInstance::SingleInstance(const std::filesystem::path& dataDir, QObject* parent)
    : QObject(parent) {
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(dataDir, ec);
    const QByteArray key = QByteArray::fromStdString((ec ? dataDir : canonical).string());
    name_ = QStringLiteral("strongroom-") +
            QString::fromLatin1(
                QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));

    QLocalSocket probe;
    probe.connectToServer(name_);
    if (probe.waitForConnected(500)) {
        probe.write(kRaise);
        probe.waitForBytesWritten(1000);
        probe.disconnectFromServer();
        other_ = true;
        return;
    }
    server_ = std::make_unique<QLocalServer>();
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server_->listen(name_)) {
        // A socket file left by a crashed instance: nobody answered above, so it is stale.
        QLocalServer::removeServer(name_);
        server_->listen(name_);
    }
    connect(server_.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* client = server_->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().contains("raise"))
                    emit raiseRequested();
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

SingleInstance::~SingleInstance() = default;

} // namespace sr::ui
