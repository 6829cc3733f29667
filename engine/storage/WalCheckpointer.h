// Checkpoints the writer's WAL on a thread of its own. SQLite's automatic checkpoint runs inside the
// COMMIT that leaves the WAL past its threshold, on the committing connection: the single writer then
// copies megabytes into the database file and waits for two fsyncs while every request in its queue
// waits for its acknowledgement. Here the writer's WAL hook only compares the WAL's size with the
// threshold; past it, this thread runs a PASSIVE checkpoint on its own connection, which never blocks
// the writer, and the writer's next commit starts the WAL over once everything in it is copied.
// A WAL starts over only when a checkpoint has copied all of it before the writer's next commit. Under
// sustained load the writer keeps appending while this thread copies, so the WAL could grow without
// end: past kWriterTakesOverFactor times the threshold, the writer checkpoints in its own commit as
// SQLite would (it appends nothing meanwhile, so that checkpoint finishes the job).
// While the WAL cannot start over, it stays past the threshold after every checkpoint: asking at every
// commit then ran a checkpoint, with its two fsyncs, for every handful of commits (300 a second under
// single-event load). A commit asks again only once the WAL has grown by kRequestStepShare of the
// threshold since the last request.
// Nothing about durability changes: a checkpoint only copies committed pages, and one cut short by a
// crash is finished by the next open.
#pragma once

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace pulse {

class SqliteDatabase;

class WalCheckpointer final {
public:
    // durable: the checkpoint's fsyncs as with synchronous=FULL, else NORMAL (the writer's setting).
    WalCheckpointer(QString databasePath, bool durable);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Opens the checkpointing connection, installs the WAL hook on the writer's connection (which
    // turns SQLite's automatic checkpoint off there) and starts the thread. Call while no other thread
    // uses `writer`. Throws SqlError.
    void start(SqliteDatabase &writer);
    // Lets a running checkpoint finish, joins the thread and removes the hook. Call while no other
    // thread uses the writer's connection.
    void stop();

    // WAL size, in pages, past which a commit asks for a checkpoint (SQLite's default: 1000).
    static constexpr int kDefaultThresholdPages = 1000;
    void setThresholdPages(int pages) { m_threshold.store(pages, std::memory_order_relaxed); }
    int thresholdPages() const { return m_threshold.load(std::memory_order_relaxed); }

    static constexpr int kWriterTakesOverFactor = 4;
    static constexpr int kRequestStepShare = 4; // asks again after threshold / 4 pages more

    // Checkpoints completed by this thread, and by the writer itself past the factor above.
    qint64 checkpointsDone() const;
    qint64 writerCheckpoints() const { return m_writerCheckpoints.load(std::memory_order_relaxed); }
    // Waits until no checkpoint is asked for or running (tests).
    void waitUntilIdle();
    // Holds this thread's checkpoints back (tests: a checkpointer that cannot keep up).
    void setPaused(bool paused);

private:
    static int onWalCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    const QString m_path;
    const bool m_durable;
    std::unique_ptr<SqliteDatabase> m_db;
    sqlite3 *m_writer = nullptr;
    std::thread m_thread;
    std::atomic<int> m_threshold { kDefaultThresholdPages };

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_running = false;
    bool m_stopping = false;
    bool m_paused = false;
    qint64 m_done = 0;
    std::atomic<qint64> m_writerCheckpoints { 0 };
    // The writer's thread only (the hook): the WAL's size at the last commit, and the size at which
    // a commit asks for the next checkpoint.
    int m_lastPages = 0;
    int m_nextRequestPages = 0;
};

} // namespace pulse
