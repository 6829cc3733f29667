#include "projection/ProjectionStore.h"

#include "projection/ProjectionSnapshot.h"
#include "projection/SiteProjection.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QElapsedTimer>
#include <QFile>

#include <stdexcept>

namespace pulse {

ProjectionStore::ProjectionStore(EventWriter &writer, ReadPool &reads, QString snapshotPath)
    : m_writer(writer), m_reads(reads), m_snapshotPath(std::move(snapshotPath))
{
}

ProjectionStore::~ProjectionStore()
{
    stop();
}

void ProjectionStore::start()
{
    // Direct: the slot only queues the batch, on the writer thread, in commit order.
    m_connection
        = QObject::connect(&m_writer, &EventWriter::committed, [this](const EventBatch &batch) { onCommitted(batch); });
    // A job on the writer thread fixes the build's snapshot: every event with a larger id is
    // announced after this job runs, every other one is read by the build. Nothing is missed or doubled.
    qint64 lastId = 0;
    m_writer.execute([this, &lastId](SqliteDatabase &db) {
        lastId = db.queryInt(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
        std::lock_guard lock(m_mutex);
        m_accepting = true;
    });
    m_thread = std::thread([this, lastId] { run(lastId); });
}

void ProjectionStore::stop()
{
    // Fix the last event the projection will hold, the way start() does, then apply everything up
    // to it: the snapshot then names exactly what it contains.
    qint64 lastId = -1;
    bool healthy = false;
    // Closing during a long first build must not wait for it: the build stops at its next chunk
    // (a small one simply finishes) and an aborted build saves nothing, so the next open builds again.
    m_abortBuild.store(true);
    bool built = false;
    if (m_thread.joinable()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_built; });
        built = m_buildError.isEmpty();
    }
    if (built && m_thread.joinable() && m_writer.isRunning()) {
        try {
            m_writer.execute([this, &lastId](SqliteDatabase &db) {
                lastId = db.queryInt(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
                std::lock_guard lock(m_mutex);
                m_accepting = false;
            });
            waitUntilCurrent();
            std::lock_guard lock(m_mutex);
            healthy = m_built && m_buildError.isEmpty();
        } catch (const std::exception &) {
            lastId = -1;
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
    if (healthy && lastId >= 0 && !m_snapshotPath.isEmpty()
        && !ProjectionSnapshot::save(m_snapshotPath, lastId, m_sites))
        QFile::remove(m_snapshotPath); // a rebuild from SQLite next time beats a stale file
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

    const bool snapshots = error.isEmpty() && !m_snapshotPath.isEmpty();
    for (;;) {
        Pending next;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            next = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!next.batch) {
            saveSnapshot(next.barrierId);
            continue;
        }
        apply(next.batch);
        {
            std::lock_guard lock(m_mutex);
            ++m_applied;
        }
        m_changed.notify_all();
        m_sinceSnapshot += next.batch->size();
        if (snapshots && !m_barrierQueued && m_sinceSnapshot >= m_snapshotEvery)
            requestSnapshot();
    }
}

void ProjectionStore::requestSnapshot()
{
    m_barrierQueued = true;
    // post(), not execute(): the appender must not wait for the writer, which may be waiting for
    // nothing but could be busy for a while.
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

void ProjectionStore::saveSnapshot(qint64 lastEventId)
{
    QHash<qint64, std::shared_ptr<SiteProjection>> sites;
    {
        std::lock_guard lock(m_mutex);
        sites = m_sites;
    }
    if (!ProjectionSnapshot::save(m_snapshotPath, lastEventId, sites))
        QFile::remove(m_snapshotPath);
    m_sinceSnapshot = 0;
    m_barrierQueued = false;
}

void ProjectionStore::build(qint64 lastBuiltId)
{
    QHash<qint64, std::shared_ptr<SiteProjection>> sites;
    qint64 snapshotId = 0;
    bool fromSnapshot = false;
    if (!m_snapshotPath.isEmpty() && ProjectionSnapshot::load(m_snapshotPath, &snapshotId, &sites)) {
        fromSnapshot = snapshotId <= lastBuiltId; // else the database is older than the file: rebuild
        if (!fromSnapshot)
            sites.clear();
    }
    if (fromSnapshot) {
        readRows(snapshotId, lastBuiltId, sites, false);
    } else {
        readRows(0, lastBuiltId, sites, true);
        for (const std::shared_ptr<SiteProjection> &s : std::as_const(sites))
            s->finishLoad();
    }
    std::lock_guard lock(m_mutex);
    m_sites = std::move(sites);
    m_fromSnapshot = fromSnapshot;
}

void ProjectionStore::readRows(
    qint64 afterId, qint64 lastId, QHash<qint64, std::shared_ptr<SiteProjection>> &sites, bool stage)
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement select = lease.db().prepare(QStringLiteral(
        "SELECT site_id, visitor_id, user_id, ts, name, path, props, host, source, source_class, utm_source, "
        "utm_medium, utm_campaign, utm_term, utm_content, browser, os, device, is_bot FROM events "
        "WHERE id > ?1 AND id <= ?2 ORDER BY id"));
    select.bind(1, afterId).bind(2, lastId);
    qint64 currentSite = -1;
    std::shared_ptr<SiteProjection> site;
    // Catching up after a snapshot appends in chunks; the row views must own their bytes until then.
    constexpr size_t kChunk = 65536;
    std::vector<std::array<QByteArray, 4 + AttributeSet::FieldCount>> owned;
    std::vector<ProjectionRow> chunk;
    auto flush = [&] {
        if (!chunk.empty())
            site->append(chunk);
        chunk.clear();
        owned.clear();
    };
    qint64 rows = 0;
    while (select.step()) {
        if (++rows % 65536 == 0 && m_abortBuild.load(std::memory_order_relaxed))
            throw std::runtime_error("closed before the events were loaded");
        const qint64 siteId = select.columnInt(0);
        if (siteId != currentSite) {
            if (!stage)
                flush();
            currentSite = siteId;
            std::shared_ptr<SiteProjection> &slot = sites[siteId];
            if (!slot)
                slot = std::make_shared<SiteProjection>();
            site = slot;
        }
        ProjectionRow row;
        row.visitorHash = select.columnInt(1);
        row.ts = select.columnInt(3);
        row.isBot = select.columnInt(18) != 0;
        if (stage) {
            row.userId = select.columnUtf8(2);
            row.name = select.columnUtf8(4);
            row.path = select.columnUtf8(5);
            row.props = select.columnUtf8(6);
            for (int f = 0; f < AttributeSet::FieldCount; ++f)
                row.attributes[f] = select.columnUtf8(7 + f);
            site->stage(row);
            continue;
        }
        // Moving a QByteArray keeps its heap buffer, so views taken now survive the vector growing.
        auto &bytes = owned.emplace_back();
        const int columns[] = { 2, 4, 5, 6 };
        for (int c = 0; c < 4; ++c)
            bytes[c] = select.columnUtf8(columns[c]).toByteArray();
        for (int f = 0; f < AttributeSet::FieldCount; ++f)
            bytes[4 + f] = select.columnUtf8(7 + f).toByteArray();
        row.userId = bytes[0];
        row.name = bytes[1];
        row.path = bytes[2];
        row.props = bytes[3];
        for (int f = 0; f < AttributeSet::FieldCount; ++f)
            row.attributes[f] = bytes[4 + f];
        chunk.push_back(row);
        if (chunk.size() == kChunk)
            flush();
    }
    if (site)
        flush();
    std::lock_guard lock(m_mutex);
    m_rowsRead = rows;
}

std::shared_ptr<SiteProjection> ProjectionStore::siteForWrite(qint64 siteId)
{
    std::lock_guard lock(m_mutex);
    std::shared_ptr<SiteProjection> &slot = m_sites[siteId];
    if (!slot)
        slot = std::make_shared<SiteProjection>();
    return slot;
}

void ProjectionStore::apply(const EventBatch &batch)
{
    // A commit usually holds one site's events; group them so each site takes its lock once.
    QHash<qint64, std::vector<ProjectionRow>> bySite;
    for (const EventRecord &event : *batch)
        bySite[event.siteId].push_back(ProjectionRow::fromRecord(event));
    for (auto it = bySite.cbegin(); it != bySite.cend(); ++it)
        siteForWrite(it.key())->append(it.value());
}

std::shared_ptr<const SiteProjection> ProjectionStore::site(qint64 siteId)
{
    std::unique_lock lock(m_mutex);
    if (!m_thread.joinable())
        throw std::runtime_error("the analysis engine is not running");
    const quint64 target = m_enqueued;
    m_changed.wait(lock, [&] { return m_stopping || (m_built && m_applied >= target); });
    if (!m_buildError.isEmpty())
        throw std::runtime_error("could not load events into memory: " + m_buildError.toStdString());
    return m_sites.value(siteId);
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
        out.fromSnapshot = m_fromSnapshot;
        out.rowsReadFromSqlite = m_rowsRead;
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
