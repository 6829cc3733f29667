// What the last minutes look like, per site, kept in memory from the writer's commit notifications:
// events per minute for the last hour, distinct visitors and top pages and sources of the last 30
// minutes, and a bounded feed of the newest events. The desktop Live page reads it now; the WebSocket
// stream will read the same snapshots, so it holds value types only (Qt Core, no UI types).
#pragma once

#include "analytics/StatsResult.h"
#include "ingest/EventRecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QObject>

#include <deque>

namespace pulse {

class Clock;
class EventWriter;

// One site's live figures at nowMs. Events are placed by when the server received them (arrival
// time), so a batch an app back-fills with old client timestamps still shows as activity now.
struct LiveSnapshot
{
    static constexpr int kMinutes = 60;        // events-per-minute history
    static constexpr int kVisitorMinutes = 30; // window for visitors and top tables

    qint64 siteId = 0;
    qint64 nowMs = 0;
    qint64 firstMinuteStartMs = 0;  // start of eventsPerMinute[0]; the last entry is the current minute
    QList<qint64> eventsPerMinute;  // kMinutes entries, oldest first
    qint64 visitors = 0;            // distinct visitors in the last kVisitorMinutes
    qint64 events = 0;              // events in the last kVisitorMinutes
    QList<BreakdownRow> topPages;   // by distinct visitors (pageviews only), last kVisitorMinutes
    QList<BreakdownRow> topSources; // by distinct visitors, last kVisitorMinutes
    QList<EventRecord> feed;        // newest first, at most Options::feedSize

    bool operator==(const LiveSnapshot &) const = default;
};

class LiveAggregator final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int feedSize = 200;
        int topRows = 10;
    };

    explicit LiveAggregator(const Clock &clock, QObject *parent = nullptr);
    LiveAggregator(const Clock &clock, Options options, QObject *parent = nullptr);
    ~LiveAggregator() override;

    // Feeds every commit of writer into this aggregator, on the writer thread (no queueing delay).
    // Disconnect (or stop the writer) before destroying the aggregator.
    void attach(EventWriter &writer);
    void detach(EventWriter &writer);

    // Adds committed events; thread-safe. Bots are left out, as in the stats.
    void add(const QList<EventRecord> &events);
    // Thread-safe copy of one site's figures at nowMs.
    LiveSnapshot snapshot(qint64 siteId, qint64 nowMs) const;
    const Clock &clock() const { return m_clock; }

Q_SIGNALS:
    // Emitted from the thread that called add() (the writer's): connect with a queued connection.
    void siteChanged(qint64 siteId);

private:
    struct SiteState
    {
        QMap<qint64, qint64> perMinute;                  // minute number -> events
        QHash<qint64, qint64> visitorSeen;               // visitor -> last arrival
        QHash<QString, QHash<qint64, qint64>> pageSeen;   // page -> visitor -> last arrival
        QHash<QString, QHash<qint64, qint64>> sourceSeen; // source -> visitor -> last arrival
        std::deque<EventRecord> feed;                    // newest at the front
        qint64 prunedMinute = 0;
    };
    void prune(SiteState &state, qint64 nowMs) const;
    QList<BreakdownRow> top(const QHash<QString, QHash<qint64, qint64>> &seen, qint64 sinceMs) const;

    const Clock &m_clock;
    Options m_options;
    mutable QMutex m_mutex;
    QHash<qint64, SiteState> m_sites;
};

} // namespace pulse
