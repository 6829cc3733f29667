#include "core/TimeZoneName.h"

#include <QTimeZone>

namespace pulse {

bool isTimeZoneName(const QString &id)
{
    if (id.isEmpty())
        return false;
    const QByteArray bytes = id.toUtf8();
    if (!QTimeZone(bytes).isValid())
        return false;
    return QTimeZone::isTimeZoneIdAvailable(bytes) || id.contains(u'/');
}

} // namespace pulse
