// How cohort facts read on the Cohorts page: "Static"/"Dynamic", "3 hours ago" with the exact time for a
// tooltip, and the refresh interval in words. Pure functions, so the list, the members panel and the
// tests agree on one spelling.
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace pulse::ui {

class CohortFormat final {
    Q_DECLARE_TR_FUNCTIONS(CohortFormat)
public:
    static QString kind(Cohort::Kind kind);
    // thenMs relative to nowMs: "just now", "5 minutes ago", "3 hours ago", "2 days ago"; "never" for 0.
    static QString ago(qint64 thenMs, qint64 nowMs);
    // The locale's short date and time in the site's zone, with the zone's name: "27/03/2024 14:05 (UTC)".
    static QString exactTime(qint64 ms, const QTimeZone &zone);
    // 0: "only on demand"; else "every 24 hours".
    static QString refresh(int hours);
    // "1 member", "1,234 members".
    static QString members(qint64 count);
    // A definition in words, dates in the site's zone: "did purchase at least 2 times in the last 30 days
    // and (browser is “Firefox” or first seen on or after 2024-03-01)".
    static QString definition(const CohortGroup &group, const QTimeZone &zone);
    static QString condition(const CohortCondition &condition, const QTimeZone &zone);
};

} // namespace pulse::ui
