#include "projection/ProjectionStore.h"

#include "projection/SiteProjection.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QElapsedTimer>

#include <stdexcept>

namespace pulse {

ProjectionStore::ProjectionStore(EventWriter &writer, ReadPool &reads) : m_writer(writer), m_reads(reads) { }

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
}

void ProjectionStore::onCommitted(const EventBatch &batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_accepting)
            return;
        m_queue.push_back(batch);
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

    for (;;) {
        EventBatch batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            batch = std::move(m_queue.front());
            m_queue.pop_front();
        }
        apply(batch);
        {
            std::lock_guard lock(m_mutex);
            ++m_applied;
        }
        m_changed.notify_all();
    }
}

void ProjectionStore::build(qint64 lastBuiltId)
{
    ReadPool::Lease lease = m_reads.acquire();
    SqlStatement select = lease.db().prepare(QStringLiteral(
        "SELECT site_id, visitor_id, user_id, ts, name, path, props, host, source, source_class, utm_source, "
        "utm_medium, utm_campaign, utm_term, utm_content, browser, os, device, is_bot FROM events WHERE id <= ?1 "
        "ORDER BY id"));
    select.bind(1, lastBuiltId);
    qint64 currentSite = -1;
    std::shared_ptr<SiteProjection> site;
    QHash<qint64, std::shared_ptr<SiteProjection>> sites;
    while (select.step()) {
        const qint64 siteId = select.columnInt(0);
        if (siteId != currentSite) {
            currentSite = siteId;
            std::shared_ptr<SiteProjection> &slot = sites[siteId];
            if (!slot)
                slot = std::make_shared<SiteProjection>();
            site = slot;
        }
        ProjectionRow row;
        row.visitorHash = select.columnInt(1);
        row.userId = select.columnUtf8(2);
        row.ts = select.columnInt(3);
        row.name = select.columnUtf8(4);
        row.path = select.columnUtf8(5);
        row.props = select.columnUtf8(6);
        for (int f = 0; f < AttributeSet::FieldCount; ++f)
            row.attributes[f] = select.columnUtf8(7 + f);
        row.isBot = select.columnInt(18) != 0;
        site->stage(row);
    }
    for (const std::shared_ptr<SiteProjection> &s : std::as_const(sites))
        s->finishLoad();
    std::lock_guard lock(m_mutex);
    m_sites = std::move(sites);
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
