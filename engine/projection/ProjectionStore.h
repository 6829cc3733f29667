// Keeps a SiteProjection for every site with events: built from SQLite when the workspace opens and
// appended with every commit the writer announces. One thread does both, so appends apply in commit
// order and never race the build; queries wait until what was committed before they started is in
// (read-your-writes: an acknowledged event is in every later answer).
//
// The build reads the projection's blocks (ProjectionBlock, table projection_blocks) and then the event
// rows after the last of them. Every kBlockEvents events applied, from rows or from commits, are
// sealed into a new block that the writer stores, so an open reads at most about that many rows.
#pragma once

#include "projection/SiteProjection.h"
#include "storage/EventWriter.h"

#include <QHash>
#include <QMetaObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace pulse {

class ProjectionLoader;
class ReadPool;
class SqliteDatabase;
class SiteProjection;

struct ProjectionStats {
    qint64 events = 0;
    qint64 visitors = 0;
    qint64 memoryBytes = 0;
    qint64 buildMillis = 0; // the initial build
    qint64 eventsFromBlocks = 0; // events the build took from stored blocks
    qint64 rowsReadFromSqlite = 0; // event rows the build read (those after the last block)
    qint64 idleCompactions = 0; // sites whose middle level was merged into their main part when commits paused
};

class ProjectionStore final {
public:
    // legacySnapshotPath: where versions before the blocks saved the projection; removed at start().
    ProjectionStore(EventWriter &writer, ReadPool &reads, QString legacySnapshotPath = {});
    ~ProjectionStore();
    ProjectionStore(const ProjectionStore &) = delete;
    ProjectionStore &operator=(const ProjectionStore &) = delete;

    // Subscribes to commits and starts building from the events stored so far (the stored blocks and
    // the rows after them). The writer must run. Only the first call starts; after stop() none does.
    // site() and builtSite() call it, so a workspace opened without building the
    // projection (WorkspaceOptions::projectionAtOpen) builds it when an analysis first needs it.
    void start();
    // Stops applying commits. Call while the writer still runs (it stores the blocks already sealed).
    void stop();

    // The site's projection once everything committed before this call is applied; null when the
    // site has no events. Throws std::runtime_error when the build failed.
    std::shared_ptr<const SiteProjection> site(qint64 siteId);
    // Like site(), but without waiting for the build: null while it runs (or when it failed, or the
    // site has no events), so a caller that can answer otherwise goes on at once.
    std::shared_ptr<const SiteProjection> builtSite(qint64 siteId);
    // Builds every site's projection again from the event rows, dropping the stored blocks: after
    // events were deleted (a retention purge), which the blocks and the in-memory columns still
    // hold. Ordered with the commits like one of them: every query started after this returns sees
    // the rebuilt projection. Costs one build from rows (docs/sites-and-keys.md).
    void rebuild();
    // Waits until every commit announced so far is applied (tests and benchmarks); returns at once
    // while the projection is not started.
    void waitUntilCurrent();
    // Events per block: an open reads at most about this many rows after the last block. Small enough
    // that the journal holding them costs little memory (26 bytes an event), large enough that the
    // blocks are few. setBlockEvents() is for tests: it applies from the next event on.
    static constexpr qint64 kBlockEvents = 16384;
    void setBlockEvents(qint64 events) { m_blockEvents.store(events, std::memory_order_relaxed); }
    ProjectionStats stats(); // all zero while not started: asking does not start it
    // A burst of commits (an import, a busy collector) fills a site's middle level instead of merging
    // into its main part every SiteProjection::kTailLimit events; once no commit has come for this
    // long, the appender merges it, so analyses scan one sorted run again. 0 (tests): whenever the
    // queue is empty, before the commit that emptied it counts as applied.
    static constexpr std::chrono::milliseconds kIdleCompaction { 500 };
    void setIdleCompaction(std::chrono::milliseconds delay);
    // The levels of the sites that commits create from now on (tests use small ones; ProjectionLevels).
    void setLevels(ProjectionLevels levels);

private:
    using Sites = QHash<qint64, std::shared_ptr<SiteProjection>>;
    void onCommitted(const EventBatch &batch);
    void run(qint64 lastBuiltId);
    void build(qint64 lastBuiltId);
    // Both return the last event id the blocks cover; both add what they read to the loader.
    qint64 readBlocks(qint64 lastId, Sites &sites, ProjectionLoader &loader);
    void readRows(qint64 afterId, qint64 lastId, Sites &sites, ProjectionLoader &loader);
    void apply(const EventBatch &batch);
    // Merges the middle level of every site that has one into its main part (appender thread).
    void compactIdleSites();
    void rebuildFromRows(qint64 lastId);
    void requestBarrier();
    // Seals what the journals hold (the events up to lastEventId), has the writer store it and returns it.
    QByteArray sealBlock(const Sites &sites, qint64 lastEventId);
    std::shared_ptr<SiteProjection> siteForWrite(qint64 siteId);

    EventWriter &m_writer;
    ReadPool &m_reads;
    QString m_legacySnapshotPath;
    QMetaObject::Connection m_connection;
    std::thread m_thread;
    // start() against start() and stop() from any thread; taken before m_mutex, never inside it.
    std::mutex m_startMutex;
    bool m_started = false;
    bool m_stopped = false;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    // Commits to apply, in order; an entry without a batch is a barrier: every event up to its id is
    // applied before it, none after (it is queued by a job on the writer thread), so a block sealed
    // there covers exactly the events up to that id.
    struct Pending {
        EventBatch batch;
        qint64 barrierId = -1;
        bool rebuild = false; // rebuild from the rows up to barrierId (counted like a commit)
    };
    std::deque<Pending> m_queue;
    std::atomic<qint64> m_blockEvents { kBlockEvents };
    std::chrono::milliseconds m_idleCompaction { kIdleCompaction }; // under m_mutex
    ProjectionLevels m_levels; // under m_mutex
    // Appender thread only (the build thread, which becomes the appender):
    qint64 m_sealedId = 0; // the last event id the stored blocks cover
    qint64 m_journalEvents = 0; // events applied since
    bool m_middleFilled = false; // some site has events in its middle level
    bool m_barrierQueued = false;
    std::atomic<bool> m_abortBuild { false };
    bool m_accepting = false; // set on the writer thread once the build's snapshot is fixed
    bool m_stopping = false;
    bool m_built = false;
    // Rebuilds so far: projections created after the n-th start their epochs at n << 32, above any
    // epoch of the projections they replace.
    qint64 m_generation = 0;
    QString m_buildError;
    quint64 m_enqueued = 0;
    quint64 m_applied = 0;
    qint64 m_buildMillis = 0;
    qint64 m_eventsFromBlocks = 0;
    qint64 m_rowsRead = 0;
    qint64 m_idleCompactions = 0;
    Sites m_sites;
};

} // namespace pulse
