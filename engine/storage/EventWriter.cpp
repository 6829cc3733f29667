#include "storage/EventWriter.h"

#include "core/Clock.h"
#include "ingest/QuarantineStore.h"
#include "ingest/SessionTracker.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"
#include "storage/WalCheckpointer.h"

#include <QElapsedTimer>
#include <QMetaMethod>

#include <future>

namespace pulse {

struct EventWriter::Pending
{
    QList<EventRecord> events;
    QList<Rejection> rejections;
    Callback done;
    Job job; // set for execute(); such an entry runs alone in its own transaction
    std::shared_ptr<std::promise<void>> promise;
};

namespace {
constexpr qint64 kSessionExpiryEveryMs = 60 * 1000;
constexpr int kEventColumns = 23;

QString insertSql(int rows)
{
    QString sql = QStringLiteral(
        "INSERT OR IGNORE INTO events(site_id, event_id, ts, received_at, name, visitor_id, user_id, session_id, "
        "path, host, referrer, source, source_class, utm_source, utm_medium, utm_campaign, utm_term, utm_content, "
        "browser, os, device, is_bot, props) VALUES");
    for (int r = 0; r < rows; ++r) {
        sql += r == 0 ? QStringLiteral("(") : QStringLiteral(",(");
        for (int c = 1; c <= kEventColumns; ++c)
            sql += (c == 1 ? QStringLiteral("?") : QStringLiteral(",?")) + QString::number(r * kEventColumns + c);
        sql += QLatin1Char(')');
    }
    return sql;
}

// Binds one event as the row starting at parameter base + 1. Text goes in as the UTF-8 the validating
// thread encoded (SQLITE_STATIC: the record outlives the statement's run).
void bindEvent(SqlStatement &insert, int base, const EventRecord &e)
{
    const EncodedText &t = e.text;
    insert.bind(base + 1, e.siteId).bindUtf8Static(base + 2, t.column(EncodedText::EventId));
    insert.bind(base + 3, e.timestampMs).bind(base + 4, e.receivedAtMs);
    insert.bindUtf8Static(base + 5, t.column(EncodedText::Name)).bind(base + 6, e.visitorId);
    insert.bindUtf8Static(base + 7, t.column(EncodedText::UserId)).bind(base + 8, e.sessionId);
    insert.bindUtf8Static(base + 9, t.column(EncodedText::Path)).bindUtf8Static(base + 10, t.column(EncodedText::Host));
    insert.bindUtf8Static(base + 11, t.column(EncodedText::Referrer));
    insert.bindUtf8Static(base + 12, t.column(EncodedText::Source));
    insert.bindUtf8Static(base + 13, t.column(EncodedText::SourceClass));
    insert.bindUtf8Static(base + 14, t.column(EncodedText::UtmSource));
    insert.bindUtf8Static(base + 15, t.column(EncodedText::UtmMedium));
    insert.bindUtf8Static(base + 16, t.column(EncodedText::UtmCampaign));
    insert.bindUtf8Static(base + 17, t.column(EncodedText::UtmTerm));
    insert.bindUtf8Static(base + 18, t.column(EncodedText::UtmContent));
    insert.bindUtf8Static(base + 19, t.column(EncodedText::Browser)).bindUtf8Static(base + 20, t.column(EncodedText::Os));
    insert.bindUtf8Static(base + 21, t.column(EncodedText::Device)).bind(base + 22, qint64(e.isBot ? 1 : 0));
    insert.bindUtf8Static(base + 23, e.propsJson.isEmpty() ? QByteArrayView() : QByteArrayView(e.propsJson));
}
} // namespace

EventWriter::EventWriter(QString databasePath, Options options, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_options(options), m_clock(clock)
{
    qRegisterMetaType<pulse::EventBatch>();
}

EventWriter::~EventWriter() { stop(); }

void EventWriter::start()
{
    if (m_thread.joinable())
        return;
    m_db = std::make_unique<SqliteDatabase>();
    m_db->open(m_path, SqliteDatabase::Mode::ReadWrite);
    m_db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    m_db->exec(m_options.durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
    m_db->exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    // 8 MiB of page cache. When a B-tree page splits, SQLite renumbers the new pages through a
    // temporary page number at 1 GiB, and the commit after that scans the whole page cache's hash
    // table to drop pages past the end of the file: with 64 MiB (16,384 pages) that scan was an eighth
    // of the writer's time in 100-event batches (docs/benchmarks.md, Ingest). Most pages the writer
    // touches are the right-hand edges of the table and its time index; the 10M import, which also
    // fills the index of random content-hash ids, took as long with 8 MiB (41 s either way).
    m_db->exec(QStringLiteral("PRAGMA cache_size=-8192"));
    m_db->exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    Migrations::apply(*m_db);
    m_insertEvent = std::make_unique<SqlStatement>(m_db->prepare(insertSql(1)));
    m_insertEvents = std::make_unique<SqlStatement>(m_db->prepare(insertSql(kRowsPerInsert)));
    // An upsert, not INSERT OR REPLACE: a session already stored is updated in place, where REPLACE
    // deleted its row and inserted it again. Every field a later event can change is set.
    m_saveSession = std::make_unique<SqlStatement>(m_db->prepare(QStringLiteral(
        "INSERT INTO sessions(id, site_id, visitor_id, started_at, last_seen_at, entry_path, exit_path, "
        "pageviews, events, source, source_class) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11) "
        "ON CONFLICT(id) DO UPDATE SET started_at = excluded.started_at, last_seen_at = excluded.last_seen_at, "
        "entry_path = excluded.entry_path, exit_path = excluded.exit_path, pageviews = excluded.pageviews, "
        "events = excluded.events")));
    m_sessions = std::make_unique<SessionTracker>();
    m_sessions->restore(*m_db, m_clock.nowMs());
    auto checkpointer = std::make_unique<WalCheckpointer>(m_path, m_options.durable);
    checkpointer->setThresholdPages(m_checkpointPages.load());
    checkpointer->start(*m_db);
    {
        std::lock_guard lock(m_mutex);
        m_checkpointer = std::move(checkpointer);
    }
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void EventWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    std::unique_ptr<WalCheckpointer> checkpointer;
    {
        std::lock_guard lock(m_mutex);
        checkpointer = std::move(m_checkpointer);
    }
    checkpointer->stop(); // before the last checkpoint, which it would keep busy
    try {
        m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const SqlError &) {
        // A reader still holds a snapshot; the next open checkpoints instead.
    }
    m_insertEvent.reset();
    m_insertEvents.reset();
    m_saveSession.reset();
    m_db.reset();
}

int EventWriter::setCheckpointPages(int pages)
{
    std::lock_guard lock(m_mutex); // against start() and stop() replacing the checkpointer
    const int previous = m_checkpointPages.exchange(pages);
    if (m_checkpointer)
        m_checkpointer->setThresholdPages(pages);
    return previous;
}

qint64 EventWriter::waitForCheckpoints()
{
    if (!m_checkpointer)
        return 0;
    m_checkpointer->waitUntilIdle();
    return m_checkpointer->checkpointsDone();
}

void EventWriter::submit(QList<EventRecord> events, QList<Rejection> rejections, Callback done)
{
    const qint64 count = events.size();
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_thread.joinable()) {
            WriteOutcome outcome;
            outcome.error = QStringLiteral("the workspace is shutting down");
            if (done)
                done(outcome);
            return;
        }
        m_queue.push_back(Pending{std::move(events), std::move(rejections), std::move(done), {}, {}});
    }
    m_metrics.queuedEvents += count;
    m_wake.notify_one();
}

void EventWriter::execute(Job job)
{
    auto promise = std::make_shared<std::promise<void>>();
    std::future<void> future = promise->get_future();
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            throw SqlError(QStringLiteral("the workspace is not open"), 0);
        m_queue.push_back(Pending{{}, {}, {}, std::move(job), promise});
    }
    m_wake.notify_one();
    future.get();
}

void EventWriter::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable() || m_stopping)
            return;
        m_queue.push_back(Pending{{}, {}, {}, std::move(job), {}});
    }
    m_wake.notify_one();
}

void EventWriter::run()
{
    SessionTracker &sessions = *m_sessions;
    qint64 lastExpiry = m_clock.nowMs();

    for (;;) {
        std::deque<Pending> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and everything submitted before stop() is committed
            if (m_queue.front().job) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            } else {
                qsizetype events = 0;
                while (!m_queue.empty() && !m_queue.front().job
                       && (batch.empty() || events + m_queue.front().events.size() <= m_options.maxBatchEvents)) {
                    events += m_queue.front().events.size();
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
        }

        if (batch.front().job) {
            Pending &p = batch.front();
            try {
                SqlTransaction tx(*m_db);
                p.job(*m_db);
                tx.commit();
                if (p.promise)
                    p.promise->set_value();
            } catch (...) {
                if (p.promise)
                    p.promise->set_exception(std::current_exception());
            }
            continue;
        }

        writeBatch(batch);

        const qint64 now = m_clock.nowMs();
        if (now - lastExpiry > kSessionExpiryEveryMs) {
            sessions.expire(now);
            lastExpiry = now;
        }
    }
}

bool EventWriter::insertEvent(EventRecord &e)
{
    if (e.text.isEmpty())
        e.encodeText(); // a record the validator did not encode (tests, imports)
    // The session id the event gets if it is stored; the tracker changes only once the row is in, so
    // a retried id (ignored by the unique index) never counts twice in its session.
    e.sessionId = m_sessions->sessionIdFor(e);
    bindEvent(*m_insertEvent, 0, e);
    m_insertEvent->runKeepingBindings();
    // INSERT OR IGNORE on UNIQUE(site_id, event_id) is the duplicate check: no separate SELECT.
    if (m_db->changes() == 0)
        return false;
    m_sessions->assign(e);
    return true;
}

bool EventWriter::insertEvents(EventRecord *const *events)
{
    // One statement for many rows spreads SQLite's per-statement cost (opening the three B-tree
    // cursors, sqlite3VdbeHalt, reset) over them. Sessions must be bound before the run, so they are
    // assigned first, undoably: a retried id among the rows is rare, and then nothing of the group
    // stays and the caller stores the rows one by one.
    SessionTracker &sessions = *m_sessions;
    sessions.beginUndoGroup();
    for (int r = 0; r < kRowsPerInsert; ++r) {
        EventRecord &e = *events[r];
        if (e.text.isEmpty())
            e.encodeText();
        sessions.assign(e);
        bindEvent(*m_insertEvents, r * kEventColumns, e);
    }
    m_insertEvents->runKeepingBindings();
    const int stored = m_db->changes();
    if (stored == kRowsPerInsert) {
        sessions.commitUndoGroup();
        return true;
    }
    // The single writer gives new rows max(id) + 1 in order, so this statement's rows are the last
    // `stored` ids: remove them; the row-by-row pass stores them again with correct sessions.
    if (stored > 0) {
        const qint64 last = m_db->lastInsertRowId();
        SqlStatement remove = m_db->prepare(QStringLiteral("DELETE FROM events WHERE id > ?1 AND id <= ?2"));
        remove.bind(1, last - stored).bind(2, last);
        remove.run();
    }
    sessions.rollbackUndoGroup();
    return false;
}

void EventWriter::writeBatch(std::deque<Pending> &batch)
{
    SessionTracker &sessions = *m_sessions;
    QElapsedTimer timer;
    timer.start();
    std::vector<WriteOutcome> outcomes(batch.size());
    // Stored events are handed to committed() only when someone listens (the desktop's live view);
    // the server has no listener and skips the bookkeeping.
    const bool announce = isSignalConnected(QMetaMethod::fromSignal(&EventWriter::committed));
    auto announced = std::make_shared<QList<EventRecord>>();
    qint64 queued = 0;
    qint64 inserted = 0;
    qint64 rejections = 0;

    try {
        SqlTransaction tx(*m_db);
        // Every event of the commit in order, with the request it belongs to.
        std::vector<EventRecord *> events;
        std::vector<int> owner;
        for (const Pending &p : batch)
            queued += p.events.size();
        events.reserve(size_t(queued));
        owner.reserve(size_t(queued));
        if (announce)
            announced->reserve(queued);
        for (size_t i = 0; i < batch.size(); ++i) {
            for (EventRecord &e : batch[i].events) {
                events.push_back(&e);
                owner.push_back(int(i));
            }
        }
        auto stored = [&](size_t k) {
            ++outcomes[owner[k]].inserted;
            ++inserted;
            if (announce)
                announced->append(std::move(*events[k]));
        };
        for (size_t k = 0; k < events.size();) {
            const size_t left = events.size() - k;
            if (left >= size_t(kRowsPerInsert) && insertEvents(&events[k])) {
                for (const size_t end = k + kRowsPerInsert; k < end; ++k)
                    stored(k);
                continue;
            }
            for (const size_t end = k + qMin(left, size_t(kRowsPerInsert)); k < end; ++k) {
                if (insertEvent(*events[k]))
                    stored(k);
                else
                    ++outcomes[owner[k]].duplicates;
            }
        }
        for (size_t i = 0; i < batch.size(); ++i) {
            Pending &p = batch[i];
            outcomes[i].rejected = int(p.rejections.size());
            rejections += p.rejections.size();
            if (!p.rejections.isEmpty())
                QuarantineStore::insert(*m_db, p.rejections, m_options.limits.quarantineCapacityPerSite);
        }

        SqlStatement &session = *m_saveSession;
        for (const SessionState &s : sessions.takeTouched()) {
            session.bind(1, s.id).bind(2, s.siteId).bind(3, s.visitorId).bind(4, s.startedAtMs).bind(5, s.lastSeenMs);
            session.bind(6, s.entryPath).bind(7, s.exitPath).bind(8, qint64(s.pageviews)).bind(9, qint64(s.events));
            session.bind(10, s.source).bind(11, s.sourceClass);
            session.runKeepingBindings();
        }
        tx.commit();
        for (WriteOutcome &o : outcomes)
            o.ok = true;
        m_metrics.commits++;
        m_metrics.eventsStored += inserted;
        m_metrics.rejectionsStored += rejections;
        for (const WriteOutcome &o : outcomes)
            m_metrics.duplicates += o.duplicates;
    } catch (const SqlError &error) {
        m_metrics.failedCommits++;
        for (WriteOutcome &o : outcomes) {
            o = WriteOutcome{};
            o.error = QString::fromUtf8(error.what());
        }
        announced->clear();
        // In-memory sessions ran ahead of the rolled-back transaction: reload them from the table.
        sessions.discardTouched();
        try {
            sessions.restore(*m_db, m_clock.nowMs());
        } catch (const SqlError &) {
        }
    }
    m_metrics.queuedEvents -= queued;
    recordLatency(timer.nsecsElapsed() / 1000);

    // Announced before anyone is answered, so an analysis asked right after an acknowledgement
    // already has the event queued for its projection (read-your-writes).
    if (!announced->isEmpty())
        Q_EMIT committed(EventBatch(std::move(announced)));
    for (size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].done)
            batch[i].done(outcomes[i]);
    }
}

void EventWriter::recordLatency(qint64 micros)
{
    const double seconds = double(micros) / 1e6;
    size_t bucket = 0;
    while (bucket < WriterMetrics::kLatencyBuckets.size() && seconds > WriterMetrics::kLatencyBuckets[bucket])
        ++bucket;
    m_metrics.latencyCounts[bucket]++;
    m_metrics.latencySumMicros += micros;
}

} // namespace pulse
