// Assigns every event to a session: a visitor's events belong to one session until 30 minutes pass
// without an event (measured on event time). Lives on the writer thread, which owns all session
// state, so no locking is needed; open sessions are restored from the sessions table at start.
#pragma once

#include "ingest/EventRecord.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace pulse {

class SqliteDatabase;

struct SessionState
{
    qint64 id = 0;
    qint64 siteId = 0;
    qint64 visitorId = 0;
    qint64 startedAtMs = 0;
    qint64 lastSeenMs = 0;
    qint64 touchedAtMs = 0; // receive time of the latest event, for expiry from memory
    QString entryPath;
    QString exitPath;
    int pageviews = 0;
    int events = 0;
    QString source;
    QString sourceClass;
};

class SessionTracker final
{
public:
    static constexpr qint64 kDefaultTimeoutMs = 30LL * 60 * 1000;

    explicit SessionTracker(qint64 timeoutMs = kDefaultTimeoutMs) : m_timeoutMs(timeoutMs) {}

    // Loads sessions still open at nowMs and the next free session id.
    void restore(SqliteDatabase &db, qint64 nowMs);
    // Sets event.sessionId, starting a new session when the visitor has none open at the event's time.
    void assign(EventRecord &event);
    // The id assign(event) would give, without changing anything: the writer stores the row first and
    // calls assign() only when it was not an ignored retry, so a duplicate never counts in a session.
    qint64 sessionIdFor(const EventRecord &event) const;
    // Undo for a group of assign() calls: the writer assigns the sessions of a multi-row INSERT before
    // it knows whether one of the rows is an ignored retry; if so, it rolls the group back (restoring
    // every session it changed) and redoes it row by row. Only one group is open at a time.
    void beginUndoGroup();
    void commitUndoGroup();
    void rollbackUndoGroup();
    // The sessions changed since the last call, for writing to the sessions table in the same commit:
    // the open ones, and those a visitor's new session replaced since (else a visitor with two
    // sessions in one commit would lose the first one's row, more often the larger the commit).
    QList<SessionState> takeTouched();
    // Forgets the touched set without writing (the commit that would have stored it failed).
    void discardTouched();
    // Drops sessions that cannot receive more events from memory (they stay in the table).
    void expire(qint64 nowMs);
    int openSessions() const { return int(m_open.size()); }
    qint64 timeoutMs() const { return m_timeoutMs; }

private:
    using Key = QPair<qint64, qint64>; // site, visitor
    bool continues(const SessionState &open, const EventRecord &event) const
    {
        return event.timestampMs <= open.lastSeenMs + m_timeoutMs && event.timestampMs >= open.startedAtMs - m_timeoutMs;
    }
    qint64 m_timeoutMs;
    qint64 m_nextId = 1;
    QHash<Key, SessionState> m_open;
    QSet<Key> m_touched;
    QList<SessionState> m_replaced; // touched sessions closed by a newer one, not yet taken
    struct Undo
    {
        Key key;
        std::optional<SessionState> previous; // none: the key had no open session
        bool wasTouched = false;
    };
    bool m_grouping = false;
    qint64 m_groupNextId = 0;
    qsizetype m_groupReplaced = 0;
    QList<Undo> m_undo;
};

} // namespace pulse
