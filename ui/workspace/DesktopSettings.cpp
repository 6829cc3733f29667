#include "workspace/DesktopSettings.h"

#include <QSettings>

namespace pulse::ui::settings {

namespace {
const QString kAddressKey = QStringLiteral("collector/address");
const QString kPortKey = QStringLiteral("collector/port");
const QString kDurableKey = QStringLiteral("storage/durable");
} // namespace

QString collectorAddress()
{
    return QSettings().value(kAddressKey, QStringLiteral("127.0.0.1")).toString();
}

quint16 collectorPort()
{
    bool ok = false;
    const uint port = QSettings().value(kPortKey, kDefaultCollectorPort).toUInt(&ok);
    return ok && port <= 65535 ? quint16(port) : kDefaultCollectorPort;
}

void setCollector(const QString &address, quint16 port)
{
    QSettings settings;
    settings.setValue(kAddressKey, address);
    settings.setValue(kPortKey, port);
}

bool durable()
{
    return QSettings().value(kDurableKey, false).toBool();
}

void setDurable(bool durable)
{
    QSettings().setValue(kDurableKey, durable);
}

} // namespace pulse::ui::settings
