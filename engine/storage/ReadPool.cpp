#include "storage/ReadPool.h"

namespace pulse {

ReadPool::Lease::~Lease()
{
    if (m_pool && m_db)
        m_pool->release(std::move(m_db));
}

ReadPool::ReadPool(QString databasePath, int size) : m_path(std::move(databasePath)), m_size(qMax(1, size)) {}

ReadPool::Lease ReadPool::acquire()
{
    std::unique_lock lock(m_mutex);
    m_available.wait(lock, [this] { return !m_idle.empty() || m_opened < m_size; });
    if (!m_idle.empty()) {
        std::unique_ptr<SqliteDatabase> db = std::move(m_idle.back());
        m_idle.pop_back();
        return Lease(this, std::move(db));
    }
    ++m_opened;
    lock.unlock();
    try {
        return Lease(this, openConnection());
    } catch (...) {
        std::lock_guard relock(m_mutex);
        --m_opened;
        m_available.notify_one();
        throw;
    }
}

std::unique_ptr<SqliteDatabase> ReadPool::openConnection() const
{
    auto db = std::make_unique<SqliteDatabase>();
    db->open(m_path, SqliteDatabase::Mode::ReadOnly);
    db->exec(QStringLiteral("PRAGMA query_only=ON"));
    return db;
}

void ReadPool::release(std::unique_ptr<SqliteDatabase> db)
{
    {
        std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(db));
    }
    m_available.notify_one();
}

} // namespace pulse
