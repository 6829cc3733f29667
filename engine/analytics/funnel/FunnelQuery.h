// The typed request behind POST /api/v1/funnels/query, saved funnels and the desktop Funnels page:
// which steps, in which order, within which window, excluding what, broken down by what. A plain value
// type with a JSON codec so the REST API, the GUI and the result cache agree on one meaning. Semantics
// of every field, and how ties and several attempts are counted: docs/funnels.md.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace pulse {

// A condition on one property of an event. Built-in properties are the stored columns (path, host,
// source, source_class, utm_source, utm_medium, utm_campaign, utm_term, utm_content, browser, os,
// device); "prop.KEY" reads the custom property KEY of the event's props object.
struct EventFilter {
    enum class Op { Equals, NotEquals, Contains, In, Gt, Gte, Lt, Lte };
    QString property;
    Op op = Op::Equals;
    QStringList values; // exactly one, except for In (one or more)

    bool operator==(const EventFilter &) const = default;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, EventFilter *out, QString *error);
    static QString opName(Op op); // "eq", "neq", "contains", "in", "gt", "gte", "lt", "lte"
    static bool opFromName(const QString &name, Op *out);
    // The properties filters and breakdowns accept besides "prop.KEY", in display order.
    static const QStringList &builtInProperties();
    static bool isValidProperty(const QString &property);
};

// Which events count as one step: an event name, optionally a path pattern (for pageviews, or any
// event carrying a path) and property filters, all of which must hold.
struct FunnelStep {
    enum class PathMatch { Exact, Prefix, Glob }; // Glob: '*' any run of characters, '?' one character
    static constexpr int kMaxTextLength = 1000; // event, path and label
    QString event;
    QString path; // empty: any path
    PathMatch pathMatch = PathMatch::Exact;
    QList<EventFilter> filters;
    QString label; // shown in results; empty: derived from event and path

    bool operator==(const FunnelStep &) const = default;
    // Empty when the step can be matched; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    QString displayLabel() const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, FunnelStep *out, QString *error);
    static QString pathMatchName(PathMatch match); // "exact", "prefix", "glob"
    static bool pathMatchFromName(const QString &name, PathMatch *out);
};

// A user who does `event` after reaching step fromStep and before reaching step toStep (1-based,
// fromStep < toStep) drops out of that attempt.
struct FunnelExclusion {
    FunnelStep event;
    int fromStep = 1;
    int toStep = 2;

    bool operator==(const FunnelExclusion &) const = default;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, FunnelExclusion *out, QString *error);
};

struct FunnelQuery {
    static constexpr int kMinSteps = 2;
    static constexpr int kMaxSteps = 20;
    static constexpr int kMaxExclusions = 10;
    static constexpr int kMaxFiltersPerStep = 10;
    static constexpr qint64 kMinWindowMs = 60 * 1000;
    static constexpr qint64 kMaxWindowMs = 365LL * 24 * 3600 * 1000;
    static constexpr qint64 kDefaultWindowMs = 14LL * 24 * 3600 * 1000;
    static constexpr int kDefaultBreakdownLimit = 10;
    static constexpr int kMaxBreakdownLimit = 50;
    static constexpr int kMaxBreakdownCohorts = 10;
    // The breakdown rows for values outside the top N and for events without the property.
    static QString otherLabel() { return QStringLiteral("(other)"); }
    static QString noneLabel() { return QStringLiteral("(none)"); }

    enum class Order { Ordered, Strict, Any };

    qint64 siteId = 0;
    // Attempts whose first step falls in [fromMs, toMs) count; later steps may complete after toMs
    // within the window.
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QList<FunnelStep> steps;
    Order order = Order::Ordered;
    qint64 windowMs = kDefaultWindowMs;
    QList<FunnelExclusion> exclusions;
    QString breakdown; // a property (see EventFilter), or "cohort" for one series per breakdownCohorts
    QList<qint64> breakdownCohorts;
    int breakdownLimit = kDefaultBreakdownLimit;
    qint64 cohortId = 0; // only users in this cohort; 0: every user
    bool includeBots = false;

    bool operator==(const FunnelQuery &) const = default;
    // Empty when the query can run; otherwise what is wrong, naming the JSON field.
    QString validationError() const;
    static QString orderName(Order order); // "ordered", "strict", "any"
    static bool orderFromName(const QString &name, Order *out);

    QJsonObject toJson() const;
    // Missing fields take their defaults (site_id is left to the caller); returns false with a message
    // naming the field on wrong types or values.
    static bool fromJson(const QJsonObject &json, FunnelQuery *out, QString *error);
};

// Which users of one step a listing shows: those who reached it (Converted) or those who reached the
// step before and not this one (Dropped; step >= 2).
struct FunnelUsersQuery {
    enum class Outcome { Converted, Dropped };
    static constexpr int kMaxLimit = 1000;
    FunnelQuery funnel;
    int step = 1; // 1-based
    Outcome outcome = Outcome::Converted;
    bool anyBreakdownValue = true; // false: only users in the breakdown row named breakdownValue
    QString breakdownValue;
    int offset = 0;
    int limit = 100;

    bool operator==(const FunnelUsersQuery &) const = default;
    QString validationError() const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, FunnelUsersQuery *out, QString *error);
};

} // namespace pulse
