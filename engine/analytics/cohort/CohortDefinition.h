// What makes a user a member of a dynamic (behavioural) cohort: conditions on what they did, when they
// were first or last seen and their properties, combined in AND / OR groups. A plain value type with a
// JSON codec shared by the REST API, the GUI and the store. Semantics: docs/cohorts.md.
#pragma once

#include "analytics/funnel/FunnelQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace pulse {

struct CohortCondition {
    enum class Kind { Performed, NotPerformed, FirstSeen, LastSeen, Property };
    enum class CountOp { AtLeast, AtMost, Exactly };
    enum class TimeOp { Before, After };
    enum class PropertyOp { Equals, Contains };
    static constexpr int kMaxWithinDays = 3650;

    Kind kind = Kind::Performed;
    // Performed / NotPerformed: which events, how many, and when. Times: the last withinDays days
    // before the computation when withinDays > 0; else [fromMs, toMs) when toMs > fromMs; else all time.
    FunnelStep event;
    CountOp countOp = CountOp::AtLeast;
    int count = 1;
    int withinDays = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    // FirstSeen / LastSeen: the user's first or last event is before or after atMs.
    TimeOp timeOp = TimeOp::Before;
    qint64 atMs = 0;
    // Property: the value on the user's most recent event (browser, os, device, source, utm_*, prop.KEY).
    QString property;
    PropertyOp propertyOp = PropertyOp::Equals;
    QString value;

    bool operator==(const CohortCondition &) const = default;
    QString validationError() const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, CohortCondition *out, QString *error);
};

struct CohortGroup {
    enum class Match { All, Any };
    static constexpr int kMaxConditions = 20; // leaf conditions in a whole definition
    static constexpr int kMaxDepth = 3;

    Match match = Match::All;
    QList<CohortCondition> conditions;
    QList<CohortGroup> groups;

    bool operator==(const CohortGroup &) const = default;
    // Empty when the definition can be computed; otherwise what is wrong, naming the field.
    QString validationError() const;
    bool isEmpty() const { return conditions.isEmpty() && groups.isEmpty(); }
    // Every leaf condition, depth first, in the order the engine numbers them.
    QList<CohortCondition> leaves() const;
    QJsonObject toJson() const;
    // {"match": "all" | "any", "conditions": [condition or nested group, ...]}
    static bool fromJson(const QJsonObject &json, CohortGroup *out, QString *error);
};

} // namespace pulse
