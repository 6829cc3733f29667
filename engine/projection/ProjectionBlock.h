// The projection's persisted form: blocks of events stored in SQLite (table projection_blocks,
// docs/decisions.md), so an open rebuilds the projection from SQLite without running SQLite's row
// machinery and a dictionary lookup per column for every event. SQLite stays the system of record:
// a block is derived data covering the events after_id < id <= last_id, written by the single writer.
//
// A block holds, per site, the events the site's journal collected (as dictionary ids, visitor
// indices and timestamps, each column at the narrowest width that fits, little-endian) and every
// dictionary entry, attribute set, visitor and user id those events introduced. Reading the blocks in
// order therefore recreates the same ids; ProjectionLoader then places the events.
#pragma once

#include "projection/BlockFormat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <memory>
#include <vector>

namespace pulse {

class SiteProjection;

// One site's events in a block, in storage order, read in place from the block's bytes.
struct BlockSection {
    SiteProjection *site = nullptr;
    size_t count = 0;
    bool counted = false; // its events are in the site's per-id and quarter-hour counts already
    block::PackedColumn visitors, ts, name, path, attrs, props;
};

class ProjectionBlock final {
public:
    using Sites = QHash<qint64, std::shared_ptr<SiteProjection>>;
    // Bump when the encoding or the meaning of any id changes (SiteProjection's interning rules):
    // blocks of another format are not read, and the projection is rebuilt from the events instead.
    static constexpr int kFormat = 1;

    // Encodes every site's journal into one block and empties the journals (call on the thread that
    // applies events: the appender, or the build before the sites are shared). *events: events encoded.
    static QByteArray seal(const Sites &sites, qint64 *events);
    // The same block, leaving the journals as they are (the build's last, partial block).
    static QByteArray encode(const Sites &sites);

    // Reads a block's sections. interned = false: the block continues the sites' ids (sites it names
    // are created) and its entries are interned here; true: it was sealed from these very sites, so
    // they hold its entries already. False when the block is damaged or does not continue the ids; the
    // sites are then in an undefined state and must be discarded. The sections point into `bytes`.
    static bool read(QByteArrayView bytes, Sites &sites, bool interned, std::vector<BlockSection> &sections);

private:
    static QByteArray encode(const Sites &sites, bool clear, qint64 *events);
};

} // namespace pulse
