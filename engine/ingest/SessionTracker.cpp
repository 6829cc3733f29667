#include "ingest/SessionTracker.h"

#include "storage/Sqlite.h"

#include <utility>

namespace pulse {

void SessionTracker::restore(SqliteDatabase &db, qint64 nowMs)
{
    m_open.clear();
    m_touched.clear();
    m_replaced.clear();
    m_grouping = false;
    m_undo.clear();
    m_nextId = db.queryInt(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM sessions"));
    SqlStatement st = db.prepare(QStringLiteral(
        "SELECT id, site_id, visitor_id, started_at, last_seen_at, entry_path, exit_path, pageviews, events, "
        "source, source_class FROM sessions WHERE last_seen_at >= ?1"));
    st.bind(1, nowMs - m_timeoutMs);
    while (st.step()) {
        SessionState s;
        s.id = st.columnInt(0);
        s.siteId = st.columnInt(1);
        s.visitorId = st.columnInt(2);
        s.startedAtMs = st.columnInt(3);
        s.lastSeenMs = st.columnInt(4);
        s.touchedAtMs = nowMs;
        s.entryPath = st.columnText(5);
        s.exitPath = st.columnText(6);
        s.pageviews = int(st.columnInt(7));
        s.events = int(st.columnInt(8));
        s.source = st.columnText(9);
        s.sourceClass = st.columnText(10);
        const Key key{s.siteId, s.visitorId};
        auto it = m_open.find(key);
        if (it == m_open.end() || it->lastSeenMs < s.lastSeenMs)
            m_open.insert(key, s);
    }
}

void SessionTracker::assign(EventRecord &event)
{
    const Key key{event.siteId, event.visitorId};
    auto it = m_open.find(key);
    if (m_grouping)
        m_undo.append(Undo{key, it == m_open.end() ? std::nullopt : std::optional<SessionState>(*it),
                           m_touched.contains(key)});
    if (it == m_open.end() || !continues(*it, event)) {
        if (it != m_open.end() && m_touched.contains(key))
            m_replaced.append(*it); // changed since the last take: its row must still be written
        SessionState s;
        s.id = m_nextId++;
        s.siteId = event.siteId;
        s.visitorId = event.visitorId;
        s.startedAtMs = event.timestampMs;
        s.lastSeenMs = event.timestampMs;
        s.source = event.source;
        s.sourceClass = event.sourceClass;
        it = m_open.insert(key, s);
    }
    SessionState &s = *it;
    s.touchedAtMs = event.receivedAtMs;
    if (event.timestampMs < s.startedAtMs)
        s.startedAtMs = event.timestampMs;
    if (event.timestampMs >= s.lastSeenMs) {
        s.lastSeenMs = event.timestampMs;
        if (event.isPageview())
            s.exitPath = event.path;
    }
    if (event.isPageview()) {
        if (s.entryPath.isEmpty())
            s.entryPath = event.path;
        ++s.pageviews;
    }
    ++s.events;
    event.sessionId = s.id;
    m_touched.insert(key);
}

qint64 SessionTracker::sessionIdFor(const EventRecord &event) const
{
    const auto it = m_open.constFind(Key{event.siteId, event.visitorId});
    return it != m_open.constEnd() && continues(*it, event) ? it->id : m_nextId;
}

void SessionTracker::beginUndoGroup()
{
    m_grouping = true;
    m_groupNextId = m_nextId;
    m_groupReplaced = m_replaced.size();
    m_undo.clear();
}

void SessionTracker::commitUndoGroup()
{
    m_grouping = false;
    m_undo.clear();
}

void SessionTracker::rollbackUndoGroup()
{
    for (auto u = m_undo.crbegin(); u != m_undo.crend(); ++u) {
        if (u->previous)
            m_open.insert(u->key, *u->previous);
        else
            m_open.remove(u->key);
        if (!u->wasTouched)
            m_touched.remove(u->key);
    }
    m_nextId = m_groupNextId;
    m_replaced.resize(m_groupReplaced);
    commitUndoGroup();
}

QList<SessionState> SessionTracker::takeTouched()
{
    QList<SessionState> result = std::exchange(m_replaced, {});
    result.reserve(result.size() + m_touched.size());
    for (const Key &key : std::as_const(m_touched)) {
        auto it = m_open.constFind(key);
        if (it != m_open.constEnd())
            result.append(*it);
    }
    m_touched.clear();
    return result;
}

void SessionTracker::discardTouched()
{
    // The in-memory state ran ahead of a failed commit; rebuilding from the table is the caller's job.
    m_touched.clear();
    m_replaced.clear();
}

void SessionTracker::expire(qint64 nowMs)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->touchedAtMs + m_timeoutMs < nowMs && !m_touched.contains(it.key()))
            it = m_open.erase(it);
        else
            ++it;
    }
}

} // namespace pulse
