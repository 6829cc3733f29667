// Builds the sites' main parts at open from blocks (ProjectionBlock): the stored ones, the ones the
// build sealed from event rows, and the journal's partial one. Events arrive in storage order and the
// main part wants them by visitor and time, so it is a counting sort: a pass counts each visitor's
// events, a second writes every event at its final place, a third puts each visitor's events in time
// order where they were not. Each pass is split across threads (over blocks, then over visitors), and
// every event's place is computed exactly, so the result does not depend on the number of threads.
#pragma once

#include "projection/ProjectionBlock.h"

#include <QByteArray>

#include <vector>

namespace pulse {

class ProjectionLoader final {
public:
    explicit ProjectionLoader(ProjectionBlock::Sites &sites) : m_sites(sites) { }

    // Reads the next block (see ProjectionBlock::read for `interned`) and keeps it until finish().
    // False when it is damaged or does not continue the sites' ids: the sites must then be discarded.
    bool add(QByteArray block, bool interned);
    // Places every event of the blocks added, on up to `threads` threads; false when an id in them is
    // out of range (a damaged block). Call once, before the sites are shared with readers.
    bool finish(int threads);
    qint64 events() const { return m_events; }
    // Forgets every block added (before the caller discards the sites they were read into).
    void clear();

private:
    bool finishSite(SiteProjection &site, const std::vector<const BlockSection *> &sections, int threads);

    ProjectionBlock::Sites &m_sites;
    std::vector<QByteArray> m_blocks;
    std::vector<BlockSection> m_sections;
    qint64 m_events = 0;
};

} // namespace pulse
