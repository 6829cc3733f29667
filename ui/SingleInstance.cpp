// Single-instance handshake over QLocalSocket: the newcomer writes "activate\n" and waits for the write.
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace pulse::ui {

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent), m_name(serverName(dataDir)) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDir)
{
    const QByteArray canonical = QDir(dataDir).absolutePath().toUtf8();
    return QStringLiteral("pulse-") +
           QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(24));
}

bool SingleInstance::notifyRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write("activate\n");
    socket.waitForBytesWritten(timeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        QLocalServer::removeServer(m_name); // a crashed instance's socket file
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
    return true;
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // The newcomer may have written and gone before we look: read what is buffered now, too.
        const auto read = [this, socket] {
            if (socket->bytesAvailable() > 0 && socket->readAll().startsWith("activate"))
                Q_EMIT activationRequested();
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        read();
    }
}

} // namespace pulse::ui
