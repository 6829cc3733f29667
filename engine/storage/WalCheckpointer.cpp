#include "storage/WalCheckpointer.h"

#include "storage/Sqlite.h"

#include <sqlite3.h>

#include <algorithm>

namespace pulse {

WalCheckpointer::WalCheckpointer(QString databasePath, bool durable)
    : m_path(std::move(databasePath)), m_durable(durable)
{
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

void WalCheckpointer::start(SqliteDatabase &writer)
{
    if (m_thread.joinable())
        return;
    m_db = std::make_unique<SqliteDatabase>();
    m_db->open(m_path, SqliteDatabase::Mode::ReadWrite);
    // A checkpoint syncs as its own connection says: the same as the writer's commits.
    m_db->exec(m_durable ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL"));
    m_writer = writer.handle();
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onWalCommit, this);
}

void WalCheckpointer::stop()
{
    if (!m_thread.joinable())
        return;
    sqlite3_wal_hook(m_writer, nullptr, nullptr);
    m_writer = nullptr;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    m_db.reset();
}

int WalCheckpointer::onWalCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    const int threshold = checkpointer->thresholdPages();
    if (pages < checkpointer->m_lastPages)
        checkpointer->m_nextRequestPages = 0; // the WAL started over
    checkpointer->m_lastPages = pages;
    if (pages < threshold)
        return SQLITE_OK;
    if (pages >= qint64(threshold) * kWriterTakesOverFactor) {
        // SQLITE_BUSY while this thread's checkpoint runs: the next commit tries again.
        if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) == SQLITE_OK)
            checkpointer->m_writerCheckpoints.fetch_add(1, std::memory_order_relaxed);
        return SQLITE_OK;
    }
    if (pages < checkpointer->m_nextRequestPages)
        return SQLITE_OK; // the last request copies most of this; what it could not waits for more
    {
        std::lock_guard lock(checkpointer->m_mutex);
        if (checkpointer->m_requested || checkpointer->m_running)
            return SQLITE_OK; // the next commit asks again if the WAL is still past the threshold
        checkpointer->m_requested = true;
    }
    checkpointer->m_nextRequestPages = pages + std::max(1, threshold / kRequestStepShare);
    checkpointer->m_changed.notify_all();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return (m_requested && !m_paused) || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        m_running = true;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and never waits for the writer or a reader.
        // SQLITE_BUSY (another connection is checkpointing) or an I/O error leaves the WAL as it is,
        // longer; the next request tries again, and an open finishes what is left.
        const int rc = sqlite3_wal_checkpoint_v2(m_db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_running = false;
        if (rc == SQLITE_OK)
            ++m_done;
        m_changed.notify_all();
    }
}

void WalCheckpointer::setPaused(bool paused)
{
    {
        std::lock_guard lock(m_mutex);
        m_paused = paused;
    }
    m_changed.notify_all();
}

qint64 WalCheckpointer::checkpointsDone() const
{
    std::lock_guard lock(m_mutex);
    return m_done;
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (!m_requested && !m_running) || m_paused || m_stopping; });
}

} // namespace pulse
