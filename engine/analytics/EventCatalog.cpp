#include "analytics/EventCatalog.h"

#include <QJsonArray>
#include <QJsonValue>

namespace pulse {

namespace {

QJsonArray toArray(const QList<CatalogEntry> &entries)
{
    QJsonArray list;
    for (const CatalogEntry &e : entries)
        list << QJsonObject { { QStringLiteral("value"), e.value }, { QStringLiteral("events"), e.events } };
    return list;
}

QList<CatalogEntry> fromArray(const QJsonValue &value)
{
    QList<CatalogEntry> out;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject o = item.toObject();
        out << CatalogEntry { o.value(QStringLiteral("value")).toString(),
            o.value(QStringLiteral("events")).toInteger() };
    }
    return out;
}

} // namespace

QJsonObject EventCatalog::toJson() const
{
    return { { QStringLiteral("event_names"), toArray(eventNames) }, { QStringLiteral("paths"), toArray(paths) },
        { QStringLiteral("property_keys"), toArray(propertyKeys) } };
}

EventCatalog EventCatalog::fromJson(const QJsonObject &json)
{
    EventCatalog c;
    c.eventNames = fromArray(json.value(QStringLiteral("event_names")));
    c.paths = fromArray(json.value(QStringLiteral("paths")));
    c.propertyKeys = fromArray(json.value(QStringLiteral("property_keys")));
    return c;
}

} // namespace pulse
