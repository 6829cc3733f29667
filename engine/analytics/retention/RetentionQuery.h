// The typed request behind POST /api/v1/retention/query and the desktop Retention page: which users
// start a cohort, what counts as coming back, and in which periods. A plain value type with a JSON
// codec, so the REST API, the GUI, the result cache and the nightly snapshots agree on one meaning.
// Semantics of every field: docs/retention.md.
#pragma once

#include "analytics/funnel/FunnelQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace pulse {

struct RetentionQuery {
    enum class Type { FirstTime, Recurring };
    enum class Period { Day, Week, Month };
    static constexpr int kDefaultPeriods = 13;
    static constexpr int kMaxPeriods = 400;
    // Rows of the grid: the periods the range [from, to) touches.
    static constexpr int kMaxCohortPeriods = 1000;
    static constexpr int kDefaultBreakdownLimit = 10;
    static constexpr int kMaxBreakdownLimit = 50;
    static constexpr int kMaxBreakdownCohorts = 10;

    qint64 siteId = 0;
    // Cohorts are the periods that overlap [fromMs, toMs); events at or after toMs are not read, so
    // the last period may be partial and later cells are not observed yet.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::optional<FunnelStep> startEvent; // nullopt: any event
    std::optional<FunnelStep> returnEvent; // nullopt: any event
    Type type = Type::FirstTime;
    Period period = Period::Week;
    int periods = kDefaultPeriods; // columns: period 0 (the cohort's own) to periods - 1
    // Calendar periods in this IANA time zone (weeks start on Monday); empty: the site's zone.
    QString timeZone;
    // When set: periods of fixed length (a day or 7 days) counted from this instant instead of
    // calendar periods, as ../shared/bench's Q4 counts weeks from the data set's start.
    std::optional<qint64> anchorMs;
    // Only users in this cohort; 0: every user.
    qint64 cohortId = 0;
    // A property of the event that put the user in the cohort ("browser", "prop.plan"), or "cohort"
    // for one series per cohort in breakdownCohorts; empty: none.
    QString breakdown;
    QList<qint64> breakdownCohorts;
    int breakdownLimit = kDefaultBreakdownLimit;
    bool includeBots = false;

    bool operator==(const RetentionQuery &) const = default;
    // Empty when the query can run; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    static QString typeName(Type type); // "first_time", "recurring"
    static bool typeFromName(const QString &name, Type *out);
    static QString periodName(Period period); // "day", "week", "month"
    static bool periodFromName(const QString &name, Period *out);

    QJsonObject toJson() const;
    // Missing fields take their defaults (site_id is left to the caller); returns false with a message
    // naming the field on wrong types or values.
    static bool fromJson(const QJsonObject &json, RetentionQuery *out, QString *error);
};

} // namespace pulse
