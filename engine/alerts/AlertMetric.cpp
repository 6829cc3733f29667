#include "alerts/AlertMetric.h"

#include "analytics/AnalysisEngine.h"
#include "analytics/StatsEngine.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/funnel/FunnelStore.h"
#include "projection/ProjectionStore.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <stdexcept>

namespace pulse {

AlertMetric::AlertMetric(Workspace &workspace, const AlertRule &rule, Path path)
    : m_workspace(workspace), m_rule(rule), m_path(path)
{
}

std::optional<double> AlertMetric::value(qint64 fromMs, qint64 toMs)
{
    const QPair<qint64, qint64> key(fromMs, toMs);
    const auto found = m_values.constFind(key);
    if (found != m_values.constEnd())
        return *found;
    const std::optional<double> v = compute(fromMs, toMs);
    m_values.insert(key, v);
    ++m_computed;
    return v;
}

std::optional<qint64> AlertMetric::firstEventMs()
{
    if (m_firstRead)
        return m_first;
    ReadPool::Lease lease = m_workspace.reads().acquire();
    SqlStatement st = lease.db().prepare(QStringLiteral("SELECT MIN(ts) FROM events WHERE site_id = ?1"));
    st.bind(1, m_rule.siteId);
    if (st.step() && !st.columnIsNull(0))
        m_first = st.columnInt(0);
    m_firstRead = true;
    return m_first;
}

std::optional<double> AlertMetric::compute(qint64 fromMs, qint64 toMs)
{
    using Metric = AlertRule::Metric;
    if (m_rule.metric == Metric::FunnelConversion) {
        const std::optional<SavedFunnel> funnel = m_workspace.funnels().get(m_rule.siteId, m_rule.funnelId);
        if (!funnel)
            throw std::invalid_argument(
                QStringLiteral("The rule's funnel %1 no longer exists; pick another one (field 'funnel_id').")
                    .arg(m_rule.funnelId)
                    .toStdString());
        FunnelQuery query = funnel->definition;
        query.siteId = m_rule.siteId;
        query.fromMs = fromMs;
        query.toMs = toMs;
        const FunnelResult result = m_workspace.cohorts().funnel(query);
        const QList<FunnelStepResult> &steps = result.total.steps;
        if (steps.isEmpty() || steps.first().users == 0)
            return std::nullopt;
        return 100.0 * double(steps.last().users) / double(steps.first().users);
    }

    StatsQuery query = m_rule.filters;
    query.siteId = m_rule.siteId;
    query.fromMs = fromMs;
    query.toMs = toMs;
    query.interval = StatsQuery::Interval::Hour;
    query.timeZone = QStringLiteral("UTC");
    query.limit = StatsQuery::kMinLimit;
    if (m_rule.metric == Metric::EventCount)
        query.eventName = m_rule.eventName;
    StatsResult result;
    {
        ReadPool::Lease lease = m_workspace.reads().acquire();
        if (m_path == Path::Cached) {
            result = m_workspace.analysis().stats(lease.db(), query);
        } else {
            const QString error = query.validationError();
            if (!error.isEmpty())
                throw std::invalid_argument(error.toStdString());
            const std::shared_ptr<const SiteProjection> site = m_workspace.projections().builtSite(query.siteId);
            result = StatsEngine::run(lease.db(), query, site.get());
        }
    }
    switch (m_rule.metric) {
    case Metric::Visitors:
        return double(result.visitors);
    case Metric::Pageviews:
        return double(result.pageviews);
    case Metric::Sessions:
        return double(result.sessions);
    case Metric::BounceRate:
        return result.sessions > 0 ? std::optional<double>(100.0 * result.bounceRate) : std::nullopt;
    case Metric::VisitDuration:
        return result.sessions > 0 ? std::optional<double>(result.visitDurationSeconds) : std::nullopt;
    case Metric::ViewsPerVisit:
        return result.sessions > 0 ? std::optional<double>(result.viewsPerVisit) : std::nullopt;
    case Metric::Events:
    case Metric::EventCount:
        return double(result.events);
    case Metric::FunnelConversion:
        break;
    }
    return std::nullopt;
}

} // namespace pulse
