#include "core/IsoTime.h"

#include <QDateTime>
#include <QTimeZone>

namespace pulse::iso {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

QJsonValue utcOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(utc(ms)) : QJsonValue(QJsonValue::Null);
}

QJsonValue utcOrAbsent(qint64 ms)
{
    return ms > 0 ? QJsonValue(utc(ms)) : QJsonValue();
}

} // namespace pulse::iso
