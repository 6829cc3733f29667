// The answer to a RetentionQuery: one row per cohort period with its size and how many of its users
// came back in each later period, for all users and per breakdown series. The server sends toJson()
// and a remote desktop client rebuilds the value with fromJson(), so the codecs round-trip exactly.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace pulse {

struct RetentionRow {
    qint64 startMs = 0;
    QString label; // "2024-01-01", or "2024-01" for months
    qint64 users = 0; // the cohort's size
    // returned[k]: users of the cohort active in period k after theirs (k = 0: their own period, at
    // or after the start event). Only observed periods: the list stops where the range ends.
    QList<qint64> returned;

    bool operator==(const RetentionRow &) const = default;
    double rate(int k) const { return users > 0 ? double(returned.value(k)) / double(users) : 0; }
};

// The weighted average of one column: returned users over the users of every cohort that has it.
struct RetentionAverage {
    qint64 users = 0;
    qint64 returned = 0;
    double rate() const { return users > 0 ? double(returned) / double(users) : 0; }
    bool operator==(const RetentionAverage &) const = default;
};

struct RetentionSeries {
    QString breakdownValue; // empty for the total
    QList<RetentionRow> rows; // every cohort period in the range, empty ones included

    bool operator==(const RetentionSeries &) const = default;
    QList<RetentionAverage> average(int periods) const;
    qint64 users() const;
    QJsonObject toJson(int periods) const;
    static RetentionSeries fromJson(const QJsonObject &json);
};

struct RetentionResult {
    QString period; // "day", "week", "month"
    int periods = 0;
    QString timeZone; // the zone the periods follow
    QList<qint64> periodStarts; // every period of the range and the end of the last: rows + 1 values
    qint64 observedUntilMs = 0; // the query's to_ms: later events are not read
    RetentionSeries total;
    QList<RetentionSeries> breakdown; // top values by cohort users, then "(other)"; or one per cohort
    qint64 eventsScanned = 0;
    qint64 computedAtEpoch = 0;
    double elapsedMs = 0;
    bool cached = false;
    qint64 snapshotAtMs = 0; // when served from a nightly snapshot: when it was computed; else 0

    // Equal answers, whatever it cost to compute them.
    bool operator==(const RetentionResult &o) const
    {
        return period == o.period && periods == o.periods && timeZone == o.timeZone && periodStarts == o.periodStarts
            && observedUntilMs == o.observedUntilMs && total == o.total && breakdown == o.breakdown;
    }
    // Whether cell (row, k) covers time after observedUntilMs, so it may still grow.
    bool isPartial(int row, int k) const;
    QJsonObject toJson() const;
    static RetentionResult fromJson(const QJsonObject &json);
    // The grids as CSV: one line per series and cohort, users and percentage per period.
    QByteArray toCsv() const;
};

} // namespace pulse
