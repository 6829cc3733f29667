#include "projection/EventRowReader.h"

#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <sqlite3.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace pulse {

namespace {

// The text columns of a row, in SELECT order after the five numbers.
constexpr int kTextColumns = 4 + AttributeSet::FieldCount; // user_id, name, path, props, attributes

const char kSelect[] = "SELECT site_id, id, visitor_id, ts, is_bot, user_id, name, path, props, host, source, "
                       "source_class, utm_source, utm_medium, utm_campaign, utm_term, utm_content, browser, os, "
                       "device FROM events WHERE id > ?1 AND id <= ?2 ORDER BY id";

// One chunk's rows, copied out of SQLite: numbers, and the text columns packed in one buffer.
struct Chunk {
    struct Row {
        qint64 site, id, visitor, ts;
        bool bot;
        std::array<quint32, kTextColumns + 1> at; // column c is bytes[at[c], at[c + 1])
    };
    std::vector<Row> rows;
    QByteArray bytes;
};

// Reads (from, to] into chunk through the C API (the fewest calls per column).
void readChunk(SqliteDatabase &db, qint64 from, qint64 to, Chunk &chunk)
{
    sqlite3_stmt *raw = nullptr;
    int rc = sqlite3_prepare_v2(db.handle(), kSelect, sizeof kSelect - 1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(raw, sqlite3_finalize);
    if (rc != SQLITE_OK)
        throw SqlError(QStringLiteral("cannot read the events: ") + db.lastError(), rc);
    sqlite3_bind_int64(raw, 1, from);
    sqlite3_bind_int64(raw, 2, to);
    chunk.rows.clear();
    chunk.bytes.clear();
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        Chunk::Row row;
        row.site = sqlite3_column_int64(raw, 0);
        row.id = sqlite3_column_int64(raw, 1);
        row.visitor = sqlite3_column_int64(raw, 2);
        row.ts = sqlite3_column_int64(raw, 3);
        row.bot = sqlite3_column_int64(raw, 4) != 0;
        for (int c = 0; c < kTextColumns; ++c) {
            row.at[size_t(c)] = quint32(chunk.bytes.size());
            const auto *text = static_cast<const char *>(sqlite3_column_blob(raw, 5 + c));
            if (text)
                chunk.bytes.append(text, sqlite3_column_bytes(raw, 5 + c));
        }
        row.at[kTextColumns] = quint32(chunk.bytes.size());
        chunk.rows.push_back(row);
    }
    if (rc != SQLITE_DONE)
        throw SqlError(QStringLiteral("cannot read the events: ") + db.lastError(), rc);
}

} // namespace

EventRowReader::EventRowReader(
    ReadPool &reads, qint64 afterId, qint64 lastId, int connections, const std::atomic<bool> &abort)
    : m_reads(reads), m_afterId(afterId), m_lastId(lastId), m_connections(std::max(1, connections)), m_abort(abort)
{
}

void EventRowReader::run(const std::function<void(qint64 siteId, qint64 id, const ProjectionRow &row)> &visit)
{
    if (m_lastId <= m_afterId)
        return;
    const qint64 chunks = (m_lastId - m_afterId + kChunkIds - 1) / kChunkIds;
    const int readers = int(std::min<qint64>(m_connections, chunks));
    // Chunks ahead of the caller a reader may hold: enough to keep it busy, bounded in memory.
    constexpr qint64 kAhead = 2;

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<std::unique_ptr<Chunk>> ready; // chunks from `next` on, in order; null: not read yet
    qint64 next = 0; // the chunk the caller takes next
    bool stopping = false;
    std::exception_ptr failure;

    const auto bounds = [&](qint64 k) {
        return std::pair { m_afterId + k * kChunkIds, std::min(m_lastId, m_afterId + (k + 1) * kChunkIds) };
    };
    const auto reader = [&](int r) {
        try {
            ReadPool::Lease lease = m_reads.acquire();
            for (qint64 k = r; k < chunks; k += readers) {
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return stopping || k < next + kAhead * readers; });
                    if (stopping)
                        return;
                }
                auto chunk = std::make_unique<Chunk>();
                const auto [from, to] = bounds(k);
                readChunk(lease.db(), from, to, *chunk);
                {
                    std::lock_guard lock(mutex);
                    while (qint64(ready.size()) <= k - next)
                        ready.emplace_back();
                    ready[size_t(k - next)] = std::move(chunk);
                }
                changed.notify_all();
            }
        } catch (...) {
            {
                std::lock_guard lock(mutex);
                if (!failure)
                    failure = std::current_exception();
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> threads;
    for (int r = 0; r < readers; ++r)
        threads.emplace_back(reader, r);
    // However the loop ends, the readers stop and are joined before the locals they use go away.
    struct Join {
        std::function<void()> stop;
        std::vector<std::thread> &threads;
        ~Join()
        {
            stop();
            for (std::thread &t : threads)
                t.join();
        }
    } join { [&] {
                {
                    std::lock_guard lock(mutex);
                    stopping = true;
                }
                changed.notify_all();
            },
        threads };

    ProjectionRow row;
    for (qint64 k = 0; k < chunks; ++k) {
        std::unique_ptr<Chunk> chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return failure || (!ready.empty() && ready.front()); });
            if (failure)
                std::rethrow_exception(failure);
            chunk = std::move(ready.front());
            ready.pop_front();
            ++next;
        }
        changed.notify_all();
        if (m_abort.load(std::memory_order_relaxed))
            throw std::runtime_error("closed before the events were loaded");
        const char *bytes = chunk->bytes.constData();
        for (const Chunk::Row &r : chunk->rows) {
            const auto text = [&](int c) {
                return QByteArrayView(bytes + r.at[size_t(c)], qsizetype(r.at[size_t(c) + 1] - r.at[size_t(c)]));
            };
            row.visitorHash = r.visitor;
            row.ts = r.ts;
            row.isBot = r.bot;
            row.userId = text(0);
            row.name = text(1);
            row.path = text(2);
            row.props = text(3);
            for (int f = 0; f < AttributeSet::FieldCount; ++f)
                row.attributes[size_t(f)] = text(4 + f);
            visit(r.site, r.id, row);
        }
    }
}

} // namespace pulse
