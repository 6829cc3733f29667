#include "core/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace pulse::json {

bool readInteger(const QJsonObject &json, const char *key, qint64 *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const double d = value.toDouble();
    // 2^53: beyond it a JSON number no longer holds every integer exactly.
    if (!value.isDouble() || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) {
        *error = QStringLiteral("Field '%1' must be a whole number.").arg(QLatin1String(key));
        return false;
    }
    *out = value.toInteger();
    return true;
}

bool readString(const QJsonObject &json, const char *key, QString *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isString()) {
        *error = QStringLiteral("Field '%1' must be a string.").arg(QLatin1String(key));
        return false;
    }
    *out = value.toString();
    return true;
}

bool readBool(const QJsonObject &json, const char *key, bool *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isBool()) {
        *error = QStringLiteral("Field '%1' must be true or false.").arg(QLatin1String(key));
        return false;
    }
    *out = value.toBool();
    return true;
}

QString quoted(const QString &text)
{
    constexpr int kMax = 80;
    return u'\'' + (text.size() > kMax ? text.left(kMax) + QStringLiteral("...") : text) + u'\'';
}

bool readIds(const QJsonObject &json, const char *key, QList<qint64> *out, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return true;
    const QString message
        = QStringLiteral("Field '%1' must be an array of ids (whole numbers from 1).").arg(QLatin1String(key));
    if (!value.isArray()) {
        *error = message;
        return false;
    }
    QList<qint64> ids;
    for (const QJsonValue &item : value.toArray()) {
        const double d = item.toDouble(-1);
        if (!item.isDouble() || d < 1 || d > 9e15 || d != double(qint64(d))) {
            *error = message;
            return false;
        }
        ids << qint64(d);
    }
    *out = ids;
    return true;
}

} // namespace pulse::json
