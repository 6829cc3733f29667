// A thin RAII layer over the SQLite C API. Pulse uses the C API everywhere (never Qt Sql), so one
// SQLite library serves the whole process and file locking stays correct (ARCHITECTURE.md, Storage).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace pulse {

class SqlError : public std::runtime_error
{
public:
    SqlError(const QString &message, int code)
        : std::runtime_error(message.toStdString()), m_code(code) {}
    int code() const { return m_code; }

private:
    int m_code;
};

class SqlStatement;

class SqliteDatabase final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;

    // Opens (creating when ReadWrite) the file; throws SqlError with a readable message on failure.
    void open(const QString &path, Mode mode);
    bool isOpen() const { return m_db != nullptr; }
    void close();

    void exec(const QString &sql);
    SqlStatement prepare(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    qint64 queryInt(const QString &sql);
    QString queryText(const QString &sql);

    sqlite3 *handle() const { return m_db; }
    QString lastError() const;

    // Transaction control through statements prepared once per connection: sqlite3_exec would parse
    // "BEGIN"/"COMMIT" again for every transaction, which showed up at ~18 % of the writer's time.
    void begin(bool immediate);
    void commit();
    void rollback();

private:
    void runCached(sqlite3_stmt *&stmt, const char *sql);
    void finalizeCached();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_begin = nullptr;
    sqlite3_stmt *m_beginImmediate = nullptr;
    sqlite3_stmt *m_commit = nullptr;
    sqlite3_stmt *m_rollback = nullptr;
};

// A prepared statement; bind indexes start at 1, column indexes at 0 (as in SQLite).
class SqlStatement final
{
public:
    SqlStatement() = default;
    SqlStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(SqlStatement &&other) noexcept;

    SqlStatement &bind(int index, qint64 value);
    SqlStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqlStatement &bind(int index, double value);
    SqlStatement &bind(int index, const QString &value); // a null QString binds NULL
    SqlStatement &bind(int index, const QByteArray &value); // as a BLOB; null binds NULL
    // UTF-8 text bound without a copy (SQLITE_STATIC): the bytes must stay valid and unchanged until
    // the statement is stepped and reset. A view with a null data pointer binds NULL.
    SqlStatement &bindUtf8Static(int index, QByteArrayView utf8);
    SqlStatement &bindNull(int index);
    SqlStatement &bindVariant(int index, const QVariant &value);

    // Steps once: true while a row is available, false when done. Throws on error.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();
    // For hot statements whose every parameter is rebound before each run: runs and resets without
    // sqlite3_clear_bindings (6 % of the writer's time in batches).
    void runKeepingBindings();

    qint64 columnInt(int col) const;
    double columnDouble(int col) const;
    QString columnText(int col) const;
    // The column's UTF-8 bytes without a copy: valid until the next step() or reset().
    QByteArrayView columnUtf8(int col) const;
    // The same, with NULL as a null view (data() == nullptr; an empty text is an empty, non-null view).
    // One look-up of the column where columnUtf8() and columnIsNull() cost two each; for loops that
    // read many rows, on the one thread that uses this connection.
    QByteArrayView columnUtf8OrNull(int col) const;
    QByteArray columnBlob(int col) const;
    bool columnIsNull(int col) const;
    QVariant columnVariant(int col) const;
    int columnCount() const;

private:
    void check(int rc) const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// Begins a transaction and rolls it back unless commit() was called.
class SqlTransaction final
{
public:
    explicit SqlTransaction(SqliteDatabase &db, bool immediate = true);
    ~SqlTransaction();
    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace pulse
