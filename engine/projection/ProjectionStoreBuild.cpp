// ProjectionStore filling its sites from SQLite: the first build at start() (the stored blocks, then the
// event rows after them) and the rebuild from rows after a retention purge. The appender's side of
// the store, which applies commits and seals blocks, is in ProjectionStore.cpp.
#include "projection/ProjectionStore.h"

#include "projection/EventRowReader.h"
#include "projection/ProjectionBlock.h"
#include "projection/ProjectionBlockTable.h"
#include "projection/ProjectionLoader.h"
#include "projection/SiteProjection.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <algorithm>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace pulse {

void ProjectionStore::build(qint64 lastBuiltId)
{
    Sites sites;
    // The stored blocks, then the rows after them; a block found damaged only when its events are
    // placed means starting again from the rows alone.
    for (const bool useBlocks : { true, false }) {
        sites.clear();
        ProjectionLoader loader(sites);
        const qint64 covered = useBlocks ? readBlocks(lastBuiltId, sites, loader) : 0;
        if (!useBlocks) {
            m_writer.post([](SqliteDatabase &db) { ProjectionBlockTable::removeAfter(db, 0); });
            std::lock_guard lock(m_mutex);
            m_eventsFromBlocks = 0;
        }
        m_sealedId = covered;
        m_journalEvents = 0;
        readRows(covered, lastBuiltId, sites, loader);
        // The rows after the last block stay in the journals for the next block; they are placed too.
        if (!loader.add(ProjectionBlock::encode(sites), true))
            throw std::logic_error("the projection's journal does not read back as a block");
        if (loader.finish(int(std::max(1u, std::thread::hardware_concurrency()))))
            break;
        if (!useBlocks)
            throw std::runtime_error("the projection built from the event rows is inconsistent");
    }
    std::lock_guard lock(m_mutex);
    m_sites = std::move(sites);
}

qint64 ProjectionStore::readBlocks(qint64 lastId, Sites &sites, ProjectionLoader &loader)
{
    qint64 covered = 0;
    qint64 events = 0;
    bool unused = false;
    bool damaged = false;
    {
        ReadPool::Lease lease = m_reads.acquire();
        ProjectionBlockTable::read(lease.db(), [&](const StoredBlock &block) {
            if (m_abortBuild.load(std::memory_order_relaxed))
                throw std::runtime_error("closed before the events were loaded");
            // A block of another format, one that leaves a gap or one beyond the rows (a database
            // restored without them) ends the chain: the events after it are read as rows.
            if (block.afterId != covered || block.format != ProjectionBlock::kFormat || block.lastId > lastId) {
                unused = true;
                return false;
            }
            if (!loader.add(block.data.toByteArray(), false)) {
                damaged = true;
                return false;
            }
            covered = block.lastId;
            events += block.events;
            return true;
        });
    }
    if (damaged) { // the sites hold part of a block: start again from the rows alone
        loader.clear();
        sites.clear();
        covered = 0;
        events = 0;
        unused = true;
    }
    if (unused) // before any new block is posted, so the writer runs it first
        m_writer.post([covered](SqliteDatabase &db) { ProjectionBlockTable::removeAfter(db, covered); });
    std::lock_guard lock(m_mutex);
    m_eventsFromBlocks = events;
    return covered;
}

void ProjectionStore::readRows(qint64 afterId, qint64 lastId, Sites &sites, ProjectionLoader &loader)
{
    qint64 currentSite = -1;
    SiteProjection *site = nullptr;
    qint64 rows = 0;
    // Two connections: SQLite's row machinery is most of a build from rows, and it runs beside the
    // interning here on the machine's other core.
    EventRowReader reader(m_reads, afterId, lastId, 2, m_abortBuild);
    reader.run([&](qint64 siteId, qint64 id, const ProjectionRow &row) {
        ++rows;
        if (siteId != currentSite) {
            currentSite = siteId;
            std::shared_ptr<SiteProjection> &slot = sites[siteId];
            if (!slot)
                slot = std::make_shared<SiteProjection>();
            site = slot.get();
        }
        site->stage(row);
        if (++m_journalEvents >= m_blockEvents.load(std::memory_order_relaxed)) {
            const QByteArray block = sealBlock(sites, id);
            if (!loader.add(block, true))
                throw std::logic_error("a sealed block does not read back");
        }
    });
    std::lock_guard lock(m_mutex);
    m_rowsRead = rows;
}

void ProjectionStore::rebuild()
{
    // On the writer thread: the blocks go, and the rebuild's snapshot is fixed between two commits,
    // exactly as start() fixes the first build's.
    m_writer.execute([this](SqliteDatabase &db) {
        ProjectionBlockTable::removeAfter(db, 0);
        const qint64 lastId = db.queryInt(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM events"));
        {
            std::lock_guard lock(m_mutex);
            if (!m_accepting)
                return;
            m_queue.push_back(Pending { {}, lastId, true });
            ++m_enqueued;
        }
        m_changed.notify_all();
    });
}

void ProjectionStore::rebuildFromRows(qint64 lastId)
{
    // A block the old projection sealed after the blocks were dropped is posted before this.
    m_writer.post([](SqliteDatabase &db) { ProjectionBlockTable::removeAfter(db, 0); });
    Sites sites;
    QString error;
    try {
        ProjectionLoader loader(sites);
        m_sealedId = 0;
        m_journalEvents = 0;
        readRows(0, lastId, sites, loader);
        if (!loader.add(ProjectionBlock::encode(sites), true)
            || !loader.finish(int(std::max(1u, std::thread::hardware_concurrency()))))
            throw std::runtime_error("the projection rebuilt from the event rows is inconsistent");
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
        sites.clear();
    }
    std::lock_guard lock(m_mutex);
    ++m_generation;
    for (const std::shared_ptr<SiteProjection> &site : std::as_const(sites))
        site->raiseEpoch(m_generation << 32);
    m_sites = std::move(sites);
    // Never answer from the old projection, which still counts the deleted events.
    if (!error.isEmpty())
        m_buildError = error;
}

} // namespace pulse
