// What one export writes: raw events, or the result of a query (a stats table, a funnel, a funnel's
// converted or dropped users, a retention grid, a cohort's members), in which format. The query is
// the kind's own JSON (the body its REST query endpoint takes), so an export of a result is exactly
// the result the user saw. A value type with a JSON codec: export jobs and schedules store it.
#pragma once

#include "export/ExportFormat.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pulse {

struct ExportRequest {
    enum class Kind { Events, Stats, Funnel, FunnelUsers, Retention, CohortMembers };

    Kind kind = Kind::Events;
    ExportFormat format = ExportFormat::Csv;
    // events: EventExportQuery; stats: StatsQuery; funnel: FunnelQuery; funnel_users: FunnelUsersQuery
    // (every page is written: offset and limit are ignored); retention: RetentionQuery;
    // cohort_members: {"cohort_id": N}. The site is the request's siteId whatever the query says.
    QJsonObject query;
    // stats only: "overview" (the totals), "timeseries", or a table (StatsResult::tables(): "pages", ...).
    QString table;
    qint64 siteId = 0;

    bool operator==(const ExportRequest &) const = default;

    static QString kindName(Kind kind); // "events", "stats", "funnel", "funnel_users", "retention", "cohort_members"
    static std::optional<Kind> kindFromName(const QString &name);
    static QStringList kindNames();
    static QStringList statsTableNames(); // "overview", "timeseries", then the top-N tables

    // The query as the kind's engine reads it: site set, every field checked. Empty when the request
    // can run; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    // A short name for files: "events", "stats-pages", "funnel", ...
    QString fileStem() const;

    // {"kind", "format", "query", "table"}; site_id travels outside (the REST path or the job's site).
    QJsonObject toJson() const;
    static std::optional<ExportRequest> fromJson(const QJsonObject &json, qint64 siteId, QString *error);
};

} // namespace pulse
