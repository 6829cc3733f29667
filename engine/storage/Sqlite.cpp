#include "storage/Sqlite.h"

#include <sqlite3.h>

#include <mutex>
#include <utility>

namespace pulse {

namespace {
[[noreturn]] void fail(sqlite3 *db, int rc, const QString &context)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    throw SqlError(context + QStringLiteral(": ") + detail, rc);
}

// Process-wide settings that SQLite accepts only before it is initialised, so done once before the
// first open. Memory statistics take a global mutex on every sqlite3_malloc/free (~4 % of the
// writer); Pulse never reads them. A late call (SQLITE_MISUSE: SQLite already in use) changes nothing.
void configureProcessOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}
} // namespace

SqliteDatabase::~SqliteDatabase() { close(); }

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_begin(std::exchange(other.m_begin, nullptr)),
      m_beginImmediate(std::exchange(other.m_beginImmediate, nullptr)),
      m_commit(std::exchange(other.m_commit, nullptr)), m_rollback(std::exchange(other.m_rollback, nullptr))
{
}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_begin = std::exchange(other.m_begin, nullptr);
        m_beginImmediate = std::exchange(other.m_beginImmediate, nullptr);
        m_commit = std::exchange(other.m_commit, nullptr);
        m_rollback = std::exchange(other.m_rollback, nullptr);
    }
    return *this;
}

void SqliteDatabase::open(const QString &path, Mode mode)
{
    close();
    configureProcessOnce();
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
                      | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = QStringLiteral("cannot open database %1").arg(path);
        sqlite3 *db = std::exchange(m_db, nullptr);
        try {
            fail(db, rc, message);
        } catch (...) {
            sqlite3_close(db);
            throw;
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Readers wait briefly for the writer's checkpoint instead of failing with SQLITE_BUSY.
    sqlite3_busy_timeout(m_db, 5000);
}

void SqliteDatabase::close()
{
    if (m_db) {
        finalizeCached();
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDatabase::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString message = err ? QString::fromUtf8(err) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(err);
        throw SqlError(message, rc);
    }
}

SqlStatement SqliteDatabase::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                                      nullptr);
    if (rc != SQLITE_OK)
        fail(m_db, rc, QStringLiteral("cannot prepare \"%1\"").arg(sql.left(120)));
    return SqlStatement(m_db, stmt);
}

qint64 SqliteDatabase::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int SqliteDatabase::changes() const { return sqlite3_changes(m_db); }

qint64 SqliteDatabase::queryInt(const QString &sql)
{
    SqlStatement st = prepare(sql);
    return st.step() ? st.columnInt(0) : 0;
}

QString SqliteDatabase::queryText(const QString &sql)
{
    SqlStatement st = prepare(sql);
    return st.step() ? st.columnText(0) : QString();
}

void SqliteDatabase::finalizeCached()
{
    for (sqlite3_stmt **stmt : {&m_begin, &m_beginImmediate, &m_commit, &m_rollback}) {
        sqlite3_finalize(*stmt);
        *stmt = nullptr;
    }
}

void SqliteDatabase::runCached(sqlite3_stmt *&stmt, const char *sql)
{
    if (!stmt) {
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            fail(m_db, rc, QStringLiteral("cannot prepare \"%1\"").arg(QLatin1String(sql)));
    }
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        fail(m_db, rc, QLatin1String(sql));
}

void SqliteDatabase::begin(bool immediate)
{
    if (immediate)
        runCached(m_beginImmediate, "BEGIN IMMEDIATE");
    else
        runCached(m_begin, "BEGIN");
}

void SqliteDatabase::commit() { runCached(m_commit, "COMMIT"); }
void SqliteDatabase::rollback() { runCached(m_rollback, "ROLLBACK"); }

QString SqliteDatabase::lastError() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

SqlStatement::~SqlStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void SqlStatement::check(int rc) const
{
    if (rc != SQLITE_OK)
        fail(m_db, rc, QStringLiteral("cannot bind parameter"));
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    check(sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT));
    return *this;
}

SqlStatement &SqlStatement::bindUtf8Static(int index, QByteArrayView utf8)
{
    if (!utf8.data())
        return bindNull(index);
    check(sqlite3_bind_text64(m_stmt, index, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8));
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

SqlStatement &SqlStatement::bindVariant(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

bool SqlStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(m_db, rc, QStringLiteral("statement failed"));
}

void SqlStatement::run()
{
    while (step()) {
    }
    reset();
}

void SqlStatement::runKeepingBindings()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db, rc, QStringLiteral("statement failed"));
}

void SqlStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqlStatement::columnInt(int col) const { return sqlite3_column_int64(m_stmt, col); }
double SqlStatement::columnDouble(int col) const { return sqlite3_column_double(m_stmt, col); }

QString SqlStatement::columnText(int col) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView SqlStatement::columnUtf8(int col) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!text)
        return {};
    return QByteArrayView(text, sqlite3_column_bytes(m_stmt, col));
}

QByteArrayView SqlStatement::columnUtf8OrNull(int col) const
{
    // sqlite3_column_value() returns the statement's own cell; reading it with sqlite3_value_*() is
    // safe while no other thread uses the connection, which holds for every Pulse connection.
    sqlite3_value *value = sqlite3_column_value(m_stmt, col);
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    if (!text)
        throw SqlError(QStringLiteral("out of memory reading a text column"), SQLITE_NOMEM);
    return QByteArrayView(text, sqlite3_value_bytes(value));
}

QByteArray SqlStatement::columnBlob(int col) const
{
    const void *data = sqlite3_column_blob(m_stmt, col);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

bool SqlStatement::columnIsNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }

QVariant SqlStatement::columnVariant(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return columnInt(col);
    case SQLITE_FLOAT:
        return columnDouble(col);
    case SQLITE_BLOB:
        return columnBlob(col);
    case SQLITE_NULL:
        return {};
    default:
        return columnText(col);
    }
}

int SqlStatement::columnCount() const { return sqlite3_column_count(m_stmt); }

SqlTransaction::SqlTransaction(SqliteDatabase &db, bool immediate) : m_db(db)
{
    m_db.begin(immediate);
}

SqlTransaction::~SqlTransaction()
{
    if (!m_done) {
        try {
            m_db.rollback();
        } catch (const SqlError &) {
            // The transaction may already be gone (SQLite rolls back on some errors by itself).
        }
    }
}

void SqlTransaction::commit()
{
    m_db.commit();
    m_done = true;
}

} // namespace pulse
