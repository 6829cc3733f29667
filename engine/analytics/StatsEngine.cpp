// Stats over SQLite, the system of record. What each figure means (docs/stats.md has the same, for users):
//
// - The events considered are the site's events with from <= ts < to, without bots unless includeBots,
//   that pass every filter. Event filters (event name, path, props, source, source class, UTM, browser,
//   OS, device) test the event itself. entryPage / exitPage test the event's session: its entry (exit)
//   page is the path of its first (last) pageview in the range, ties broken by insertion order,
//   counting every pageview in the range whatever the other filters say. Otherwise a path filter would
//   make every session enter on that path.
// - visitors = distinct visitor_id among the considered events; pageviews = those named "pageview";
//   events = all of them; sessions = distinct session_id among them.
// - Sessions are judged whole within the range (again whatever the filters say): a session bounced when
//   it has exactly one event in the range and that event is a pageview; its duration is last ts - first
//   ts in the range. bounceRate = bounced / sessions, visitDurationSeconds = mean duration,
//   viewsPerVisit = pageviews / sessions; all 0 when there are no sessions.
// - Top-N tables group the considered events by a value: the event's name, path, source ("Direct /
//   None" for none), source class, UTM source / medium / campaign, browser, OS and device, or its
//   session's entry or exit page. A row counts the considered events with that value (visitors,
//   pageviews, events). Empty values are left out (no UTM tag, sessions without a pageview), except the
//   source, which becomes "Direct / None". Rows are sorted by visitors descending, then by value
//   ascending in UTF-8 byte order, and cut to `limit`.
// - The time series has one point per calendar hour or day of the query's time zone (see
//   StatsQuery::bucketStarts), empty buckets included; a point counts as the totals do, within its bucket.
//
// SQL shape: three statements, each one pass over the (site_id, ts) index range. The overview groups
// by (session, visitor) once and derives totals and session figures from that; the time series joins
// the bucket list (bound as JSON) to the index, bucket by bucket; the tables materialise the considered
// events once and group them twelve ways. Entry and exit pages come from one window pass over the
// range's pageviews. Every user value is bound as a parameter; the SQL text holds only placeholders.
// They run in one read transaction, so totals, series and tables describe the same snapshot.
#include "analytics/StatsEngine.h"

#include "storage/Sqlite.h"

#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>
#include <optional>
#include <stdexcept>

namespace pulse {

namespace {

// Collects bound values and hands out their ?N placeholders; values never enter the SQL text.
class Binder final {
public:
    QString add(const QVariant &value)
    {
        m_values.append(value);
        return QStringLiteral("?%1").arg(m_values.size());
    }
    void bindAll(SqlStatement &statement) const
    {
        for (int i = 0; i < m_values.size(); ++i)
            statement.bindVariant(i + 1, m_values.at(i));
    }

private:
    QList<QVariant> m_values;
};

// The SQL pieces every statement of one run shares. Outer statements read events as `e`.
struct Plan {
    Binder binder;
    QString site; // e.site_id = ?1
    QString range; // e.ts in [from, to)
    QString bots; // " AND e.is_bot = 0" or empty
    QString match; // the filters as one expression that is 0 or 1, never NULL
    QString sessionPages; // CTE `sa(session_id, entry_path, exit_path)` for the range's sessions
    bool matchUsesSessionPages = false;
};

Plan makePlan(const StatsQuery &q)
{
    Plan plan;
    const QString siteParam = plan.binder.add(q.siteId);
    const QString fromParam = plan.binder.add(q.fromMs);
    const QString toParam = plan.binder.add(q.toMs);
    plan.site = QStringLiteral("e.site_id = %1").arg(siteParam);
    plan.range = QStringLiteral("e.ts >= %1 AND e.ts < %2").arg(fromParam, toParam);
    if (!q.includeBots)
        plan.bots = QStringLiteral(" AND e.is_bot = 0");

    // Each session's first and last pageview path in the range. The window gives every pageview row its
    // session's pair from one sort (the frame spans the whole session); GROUP BY then folds a session to
    // one row, and also lets SQLite put an automatic index on session_id for the join below (with
    // DISTINCT instead, SQLite 3.40 scans the whole CTE for every event).
    plan.sessionPages
        = QStringLiteral("sa AS (SELECT session_id, MAX(entry_path) AS entry_path, MAX(exit_path) AS exit_path FROM "
                         "(SELECT p.session_id AS session_id, FIRST_VALUE(p.path) OVER w AS entry_path, "
                         "LAST_VALUE(p.path) OVER w AS exit_path FROM events AS p "
                         "WHERE p.site_id = %1 AND p.ts >= %2 AND p.ts < %3%4 AND p.name = 'pageview' "
                         "WINDOW w AS (PARTITION BY p.session_id ORDER BY p.ts, p.id "
                         "ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) GROUP BY session_id)")
              .arg(siteParam, fromParam, toParam, q.includeBots ? QString() : QStringLiteral(" AND p.is_bot = 0"));

    QStringList conditions;
    const auto equals = [&](const char *column, const QString &value) {
        if (!value.isEmpty())
            conditions << QStringLiteral("e.%1 = %2").arg(QString::fromLatin1(column), plan.binder.add(value));
    };
    equals("name", q.eventName);
    equals("path", q.path);
    if (q.source == StatsQuery::directSourceLabel())
        conditions << QStringLiteral("IFNULL(e.source, '') = ''");
    else
        equals("source", q.source);
    equals("source_class", q.sourceClass);
    equals("utm_source", q.utmSource);
    equals("utm_medium", q.utmMedium);
    equals("utm_campaign", q.utmCampaign);
    equals("browser", q.browser);
    equals("os", q.os);
    equals("device", q.device);
    for (const PropertyFilter &prop : q.props) {
        // Strings compare as they are, true/false and numbers by their JSON spelling, so prop.n=3 finds
        // {"n": 3}. json_valid keeps one malformed row from failing the whole query.
        const QString pathParam = plan.binder.add(QString(QStringLiteral("$.\"") + prop.key + u'"'));
        conditions << QStringLiteral("(CASE WHEN json_valid(e.props) THEN (CASE json_type(e.props, %1) "
                                     "WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' "
                                     "ELSE CAST(json_extract(e.props, %1) AS TEXT) END) END) = %2")
                          .arg(pathParam, plan.binder.add(prop.value));
    }
    if (!q.entryPage.isEmpty() || !q.exitPage.isEmpty()) {
        QStringList pageConditions;
        if (!q.entryPage.isEmpty())
            pageConditions << QStringLiteral("entry_path = %1").arg(plan.binder.add(q.entryPage));
        if (!q.exitPage.isEmpty())
            pageConditions << QStringLiteral("exit_path = %1").arg(plan.binder.add(q.exitPage));
        conditions << QStringLiteral("e.session_id IN (SELECT session_id FROM sa WHERE %1)")
                          .arg(pageConditions.join(QStringLiteral(" AND ")));
        plan.matchUsesSessionPages = true;
    }
    plan.match = conditions.isEmpty() ? QStringLiteral("1")
                                      : QStringLiteral("IFNULL(%1, 0)").arg(conditions.join(QStringLiteral(" AND ")));
    return plan;
}

// "WITH sa AS (...), <ctes> " when the statement or its filters read session pages, else just the ctes.
QString withClause(const Plan &plan, bool needsSessionPages, const QStringList &ctes)
{
    QStringList all;
    if (needsSessionPages || plan.matchUsesSessionPages)
        all << plan.sessionPages;
    all << ctes;
    return all.isEmpty() ? QString() : QStringLiteral("WITH ") + all.join(QStringLiteral(", ")) + u' ';
}

void runOverview(SqliteDatabase &db, const Plan &plan, StatsResult *result)
{
    // sv: one row per (session, visitor) pair of the range, with whole-session figures and what the
    // filters keep (mev, mpv). A session normally has one visitor; grouping by both keeps visitor
    // counting exact even when it does not, and keeps the row count near the session count.
    const QStringList ctes {
        QStringLiteral("sv AS (SELECT session_id, visitor_id, COUNT(*) AS ev, SUM(name = 'pageview') AS pv, "
                       "MIN(ts) AS first_ts, MAX(ts) AS last_ts, SUM(m) AS mev, SUM(m AND name = 'pageview') AS mpv "
                       "FROM (SELECT e.session_id, e.visitor_id, e.name, e.ts, %1 AS m FROM events AS e "
                       "WHERE %2 AND %3%4) GROUP BY session_id, visitor_id)")
            .arg(plan.match, plan.site, plan.range, plan.bots),
        QStringLiteral("s AS (SELECT SUM(ev) AS ev, SUM(pv) AS pv, MAX(last_ts) - MIN(first_ts) AS duration, "
                       "SUM(mev) AS mev, SUM(mpv) AS mpv FROM sv GROUP BY session_id HAVING SUM(mev) > 0)"),
    };
    const QString sql = withClause(plan, false, ctes)
        + QStringLiteral("SELECT (SELECT COUNT(DISTINCT visitor_id) FROM sv WHERE mev > 0), "
                         "IFNULL(SUM(mev), 0), IFNULL(SUM(mpv), 0), COUNT(*), "
                         "IFNULL(SUM(ev = 1 AND pv = 1), 0), IFNULL(AVG(duration), 0.0) FROM s");
    SqlStatement st = db.prepare(sql);
    plan.binder.bindAll(st);
    if (!st.step())
        return;
    result->visitors = st.columnInt(0);
    result->events = st.columnInt(1);
    result->pageviews = st.columnInt(2);
    result->sessions = st.columnInt(3);
    const qint64 bounces = st.columnInt(4);
    result->visitDurationSeconds = st.columnDouble(5) / 1000.0;
    if (result->sessions > 0) {
        result->bounceRate = double(bounces) / double(result->sessions);
        result->viewsPerVisit = double(result->pageviews) / double(result->sessions);
    }
}

void runTimeseries(SqliteDatabase &db, const StatsQuery &q, Plan plan, StatsResult *result)
{
    const QList<qint64> starts = q.bucketStarts();
    // Buckets clipped to the range, as [[from, to], ...]; the first and last bucket may be partial.
    QString buckets = QStringLiteral("[");
    for (int i = 0; i < starts.size(); ++i) {
        const qint64 from = std::max(starts.at(i), q.fromMs);
        const qint64 to = i + 1 < starts.size() ? starts.at(i + 1) : q.toMs;
        buckets += QStringLiteral("%1[%2,%3]").arg(i ? QStringLiteral(",") : QString()).arg(from).arg(to);
    }
    buckets += u']';
    const QString bucketParam = plan.binder.add(buckets);

    // CROSS JOIN keeps the bucket list outside, so each bucket is one seek into (site_id, ts) and the
    // events are read once in all; SQLite never reorders the left side of a CROSS JOIN.
    const QString sql = withClause(plan, false, {})
        + QStringLiteral("SELECT CAST(b.key AS INTEGER), COUNT(DISTINCT e.visitor_id), "
                         "IFNULL(SUM(e.name = 'pageview'), 0), COUNT(*), COUNT(DISTINCT e.session_id) "
                         "FROM json_each(%1) AS b CROSS JOIN events AS e "
                         "WHERE %2 AND e.ts >= json_extract(b.value, '$[0]') "
                         "AND e.ts < json_extract(b.value, '$[1]')%3 AND %4 GROUP BY b.key")
              .arg(bucketParam, plan.site, plan.bots, plan.match);
    SqlStatement st = db.prepare(sql);
    plan.binder.bindAll(st);

    result->timeseries.clear();
    result->timeseries.reserve(starts.size());
    for (qint64 start : starts)
        result->timeseries.append(TimePoint { start, 0, 0, 0, 0 });
    while (st.step()) {
        const qint64 index = st.columnInt(0);
        if (index < 0 || index >= result->timeseries.size())
            continue;
        TimePoint &point = result->timeseries[index];
        point.visitors = st.columnInt(1);
        point.pageviews = st.columnInt(2);
        point.events = st.columnInt(3);
        point.sessions = st.columnInt(4);
    }
}

void runTables(SqliteDatabase &db, const StatsQuery &q, Plan plan, StatsResult *result)
{
    // The grouping column of each table, in StatsResult::tables() order.
    static const char *const kColumns[] = { "name", "path", "entry_path", "exit_path", "source", "source_class",
        "utm_source", "utm_medium", "utm_campaign", "browser", "os", "device" };
    const QList<StatsResult::Table> &tables = StatsResult::tables();
    Q_ASSERT(tables.size() == int(std::size(kColumns)));

    const QString directParam = plan.binder.add(StatsQuery::directSourceLabel());
    const QString limitParam = plan.binder.add(q.limit);
    QStringList groups;
    for (int i = 0; i < tables.size(); ++i) {
        groups << QStringLiteral("SELECT %1 AS dim, %2 AS value, COUNT(DISTINCT visitor_id) AS visitors, "
                                 "SUM(pv) AS pageviews, COUNT(*) AS events FROM f GROUP BY %2")
                      .arg(i)
                      .arg(QString::fromLatin1(kColumns[i]));
    }
    // f is used twelve times, so SQLite (3.35+) materialises it: one pass over the index range.
    const QStringList ctes {
        QStringLiteral("f AS (SELECT e.visitor_id AS visitor_id, e.name = 'pageview' AS pv, e.name AS name, "
                       "e.path AS path, sa.entry_path AS entry_path, sa.exit_path AS exit_path, "
                       "CASE WHEN IFNULL(e.source, '') = '' THEN %1 ELSE e.source END AS source, "
                       "e.source_class AS source_class, e.utm_source AS utm_source, e.utm_medium AS utm_medium, "
                       "e.utm_campaign AS utm_campaign, e.browser AS browser, e.os AS os, e.device AS device "
                       "FROM events AS e LEFT JOIN sa ON sa.session_id = e.session_id "
                       "WHERE %2 AND %3%4 AND %5)")
            .arg(directParam, plan.site, plan.range, plan.bots, plan.match),
        QStringLiteral("g AS (%1)").arg(groups.join(QStringLiteral(" UNION ALL "))),
    };
    const QString sql = withClause(plan, true, ctes)
        + QStringLiteral("SELECT dim, value, visitors, pageviews, events FROM (SELECT dim, value, "
                         "visitors, pageviews, events, ROW_NUMBER() OVER (PARTITION BY dim "
                         "ORDER BY visitors DESC, value) AS rn FROM g "
                         "WHERE value IS NOT NULL AND value <> '') WHERE rn <= %1 ORDER BY dim, rn")
              .arg(limitParam);
    SqlStatement st = db.prepare(sql);
    plan.binder.bindAll(st);
    for (const StatsResult::Table &table : tables)
        (result->*table.member).clear();
    while (st.step()) {
        const qint64 dim = st.columnInt(0);
        if (dim < 0 || dim >= tables.size())
            continue;
        (result->*tables.at(dim).member)
            .append(BreakdownRow { st.columnText(1), st.columnInt(2), st.columnInt(3), st.columnInt(4) });
    }
}

} // namespace

StatsResult StatsEngine::run(SqliteDatabase &readDb, const StatsQuery &query)
{
    const QString problem = query.validationError();
    if (!problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());

    // One snapshot for every statement: in WAL a deferred read transaction pins the commit it first
    // sees. When the caller already holds a transaction, its snapshot is the one to use.
    std::optional<SqlTransaction> snapshot;
    if (sqlite3_get_autocommit(readDb.handle()))
        snapshot.emplace(readDb, false);

    StatsResult result;
    result.interval = query.resolvedInterval();
    const Plan plan = makePlan(query);
    runOverview(readDb, plan, &result);
    runTimeseries(readDb, query, plan, &result);
    runTables(readDb, query, plan, &result);
    return result;
}

} // namespace pulse
