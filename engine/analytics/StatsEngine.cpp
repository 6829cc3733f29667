// Stats over SQLite, the system of record. What each figure means (docs/stats.md says the same for users):
//
// - The events considered are the site's events with from <= ts < to, without bots unless includeBots,
//   that pass every filter. Event filters (event name, path, props, source, source class, UTM, browser,
//   OS, device) test the event itself. entryPage / exitPage test the event's session: its entry (exit)
//   page is the path of its first (last) pageview in the range, ties in time broken by insertion order,
//   counting every pageview in the range whatever the other filters say (otherwise a path filter would
//   make every session enter on that path).
// - visitors = distinct visitor_id among the considered events; pageviews = those named "pageview";
//   events = all of them; sessions = distinct session_id among them.
// - Sessions are judged whole within the range, again whatever the filters say: a session bounced when
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
//   StatsQuery::bucketStarts), empty buckets included; a point counts like the totals, within its bucket.
//
// SQL shape: three statements in one read transaction (so all figures describe one snapshot), each one
// pass over the (site_id, ts) index range:
//   1. sessions: groups the range's events by (session, visitor) and yields the totals, the session
//      figures and the entry and exit tables;
//   2. time series: the bucket list, bound as JSON, drives one index seek per bucket;
//   3. tables: materialises the considered events once and groups them ten ways.
// Entry/exit filters add one pass over the range's pageviews to statements 2 and 3. No statement joins
// two derived tables: SQLite 3.40 may scan one of them for every row of the other. Every user value is
// bound as a parameter; the SQL text holds only placeholders.
#include "analytics/StatsEngine.h"

#include "analytics/PropertyFilterSql.h"
#include "analytics/StatsScan.h"
#include "analytics/VisitorScan.h"
#include "analytics/VisitorSet.h"
#include "analytics/cohort/CohortEngine.h"
#include "projection/SiteProjection.h"
#include "storage/Sqlite.h"

#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
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

// Property filters: analytics/PropertyFilterSql.h. The projection tests each distinct props object
// with the very same expression (propsMatches).
// A text key per pageview that sorts like (ts, id) and carries the path: MIN() of it over a session is
// its entry page, MAX() its exit page, in one aggregate pass with no join. Offsetting by 2^62 gives every
// realistic ts and id exactly 19 digits, so text order is numeric order; the path starts at character 39.
QString pageviewKey(const QString &alias)
{
    return QStringLiteral("CASE WHEN %1.name = 'pageview' THEN (%1.ts + 4611686018427387904) || "
                          "(%1.id + 4611686018427387904) || %1.path END")
        .arg(alias);
}
constexpr int kKeyPathStart = 39;

// The SQL pieces every statement of one run shares. Outer statements read events as `e`.
struct Plan {
    Binder binder;
    QString siteParam, fromParam, toParam;
    QString base; // site, range and bot rule on `e`
    QString eventMatch; // event filters on `e`, 0 or 1 (never NULL)
    QString sessionMatch; // entry/exit filters on columns entry_path, exit_path; empty when none
    QString match; // both, for statements without session columns: eventMatch AND session_id IN (sa ...)
    QString sessionPages; // CTE sa(session_id, entry_path, exit_path), needed by `match` when sessionMatch is set
};

Plan makePlan(const StatsQuery &q)
{
    Plan plan;
    plan.siteParam = plan.binder.add(q.siteId);
    plan.fromParam = plan.binder.add(q.fromMs);
    plan.toParam = plan.binder.add(q.toMs);
    const auto base = [&](const QString &alias) {
        return QStringLiteral("%1.site_id = %2 AND %1.ts >= %3 AND %1.ts < %4%5")
            .arg(alias, plan.siteParam, plan.fromParam, plan.toParam,
                q.includeBots ? QString() : QStringLiteral(" AND %1.is_bot = 0").arg(alias));
    };
    plan.base = base(QStringLiteral("e"));

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
        conditions << propertyFilterTest(
            QStringLiteral("e.props"), plan.binder.add(propertyFilterPath(prop.key)), plan.binder.add(prop.value));
    }
    if (q.cohortId > 0) {
        // A member is "u:<user id>" or "v:<visitor id as 16 hex digits>" (CohortMember::key()); the
        // members are read into an index once per statement.
        // The printf format is bound, so QString::arg never sees its % signs.
        conditions << QStringLiteral("(CASE WHEN IFNULL(e.user_id, '') <> '' THEN 'u:' || e.user_id "
                                     "ELSE printf(%2, e.visitor_id) END) IN "
                                     "(SELECT member FROM cohort_members WHERE cohort_id = %1)")
                          .arg(plan.binder.add(q.cohortId), plan.binder.add(QStringLiteral("v:%016x")));
    }
    plan.eventMatch = conditions.isEmpty()
        ? QStringLiteral("1")
        : QStringLiteral("IFNULL(%1, 0)").arg(conditions.join(QStringLiteral(" AND ")));

    QStringList sessionConditions;
    if (!q.entryPage.isEmpty())
        sessionConditions << QStringLiteral("entry_path = %1").arg(plan.binder.add(q.entryPage));
    if (!q.exitPage.isEmpty())
        sessionConditions << QStringLiteral("exit_path = %1").arg(plan.binder.add(q.exitPage));
    plan.sessionMatch = sessionConditions.join(QStringLiteral(" AND "));
    plan.match = plan.eventMatch;
    if (!plan.sessionMatch.isEmpty()) {
        plan.sessionPages
            = QStringLiteral("sa AS (SELECT p.session_id AS session_id, substr(MIN(%1), %3) AS entry_path, "
                             "substr(MAX(%1), %3) AS exit_path FROM events AS p "
                             "WHERE %2 AND p.name = 'pageview' GROUP BY p.session_id)")
                  .arg(pageviewKey(QStringLiteral("p")), base(QStringLiteral("p")))
                  .arg(kKeyPathStart);
        // IN (subquery) is evaluated once into an index, so this stays one pass per statement.
        plan.match
            += QStringLiteral(" AND e.session_id IN (SELECT session_id FROM sa WHERE %1)").arg(plan.sessionMatch);
    }
    return plan;
}

// "WITH [sa, ]ctes... " or nothing.
QString withClause(const Plan &plan, bool needsSessionPages, const QStringList &ctes)
{
    QStringList all;
    if (needsSessionPages && !plan.sessionPages.isEmpty())
        all << plan.sessionPages;
    all << ctes;
    return all.isEmpty() ? QString() : QStringLiteral("WITH ") + all.join(QStringLiteral(", ")) + u' ';
}

// A top-N table over `source` grouped by `column`, tagged `dim`: rows (dim, value, visitors, pageviews,
// events, rank). Ranked in SQL so the UNION ALL of several tables keeps each table's order.
QString rankedTable(int dim, const QString &column, const QString &source, const QString &visitorsExpr,
    const QString &pageviewsExpr, const QString &eventsExpr, const QString &where, const QString &limitParam)
{
    return QStringLiteral("SELECT * FROM (SELECT %1 AS dim, value, visitors, pageviews, events, "
                          "ROW_NUMBER() OVER (ORDER BY visitors DESC, value) AS rn FROM "
                          "(SELECT %2 AS value, %4 AS visitors, %5 AS pageviews, %6 AS events FROM %3 "
                          "WHERE %2 IS NOT NULL AND %2 <> ''%7 GROUP BY %2)) WHERE rn <= %8")
        .arg(QString::number(dim), column, source, visitorsExpr, pageviewsExpr, eventsExpr,
            where.isEmpty() ? QString() : QStringLiteral(" AND ") + where, limitParam);
}

void readRankedRows(SqlStatement &st, int firstColumn, StatsResult *result)
{
    const QList<StatsResult::Table> &tables = StatsResult::tables();
    const qint64 dim = st.columnInt(firstColumn);
    if (dim < 0 || dim >= tables.size())
        return;
    (result->*tables.at(dim).member)
        .append(BreakdownRow { st.columnText(firstColumn + 1), st.columnInt(firstColumn + 2),
            st.columnInt(firstColumn + 3), st.columnInt(firstColumn + 4) });
}

int tableIndex(QList<BreakdownRow> StatsResult::*member)
{
    const QList<StatsResult::Table> &tables = StatsResult::tables();
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).member == member)
            return i;
    }
    return -1;
}

// Totals, session figures, entry and exit pages: one sort of the range's events by (session, visitor).
void runSessions(SqliteDatabase &db, const StatsQuery &q, Plan plan, StatsResult *result)
{
    const QString limitParam = plan.binder.add(q.limit);
    // With event filters, only sessions holding a matching event matter: finding them costs one cheap
    // pass, and the expensive grouping below then sorts only their events. (Inside the subquery `e`
    // names the subquery's own table.)
    const QString onlyMatchingSessions = plan.eventMatch == QStringLiteral("1")
        ? QString()
        : QStringLiteral(" AND e.session_id IN (SELECT e.session_id FROM events AS e WHERE %1 AND %2)")
              .arg(plan.base, plan.eventMatch);
    // sv: per (session, visitor) pair, whole-session figures plus what the event filters keep (mev,
    // mpv). A session normally has one visitor; grouping by both keeps visitor counts exact when it
    // does not. sp spreads each session's entry and exit page over its rows; kept applies the entry and
    // exit filters. The window runs over sv, about one row per session, not over the events.
    const QStringList ctes {
        QStringLiteral("sv AS (SELECT session_id, visitor_id, COUNT(*) AS ev, SUM(name = 'pageview') AS pv, "
                       "MIN(ts) AS first_ts, MAX(ts) AS last_ts, SUM(m) AS mev, SUM(m AND name = 'pageview') AS mpv, "
                       "MIN(k) AS first_key, MAX(k) AS last_key "
                       "FROM (SELECT e.session_id, e.visitor_id, e.name, e.ts, %1 AS m, %2 AS k FROM events AS e "
                       "WHERE %3%4) GROUP BY session_id, visitor_id)")
            .arg(plan.eventMatch, pageviewKey(QStringLiteral("e")), plan.base, onlyMatchingSessions),
        QStringLiteral("sp AS (SELECT session_id, visitor_id, ev, pv, first_ts, last_ts, mev, mpv, "
                       "substr(MIN(first_key) OVER s, %1) AS entry_path, substr(MAX(last_key) OVER s, %1) AS exit_path "
                       "FROM sv WINDOW s AS (PARTITION BY session_id))")
            .arg(kKeyPathStart),
        QStringLiteral("kept AS (SELECT * FROM sp WHERE %1)")
            .arg(plan.sessionMatch.isEmpty() ? QStringLiteral("1") : plan.sessionMatch),
        QStringLiteral("ss AS (SELECT SUM(ev) AS ev, SUM(pv) AS pv, MAX(last_ts) - MIN(first_ts) AS duration, "
                       "SUM(mev) AS mev, SUM(mpv) AS mpv FROM kept GROUP BY session_id HAVING SUM(mev) > 0)"),
    };
    // Row -1 holds the totals; the table rows after it are padded to its eight columns.
    const auto pagesTable = [&](QList<BreakdownRow> StatsResult::*member, const char *column) {
        return QStringLiteral("SELECT *, NULL, NULL FROM (%1)")
            .arg(rankedTable(tableIndex(member), QString::fromLatin1(column), QStringLiteral("kept"),
                QStringLiteral("COUNT(DISTINCT visitor_id)"), QStringLiteral("SUM(mpv)"), QStringLiteral("SUM(mev)"),
                QStringLiteral("mev > 0"), limitParam));
    };
    const QString sql = withClause(plan, false, ctes)
        + QStringLiteral("SELECT -1, NULL, (SELECT COUNT(DISTINCT visitor_id) FROM kept WHERE mev > 0), "
                         "IFNULL(SUM(mev), 0), IFNULL(SUM(mpv), 0), COUNT(*), IFNULL(SUM(ev = 1 AND pv = 1), 0), "
                         "IFNULL(AVG(duration), 0.0) FROM ss UNION ALL ")
        + pagesTable(&StatsResult::entryPages, "entry_path") + QStringLiteral(" UNION ALL ")
        + pagesTable(&StatsResult::exitPages, "exit_path") + QStringLiteral(" ORDER BY 1, 6");
    SqlStatement st = db.prepare(sql);
    plan.binder.bindAll(st);
    result->entryPages.clear();
    result->exitPages.clear();
    while (st.step()) {
        if (st.columnInt(0) >= 0) {
            // A table row: dim, value, visitors, pageviews, events, rank.
            readRankedRows(st, 0, result);
            continue;
        }
        result->visitors = st.columnInt(2);
        result->events = st.columnInt(3);
        result->pageviews = st.columnInt(4);
        result->sessions = st.columnInt(5);
        const qint64 bounces = st.columnInt(6);
        result->visitDurationSeconds = st.columnDouble(7) / 1000.0;
        result->bounceRate = result->sessions > 0 ? double(bounces) / double(result->sessions) : 0.0;
        result->viewsPerVisit = result->sessions > 0 ? double(result->pageviews) / double(result->sessions) : 0.0;
    }
}

// sessionsOnly: the other figures of each point come from the projection; only sessions are counted.
void runTimeseries(SqliteDatabase &db, const StatsQuery &q, Plan plan, bool sessionsOnly, StatsResult *result)
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

    // CROSS JOIN keeps the bucket list outside (SQLite never reorders a CROSS JOIN), so each bucket is
    // one seek into (site_id, ts) and the events are read once in all. The bucket bounds lie inside
    // [from, to), so the range condition of `base` only repeats them.
    const QString figures = sessionsOnly ? QStringLiteral("0, 0, 0")
                                         : QStringLiteral("COUNT(DISTINCT e.visitor_id), "
                                                          "IFNULL(SUM(e.name = 'pageview'), 0), COUNT(*)");
    const QString sql = withClause(plan, true, {})
        + QStringLiteral("SELECT CAST(b.key AS INTEGER), %4, COUNT(DISTINCT e.session_id) "
                         "FROM json_each(%1) AS b CROSS JOIN events AS e "
                         "WHERE e.ts >= json_extract(b.value, '$[0]') AND e.ts < json_extract(b.value, '$[1]') "
                         "AND %2 AND %3 GROUP BY b.key")
              .arg(bucketParam, plan.base, plan.match, figures);
    SqlStatement st = db.prepare(sql);
    plan.binder.bindAll(st);

    if (result->timeseries.size() != starts.size()) {
        result->timeseries.clear();
        result->timeseries.reserve(starts.size());
        for (qint64 start : starts)
            result->timeseries.append(TimePoint { start, 0, 0, 0, 0 });
    }
    while (st.step()) {
        const qint64 index = st.columnInt(0);
        if (index < 0 || index >= result->timeseries.size())
            continue;
        TimePoint &point = result->timeseries[index];
        if (!sessionsOnly) {
            point.visitors = st.columnInt(1);
            point.pageviews = st.columnInt(2);
            point.events = st.columnInt(3);
        }
        point.sessions = st.columnInt(4);
    }
}

// The tables of event values: the considered events materialised once, grouped ten ways.
void runEventTables(SqliteDatabase &db, const StatsQuery &q, Plan plan, StatsResult *result)
{
    struct Column {
        QList<BreakdownRow> StatsResult::*member;
        const char *column;
    };
    static const Column kColumns[] = {
        { &StatsResult::eventNames, "name" },
        { &StatsResult::pages, "path" },
        { &StatsResult::sources, "source" },
        { &StatsResult::sourceClasses, "source_class" },
        { &StatsResult::utmSources, "utm_source" },
        { &StatsResult::utmMediums, "utm_medium" },
        { &StatsResult::utmCampaigns, "utm_campaign" },
        { &StatsResult::browsers, "browser" },
        { &StatsResult::oses, "os" },
        { &StatsResult::devices, "device" },
    };
    const QString directParam = plan.binder.add(StatsQuery::directSourceLabel());
    const QString limitParam = plan.binder.add(q.limit);
    QStringList tables;
    for (const Column &c : kColumns) {
        tables << rankedTable(tableIndex(c.member), QString::fromLatin1(c.column), QStringLiteral("f"),
            QStringLiteral("COUNT(DISTINCT visitor_id)"), QStringLiteral("SUM(pv)"), QStringLiteral("COUNT(*)"), {},
            limitParam);
    }
    // f is used ten times, so SQLite (3.35+) materialises it once.
    const QStringList ctes {
        QStringLiteral("f AS (SELECT e.visitor_id AS visitor_id, e.name = 'pageview' AS pv, e.name AS name, "
                       "e.path AS path, CASE WHEN IFNULL(e.source, '') = '' THEN %1 ELSE e.source END AS source, "
                       "e.source_class AS source_class, e.utm_source AS utm_source, e.utm_medium AS utm_medium, "
                       "e.utm_campaign AS utm_campaign, e.browser AS browser, e.os AS os, e.device AS device "
                       "FROM events AS e WHERE %2 AND %3)")
            .arg(directParam, plan.base, plan.match),
    };
    const QString sql
        = withClause(plan, true, ctes) + tables.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1, 6");
    SqlStatement st = db.prepare(sql);
    plan.binder.bindAll(st);
    for (const Column &c : kColumns)
        (result->*c.member).clear();
    while (st.step())
        readRankedRows(st, 0, result);
}

// Whether each of the site's props objects passes the query's property filters, decided by SQLite with
// the expression the SQL path uses, so both agree to the byte on what a JSON value spells.
std::vector<quint8> propsMatches(SqliteDatabase &db, const SiteProjection &site, const StatsQuery &q)
{
    QStringList tests;
    Binder binder;
    const QString props = binder.add(QString());
    for (const PropertyFilter &prop : q.props)
        tests << propertyFilterTest(props, binder.add(propertyFilterPath(prop.key)), binder.add(prop.value));
    SqlStatement st = db.prepare(QStringLiteral("SELECT IFNULL(%1, 0)").arg(tests.join(QStringLiteral(" AND "))));
    const auto lock = site.readLock();
    std::vector<quint8> match(site.props().size(), 0); // id 0: no props (NULL), which no filter matches
    for (quint32 id = 1; id < site.props().size(); ++id) {
        binder.bindAll(st); // reset() clears the bindings
        st.bindUtf8Static(1, site.props().value(id));
        match[id] = st.step() && st.columnInt(0) != 0 ? 1 : 0;
        st.reset();
    }
    return match;
}

// The cohort filter's visitors: its stored members, as the SQL path reads them.
VisitorSet cohortVisitors(SqliteDatabase &db, const SiteProjection &site, qint64 cohortId)
{
    SqlStatement st = db.prepare(QStringLiteral("SELECT member FROM cohort_members WHERE cohort_id = ?1"));
    st.bind(1, cohortId);
    QStringList keys;
    while (st.step())
        keys << st.columnText(0);
    return CohortEngine::resolve(site, keys);
}

} // namespace

StatsResult StatsEngine::run(SqliteDatabase &readDb, const StatsQuery &query, const SiteProjection *site)
{
    const QString problem = query.validationError();
    if (!problem.isEmpty())
        throw std::invalid_argument(problem.toStdString());
    if (site && !StatsScan::unsupported(query, *site).isEmpty())
        site = nullptr;

    // One snapshot for every statement: in WAL a deferred read transaction pins the commit it first
    // sees. When the caller already holds a transaction, its snapshot is the one to use.
    std::optional<SqlTransaction> snapshot;
    if (sqlite3_get_autocommit(readDb.handle()))
        snapshot.emplace(readDb, false);

    StatsResult result;
    result.interval = query.resolvedInterval();
    const Plan plan = makePlan(query);
    runSessions(readDb, query, plan, &result);
    if (!site) {
        runTimeseries(readDb, query, plan, false, &result);
        runEventTables(readDb, query, plan, &result);
        return result;
    }
    const QList<qint64> starts = query.bucketStarts();
    for (const qint64 start : starts)
        result.timeseries.append(TimePoint { start, 0, 0, 0, 0 });
    runTimeseries(readDb, query, plan, true, &result);
    std::vector<quint8> props;
    std::optional<VisitorSet> cohort;
    if (!query.props.isEmpty())
        props = propsMatches(readDb, *site, query);
    if (query.cohortId > 0)
        cohort = cohortVisitors(readDb, *site, query.cohortId);
    StatsScan::Inputs inputs;
    inputs.bucketStarts = &starts;
    inputs.propsMatch = query.props.isEmpty() ? nullptr : &props;
    inputs.cohort = cohort ? &*cohort : nullptr;
    inputs.threads = analysisThreads();
    StatsScan::run(*site, query, inputs, &result);
    return result;
}

} // namespace pulse
