// Read-only connections for queries, so analytics never wait on the writer and never write.
// A lease returns its connection to the pool when it goes out of scope.
#pragma once

#include "storage/Sqlite.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace pulse {

class ReadPool final
{
public:
    class Lease
    {
    public:
        Lease(ReadPool *pool, std::unique_ptr<SqliteDatabase> db) : m_pool(pool), m_db(std::move(db)) {}
        ~Lease();
        Lease(Lease &&) noexcept = default;
        Lease(const Lease &) = delete;
        SqliteDatabase &db() { return *m_db; }
        SqliteDatabase *operator->() { return m_db.get(); }

    private:
        ReadPool *m_pool;
        std::unique_ptr<SqliteDatabase> m_db;
    };

    ReadPool(QString databasePath, int size);
    // Blocks until a connection is free; opens connections lazily up to the pool's size.
    Lease acquire();
    // A connection set up like the pool's, outside it: for work that needs several connections at
    // once (a parallel export) and must not wait for, or hold up, the pool's. Throws SqlError.
    std::unique_ptr<SqliteDatabase> openConnection() const;
    int size() const { return m_size; }

private:
    void release(std::unique_ptr<SqliteDatabase> db);

    QString m_path;
    int m_size;
    int m_opened = 0;
    std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<SqliteDatabase>> m_idle;
};

} // namespace pulse
