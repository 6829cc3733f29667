#include "projection/ProjectionBlockTable.h"

#include "projection/ProjectionBlock.h"
#include "storage/Sqlite.h"

#include <sqlite3.h>

#include <memory>

namespace pulse {

void ProjectionBlockTable::read(SqliteDatabase &db, const std::function<bool(const StoredBlock &)> &visit)
{
    // The C API directly: SqlStatement copies blobs, and a block is read once, in place.
    sqlite3_stmt *raw = nullptr;
    const char sql[] = "SELECT after_id, last_id, events, format, data FROM projection_blocks ORDER BY last_id";
    int rc = sqlite3_prepare_v2(db.handle(), sql, sizeof sql - 1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owner(raw, sqlite3_finalize);
    sqlite3_stmt *const select = raw;
    StoredBlock block;
    while (rc == SQLITE_OK && (rc = sqlite3_step(select)) == SQLITE_ROW) {
        block.afterId = sqlite3_column_int64(select, 0);
        block.lastId = sqlite3_column_int64(select, 1);
        block.events = sqlite3_column_int64(select, 2);
        block.format = sqlite3_column_int(select, 3);
        const void *data = sqlite3_column_blob(select, 4);
        block.data = QByteArrayView(static_cast<const char *>(data), data ? sqlite3_column_bytes(select, 4) : 0);
        if (!visit(block)) {
            rc = SQLITE_DONE;
            break;
        }
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE)
        throw SqlError(QStringLiteral("cannot read the projection's blocks: ") + db.lastError(), rc);
}

void ProjectionBlockTable::insert(
    SqliteDatabase &db, qint64 afterId, qint64 lastId, qint64 events, const QByteArray &data)
{
    SqlStatement insert = db.prepare(QStringLiteral(
        "INSERT INTO projection_blocks(last_id, after_id, events, format, data) VALUES (?1, ?2, ?3, ?4, ?5)"));
    insert.bind(1, lastId).bind(2, afterId).bind(3, events).bind(4, ProjectionBlock::kFormat).bind(5, data);
    insert.run();
}

void ProjectionBlockTable::removeAfter(SqliteDatabase &db, qint64 lastId)
{
    SqlStatement remove = db.prepare(QStringLiteral("DELETE FROM projection_blocks WHERE last_id > ?1"));
    remove.bind(1, lastId);
    remove.run();
}

} // namespace pulse
