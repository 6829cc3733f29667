// The SQL side of the projection's blocks (ProjectionBlock): reading them in order on a read
// connection, and the writes, which run on the writer thread like every other write.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace pulse {

class SqliteDatabase;

struct StoredBlock {
    qint64 afterId = 0; // the block covers events with afterId < id <= lastId
    qint64 lastId = 0;
    qint64 events = 0;
    int format = 0;
    QByteArrayView data; // valid during the callback only
};

class ProjectionBlockTable final {
public:
    // Calls visit for every block in id order until it returns false.
    static void read(SqliteDatabase &db, const std::function<bool(const StoredBlock &)> &visit);
    static void insert(SqliteDatabase &db, qint64 afterId, qint64 lastId, qint64 events, const QByteArray &data);
    // Drops the blocks that cover events after lastId (they no longer continue the chain).
    static void removeAfter(SqliteDatabase &db, qint64 lastId);
};

} // namespace pulse
