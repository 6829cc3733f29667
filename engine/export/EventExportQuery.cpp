#include "export/EventExportQuery.h"

#include "core/JsonFields.h"

#include <QJsonArray>

namespace pulse {

using json::quoted;

QString EventExportQuery::validationError() const
{
    if (siteId <= 0)
        return QStringLiteral("Field 'site_id' must name a site.");
    if (fromMs < 0 || toMs < 0)
        return QStringLiteral("Fields 'from_ms' and 'to_ms' must not be negative.");
    if ((fromMs != 0 || toMs != 0) && toMs <= fromMs)
        return QStringLiteral("Field 'to_ms' must be after 'from_ms' (or leave both out for all history).");
    if (names.size() > kMaxNames)
        return QStringLiteral("Field 'events' may list at most %1 event names.").arg(kMaxNames);
    for (const QString &name : names) {
        if (name.isEmpty() || name.size() > 200)
            return QStringLiteral("Field 'events' must hold event names of 1 to 200 characters.");
    }
    if (props.size() > kMaxProps)
        return QStringLiteral("Field 'props' may hold at most %1 filters.").arg(kMaxProps);
    for (const PropertyFilter &p : props) {
        if (p.key.isEmpty() || p.key.size() > 200)
            return QStringLiteral("Field 'props' must hold property names of 1 to 200 characters.");
        if (p.key.contains(u'"'))
            return QStringLiteral("Field 'props': the property name %1 holds a double quote, which no stored "
                                  "property name can.")
                .arg(quoted(p.key));
    }
    return {};
}

QJsonObject EventExportQuery::toJson() const
{
    QJsonObject o { { QStringLiteral("site_id"), siteId }, { QStringLiteral("include_bots"), includeBots } };
    if (fromMs != 0 || toMs != 0) {
        o.insert(QStringLiteral("from_ms"), fromMs);
        o.insert(QStringLiteral("to_ms"), toMs);
    }
    if (!names.isEmpty())
        o.insert(QStringLiteral("events"), QJsonArray::fromStringList(names));
    if (!props.isEmpty()) {
        QJsonArray array;
        for (const PropertyFilter &p : props)
            array.append(QJsonObject { { QStringLiteral("key"), p.key }, { QStringLiteral("value"), p.value } });
        o.insert(QStringLiteral("props"), array);
    }
    return o;
}

EventExportQuery EventExportQuery::fromJson(const QJsonObject &object, QString *error)
{
    EventExportQuery q;
    QString message;
    bool ok = json::readInteger(object, "site_id", &q.siteId, &message)
        && json::readInteger(object, "from_ms", &q.fromMs, &message)
        && json::readInteger(object, "to_ms", &q.toMs, &message)
        && json::readBool(object, "include_bots", &q.includeBots, &message);
    if (ok) {
        const QJsonValue events = object.value(QStringLiteral("events"));
        if (!events.isUndefined() && !events.isNull()) {
            if (!events.isArray()) {
                message = QStringLiteral("Field 'events' must be an array of event names.");
                ok = false;
            } else {
                for (const QJsonValue &name : events.toArray()) {
                    if (!name.isString()) {
                        message = QStringLiteral("Field 'events' must be an array of event names.");
                        ok = false;
                        break;
                    }
                    q.names.append(name.toString());
                }
            }
        }
    }
    if (ok) {
        const QJsonValue props = object.value(QStringLiteral("props"));
        if (!props.isUndefined() && !props.isNull()) {
            if (!props.isArray()) {
                message = QStringLiteral("Field 'props' must be an array of {\"key\": ..., \"value\": ...} objects.");
                ok = false;
            } else {
                for (const QJsonValue &item : props.toArray()) {
                    const QJsonObject p = item.toObject();
                    if (!p.value(QStringLiteral("key")).isString() || !p.value(QStringLiteral("value")).isString()) {
                        message = QStringLiteral("Field 'props' must hold objects with string 'key' and 'value'.");
                        ok = false;
                        break;
                    }
                    q.props.append(
                        { p.value(QStringLiteral("key")).toString(), p.value(QStringLiteral("value")).toString() });
                }
            }
        }
    }
    if (ok)
        message = q.validationError();
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    return q;
}

} // namespace pulse
