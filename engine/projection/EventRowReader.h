// Reads the event rows a projection build needs, in id order, on several read connections at once.
// SQLite's row machinery is most of what a build from rows costs (~1 µs a row for the 19 columns,
// docs/decisions.md), so the id range is cut into chunks that reader threads fetch ahead while the
// caller interns the rows of the chunk before. The caller still sees every row in id order, so the
// projection it builds does not depend on the number of connections.
#pragma once

#include "projection/SiteProjection.h"

#include <atomic>
#include <functional>

namespace pulse {

class ReadPool;

class EventRowReader final {
public:
    // Rows with afterId < id <= lastId; up to `connections` readers (1: read on the calling thread).
    EventRowReader(ReadPool &reads, qint64 afterId, qint64 lastId, int connections, const std::atomic<bool> &abort);

    // Calls visit for every row in id order; the row's views are valid during the call only.
    // Rethrows what a reader threw; throws std::runtime_error when `abort` was set.
    void run(const std::function<void(qint64 siteId, qint64 id, const ProjectionRow &row)> &visit);

    // Ids a chunk covers: large enough that a reader's statement runs a good while, small enough that
    // the chunks in flight stay a few megabytes.
    static constexpr qint64 kChunkIds = 32768;

private:
    ReadPool &m_reads;
    qint64 m_afterId;
    qint64 m_lastId;
    int m_connections;
    const std::atomic<bool> &m_abort;
};

} // namespace pulse
