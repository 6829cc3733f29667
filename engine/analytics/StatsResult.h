// The answer to a StatsQuery: headline figures, a gap-free time series and the top-N tables. The server
// sends toJson() and the desktop client rebuilds the same value with fromJson(), so the codec must
// round-trip exactly. Field meanings: docs/stats.md.
#pragma once

#include "analytics/StatsQuery.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace pulse {

// One row of a top-N table: a value (a page, a source, ...) and what the considered events with that value add up to.
struct BreakdownRow {
    QString value;
    qint64 visitors = 0;
    qint64 pageviews = 0;
    qint64 events = 0;

    bool operator==(const BreakdownRow &) const = default;
    QJsonObject toJson() const;
    static BreakdownRow fromJson(const QJsonObject &json);
};

// One time bucket; it runs from bucketStartMs to the next point's start (the last one to the query's end).
struct TimePoint {
    qint64 bucketStartMs = 0;
    qint64 visitors = 0;
    qint64 pageviews = 0;
    qint64 events = 0;
    qint64 sessions = 0;

    bool operator==(const TimePoint &) const = default;
    QJsonObject toJson() const;
    static TimePoint fromJson(const QJsonObject &json);
};

struct StatsResult {
    qint64 visitors = 0;
    qint64 pageviews = 0;
    qint64 sessions = 0;
    qint64 events = 0;
    double bounceRate = 0; // 0..1
    double visitDurationSeconds = 0; // mean
    double viewsPerVisit = 0;

    QList<TimePoint> timeseries; // every bucket of the range, empty ones included

    QList<BreakdownRow> eventNames;
    QList<BreakdownRow> pages;
    QList<BreakdownRow> entryPages;
    QList<BreakdownRow> exitPages;
    QList<BreakdownRow> sources;
    QList<BreakdownRow> sourceClasses;
    QList<BreakdownRow> utmSources;
    QList<BreakdownRow> utmMediums;
    QList<BreakdownRow> utmCampaigns;
    QList<BreakdownRow> browsers;
    QList<BreakdownRow> oses;
    QList<BreakdownRow> devices;

    StatsQuery::Interval interval = StatsQuery::Interval::Auto; // as resolved: Hour or Day

    bool operator==(const StatsResult &) const = default;
    QJsonObject toJson() const;
    // Lenient: a missing or mistyped field reads as its default, so an older server's answer still loads.
    static StatsResult fromJson(const QJsonObject &json);

    // The tables by their JSON names, in display order, so codecs, models and exports walk one list.
    struct Table {
        const char *name;
        QList<BreakdownRow> StatsResult::*member;
    };
    static const QList<Table> &tables();
};

} // namespace pulse
