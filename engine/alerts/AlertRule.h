// An alert rule (docs/alerts.md): which metric of a site to watch over which window, the condition
// that makes it fire, how often to evaluate it and how long to stay quiet after firing, plus the
// state the evaluator keeps (firing or not, last evaluation). A value type with a JSON codec shared by
// the REST API, the scheduler and the desktop Alerts page.
#pragma once

#include "analytics/StatsQuery.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

struct AlertRule {
    static constexpr qint64 kMinuteMs = 60 * 1000;
    static constexpr qint64 kMinWindowMs = 5 * kMinuteMs;
    static constexpr qint64 kMaxWindowMs = 24 * 60 * kMinuteMs;
    // Every five minutes at most: the scheduler ticks each minute, and a 30-day backtest steps by the
    // interval, so a smaller one would cost 43,200 evaluations.
    static constexpr qint64 kMinIntervalMs = 5 * kMinuteMs;
    static constexpr qint64 kMaxIntervalMs = 24 * 60 * kMinuteMs;
    static constexpr qint64 kMaxCooldownMs = 7 * 24 * 60 * kMinuteMs;
    static constexpr int kMaxNameLength = 200;
    // Anomaly: the z-score needs a spread, so at least this many earlier periods with data, and at most
    // a year of weeks.
    static constexpr int kMinAnomalyPeriods = 4;
    static constexpr int kMaxAnomalyPeriods = 52;

    enum class Metric {
        Visitors,
        Pageviews,
        Sessions,
        BounceRate, // percent
        VisitDuration, // seconds, mean
        ViewsPerVisit,
        Events,
        EventCount, // events named `event`
        FunnelConversion, // percent of a saved funnel's first step reaching its last
    };
    enum class Condition { Above, Below, Change, Anomaly };
    enum class Direction { Up, Down, Either };
    enum class Period { Day, Week };
    enum class State { Ok, Firing };

    qint64 id = 0; // 0: not stored yet
    qint64 siteId = 0;
    QString name;
    Metric metric = Metric::Visitors;
    QString eventName; // EventCount
    qint64 funnelId = 0; // FunnelConversion
    // Only the filter fields are used (event, path, source, ..., props, cohort_id, include_bots); the
    // site and the range come from the evaluation.
    StatsQuery filters;
    qint64 windowMs = 60 * kMinuteMs;
    Condition condition = Condition::Above;
    // Above / Below: the metric's value; Change: a percentage; Anomaly: the z-score limit.
    double threshold = 0;
    Direction direction = Direction::Either; // Change and Anomaly
    Period period = Period::Day; // Anomaly: the same window one day or one week earlier
    int periods = 8; // Anomaly: how many earlier periods make the baseline
    qint64 intervalMs = 5 * kMinuteMs;
    qint64 cooldownMs = 60 * kMinuteMs;
    bool enabled = true;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    // Kept by the evaluator, read-only over REST.
    State state = State::Ok;
    qint64 lastEvaluatedAtMs = 0; // 0: never
    qint64 lastFiredAtMs = 0; // 0: never
    std::optional<double> lastValue;

    bool operator==(const AlertRule &) const = default;

    qint64 periodMs() const;
    // The definition as stored in alert_rules.definition: metric, event, funnel_id, filters, window, condition.
    QJsonObject definitionJson() const;
    // Reads a stored definition into *out (lenient: a bad stored field keeps its default).
    static void readDefinition(const QJsonObject &json, AlertRule *out);

    QJsonObject toJson() const;
    // Applies the fields json gives to *out, which holds the defaults (create) or the stored rule
    // (PUT: fields left out stay). Read-only fields (id, state, ...) are ignored so a GET answer can be
    // sent back. False with the field to fix in *field (such as "condition.threshold") and a message.
    static bool fromJson(const QJsonObject &json, AlertRule *out, QString *field, QString *error);

    static QString metricName(Metric metric);
    static std::optional<Metric> metricFromName(const QString &name);
    static QString conditionName(Condition condition);
    static std::optional<Condition> conditionFromName(const QString &name);
    static QString directionName(Direction direction);
    static std::optional<Direction> directionFromName(const QString &name);
    static QString stateName(State state);
};

} // namespace pulse
