// Dynamic cohorts over one site's projection: a single pass over each visitor's events counts the
// events each condition asks about (inside its time window), notes the first and last time seen and
// the latest event's properties, then evaluates the AND / OR groups. Split across threads by visitor
// range. Also turns stored member ids back into visitors, so cohorts can filter other analyses.
#pragma once

#include "analytics/VisitorSet.h"
#include "analytics/cohort/CohortDefinition.h"

#include <QByteArray>
#include <QSet>
#include <QStringList>

#include <vector>

namespace pulse {

class SiteProjection;

class CohortEngine final {
public:
    // The visitors (projection indices, ascending) the definition matches at nowMs ("within the last
    // D days" counts back from it). Bots are never members. The definition must be valid.
    static std::vector<quint32> compute(
        const SiteProjection &site, const CohortGroup &definition, qint64 nowMs, int threads);
    // CohortMember::key() of each visitor; call with the site's read lock held.
    static QStringList memberKeys(const SiteProjection &site, const std::vector<quint32> &visitors);
    // The site's visitors whose member key is among keys ("u:<user id>", "v:<visitor id>").
    static VisitorSet resolve(const SiteProjection &site, const QStringList &keys);
};

} // namespace pulse
