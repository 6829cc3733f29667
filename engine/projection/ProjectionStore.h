// Keeps a SiteProjection for every site with events: built from SQLite when the workspace opens and
// appended with every commit the writer announces. One thread does both, so appends apply in commit
// order and never race the build; queries wait until what was committed before they started is in
// (read-your-writes: an acknowledged event is in every later answer).
#pragma once

#include "storage/EventWriter.h"

#include <QHash>
#include <QMetaObject>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace pulse {

class ReadPool;
class SiteProjection;

struct ProjectionStats {
    qint64 events = 0;
    qint64 visitors = 0;
    qint64 memoryBytes = 0;
    qint64 buildMillis = 0; // the initial build
    bool fromSnapshot = false; // the build loaded the snapshot and caught up from SQLite
    qint64 rowsReadFromSqlite = 0;
};

class ProjectionStore final {
public:
    // snapshotPath: where the projection is saved at stop() and loaded from at start() (empty: never).
    ProjectionStore(EventWriter &writer, ReadPool &reads, QString snapshotPath = {});
    ~ProjectionStore();
    ProjectionStore(const ProjectionStore &) = delete;
    ProjectionStore &operator=(const ProjectionStore &) = delete;

    // Subscribes to commits and starts building from the events stored so far (from the snapshot and
    // the rows after it, or from SQLite alone). The writer must run.
    void start();
    // Applies what is committed, saves the snapshot and stops. Call while the writer still runs.
    void stop();

    // The site's projection once everything committed before this call is applied; null when the
    // site has no events. Throws std::runtime_error when the build failed.
    std::shared_ptr<const SiteProjection> site(qint64 siteId);
    // Waits until every commit announced so far is applied (tests and benchmarks).
    void waitUntilCurrent();
    // Saves the snapshot again after this many appended events, so a crash costs at most that many
    // rows of catch-up at the next open (default kSnapshotEveryEvents).
    void setSnapshotEvery(qint64 events) { m_snapshotEvery = events; }
    static constexpr qint64 kSnapshotEveryEvents = 1000000;
    ProjectionStats stats();

private:
    void onCommitted(const EventBatch &batch);
    void run(qint64 lastBuiltId);
    void build(qint64 lastBuiltId);
    void readRows(qint64 afterId, qint64 lastId, QHash<qint64, std::shared_ptr<SiteProjection>> &sites, bool stage);
    void apply(const EventBatch &batch);
    void requestSnapshot();
    void saveSnapshot(qint64 lastEventId);
    std::shared_ptr<SiteProjection> siteForWrite(qint64 siteId);

    EventWriter &m_writer;
    ReadPool &m_reads;
    QString m_snapshotPath;
    QMetaObject::Connection m_connection;
    std::thread m_thread;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    // Commits to apply, in order; an entry without a batch is a snapshot barrier: every event up to
    // its id is applied before it, none after (it is queued by a job on the writer thread).
    struct Pending {
        EventBatch batch;
        qint64 barrierId = -1;
    };
    std::deque<Pending> m_queue;
    qint64 m_snapshotEvery = kSnapshotEveryEvents;
    qint64 m_sinceSnapshot = 0; // appender thread only
    bool m_barrierQueued = false; // appender thread only
    std::atomic<bool> m_abortBuild { false };
    bool m_accepting = false; // set on the writer thread once the build's snapshot is fixed
    bool m_stopping = false;
    bool m_built = false;
    QString m_buildError;
    quint64 m_enqueued = 0;
    quint64 m_applied = 0;
    qint64 m_buildMillis = 0;
    bool m_fromSnapshot = false;
    qint64 m_rowsRead = 0;
    QHash<qint64, std::shared_ptr<SiteProjection>> m_sites;
};

} // namespace pulse
