// Cohorts as the rest of Pulse uses them: saving one computes a dynamic cohort at once, the scheduler
// recomputes the due ones, and analyses filter or break down by cohorts through visitor sets cached per
// cohort version. The REST API and the desktop both go through here, so they behave the same.
#pragma once

#include "analytics/VisitorSet.h"
#include "analytics/cohort/Cohort.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/funnel/FunnelResult.h"
#include "analytics/retention/RetentionEngine.h"
#include "analytics/retention/RetentionQuery.h"
#include "analytics/retention/RetentionResult.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace pulse {

class AnalysisEngine;
class Clock;
class CohortStore;
class ProjectionStore;
class RetentionReportStore;
class RetentionSnapshots;
class SiteStore;

class CohortService final {
public:
    CohortService(CohortStore &store, SiteStore &sites, ProjectionStore &projections, AnalysisEngine &analysis,
        RetentionSnapshots &snapshots, RetentionReportStore &reports, const Clock &clock);

    CohortStore &store() { return m_store; }

    // Saves a new or changed cohort (CohortStore::save); a dynamic one is computed before returning.
    std::optional<Cohort> save(const Cohort &cohort, QString *error);
    // Recomputes a dynamic cohort's members now; a static cohort is returned as it is.
    std::optional<Cohort> compute(qint64 siteId, qint64 id, QString *error);
    // How many users the definition matches now, without saving; throws std::invalid_argument when it
    // is not valid.
    qint64 preview(qint64 siteId, const CohortGroup &definition);
    // A new static cohort of every user behind a funnel step (converted or dropped, per the query; its
    // offset and limit are ignored). Throws std::invalid_argument for an invalid funnel query.
    std::optional<Cohort> createFromFunnel(
        qint64 siteId, const QString &name, const FunnelUsersQuery &query, QString *error);
    // Recomputes every dynamic cohort whose refresh interval has passed; returns how many.
    int refreshDue();

    // The cohort's members among the site's visitors, or null when the site has no such cohort. *tag
    // names the cohort's version, for cache keys.
    std::shared_ptr<const VisitorSet> visitors(qint64 siteId, qint64 cohortId, QString *tag);
    // Retention with the query's cohort filter and cohort breakdown resolved, in the site's zone; from
    // a valid snapshot when one answers exactly this request. Throws std::invalid_argument for an
    // invalid query or a cohort the site does not have.
    RetentionResult retention(const RetentionQuery &query);
    // Funnels with the query's cohort filter and cohort breakdown resolved; throws std::invalid_argument
    // for an invalid query or a cohort the site does not have.
    FunnelResult funnel(const FunnelQuery &query);
    FunnelUsersPage funnelUsers(const FunnelUsersQuery &query);
    // Computes the answer and keeps it as a snapshot (the nightly job).
    RetentionResult snapshotRetention(const RetentionQuery &query);
    // The nightly job for every site whose 02:00 (in its zone) has passed since its last run: the
    // default report for all users and for each saved cohort, and each saved retention report over its
    // report range. Returns how many snapshots it stored.
    int snapshotDue();

private:
    struct Resolved {
        CohortInputs inputs;
        std::vector<std::shared_ptr<const VisitorSet>> sets; // keeps inputs' pointers alive
        QString tag;
    };
    // The cohort filter and breakdown series of a query; throws for a cohort the site does not have.
    Resolved resolveCohorts(qint64 siteId, qint64 cohortId, const QList<qint64> &seriesIds);
    struct ResolvedRetention {
        Resolved cohorts;
        QJsonObject key;
        QString zone;
    };
    ResolvedRetention resolve(const RetentionQuery &query);

    struct CachedSet {
        qint64 version = -1;
        quint32 visitors = 0;
        std::shared_ptr<const VisitorSet> set;
    };

    CohortStore &m_store;
    SiteStore &m_sites;
    ProjectionStore &m_projections;
    AnalysisEngine &m_analysis;
    RetentionSnapshots &m_snapshots;
    RetentionReportStore &m_reports;
    const Clock &m_clock;
    std::mutex m_mutex;
    QHash<qint64, qint64> m_lastNightly; // site id -> when its nightly snapshots last ran
    QHash<qint64, CachedSet> m_sets; // by cohort id
};

} // namespace pulse
