#include "projection/ProjectionStore.h"

#include "projection/ProjectionBlock.h"
#include "projection/ProjectionBlockTable.h"
#include "projection/SiteProjection.h"
#include "storage/Sqlite.h"

#include <QElapsedTimer>
#include <QFile>

#include <stdexcept>
#include <thread>

namespace pulse {

ProjectionStore::ProjectionStore(EventWriter &writer, ReadPool &reads, QString legacySnapshotPath)
    : m_writer(writer), m_reads(reads), m_legacySnapshotPath(std::move(legacySnapshotPath))
{
}

ProjectionStore::~ProjectionStore()
{
    stop();
}

void ProjectionStore::start()
{
    std::lock_guard startLock(m_startMutex);
    if (m_started || m_stopped)
        return;
    if (!m_legacySnapshotPath.isEmpty())
        QFile::remove(m_legacySnapshotPath); // the blocks in SQLite replaced it
    // Direct: the slot only queues the batch, on the writer thread, in commit order.
    m_connection
        = QObject::connect(&m_writer, &EventWriter::committed, [this](const EventBatch &batch) { onCommitted(batch); });
    // A job on the writer thread fixes the build's snapshot: every event with a larger id is
    // announced after this job runs, every other one is read by the build. Nothing is missed or doubled.
    qint64 lastId = 0;
    try {
        m_writer.execute([this, &lastId](SqliteDatabase &db) {
            lastId = db.queryInt(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
            std::lock_guard lock(m_mutex);
            m_accepting = true;
        });
    } catch (...) {
        QObject::disconnect(m_connection);
        throw;
    }
    std::thread appender([this, lastId] { run(lastId); });
    {
        std::lock_guard lock(m_mutex); // waitUntilCurrent() reads it without taking m_startMutex
        m_thread = std::move(appender);
    }
    m_started = true;
}

void ProjectionStore::stop()
{
    {
        std::lock_guard startLock(m_startMutex); // waits for a start() under way
        m_stopped = true;
    }
    // Closing during a long first build must not wait for it: the build stops at its next chunk
    // (a small one simply finishes); the blocks it sealed so far are stored and used next time.
    m_abortBuild.store(true);
    if (m_thread.joinable()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_built; });
    }
    const bool writerRuns = m_thread.joinable() && m_writer.isRunning();
    const auto stopAccepting = [this](SqliteDatabase &) {
        std::lock_guard lock(m_mutex);
        m_accepting = false;
    };
    if (writerRuns) {
        try {
            m_writer.execute(stopAccepting);
        } catch (const std::exception &) {
        }
    }
    if (m_connection)
        QObject::disconnect(m_connection);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_accepting = false;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    // A barrier job the appender posted before it stopped refers to this object: let it run now.
    if (writerRuns) {
        try {
            m_writer.execute(stopAccepting);
        } catch (const std::exception &) {
        }
    }
}

void ProjectionStore::onCommitted(const EventBatch &batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_accepting)
            return;
        m_queue.push_back(Pending { batch, -1 });
        ++m_enqueued;
    }
    m_changed.notify_all();
}

void ProjectionStore::run(qint64 lastBuiltId)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    try {
        build(lastBuiltId);
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    {
        std::lock_guard lock(m_mutex);
        m_built = true;
        m_buildError = error;
        m_buildMillis = timer.elapsed();
    }
    m_changed.notify_all();

    const bool blocks = error.isEmpty();
    for (;;) {
        Pending next;
        bool idle = false;
        {
            std::unique_lock lock(m_mutex);
            const auto woken = [this] { return m_stopping || !m_queue.empty(); };
            if (m_middleFilled && m_idleCompaction.count() > 0)
                idle = !m_changed.wait_for(lock, m_idleCompaction, woken);
            if (!idle) {
                m_changed.wait(lock, woken);
                if (m_stopping)
                    return;
                next = std::move(m_queue.front());
                m_queue.pop_front();
            }
        }
        if (idle) { // no commit for m_idleCompaction: merge while nothing waits
            if (blocks)
                compactIdleSites();
            m_middleFilled = false;
            continue;
        }
        if (next.rebuild) {
            if (blocks)
                rebuildFromRows(next.barrierId);
            {
                std::lock_guard lock(m_mutex);
                ++m_applied;
            }
            m_changed.notify_all();
            continue;
        }
        if (!next.batch) {
            Sites sites;
            {
                std::lock_guard lock(m_mutex);
                sites = m_sites;
            }
            sealBlock(sites, next.barrierId);
            m_barrierQueued = false;
            continue;
        }
        if (blocks) // after a failed build nothing is answered from the sites: keep nothing
            apply(next.batch);
        {
            std::unique_lock lock(m_mutex);
            if (m_middleFilled && m_idleCompaction.count() == 0 && m_queue.empty()) {
                lock.unlock();
                compactIdleSites();
                m_middleFilled = false;
                lock.lock();
            }
            ++m_applied;
        }
        m_changed.notify_all();
        m_journalEvents += next.batch->size();
        if (blocks && !m_barrierQueued && m_journalEvents >= m_blockEvents.load(std::memory_order_relaxed))
            requestBarrier();
    }
}

void ProjectionStore::requestBarrier()
{
    m_barrierQueued = true;
    // post(), not execute(): the appender must not wait for the writer, which may be busy for a while.
    m_writer.post([this](SqliteDatabase &db) {
        const qint64 lastId = db.queryInt(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
        {
            std::lock_guard lock(m_mutex);
            if (!m_accepting)
                return;
            m_queue.push_back(Pending { {}, lastId });
        }
        m_changed.notify_all();
    });
}

QByteArray ProjectionStore::sealBlock(const Sites &sites, qint64 lastEventId)
{
    qint64 events = 0;
    const QByteArray block = ProjectionBlock::seal(sites, &events);
    if (events == 0)
        return block;
    const qint64 afterId = m_sealedId;
    // A failed write leaves a gap in the chain: the next open uses the blocks before it, reads the
    // rows after it, and drops the blocks beyond it.
    m_writer.post([afterId, lastEventId, events, block](
                      SqliteDatabase &db) { ProjectionBlockTable::insert(db, afterId, lastEventId, events, block); });
    m_sealedId = lastEventId;
    m_journalEvents = 0;
    return block;
}

std::shared_ptr<SiteProjection> ProjectionStore::siteForWrite(qint64 siteId)
{
    std::lock_guard lock(m_mutex);
    std::shared_ptr<SiteProjection> &slot = m_sites[siteId];
    if (!slot) {
        slot = std::make_shared<SiteProjection>(m_levels);
        slot->raiseEpoch(m_generation << 32);
    }
    return slot;
}

void ProjectionStore::apply(const EventBatch &batch)
{
    // A commit usually holds one site's events; group them so each site takes its lock once.
    QHash<qint64, std::vector<ProjectionRow>> bySite;
    for (const EventRecord &event : *batch)
        bySite[event.siteId].push_back(ProjectionRow::fromRecord(event));
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it) {
        const std::shared_ptr<SiteProjection> site = siteForWrite(it.key());
        site->append(it.value());
        // This thread is the only one that changes the parts, so it may read their sizes unlocked.
        m_middleFilled = m_middleFilled || site->partSizes().middle > 0;
    }
}

void ProjectionStore::compactIdleSites()
{
    Sites sites;
    {
        std::lock_guard lock(m_mutex);
        sites = m_sites;
    }
    qint64 compacted = 0;
    for (const std::shared_ptr<SiteProjection> &site : std::as_const(sites)) {
        if (site->partSizes().middle > 0) {
            site->compactNow();
            ++compacted;
        }
    }
    std::lock_guard lock(m_mutex);
    m_idleCompactions += compacted;
}

void ProjectionStore::setIdleCompaction(std::chrono::milliseconds delay)
{
    std::lock_guard lock(m_mutex);
    m_idleCompaction = delay; // from the appender's next wait
}

void ProjectionStore::setLevels(ProjectionLevels levels)
{
    std::lock_guard lock(m_mutex);
    m_levels = levels;
}

std::shared_ptr<const SiteProjection> ProjectionStore::site(qint64 siteId)
{
    start();
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        throw std::runtime_error("the analysis engine is not running");
    const quint64 target = m_enqueued;
    m_changed.wait(lock, [&] { return m_stopping || (m_built && m_applied >= target); });
    if (!m_buildError.isEmpty())
        throw std::runtime_error("could not load events into memory: " + m_buildError.toStdString());
    return m_sites.value(siteId);
}

std::shared_ptr<const SiteProjection> ProjectionStore::builtSite(qint64 siteId)
{
    start();
    std::unique_lock lock(m_mutex);
    if (!m_built || !m_buildError.isEmpty() || m_stopping)
        return nullptr;
    const quint64 target = m_enqueued;
    m_changed.wait(lock, [&] { return m_stopping || m_applied >= target; });
    return m_stopping ? nullptr : m_sites.value(siteId);
}

void ProjectionStore::waitUntilCurrent()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_enqueued;
    m_changed.wait(lock, [&] { return m_stopping || !m_thread.joinable() || (m_built && m_applied >= target); });
}

ProjectionStats ProjectionStore::stats()
{
    waitUntilCurrent();
    ProjectionStats out;
    QList<std::shared_ptr<SiteProjection>> sites;
    {
        std::lock_guard lock(m_mutex);
        out.buildMillis = m_buildMillis;
        out.eventsFromBlocks = m_eventsFromBlocks;
        out.rowsReadFromSqlite = m_rowsRead;
        out.idleCompactions = m_idleCompactions;
        sites = m_sites.values();
    }
    for (const std::shared_ptr<SiteProjection> &s : sites) {
        const auto readLock = s->readLock();
        out.events += qint64(s->eventCount());
        out.visitors += s->visitorCount();
        out.memoryBytes += s->memoryBytes();
    }
    return out;
}

} // namespace pulse
