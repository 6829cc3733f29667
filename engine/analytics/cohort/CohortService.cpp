#include "analytics/cohort/CohortService.h"

#include "access/SiteStore.h"
#include "analytics/AnalysisEngine.h"
#include "analytics/VisitorScan.h"
#include "analytics/cohort/CohortEngine.h"
#include "analytics/cohort/CohortStore.h"
#include "analytics/funnel/FunnelEngine.h"
#include "analytics/retention/RetentionPeriods.h"
#include "analytics/retention/RetentionReportStore.h"
#include "analytics/retention/RetentionSnapshots.h"
#include "core/Clock.h"
#include "projection/ProjectionStore.h"
#include "projection/SiteProjection.h"

#include <QElapsedTimer>

#include <stdexcept>

namespace pulse {

CohortService::CohortService(CohortStore &store, SiteStore &sites, ProjectionStore &projections,
    AnalysisEngine &analysis, RetentionSnapshots &snapshots, RetentionReportStore &reports, const Clock &clock)
    : m_store(store),
      m_sites(sites),
      m_projections(projections),
      m_analysis(analysis),
      m_snapshots(snapshots),
      m_reports(reports),
      m_clock(clock)
{
}

std::optional<Cohort> CohortService::save(const Cohort &cohort, QString *error)
{
    const std::optional<Cohort> saved = m_store.save(cohort, error);
    if (!saved || saved->kind != Cohort::Kind::Dynamic)
        return saved;
    return compute(saved->siteId, saved->id, error);
}

std::optional<Cohort> CohortService::compute(qint64 siteId, qint64 id, QString *error)
{
    const std::optional<Cohort> cohort = m_store.get(siteId, id);
    if (!cohort) {
        *error = QStringLiteral("There is no cohort %1 for this site (see GET /api/v1/cohorts).").arg(id);
        return std::nullopt;
    }
    if (cohort->kind != Cohort::Kind::Dynamic)
        return cohort;
    const qint64 now = m_clock.nowMs();
    QStringList keys;
    if (const std::shared_ptr<const SiteProjection> site = m_projections.site(siteId)) {
        const std::vector<quint32> members = CohortEngine::compute(*site, cohort->definition, now, analysisThreads());
        const auto lock = site->readLock();
        keys = CohortEngine::memberKeys(*site, members);
    }
    return m_store.setMembers(siteId, id, keys, now);
}

qint64 CohortService::preview(qint64 siteId, const CohortGroup &definition)
{
    const QString error = definition.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    const std::shared_ptr<const SiteProjection> site = m_projections.site(siteId);
    if (!site)
        return 0;
    return qint64(CohortEngine::compute(*site, definition, m_clock.nowMs(), analysisThreads()).size());
}

std::optional<Cohort> CohortService::createFromFunnel(
    qint64 siteId, const QString &name, const FunnelUsersQuery &query, QString *error)
{
    const QString invalid = query.validationError();
    if (!invalid.isEmpty())
        throw std::invalid_argument(invalid.toStdString());
    const FunnelQuery &f = query.funnel;
    const Resolved r = resolveCohorts(
        siteId, f.cohortId, f.breakdown == QLatin1String("cohort") ? f.breakdownCohorts : QList<qint64>());
    QStringList keys;
    if (const std::shared_ptr<const SiteProjection> site = m_projections.site(siteId))
        FunnelEngine::users(*site, query, analysisThreads(), r.inputs, &keys);
    Cohort cohort;
    cohort.siteId = siteId;
    cohort.name = name;
    cohort.description = QStringLiteral("Users who %1 step %2 of a funnel")
                             .arg(query.outcome == FunnelUsersQuery::Outcome::Converted ? QStringLiteral("reached")
                                                                                        : QStringLiteral("dropped at"))
                             .arg(query.step);
    const std::optional<Cohort> saved = m_store.save(cohort, error);
    if (!saved)
        return std::nullopt;
    return m_store.setMembers(siteId, saved->id, keys, m_clock.nowMs());
}

int CohortService::refreshDue()
{
    int refreshed = 0;
    for (const Cohort &c : m_store.dueForRefresh(m_clock.nowMs())) {
        QString ignored;
        if (compute(c.siteId, c.id, &ignored))
            ++refreshed;
    }
    return refreshed;
}

std::shared_ptr<const VisitorSet> CohortService::visitors(qint64 siteId, qint64 cohortId, QString *tag)
{
    const std::optional<Cohort> cohort = m_store.get(siteId, cohortId);
    if (!cohort)
        return nullptr;
    *tag = QStringLiteral("%1:%2").arg(cohortId).arg(cohort->version);
    const std::shared_ptr<const SiteProjection> site = m_projections.site(siteId);
    if (!site)
        return std::make_shared<const VisitorSet>();
    quint32 visitorCount = 0;
    {
        const auto lock = site->readLock();
        visitorCount = site->visitorCount();
    }
    {
        std::lock_guard guard(m_mutex);
        const auto it = m_sets.constFind(cohortId);
        // New visitors can be members of a static list that names them, so the count is part of the key.
        if (it != m_sets.constEnd() && it->version == cohort->version && it->visitors == visitorCount)
            return it->set;
    }
    auto set = std::make_shared<const VisitorSet>(CohortEngine::resolve(*site, m_store.memberKeys(cohortId)));
    std::lock_guard guard(m_mutex);
    m_sets.insert(cohortId, CachedSet { cohort->version, visitorCount, set });
    return set;
}

CohortService::Resolved CohortService::resolveCohorts(qint64 siteId, qint64 cohortId, const QList<qint64> &seriesIds)
{
    Resolved r;
    QStringList tags;
    const auto require = [&](qint64 id) {
        QString tag;
        std::shared_ptr<const VisitorSet> set = visitors(siteId, id, &tag);
        if (!set)
            throw std::invalid_argument(
                QStringLiteral("This site has no cohort %1 (see GET /api/v1/cohorts).").arg(id).toStdString());
        tags << tag;
        r.sets.push_back(set);
        return set.get();
    };
    if (cohortId > 0)
        r.inputs.filter = require(cohortId);
    for (qint64 id : seriesIds) {
        const VisitorSet *set = require(id);
        const std::optional<Cohort> c = m_store.get(siteId, id);
        r.inputs.cohortSeries << std::pair { c ? c->name : QString::number(id), set };
    }
    r.tag = tags.join(u',');
    return r;
}

CohortService::ResolvedRetention CohortService::resolve(const RetentionQuery &query)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    ResolvedRetention r;
    r.cohorts = resolveCohorts(query.siteId, query.cohortId,
        query.breakdown == QLatin1String("cohort") ? query.breakdownCohorts : QList<qint64>());
    const std::optional<Site> site = m_sites.byId(query.siteId);
    r.zone = site ? site->timeZone : QString();
    r.key = query.toJson();
    r.key.insert(QStringLiteral("resolved_time_zone"), RetentionPeriods(query, r.zone).timeZone());
    r.key.insert(QStringLiteral("cohorts"), r.cohorts.tag);
    return r;
}

FunnelResult CohortService::funnel(const FunnelQuery &query)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    const Resolved r = resolveCohorts(query.siteId, query.cohortId,
        query.breakdown == QLatin1String("cohort") ? query.breakdownCohorts : QList<qint64>());
    return m_analysis.funnel(query, r.inputs, r.tag);
}

FunnelUsersPage CohortService::funnelUsers(const FunnelUsersQuery &query)
{
    const QString error = query.validationError();
    if (!error.isEmpty())
        throw std::invalid_argument(error.toStdString());
    const FunnelQuery &f = query.funnel;
    const Resolved r = resolveCohorts(
        f.siteId, f.cohortId, f.breakdown == QLatin1String("cohort") ? f.breakdownCohorts : QList<qint64>());
    return m_analysis.funnelUsers(query, r.inputs, r.tag);
}

RetentionResult CohortService::retention(const RetentionQuery &query)
{
    QElapsedTimer timer;
    timer.start();
    const ResolvedRetention r = resolve(query);
    if (std::optional<RetentionResult> snapshot = m_snapshots.find(r.key, query)) {
        snapshot->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        return *snapshot;
    }
    return m_analysis.retention(query, r.zone, r.cohorts.inputs, r.cohorts.tag);
}

RetentionResult CohortService::snapshotRetention(const RetentionQuery &query)
{
    const ResolvedRetention r = resolve(query);
    const qint64 eventsBefore = m_snapshots.eventsBeforeEnd(query);
    const RetentionResult result = m_analysis.retention(query, r.zone, r.cohorts.inputs, r.cohorts.tag);
    m_snapshots.store(r.key, query, result, m_clock.nowMs(), eventsBefore);
    return result;
}

int CohortService::snapshotDue()
{
    const qint64 now = m_clock.nowMs();
    int stored = 0;
    for (const Site &site : m_sites.list()) {
        qint64 last = 0;
        {
            std::lock_guard guard(m_mutex);
            last = m_lastNightly.value(site.id, 0);
        }
        // The first check after start runs at once when today's 02:00 has passed.
        if (last == 0)
            last = now - 86400000;
        if (RetentionSnapshots::nextNightlyRun(site.timeZone, last) > now)
            continue;
        RetentionQuery q = RetentionSnapshots::nightlyQuery(site.id, site.timeZone, now);
        snapshotRetention(q);
        ++stored;
        for (const Cohort &c : m_store.list(site.id)) {
            q.cohortId = c.id;
            snapshotRetention(q);
            ++stored;
        }
        for (const SavedRetentionReport &report : m_reports.list(site.id)) {
            RetentionQuery r = report.definition;
            RetentionSnapshots::setReportRange(&r, site.timeZone, now);
            try {
                snapshotRetention(r);
                ++stored;
            } catch (const std::invalid_argument &) {
                // A report whose cohort was deleted since: running it shows the user why.
            }
        }
        std::lock_guard guard(m_mutex);
        m_lastNightly.insert(site.id, now);
    }
    return stored;
}

} // namespace pulse
