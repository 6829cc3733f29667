// The one writer: a thread that owns the only read-write SQLite connection and performs every write
// and checkpoint (ARCHITECTURE.md, Storage). Events are committed in groups: as soon as the writer is
// free it takes everything queued (up to maxBatchEvents) into one transaction, so a commit never waits
// for more events and a burst shares one fsync. Callbacks run after COMMIT returned: a caller that
// acknowledges from its callback acknowledges only what is durable.
#pragma once

#include "ingest/EventRecord.h"
#include "ingest/IngestLimits.h"

#include <QObject>
#include <QString>

#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace pulse {

class Clock;
class SqliteDatabase;
class SqlStatement;
class SessionTracker;
class WalCheckpointer;

struct WriteOutcome
{
    bool ok = false;
    int inserted = 0;
    int duplicates = 0; // events whose client id was already stored (retries): dropped, not errors
    int rejected = 0;
    QString error; // when !ok: why nothing of this request was stored
};

using EventBatch = std::shared_ptr<const QList<EventRecord>>;

// Counters the server exports on /metrics; lock-free so the network thread reads them freely.
struct WriterMetrics
{
    static constexpr std::array<double, 11> kLatencyBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                            0.05,   0.1,   0.25,   0.5,   1.0};
    std::atomic<qint64> queuedEvents{0};
    std::atomic<qint64> commits{0};
    std::atomic<qint64> failedCommits{0};
    std::atomic<qint64> eventsStored{0};
    std::atomic<qint64> duplicates{0};
    std::atomic<qint64> rejectionsStored{0};
    std::array<std::atomic<qint64>, kLatencyBuckets.size() + 1> latencyCounts{};
    std::atomic<qint64> latencySumMicros{0};
};

class EventWriter final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int maxBatchEvents = 1000;
        bool durable = false; // synchronous=FULL (survives power loss) instead of NORMAL (survives crashes)
        IngestLimits limits;
    };
    using Callback = std::function<void(const WriteOutcome &)>;
    using Job = std::function<void(SqliteDatabase &)>;

    EventWriter(QString databasePath, Options options, const Clock &clock, QObject *parent = nullptr);
    ~EventWriter() override;

    // Opens the connection, applies migrations, restores sessions and starts the thread. Throws SqlError.
    void start();
    // Commits everything already submitted, joins the thread and the checkpointer's, and checkpoints.
    void stop();
    bool isRunning() const { return m_thread.joinable(); }

    // Queues events and rejections of one request; done runs on the writer thread after the commit.
    void submit(QList<EventRecord> events, QList<Rejection> rejections, Callback done);
    // Runs job in its own transaction on the writer thread and waits; rethrows what the job threw.
    void execute(Job job);
    // Queues job like execute() without waiting; a failure is dropped (for bookkeeping writes only).
    void post(Job job);

    const WriterMetrics &metrics() const { return m_metrics; }

    // The WAL size in pages past which a commit asks the checkpointing thread to copy the WAL into the
    // database (WalCheckpointer); returns the previous value. Imports raise it for their length.
    int setCheckpointPages(int pages);
    // Checkpoints completed since start(), after waiting for any that was asked for (tests).
    qint64 waitForCheckpoints();

Q_SIGNALS:
    // Emitted on the writer thread after each commit that stored events (only when connected).
    void committed(pulse::EventBatch events);

private:
    struct Pending;
    void run();
    void writeBatch(std::deque<Pending> &batch);
    void recordLatency(qint64 micros);
    static constexpr int kRowsPerInsert = 16;
    bool insertEvent(EventRecord &event); // false: a retried client id, already stored (nothing changed)
    bool insertEvents(EventRecord *const *events); // kRowsPerInsert rows; false: none kept, go row by row

    QString m_path;
    Options m_options;
    const Clock &m_clock;
    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<SessionTracker> m_sessions; // touched only by the writer thread
    std::unique_ptr<WalCheckpointer> m_checkpointer; // between start() and stop()
    std::atomic<int> m_checkpointPages { 1000 }; // kept across a restart of the writer
    // The hot statements, prepared once per connection (preparing them per commit cost ~23 % of the
    // writer at single-event commit sizes); used only by the writer thread.
    std::unique_ptr<SqlStatement> m_insertEvent;
    std::unique_ptr<SqlStatement> m_insertEvents; // the same, kRowsPerInsert rows per statement
    std::unique_ptr<SqlStatement> m_saveSession;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Pending> m_queue;
    bool m_stopping = false;
    WriterMetrics m_metrics;
};

} // namespace pulse

Q_DECLARE_METATYPE(pulse::EventBatch)
