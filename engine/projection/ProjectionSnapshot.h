// The projection saved to disk when a workspace closes, so the next open loads it in a fraction of
// the time a rebuild from SQLite takes (SQLite's row scan alone costs ~0.8 s per million events here;
// docs/benchmarks.md). SQLite stays the system of record: the file names the last event id it holds,
// the loader catches up on newer rows from SQLite, and any doubt (another version, a damaged file, an
// id beyond the database's, an unreadable byte) means a full rebuild. Events are only ever appended
// today; a future purge must delete this file.
#pragma once

#include <QHash>
#include <QString>

#include <memory>

namespace pulse {

class SiteProjection;

class ProjectionSnapshot final {
public:
    using Sites = QHash<qint64, std::shared_ptr<SiteProjection>>;

    // Writes every site (compacting its tail first) to path, atomically. False on I/O errors.
    static bool save(const QString &path, qint64 lastEventId, const Sites &sites);
    // Reads a snapshot; false (and *sites untouched) when it is missing, of another version or damaged.
    static bool load(const QString &path, qint64 *lastEventId, Sites *sites);
};

} // namespace pulse
