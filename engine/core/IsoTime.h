// Times as the API's JSON writes them: ISO 8601 in UTC with milliseconds ("2024-06-10T06:13:20.000Z"),
// one format for every response and export. A time of 0 (or less) means "never" (not revoked, no
// expiry, not yet attempted); the two optional forms say how a field shows that.
#pragma once

#include <QJsonValue>
#include <QString>

namespace pulse::iso {

QString utc(qint64 ms);
// null for "never": the field is there and says so.
QJsonValue utcOrNull(qint64 ms);
// undefined for "never": inserted into a QJsonObject, the field is left out.
QJsonValue utcOrAbsent(qint64 ms);

} // namespace pulse::iso
