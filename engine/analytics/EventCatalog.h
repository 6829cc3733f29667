// What a site has actually received, for completion in query builders: its event names, paths and
// custom property keys with how often each occurs, and the values seen for a property.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace pulse {

struct CatalogEntry {
    QString value;
    qint64 events = 0;
    bool operator==(const CatalogEntry &) const = default;
};

struct EventCatalog {
    QList<CatalogEntry> eventNames; // most frequent first
    QList<CatalogEntry> paths; // most frequent first, at most kMaxPaths
    QList<CatalogEntry> propertyKeys; // custom property keys ("plan", not "prop.plan")
    static constexpr int kMaxPaths = 500;

    bool operator==(const EventCatalog &) const = default;
    QJsonObject toJson() const;
    static EventCatalog fromJson(const QJsonObject &json);
};

} // namespace pulse
