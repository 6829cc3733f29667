#include "storage/EventWriter.h"

#include "core/Clock.h"
#include "ingest/QuarantineStore.h"
#include "ingest/SessionTracker.h"
#include "storage/Migrations.h"
#include "storage/Sqlite.h"

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
    m_db->exec(QStringLiteral("PRAGMA cache_size=-65536"));
    m_db->exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    Migrations::apply(*m_db);
    m_sessions = std::make_unique<SessionTracker>();
    m_sessions->restore(*m_db, m_clock.nowMs());
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
    try {
        m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const SqlError &) {
        // A reader still holds a snapshot; the next open checkpoints instead.
    }
    m_db.reset();
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

void EventWriter::writeBatch(std::deque<Pending> &batch)
{
    SessionTracker &sessions = *m_sessions;
    QElapsedTimer timer;
    timer.start();
    std::vector<WriteOutcome> outcomes(batch.size());
    auto stored = std::make_shared<QList<EventRecord>>();
    qint64 queued = 0;
    qint64 rejections = 0;

    try {
        SqlTransaction tx(*m_db);
        SqlStatement exists
            = m_db->prepare(QStringLiteral("SELECT 1 FROM events WHERE site_id = ?1 AND event_id = ?2"));
        SqlStatement insert = m_db->prepare(QStringLiteral(
            "INSERT OR IGNORE INTO events(site_id, event_id, ts, received_at, name, visitor_id, user_id, session_id, "
            "path, host, referrer, source, source_class, utm_source, utm_medium, utm_campaign, utm_term, utm_content, "
            "browser, os, device, is_bot, props) "
            "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,?23)"));
        for (size_t i = 0; i < batch.size(); ++i) {
            Pending &p = batch[i];
            WriteOutcome &outcome = outcomes[i];
            queued += p.events.size();
            for (EventRecord &e : p.events) {
                if (!e.eventId.isNull()) {
                    exists.bind(1, e.siteId).bind(2, e.eventId);
                    const bool duplicate = exists.step();
                    exists.reset();
                    if (duplicate) {
                        ++outcome.duplicates;
                        continue;
                    }
                }
                sessions.assign(e);
                insert.bind(1, e.siteId).bind(2, e.eventId).bind(3, e.timestampMs).bind(4, e.receivedAtMs);
                insert.bind(5, e.name).bind(6, e.visitorId).bind(7, e.userId).bind(8, e.sessionId);
                insert.bind(9, e.path).bind(10, e.host).bind(11, e.referrer).bind(12, e.source);
                insert.bind(13, e.sourceClass).bind(14, e.utmSource).bind(15, e.utmMedium).bind(16, e.utmCampaign);
                insert.bind(17, e.utmTerm).bind(18, e.utmContent).bind(19, e.browser).bind(20, e.os);
                insert.bind(21, e.device).bind(22, qint64(e.isBot ? 1 : 0));
                if (e.propsJson.isEmpty())
                    insert.bindNull(23);
                else
                    insert.bind(23, QString::fromUtf8(e.propsJson));
                insert.run();
                ++outcome.inserted;
                stored->append(e);
            }
            outcome.rejected = int(p.rejections.size());
            rejections += p.rejections.size();
            QuarantineStore::insert(*m_db, p.rejections, m_options.limits.quarantineCapacityPerSite);
        }

        SqlStatement session = m_db->prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sessions(id, site_id, visitor_id, started_at, last_seen_at, entry_path, exit_path, "
            "pageviews, events, source, source_class) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)"));
        for (const SessionState &s : sessions.takeTouched()) {
            session.bind(1, s.id).bind(2, s.siteId).bind(3, s.visitorId).bind(4, s.startedAtMs).bind(5, s.lastSeenMs);
            session.bind(6, s.entryPath).bind(7, s.exitPath).bind(8, qint64(s.pageviews)).bind(9, qint64(s.events));
            session.bind(10, s.source).bind(11, s.sourceClass);
            session.run();
        }
        tx.commit();
        for (WriteOutcome &o : outcomes)
            o.ok = true;
        m_metrics.commits++;
        m_metrics.eventsStored += stored->size();
        m_metrics.rejectionsStored += rejections;
        for (const WriteOutcome &o : outcomes)
            m_metrics.duplicates += o.duplicates;
    } catch (const SqlError &error) {
        m_metrics.failedCommits++;
        for (WriteOutcome &o : outcomes) {
            o = WriteOutcome{};
            o.error = QString::fromUtf8(error.what());
        }
        stored->clear();
        // In-memory sessions ran ahead of the rolled-back transaction: reload them from the table.
        sessions.discardTouched();
        try {
            sessions.restore(*m_db, m_clock.nowMs());
        } catch (const SqlError &) {
        }
    }
    m_metrics.queuedEvents -= queued;
    recordLatency(timer.nsecsElapsed() / 1000);

    for (size_t i = 0; i < batch.size(); ++i) {
        if (batch[i].done)
            batch[i].done(outcomes[i]);
    }
    if (!stored->isEmpty() && isSignalConnected(QMetaMethod::fromSignal(&EventWriter::committed)))
        Q_EMIT committed(EventBatch(std::move(stored)));
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
