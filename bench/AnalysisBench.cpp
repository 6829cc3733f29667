// Q1, Q2, Q3 and Q4 of ../shared/bench through Pulse's engine API, on the shared data set loaded through
// Pulse's own import path: prints each query's median like reference.sh does, writes the answers as
// TSV beside the reference engines' and says whether they are identical. bench/analysis.sh runs it
// after the reference engines in the same run and prints the ratios (docs/benchmarks.md).
//
//   pulse-analysis-bench SIZE [--runs N] [--keep-blocks] [--profile q2|q3]
//   --profile: after the opens, runs only that query N times and exits (for perf; no answers checked)
//   SIZE: 1m | 10m; cache: $PULSE_BENCH_CACHE or ~/.cache/pulse-bench
#include "access/SiteStore.h"
#include "analytics/AnalysisEngine.h"
#include "analytics/BucketCounter.h"
#include "analytics/StatsEngine.h"
#include "analytics/cohort/CohortEngine.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/funnel/FunnelEngine.h"
#include "analytics/retention/RetentionEngine.h"
#include "core/Clock.h"
#include "import/EventImporter.h"
#include "import/ImportMapping.h"
#include "projection/ProjectionStore.h"
#include "projection/SiteProjection.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <thread>

using namespace pulse;

namespace {

constexpr qint64 kStartMs = 1704067200000; // 2024-01-01, the data set's first day
constexpr qint64 kDayMs = 86400000;
const QString kDomain = QStringLiteral("bench.pulse.local");

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

struct Timing {
    double median = 0;
    QStringList runs;
};

Timing time(int runs, const std::function<void()> &work)
{
    work(); // warm: caches, page faults, thread start-up
    std::vector<double> seconds;
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        t.runs << QString::number(seconds.back(), 'f', 6);
    }
    std::sort(seconds.begin(), seconds.end());
    t.median = seconds[seconds.size() / 2];
    return t;
}

void report(const QString &size, const QString &query, const Timing &t)
{
    say(QStringLiteral("pulse %1 %2 median_s=%3 runs=%4")
            .arg(size, query)
            .arg(t.median, 0, 'f', 6)
            .arg(t.runs.join(u',')));
}

bool writeTsv(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(text.toUtf8());
    return true;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Loads the CSV through the importer once; later runs reuse the workspace.
bool ensureImported(const QString &dataDir, const QString &csv, const ManualClock &clock)
{
    const QString marker = dataDir + QStringLiteral("/imported.ok");
    if (QFile::exists(marker))
        return true;
    QDir(dataDir).removeRecursively();
    Workspace workspace(clock);
    WorkspaceOptions options;
    options.dataDir = dataDir;
    QString error;
    if (!workspace.open(options, &error)) {
        say(QStringLiteral("cannot open %1: %2").arg(dataDir, error));
        return false;
    }
    const std::optional<Site> site = workspace.sites().add(kDomain, QString(), QStringLiteral("UTC"), &error);
    if (!site) {
        say(error);
        return false;
    }
    ImportOptions importOptions;
    importOptions.mapping = ImportMapping::preset(QStringLiteral("pulse-bench"));
    EventImporter importer(workspace, *site, importOptions);
    const ImportReport report = importer.importFile(csv);
    say(QStringLiteral("pulse import rows=%1 imported=%2 rejected=%3 seconds=%4 rows_per_s=%5")
            .arg(report.rowsRead)
            .arg(report.rowsImported)
            .arg(report.rowsRejected)
            .arg(double(report.durationMs) / 1000, 0, 'f', 1)
            .arg(report.durationMs > 0 ? report.rowsImported * 1000 / report.durationMs : 0));
    if (report.rowsImported == 0 || report.rowsRejected > 0)
        return false;
    workspace.close();
    return writeTsv(marker, QStringLiteral("ok\n"));
}

// Deletes the projection's stored blocks (a workspace of an older schema has none yet).
bool dropBlocks(const QString &database)
{
    try {
        SqliteDatabase db;
        db.open(database, SqliteDatabase::Mode::ReadWrite);
        if (db.queryInt(QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'projection_blocks'")) > 0)
            db.exec(QStringLiteral("DELETE FROM projection_blocks"));
        return true;
    } catch (const SqlError &e) {
        say(QStringLiteral("cannot drop the projection's blocks: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || (args[1] != QLatin1String("1m") && args[1] != QLatin1String("10m"))) {
        std::fprintf(stderr, "usage: pulse-analysis-bench 1m|10m [--runs N]\n");
        return 2;
    }
    const QString size = args[1];
    const int runs = args.indexOf(QStringLiteral("--runs")) > 0
        ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt()
        : 5;
    const QString cache
        = qEnvironmentVariable("PULSE_BENCH_CACHE", QDir::homePath() + QStringLiteral("/.cache/pulse-bench"));
    const QString csv = cache + QStringLiteral("/data/events_%1.csv").arg(size);
    if (!QFile::exists(csv)) {
        std::fprintf(
            stderr, "%s is missing: run ../shared/bench/reference.sh %s first\n", qPrintable(csv), qPrintable(size));
        return 2;
    }
    const QString dataDir = cache + QStringLiteral("/pulse/") + size;
    QDir().mkpath(dataDir);
    ManualClock clock(kStartMs + 120 * kDayMs);
    if (!ensureImported(dataDir, csv, clock))
        return 1;

    // Open twice: first without the projection's stored blocks, so it is built from the event rows
    // alone (what the first open after an upgrade costs; it stores the blocks as it goes), then from
    // the blocks (every later open). --keep-blocks skips the first (for profiling the queries alone).
    const bool keepBlocks = args.contains(QStringLiteral("--keep-blocks"));
    if (!keepBlocks && !dropBlocks(dataDir + QStringLiteral("/pulse.db")))
        return 1;
    Workspace workspace(clock);
    WorkspaceOptions options;
    options.dataDir = dataDir;
    QString error;
    for (const QString &from : { QStringLiteral("build-from-events"), QStringLiteral("build-from-blocks") }) {
        workspace.close();
        if (!workspace.open(options, &error)) {
            say(error);
            return 1;
        }
        const ProjectionStats stats = workspace.projections().stats();
        say(QStringLiteral("pulse %1 %2 median_s=%3 runs=1 events_from_blocks=%4 rows_from_sqlite=%5")
                .arg(size, from)
                .arg(double(stats.buildMillis) / 1000, 0, 'f', 3)
                .arg(stats.eventsFromBlocks)
                .arg(stats.rowsReadFromSqlite));
        say(QStringLiteral("pulse %1 memory events=%2 visitors=%3 bytes=%4 bytes_per_event=%5")
                .arg(size)
                .arg(stats.events)
                .arg(stats.visitors)
                .arg(stats.memoryBytes)
                .arg(double(stats.memoryBytes) / double(std::max<qint64>(1, stats.events)), 0, 'f', 2));
    }
    const std::optional<Site> site = workspace.sites().find(kDomain);
    const std::shared_ptr<const SiteProjection> projection = workspace.projections().site(site->id);
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));

    QList<qint64> days;
    for (int d = 0; d < 91; ++d)
        days << kStartMs + d * kDayMs;
    const qint64 endMs = kStartMs + 91 * kDayMs;
    FunnelQuery funnel;
    funnel.siteId = site->id;
    funnel.fromMs = kStartMs;
    funnel.toMs = endMs;
    funnel.windowMs = 604800LL * 1000;
    funnel.includeBots = true;
    for (const char *name : { "pageview", "signup_start", "signup_done", "purchase" }) {
        FunnelStep step;
        step.event = QString::fromLatin1(name);
        funnel.steps << step;
    }
    const QString profile = args.value(args.indexOf(QStringLiteral("--profile")) + 1);
    if (args.contains(QStringLiteral("--profile"))) {
        for (int r = 0; r < runs; ++r) {
            if (profile == QLatin1String("q2"))
                BucketCounter::run(*projection, days, endMs, true, threads);
            else
                FunnelEngine::run(*projection, funnel, threads);
        }
        return 0;
    }
    // Q1 from the quarter-hour counts the projection keeps; Q2 (and Q1 again, as a check) from a scan.
    std::optional<QList<qint64>> perDay;
    report(size, QStringLiteral("q1"),
        time(runs, [&] { perDay = BucketCounter::eventsFromSlots(*projection, days, endMs, true); }));
    BucketCounts counts;
    report(size, QStringLiteral("q2"),
        time(runs, [&] { counts = BucketCounter::run(*projection, days, endMs, true, threads); }));
    if (!perDay || *perDay != counts.events) {
        say(QStringLiteral("pulse %1 q1 answer=DIFFERENT (quarter-hour counts and scan disagree)").arg(size));
        return 1;
    }

    FunnelResult result;
    report(size, QStringLiteral("q3"), time(runs, [&] { result = FunnelEngine::run(*projection, funnel, threads); }));
    report(size, QStringLiteral("q3-cached"), time(runs, [&] { workspace.analysis().funnel(funnel); }));

    RetentionQuery retention;
    retention.siteId = site->id;
    retention.fromMs = kStartMs;
    retention.toMs = endMs;
    retention.anchorMs = kStartMs;
    retention.periods = 13;
    retention.includeBots = true;
    const RetentionPeriods weeks(retention, QStringLiteral("UTC"));
    RetentionResult grid;
    report(size, QStringLiteral("q4"),
        time(runs, [&] { grid = RetentionEngine::run(*projection, retention, weeks, {}, threads); }));
    report(size, QStringLiteral("q4-cached"),
        time(runs, [&] { workspace.analysis().retention(retention, QStringLiteral("UTC")); }));
    // The nightly snapshot of the same report, read back (validity check against the event counts
    // included), beside the live computation above.
    workspace.cohorts().snapshotRetention(retention);
    RetentionResult fromSnapshot;
    report(size, QStringLiteral("q4-snapshot"),
        time(runs, [&] { fromSnapshot = workspace.cohorts().retention(retention); }));
    if (fromSnapshot.snapshotAtMs == 0 || !(fromSnapshot == grid)) {
        say(QStringLiteral("pulse %1 q4-snapshot answer=DIFFERENT (not served from the snapshot, or not equal)")
                .arg(size));
        return 1;
    }

    // A dynamic cohort over every user: bought at least 4 times, no error in the last 14 days.
    CohortGroup loyal;
    QString definitionError;
    CohortGroup::fromJson(QJsonDocument::fromJson(R"({"match":"all","conditions":[
        {"type":"performed","event":{"event":"purchase"},"op":"at_least","count":4},
        {"type":"not_performed","event":{"event":"error"},"within_days":14}]})")
                              .object(),
        &loyal, &definitionError);
    std::vector<quint32> members;
    report(size, QStringLiteral("cohort-dynamic"),
        time(runs, [&] { members = CohortEngine::compute(*projection, loyal, endMs, threads); }));
    say(QStringLiteral("pulse %1 cohort-dynamic members=%2").arg(size).arg(members.size()));

    // The stats query (REST /api/v1/stats, the desktop overview) over the data set's last 7 days, by
    // day: with the projection (the event figures and tables; sessions in SQL) and in SQL alone.
    StatsQuery stats;
    stats.siteId = site->id;
    stats.fromMs = endMs - 7 * kDayMs;
    stats.toMs = endMs;
    stats.includeBots = true;
    {
        ReadPool::Lease lease = workspace.reads().acquire();
        StatsResult viaProjection, sqlOnly;
        report(size, QStringLiteral("stats-7d"),
            time(runs, [&] { viaProjection = StatsEngine::run(lease.db(), stats, projection.get()); }));
        report(size, QStringLiteral("stats-7d-sql"),
            time(std::min(runs, 3), [&] { sqlOnly = StatsEngine::run(lease.db(), stats, nullptr); }));
        say(QStringLiteral("pulse %1 stats-7d answer=%2 events=%3")
                .arg(size, viaProjection == sqlOnly ? QStringLiteral("identical") : QStringLiteral("DIFFERENT"))
                .arg(viaProjection.events));
        if (!(viaProjection == sqlOnly))
            return 1;
    }

    QString q1, q2, q3, q4;
    for (qsizetype d = 0; d < counts.events.size(); ++d) {
        if (counts.events[d] > 0) {
            q1 += QStringLiteral("%1\t%2\n").arg(d).arg(counts.events[d]);
            q2 += QStringLiteral("%1\t%2\n").arg(d).arg(counts.visitors[d]);
        }
    }
    QStringList levels;
    for (const FunnelStepResult &s : result.total.steps)
        levels << QString::number(s.users);
    q3 = levels.join(u'\t') + u'\n';
    for (qsizetype c = 0; c < grid.total.rows.size(); ++c) {
        const RetentionRow &row = grid.total.rows[c];
        for (qsizetype k = 0; k < row.returned.size(); ++k) {
            if (row.returned[k] > 0)
                q4 += QStringLiteral("%1\t%2\t%3\n").arg(c).arg(k).arg(row.returned[k]);
        }
    }
    const QString results = cache + QStringLiteral("/results/");
    QDir().mkpath(results);
    const QList<QPair<QString, QString>> answers { { QStringLiteral("q1"), q1 }, { QStringLiteral("q2"), q2 },
        { QStringLiteral("q3"), q3 }, { QStringLiteral("q4"), q4 } };
    bool allSame = true;
    for (const auto &[query, text] : answers) {
        writeTsv(results + QStringLiteral("pulse.%1.%2.tsv").arg(size, query), text);
        // The reference: the checked-in answers for 1m, else what DuckDB computed in this cache.
        QString expected = readAll(QStringLiteral(PULSE_SHARED_BENCH_DIR "/expected/%1.%2.tsv").arg(size, query));
        if (expected.isEmpty())
            expected = readAll(results + QStringLiteral("duckdb.%1.%2.tsv").arg(size, query));
        const QString verdict = expected.isEmpty() ? QStringLiteral("no reference")
            : expected == text                     ? QStringLiteral("identical")
                                                   : QStringLiteral("DIFFERENT");
        allSame = allSame && expected == text;
        say(QStringLiteral("pulse %1 %2 answer=%3").arg(size, query, verdict));
    }
    return allSame ? 0 : 1;
}
