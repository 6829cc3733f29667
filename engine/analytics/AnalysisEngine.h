// The analyses that run over the in-memory columnar projection (ARCHITECTURE.md, Analytics): funnels,
// their users, retention, the event catalog, the stats query and the per-bucket counts behind it. Thread-safe and
// blocking: call it from worker threads (the server's query pool, the desktop's QtConcurrent pool),
// never from a GUI or network thread. Answers are cached, keyed by the request and the site's write
// epoch, so a repeated query costs about a millisecond and a new event invalidates only its own site.
#pragma once

#include "analytics/BucketCounter.h"
#include "analytics/EventCatalog.h"
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/funnel/FunnelResult.h"
#include "analytics/retention/RetentionEngine.h"
#include "analytics/retention/RetentionQuery.h"
#include "analytics/retention/RetentionResult.h"

#include <QList>
#include <QString>

#include <memory>

namespace pulse {

class ProjectionStore;
class ResultCache;
class SqliteDatabase;

class AnalysisEngine final {
public:
    explicit AnalysisEngine(ProjectionStore &projections);
    ~AnalysisEngine();

    // Throw std::invalid_argument with a message naming the field when the query is invalid.
    // inputs: the query's cohort filter and breakdown as visitor sets; cacheTag identifies their
    // versions for the cache (CohortService resolves both).
    FunnelResult funnel(const FunnelQuery &query, const CohortInputs &inputs = {}, const QString &cacheTag = QString());
    FunnelUsersPage funnelUsers(
        const FunnelUsersQuery &query, const CohortInputs &inputs = {}, const QString &cacheTag = QString());
    // siteTimeZone: the zone of calendar periods when the query names none. inputs: the query's cohort
    // filter and breakdown as visitor sets; cacheTag identifies their versions for the cache.
    RetentionResult retention(const RetentionQuery &query, const QString &siteTimeZone,
        const RetentionInputs &inputs = {}, const QString &cacheTag = QString());
    // The stats query (StatsEngine) through readDb with the site's projection once it is built, and SQL
    // alone before. Answers without a cohort filter are cached by the site's write epoch; a cohort's
    // members change without a write to the site, so those are computed every time. Throws as
    // StatsEngine::run does.
    StatsResult stats(SqliteDatabase &readDb, const StatsQuery &query);
    EventCatalog catalog(qint64 siteId);
    // Events and visitors per bucket; bucketStarts ascending, all < toMs. Bots count when includeBots.
    BucketCounts countPerBucket(qint64 siteId, const QList<qint64> &bucketStarts, qint64 toMs, bool includeBots);

    ProjectionStore &projections() { return m_projections; }

private:
    ProjectionStore &m_projections;
    std::unique_ptr<ResultCache> m_cache;
};

} // namespace pulse
