#include "analytics/AnalysisEngine.h"

#include "analytics/BucketCounter.h"
#include "analytics/ResultCache.h"
#include "analytics/StatsEngine.h"
#include "analytics/VisitorScan.h"
#include "analytics/funnel/FunnelEngine.h"
#include "projection/ProjectionStore.h"
#include "projection/SiteProjection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <stdexcept>

namespace pulse {

namespace {

QList<CatalogEntry> sortedEntries(QHash<QString, qint64> counts, int limit)
{
    QList<CatalogEntry> entries;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        entries << CatalogEntry { it.key(), it.value() };
    std::sort(entries.begin(), entries.end(), [](const CatalogEntry &a, const CatalogEntry &b) {
        return a.events != b.events ? a.events > b.events : a.value < b.value;
    });
    if (limit > 0 && entries.size() > limit)
        entries.resize(limit);
    return entries;
}

} // namespace

AnalysisEngine::AnalysisEngine(ProjectionStore &projections)
    : m_projections(projections), m_cache(std::make_unique<ResultCache>())
{
}

AnalysisEngine::~AnalysisEngine() = default;

FunnelResult AnalysisEngine::funnel(const FunnelQuery &query, const CohortInputs &inputs, const QString &cacheTag)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const SiteProjection> site = m_projections.site(query.siteId);
    if (!site) {
        FunnelResult empty = FunnelEngine::empty(query);
        empty.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        return empty;
    }
    const qint64 epoch = site->epoch();
    QJsonObject request = query.toJson();
    if (!cacheTag.isEmpty())
        request.insert(QStringLiteral("cohorts"), cacheTag);
    QJsonObject cached;
    if (m_cache->find("funnel", request, epoch, &cached)) {
        FunnelResult result = FunnelResult::fromJson(cached);
        result.cached = true;
        result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        return result;
    }
    FunnelResult result = FunnelEngine::run(*site, query, analysisThreads(), inputs);
    result.computedAtEpoch = epoch;
    m_cache->insert("funnel", request, epoch, result.toJson());
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

FunnelUsersPage AnalysisEngine::funnelUsers(
    const FunnelUsersQuery &query, const CohortInputs &inputs, const QString &cacheTag)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    const std::shared_ptr<const SiteProjection> site = m_projections.site(query.funnel.siteId);
    if (!site)
        return {};
    const qint64 epoch = site->epoch();
    QJsonObject request = query.toJson();
    if (!cacheTag.isEmpty())
        request.insert(QStringLiteral("cohorts"), cacheTag);
    QJsonObject cached;
    if (m_cache->find("funnel-users", request, epoch, &cached))
        return FunnelUsersPage::fromJson(cached);
    const FunnelUsersPage page = FunnelEngine::users(*site, query, analysisThreads(), inputs);
    m_cache->insert("funnel-users", request, epoch, page.toJson());
    return page;
}

RetentionResult AnalysisEngine::retention(
    const RetentionQuery &query, const QString &siteTimeZone, const RetentionInputs &inputs, const QString &cacheTag)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    QElapsedTimer timer;
    timer.start();
    const RetentionPeriods periods(query, siteTimeZone);
    const std::shared_ptr<const SiteProjection> site = m_projections.site(query.siteId);
    if (!site) {
        RetentionResult empty = RetentionEngine::empty(query, periods);
        empty.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        return empty;
    }
    const qint64 epoch = site->epoch();
    QJsonObject request = query.toJson();
    request.insert(QStringLiteral("resolved_time_zone"), periods.timeZone());
    if (!cacheTag.isEmpty())
        request.insert(QStringLiteral("cohorts"), cacheTag);
    QJsonObject cached;
    if (m_cache->find("retention", request, epoch, &cached)) {
        RetentionResult result = RetentionResult::fromJson(cached);
        result.cached = true;
        result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        return result;
    }
    RetentionResult result = RetentionEngine::run(*site, query, periods, inputs, analysisThreads());
    result.computedAtEpoch = epoch;
    m_cache->insert("retention", request, epoch, result.toJson());
    result.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

StatsResult AnalysisEngine::stats(SqliteDatabase &readDb, const StatsQuery &query)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    const std::shared_ptr<const SiteProjection> site = m_projections.builtSite(query.siteId);
    if (!site || query.cohortId != 0)
        return StatsEngine::run(readDb, query, site.get());
    const qint64 epoch = site->epoch();
    const QJsonObject request = query.toJson();
    QJsonObject cached;
    if (m_cache->find("stats", request, epoch, &cached))
        return StatsResult::fromJson(cached);
    const StatsResult result = StatsEngine::run(readDb, query, site.get());
    m_cache->insert("stats", request, epoch, result.toJson());
    return result;
}

EventCatalog AnalysisEngine::catalog(qint64 siteId)
{
    const std::shared_ptr<const SiteProjection> site = m_projections.site(siteId);
    if (!site)
        return {};
    const qint64 epoch = site->epoch();
    const QJsonObject request { { QStringLiteral("site_id"), siteId } };
    QJsonObject cached;
    if (m_cache->find("catalog", request, epoch, &cached))
        return EventCatalog::fromJson(cached);

    QHash<QString, qint64> names, paths, keys;
    {
        const auto lock = site->readLock();
        for (quint32 id = 1; id < site->names().size(); ++id) {
            if (site->nameCounts()[id] > 0)
                names[QString::fromUtf8(site->names().value(id))] += site->nameCounts()[id];
        }
        for (quint32 id = 1; id < site->paths().size(); ++id) {
            if (site->pathCounts()[id] > 0)
                paths[QString::fromUtf8(site->paths().value(id))] += site->pathCounts()[id];
        }
        for (quint32 id = 1; id < site->props().size(); ++id) {
            const QJsonObject props = QJsonDocument::fromJson(site->props().value(id)).object();
            for (auto it = props.constBegin(); it != props.constEnd(); ++it)
                keys[it.key()] += site->propsCounts()[id];
        }
    }
    EventCatalog catalog;
    catalog.eventNames = sortedEntries(names, 0);
    catalog.paths = sortedEntries(paths, EventCatalog::kMaxPaths);
    catalog.propertyKeys = sortedEntries(keys, 0);
    m_cache->insert("catalog", request, epoch, catalog.toJson());
    return catalog;
}

BucketCounts AnalysisEngine::countPerBucket(
    qint64 siteId, const QList<qint64> &bucketStarts, qint64 toMs, bool includeBots)
{
    BucketCounts out;
    out.starts = bucketStarts;
    const qsizetype buckets = bucketStarts.size();
    out.events.fill(0, buckets);
    out.visitors.fill(0, buckets);
    if (buckets == 0)
        return out;
    const std::shared_ptr<const SiteProjection> site = m_projections.site(siteId);
    if (!site)
        return out;
    const qint64 epoch = site->epoch();
    QJsonArray startList;
    for (qint64 s : bucketStarts)
        startList << s;
    const QJsonObject request { { QStringLiteral("site_id"), siteId }, { QStringLiteral("starts"), startList },
        { QStringLiteral("to_ms"), toMs }, { QStringLiteral("include_bots"), includeBots } };
    QJsonObject cached;
    if (m_cache->find("buckets", request, epoch, &cached)) {
        const QJsonArray events = cached.value(QStringLiteral("events")).toArray();
        const QJsonArray visitors = cached.value(QStringLiteral("visitors")).toArray();
        for (qsizetype b = 0; b < buckets; ++b) {
            out.events[b] = events.at(b).toInteger();
            out.visitors[b] = visitors.at(b).toInteger();
        }
        return out;
    }

    const BucketCounts counted = BucketCounter::run(*site, bucketStarts, toMs, includeBots, analysisThreads());
    QJsonArray eventList, visitorList;
    for (qsizetype b = 0; b < buckets; ++b) {
        out.events[b] = counted.events[b];
        out.visitors[b] = counted.visitors[b];
        eventList << out.events[b];
        visitorList << out.visitors[b];
    }
    m_cache->insert("buckets", request, epoch,
        { { QStringLiteral("events"), eventList }, { QStringLiteral("visitors"), visitorList } });
    return out;
}

} // namespace pulse
