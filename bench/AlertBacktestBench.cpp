// How long "Test this rule" takes: 30-day alert backtests (docs/alerts.md, "Backtest") through the
// engine API on a copy of a bench workspace (bench/analysis.sh builds them; copy one first, the
// program opens it as a writer). Prints each rule's points, computed windows and median time.
//
//   pulse-alert-backtest-bench DATA_DIR [--runs N]
#include "access/SiteStore.h"
#include "alerts/AlertBacktest.h"
#include "alerts/AlertRule.h"
#include "core/Clock.h"
#include "projection/ProjectionStore.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pulse;

namespace {

// The end of the bench data set's 90 days (from 2024-01-01): the backtest covers its last 30.
constexpr qint64 kBenchEndMs = 1704067200000 + 90LL * 86400000;

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        say(QStringLiteral("usage: pulse-alert-backtest-bench DATA_DIR [--runs N]"));
        return 2;
    }
    int runs = 3;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt > 0 && runsAt + 1 < args.size())
        runs = std::max(1, args.at(runsAt + 1).toInt());

    ManualClock clock(kBenchEndMs);
    Workspace workspace(clock);
    WorkspaceOptions options;
    options.dataDir = args.at(1);
    QString error;
    QElapsedTimer openTimer;
    openTimer.start();
    if (!workspace.open(options, &error)) {
        say(QStringLiteral("cannot open %1: %2").arg(options.dataDir, error));
        return 1;
    }
    const std::optional<Site> site = workspace.sites().find(QStringLiteral("bench.pulse.local"));
    if (!site) {
        say(QStringLiteral("no site bench.pulse.local in %1").arg(options.dataDir));
        return 1;
    }
    // Backtests use the projection once it is built (SQL alone before): time them on the built one.
    workspace.projections().site(site->id);
    say(QStringLiteral("opened and built the projection in %1 s")
            .arg(double(openTimer.nsecsElapsed()) / 1e9, 0, 'f', 2));

    const QList<QPair<QString, QByteArray>> rules {
        { QStringLiteral("pageviews above, 1 h window, hourly"),
            R"({"name":"b","metric":"pageviews","window_minutes":60,"interval_minutes":60,
                "condition":{"type":"above","threshold":600}})" },
        { QStringLiteral("visitors above, 1 h window, every 5 min"),
            R"({"name":"b","metric":"visitors","window_minutes":60,"interval_minutes":5,
                "condition":{"type":"above","threshold":400}})" },
        { QStringLiteral("purchases change, 1 h window, every 15 min"),
            R"({"name":"b","metric":"event_count","event":"purchase","window_minutes":60,"interval_minutes":15,
                "condition":{"type":"change","percent":50}})" },
        { QStringLiteral("pageviews anomaly (8 days), 1 h window, hourly"),
            R"({"name":"b","metric":"pageviews","window_minutes":60,"interval_minutes":60,
                "condition":{"type":"anomaly","z":3,"periods":8}})" },
        { QStringLiteral("sessions above, 1 h window, hourly"),
            R"({"name":"b","metric":"sessions","window_minutes":60,"interval_minutes":60,
                "condition":{"type":"above","threshold":400}})" },
        { QStringLiteral("pricing visitors anomaly (8 days), 5 min window, every 5 min"),
            R"({"name":"b","metric":"visitors","filters":{"path":"/pricing"},"window_minutes":5,
                "interval_minutes":5,"condition":{"type":"anomaly","z":3,"periods":8}})" },
    };
    for (const auto &named : rules) {
        AlertRule rule;
        rule.siteId = site->id;
        QString field;
        if (!AlertRule::fromJson(QJsonDocument::fromJson(named.second).object(), &rule, &field, &error)) {
            say(QStringLiteral("%1: %2 %3").arg(named.first, field, error));
            return 1;
        }
        std::vector<double> seconds;
        AlertBacktestResult result;
        for (int i = 0; i < runs; ++i) {
            result = AlertBacktest::run(workspace, rule, clock.nowMs());
            seconds.push_back(result.elapsedMs / 1000);
        }
        std::sort(seconds.begin(), seconds.end());
        int fired = 0;
        for (const AlertEvent &e : result.events)
            fired += e.kind == AlertEvent::Kind::Fired ? 1 : 0;
        say(QStringLiteral("%1: points=%2 windows=%3 fired=%4 median_s=%5 min_s=%6")
                .arg(named.first)
                .arg(result.points.size())
                .arg(result.windowsComputed)
                .arg(fired)
                .arg(seconds[seconds.size() / 2], 0, 'f', 3)
                .arg(seconds.front(), 0, 'f', 3));
    }
    workspace.close();
    return 0;
}
