// The answer to a FunnelQuery: users at each step, conversion, drop-off and time to convert, for all
// users and per breakdown value; and a page of the users behind one step. The server sends toJson()
// and a remote desktop client rebuilds the value with fromJson(), so the codecs round-trip exactly.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace pulse {

struct HistogramBin {
    qint64 fromSeconds = 0; // inclusive
    qint64 toSeconds = 0; // exclusive
    qint64 users = 0;
    bool operator==(const HistogramBin &) const = default;
};

// How long users who reached a step took from the step before (their completed attempt's events).
struct ConversionTime {
    qint64 users = 0; // zero for the first step
    double medianSeconds = 0;
    double p25Seconds = 0;
    double p75Seconds = 0;
    double meanSeconds = 0;
    QList<HistogramBin> histogram; // fixed bins (10 s, 30 s, 1 min, 5 min ... 90 days) up to the window

    bool operator==(const ConversionTime &) const = default;
    QJsonObject toJson() const;
    static ConversionTime fromJson(const QJsonObject &json);
};

struct FunnelStepResult {
    QString label;
    qint64 users = 0;
    double conversionFromPrevious = 0; // 0..1; 1 for the first step with users
    double conversionFromFirst = 0; // 0..1
    qint64 dropOff = 0; // users at the previous step who did not reach this one
    ConversionTime timeFromPrevious;

    bool operator==(const FunnelStepResult &) const = default;
    QJsonObject toJson() const;
    static FunnelStepResult fromJson(const QJsonObject &json);
};

struct FunnelSeries {
    QString breakdownValue; // empty for the total
    QList<FunnelStepResult> steps;

    bool operator==(const FunnelSeries &) const = default;
    QJsonObject toJson() const;
    static FunnelSeries fromJson(const QJsonObject &json);
};

struct FunnelResult {
    FunnelSeries total;
    QList<FunnelSeries> breakdown; // top values by users at step 1, then "(other)"; empty without one
    qint64 eventsScanned = 0;
    qint64 computedAtEpoch = 0; // the site's write epoch the answer reflects
    double elapsedMs = 0;
    bool cached = false;

    // Equal answers, whatever it cost to compute them.
    bool operator==(const FunnelResult &o) const { return total == o.total && breakdown == o.breakdown; }
    QJsonObject toJson() const;
    static FunnelResult fromJson(const QJsonObject &json);
    // The step table as CSV (one row per series and step), for exports.
    QByteArray toCsv() const;
};

struct FunnelUser {
    QString userId; // the id the site sent; empty for anonymous visitors
    QString visitorId; // Pulse's visitor id (16 hex digits)
    int level = 0; // steps reached
    qint64 firstStepMs = 0;
    qint64 lastStepMs = 0; // the last step reached

    bool operator==(const FunnelUser &) const = default;
    QJsonObject toJson() const;
    static FunnelUser fromJson(const QJsonObject &json);
};

struct FunnelUsersPage {
    QList<FunnelUser> users; // ordered by user id, then visitor id
    qint64 total = 0; // all matching users, not only this page

    bool operator==(const FunnelUsersPage &) const = default;
    QJsonObject toJson() const;
    static FunnelUsersPage fromJson(const QJsonObject &json);
    QByteArray toCsv() const;
};

} // namespace pulse
