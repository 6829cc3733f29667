#include "CollectorController.h"

#include "ServiceHost.h"

#include <QHostAddress>

namespace pulse {

CollectorController::CollectorController(ServiceHost &host, QObject *parent)
    : ui::CollectorControl(parent), m_host(host)
{
}

ui::CollectorStatus CollectorController::status() const
{
    ui::CollectorStatus now;
    now.running = m_host.isListening();
    now.address = m_host.address().toString();
    now.port = now.running ? m_host.port() : 0;
    now.reason = now.running ? QString() : m_reason;
    return now;
}

QString CollectorController::start(const QString &address, quint16 port)
{
    const QHostAddress host(address);
    if (host.isNull())
        return tr("\"%1\" is not an IP address; use 127.0.0.1 for this computer only, or 0.0.0.0 for every "
                  "network interface.")
            .arg(address);
    QString reason;
    if (!m_host.listen(host, port, &reason)) {
        m_reason = tr("port %1 on %2 is not available (%3)").arg(port).arg(address, reason);
        Q_EMIT statusChanged();
        return tr("The collector cannot listen on port %1 of %2: %3. Choose another port, or 0 for any free port.")
            .arg(port)
            .arg(address, reason);
    }
    m_reason.clear();
    Q_EMIT statusChanged();
    return {};
}

void CollectorController::stop()
{
    m_host.stopListening();
    m_reason = tr("stopped in Settings");
    Q_EMIT statusChanged();
}

void CollectorController::setNotRunningReason(const QString &reason)
{
    m_reason = reason;
    Q_EMIT statusChanged();
}

} // namespace pulse
