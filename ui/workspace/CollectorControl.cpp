#include "workspace/CollectorControl.h"

#include <QHostAddress>

namespace pulse::ui {

QString CollectorStatus::url() const
{
    if (!running)
        return {};
    const bool v6 = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol;
    return QStringLiteral("http://%1:%2")
        .arg(v6 ? QString(QLatin1Char('[') + address + QLatin1Char(']')) : address)
        .arg(port);
}

} // namespace pulse::ui
