// A scheduled export (docs/exports.md, "Schedules"): an ExportRequest run daily, weekly or monthly at
// a time of day in the site's zone, for the period before each run (or all history, or the query's
// own range), keeping the last N files. A value type with a JSON codec; the calendar arithmetic (when
// the next run is, which period a run covers) lives here so the scheduler, REST and the desktop agree.
#pragma once

#include "export/ExportRequest.h"

#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace pulse {

struct ExportSchedule {
    enum class Cadence { Daily, Weekly, Monthly };
    // Previous: the day, week (Monday to Sunday) or month before the run's own; All: all history;
    // Query: the range the request's query gives, every time.
    enum class Range { Previous, All, Query };
    static constexpr int kMaxKeep = 1000;
    static constexpr int kMaxNameLength = 200;

    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    ExportRequest request;
    Cadence cadence = Cadence::Daily;
    int minuteOfDay = 3 * 60; // 03:00 in the site's zone
    int weekday = 1; // Monday; weekly only
    int monthDay = 1; // monthly only; at most 28 so every month has it
    Range range = Range::Previous;
    int keepLast = 7;
    QString folder; // empty: the exports folder; set only by the desktop (never over REST)
    bool enabled = true;
    qint64 nextRunAtMs = 0;
    qint64 lastRunAtMs = 0;
    qint64 createdAtMs = 0;

    bool operator==(const ExportSchedule &) const = default;

    // The first run time strictly after afterMs, in zone.
    qint64 nextRunAfter(qint64 afterMs, const QTimeZone &zone) const;
    // The [from, to) a run at runAtMs covers for Range::Previous, in zone.
    std::pair<qint64, qint64> previousPeriod(qint64 runAtMs, const QTimeZone &zone) const;
    // The request a run at runAtMs queues: the range applied to its query.
    ExportRequest requestFor(qint64 runAtMs, const QTimeZone &zone) const;

    // Empty when it can be saved; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    // name, kind, format, query, table, cadence, time ("HH:mm"), weekday, day, range, keep, enabled,
    // folder (when set), id, site_id, next_run_at, last_run_at, created_at.
    QJsonObject toJson() const;
    // Reads what a client may set (not id, site, the run times or the folder); fields left out keep
    // the values of base, so PUT can change one field.
    static std::optional<ExportSchedule> fromJson(const QJsonObject &json, const ExportSchedule &base, QString *error);

    static QString cadenceName(Cadence cadence);
    static QString rangeName(Range range);
    static std::optional<Cadence> cadenceFromName(const QString &name);
    static std::optional<Range> rangeFromName(const QString &name);
};

} // namespace pulse
