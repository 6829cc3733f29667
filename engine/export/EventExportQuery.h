// Which stored events a raw export writes: one site, a time range, optionally some event names and
// property equalities, with or without bots. A value type with a JSON codec (REST bodies, saved
// export schedules); the file format travels beside it. Semantics: docs/exports.md.
#pragma once

#include "analytics/StatsQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pulse {

struct EventExportQuery {
    static constexpr int kMaxNames = 100;
    static constexpr int kMaxProps = 20;

    qint64 siteId = 0;
    qint64 fromMs = 0; // inclusive, UTC milliseconds; 0 with toMs 0: all of the site's history
    qint64 toMs = 0; // exclusive
    QStringList names; // empty: every event name
    QList<PropertyFilter> props; // all must match (PropertyFilter's meaning, as in stats)
    bool includeBots = true; // a raw export keeps everything that was stored unless asked not to

    bool operator==(const EventExportQuery &) const = default;

    // Empty when the query can run; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    QJsonObject toJson() const;
    // Fields: site_id, from_ms, to_ms, events (array of names), props ([{key, value}]), include_bots.
    // Missing fields keep their defaults; on bad input returns a default query and sets *error.
    static EventExportQuery fromJson(const QJsonObject &json, QString *error);
};

} // namespace pulse
