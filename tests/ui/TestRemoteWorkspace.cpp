// The workbench's remote client against a real pulse-server on loopback (a ServiceHost on port 0 over
// a real SQLite workspace). Every answer must be the server's own: the overview shows the figures its
// REST API returns, queries give what the local engine gives over the same data, changes land in the
// server's workspace, live figures come over its WebSocket stream, and a refused key or a server that
// cannot be reached is said plainly.
#include "MainWindow.h"
#include "access/SessionStore.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "core/Clock.h"
#include "export/ExportJobs.h"
#include "live/LiveAggregator.h"
#include "models/DateRange.h"
#include "models/KpiFormat.h"
#include "pages/ExportScheduleDialog.h"
#include "pages/OverviewPage.h"
#include "stream/StreamServer.h"
#include "support/TestServer.h"
#include "widgets/DateRangePicker.h"
#include "widgets/KpiTile.h"
#include "workspace/LocalWorkspaceClient.h"
#include "workspace/RemoteWorkspaceClient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pulse;
using namespace pulse::ui;
using Kpi = OverviewPage::Kpi;

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWaitMs = 30000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

// Visits over the last 20 days: three pages, a signup for every third visitor, returning visitors.
void seed(test::TestWorkspace &tw, qint64 site)
{
    QList<EventRecord> events;
    const QStringList pages = { QStringLiteral("/"), QStringLiteral("/pricing"), QStringLiteral("/docs") };
    for (int v = 0; v < 60; ++v) {
        const qint64 start = kNow - (v % 20) * kDay - (v % 7) * kHour - kHour;
        for (int p = 0; p < 1 + v % 3; ++p) {
            EventRecord e = test::makeEvent(
                site, 1000 + v, start + p * 60000, QStringLiteral("pageview"), pages.at((v + p) % pages.size()));
            if (p == 0 && v % 2 == 0) {
                e.source = QStringLiteral("Google");
                e.sourceClass = QStringLiteral("search");
            }
            events.append(e);
        }
        if (v % 3 == 0)
            events.append(test::makeEvent(
                site, 1000 + v, start + 5 * 60000, QStringLiteral("signup"), QStringLiteral("/signup")));
        if (v % 4 == 0) // back a week later
            events.append(
                test::makeEvent(site, 1000 + v, start + 7 * kDay, QStringLiteral("pageview"), QStringLiteral("/")));
    }
    QVERIFY(tw.write(events).ok);
}

template<typename T> T wait(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, kWaitMs))
        qFatal("the request did not finish");
    return future.result();
}

QUrl serverUrl(test::TestServer &server)
{
    return server.url(QString()).adjusted(QUrl::RemovePath | QUrl::RemoveQuery);
}

FunnelQuery signupFunnel(qint64 siteId)
{
    FunnelQuery q;
    q.siteId = siteId;
    q.fromMs = kNow - 30 * kDay;
    q.toMs = kNow + kDay;
    FunnelStep visit;
    visit.event = QStringLiteral("pageview");
    FunnelStep signup;
    signup.event = QStringLiteral("signup");
    q.steps = { visit, signup };
    return q;
}
} // namespace

class TestRemoteWorkspace final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true); // the window's settings stay out of the user's
        QCoreApplication::setApplicationName(QStringLiteral("PulseRemoteWorkspaceTest"));
        QSettings().clear();
    }

    // The whole window on a server: its title names the server, the overview shows the server's
    // figures; once the server stops answering, a bar above the pages says so.
    void windowOnAServerSaysWhichAndWhenItIsGone()
    {
        auto server = std::make_unique<test::TestServer>(kNow);
        const qint64 siteId = server->tw().addSite(QStringLiteral("example.com"));
        seed(server->tw(), siteId);
        const QUrl url = serverUrl(*server);
        RemoteWorkspaceClient client(url, server->createKey(QStringLiteral("read,stream")));
        ManualClock today(kNow); // outlives the server, which goes away below
        client.setClock(&today);
        MainWindow window(client);
        window.resize(1280, 800);
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Pulse — 127.0.0.1"));
        QSignalSpy loaded(window.overview(), &OverviewPage::loaded);
        window.rangePicker()->setPreset(DateRange::Preset::Last30Days);
        QTRY_VERIFY_WITH_TIMEOUT(
            !loaded.isEmpty() && window.overview()->tile(Kpi::Visitors)->valueText() == KpiFormat::count(60), kWaitMs);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("remote-workspace.png"))));

        server.reset(); // the server goes away
        window.reloadSites();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWaitMs);
        QVERIFY2(banner->text().startsWith(QStringLiteral("127.0.0.1 cannot be reached")), qPrintable(banner->text()));
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("remote-unreachable.png"))));
    }

    void overviewShowsTheServersFigures()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        seed(server.tw(), siteId);
        const QString secret = server.createKey(QStringLiteral("read"));
        RemoteWorkspaceClient client(serverUrl(server), secret);
        client.setClock(&server.tw().clock());

        const QList<Site> sites = wait(client.sites());
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.first(), *server.tw().workspace().sites().byId(siteId));

        OverviewPage page(client);
        page.resize(1100, 900);
        page.show();
        QSignalSpy loaded(&page, &OverviewPage::loaded);
        page.setContext(sites.first(), DateRange::preset(DateRange::Preset::Last30Days, QDate(2024, 3, 31)), false);
        QVERIFY2(loaded.wait(kWaitMs), qPrintable(wait(client.stats(page.currentQuery())).error));

        // What the server's API answers for the page's query, asked directly.
        const StatsQuery query = page.currentQuery();
        QUrlQuery params = query.toUrlQuery();
        params.addQueryItem(QStringLiteral("site"), QString::number(siteId));
        const test::Reply api
            = server.get(QStringLiteral("/api/v1/stats?") + params.toString(QUrl::FullyEncoded), secret);
        QCOMPARE(api.status, 200);
        const StatsResult fromApi = StatsResult::fromJson(api.json());
        QVERIFY(fromApi.visitors > 0);
        QCOMPARE(page.tile(Kpi::Visitors)->valueText(), KpiFormat::count(fromApi.visitors));
        QCOMPARE(page.tile(Kpi::Pageviews)->valueText(), KpiFormat::count(fromApi.pageviews));
        QCOMPARE(wait(client.stats(query)).result, fromApi);
    }

    void queriesAnswerAsTheLocalEngine()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        seed(server.tw(), siteId);
        RemoteWorkspaceClient remote(serverUrl(server), server.createKey(QStringLiteral("read")));
        LiveAggregator live(server.tw().clock());
        LocalWorkspaceClient local(server.tw().workspace(), live);

        const FunnelReply funnel = wait(remote.funnel(signupFunnel(siteId)));
        QVERIFY2(funnel.ok(), qPrintable(funnel.error));
        QCOMPARE(funnel.result, wait(local.funnel(signupFunnel(siteId))).result);
        QVERIFY2(funnel.result.total.steps.at(1).users > 0,
            QJsonDocument(funnel.result.toJson()).toJson(QJsonDocument::Compact).constData());

        FunnelUsersQuery users;
        users.funnel = signupFunnel(siteId);
        users.step = 1;
        QCOMPARE(wait(remote.funnelUsers(users)).page, wait(local.funnelUsers(users)).page);

        RetentionQuery retention;
        retention.siteId = siteId;
        retention.fromMs = kNow - 28 * kDay;
        retention.toMs = kNow + kDay;
        retention.period = RetentionQuery::Period::Day;
        const RetentionReply grid = wait(remote.retention(retention));
        QVERIFY2(grid.ok(), qPrintable(grid.error));
        QCOMPARE(grid.result, wait(local.retention(retention)).result);

        QCOMPARE(wait(remote.catalog(siteId)).catalog, wait(local.catalog(siteId)).catalog);

        // A query the engine refuses comes back with the engine's message.
        FunnelQuery oneStep = signupFunnel(siteId);
        oneStep.steps.removeLast();
        const FunnelReply refused = wait(remote.funnel(oneStep));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error, wait(local.funnel(oneStep)).error);
    }

    void changesLandInTheServersWorkspace()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        seed(server.tw(), siteId);
        RemoteWorkspaceClient client(serverUrl(server), server.createKey(QStringLiteral("read,write")));
        QSignalSpy funnelsChanged(&client, &WorkspaceClient::savedFunnelsChanged);

        SavedFunnel draft;
        draft.siteId = siteId;
        draft.name = QStringLiteral("Signup");
        draft.definition = signupFunnel(siteId);
        const SavedFunnelReply saved = wait(client.saveFunnel(draft));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QVERIFY(saved.funnel.id > 0);
        QCOMPARE(server.tw().workspace().funnels().list(siteId).size(), 1);
        const SavedFunnelReply renamed = wait(client.renameFunnel(siteId, saved.funnel.id, QStringLiteral("Sign-up")));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error));
        QCOMPARE(server.tw().workspace().funnels().get(siteId, saved.funnel.id)->name, QStringLiteral("Sign-up"));
        QCOMPARE(wait(client.savedFunnels(siteId)).funnels, server.tw().workspace().funnels().list(siteId));
        QVERIFY(wait(client.deleteFunnel(siteId, saved.funnel.id)).ok());
        QVERIFY(server.tw().workspace().funnels().list(siteId).isEmpty());
        QCOMPARE(funnelsChanged.count(), 3);

        // A taken name is refused with the server's words, and nothing changes.
        QVERIFY(wait(client.saveFunnel(draft)).ok());
        const SavedFunnelReply twice = wait(client.saveFunnel(draft));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error.contains(QStringLiteral("Signup")), qPrintable(twice.error));
        QCOMPARE(server.tw().workspace().funnels().list(siteId).size(), 1);

        Cohort cohort;
        cohort.siteId = siteId;
        cohort.name = QStringLiteral("Beta testers");
        const CohortReply created = wait(client.saveCohort(cohort));
        QVERIFY2(created.ok(), qPrintable(created.error));
        const QStringList keys { QStringLiteral("u:alice"), QStringLiteral("v:00000000000003e8") };
        const CohortReply added = wait(client.addCohortMembers(siteId, created.cohort.id, keys));
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(added.cohort.size, 2);
        const CohortMembersReply members = wait(client.cohortMembers(siteId, created.cohort.id, QString(), 0, 50));
        QVERIFY2(members.ok(), qPrintable(members.error));
        QCOMPARE(members.page, server.tw().workspace().cohorts().store().members(created.cohort.id, QString(), 0, 50));
        QCOMPARE(members.sizeHistory, server.tw().workspace().cohorts().store().sizeHistory(created.cohort.id));
        QCOMPARE(wait(client.cohorts(siteId)).cohorts, server.tw().workspace().cohorts().store().list(siteId));

        const SiteReply site = wait(client.addSite(QStringLiteral("https://Shop.Example.org/path")));
        QVERIFY2(site.error.isEmpty(), qPrintable(site.error));
        QCOMPARE(site.site.domain, QStringLiteral("shop.example.org"));
        QCOMPARE(wait(client.addSite(QStringLiteral("not a domain"))).site.id, 0);

        // Demo data belongs to the local workspace; the server is left alone.
        QVERIFY(!wait(client.loadDemoData()).error.isEmpty());
        QCOMPARE(server.tw().workspace().sites().list().size(), 2);
    }

    void liveFiguresComeOverTheStream()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        RemoteWorkspaceClient client(serverUrl(server), server.createKey(QStringLiteral("read,stream")));
        QVERIFY(server.tw()
                    .write({ test::makeEvent(siteId, 1, kNow, QStringLiteral("pageview"), QStringLiteral("/a")),
                        test::makeEvent(siteId, 2, kNow, QStringLiteral("pageview"), QStringLiteral("/b")) })
                    .ok);
        const LiveSnapshot first = wait(client.liveSnapshot(siteId));
        QCOMPARE(first.siteId, siteId);
        QCOMPARE(first.visitors, 2);
        QCOMPARE(first, [&] {
            LiveSnapshot s = server.host().live().snapshot(siteId, first.nowMs);
            s.feed.clear(); // the stream samples the feed as events arrive; none have since subscribing
            return s;
        }());

        QSignalSpy committed(&client, &WorkspaceClient::eventsCommitted);
        server.tw().clock().advanceMs(1000);
        QVERIFY(
            server.tw()
                .write({ test::makeEvent(siteId, 3, kNow + 1000, QStringLiteral("pageview"), QStringLiteral("/c")) })
                .ok);
        server.host().stream().tick();
        QVERIFY(committed.wait(kWaitMs));
        QCOMPARE(committed.first().first().toLongLong(), siteId);
        // The sampled events follow their interval's aggregate.
        QTRY_COMPARE_WITH_TIMEOUT(wait(client.liveSnapshot(siteId)).feed.size(), 1, kWaitMs);
        const LiveSnapshot next = wait(client.liveSnapshot(siteId));
        QCOMPARE(next.visitors, 3);
        QCOMPARE(next.feed.first().path, QStringLiteral("/c"));
    }

    // Exports run on the server; opening one downloads it through its signed link, complete or not at
    // all; schedules are the server's.
    void exportsRunOnTheServerAndOpenAsDownloads()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        seed(server.tw(), siteId);
        RemoteWorkspaceClient client(serverUrl(server), server.createKey(QStringLiteral("read,export")));
        QTemporaryDir downloads;
        client.setDownloadFolder(downloads.path());
        QString error;
        const std::optional<ExportRequest> request
            = ExportRequest::fromJson(QJsonObject { { QStringLiteral("kind"), QStringLiteral("events") },
                                          { QStringLiteral("format"), QStringLiteral("csv") } },
                siteId, &error);
        QVERIFY2(request, qPrintable(error));
        const ExportJobReply started = wait(client.startExport(*request));
        QVERIFY2(started.ok(), qPrintable(started.error));
        const qint64 id = started.job.id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const ExportJobsReply jobs = wait(client.exportJobs(siteId));
                return jobs.jobs.size() == 1 && jobs.jobs.first().state == ExportJob::State::Completed;
            }(),
            kWaitMs);
        const ExportJobsReply jobs = wait(client.exportJobs(siteId));
        QCOMPARE(jobs.folder, downloads.path());
        QCOMPARE(jobs.jobs.first().rows, 155); // every seeded event: 120 pageviews, 20 signups, 15 returns

        const ExportJobReply opened = wait(client.exportFile(siteId, id));
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(QFileInfo(opened.filePath).absolutePath(), QDir(downloads.path()).absolutePath());
        QFile copy(opened.filePath);
        QFile original(server.host().exports().filePath(*server.host().exports().job(siteId, id)));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = copy.readAll();
        QCOMPARE(bytes, original.readAll());
        QCOMPARE(bytes.count('\n'), jobs.jobs.first().rows + 1); // a header and every event
        QCOMPARE(QDir(downloads.path()).entryList(QDir::Files), QStringList { QFileInfo(opened.filePath).fileName() });

        // The schedule dialog asks for no folder here: the server writes into its own.
        const std::optional<Site> site = server.tw().workspace().sites().byId(siteId);
        QVERIFY(site);
        ExportScheduleDialog dialog(client, *site, std::nullopt, jobs.folder);
        QVERIFY(!dialog.folderEdit()->isVisibleTo(&dialog));
        QVERIFY(dialog.serverFolderLabel()->isVisibleTo(&dialog));
        QVERIFY2(dialog.serverFolderLabel()->text().contains(QDir::toNativeSeparators(downloads.path())),
            qPrintable(dialog.serverFolderLabel()->text()));
        dialog.folderEdit()->setText(QStringLiteral("/not/on/this/computer"));
        QCOMPARE(dialog.folder(), QString());

        const ExportScheduleReply saved = wait(client.saveExportSchedule(siteId, 0,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Nightly") },
                { QStringLiteral("kind"), QStringLiteral("events") },
                { QStringLiteral("format"), QStringLiteral("ndjson") },
                { QStringLiteral("cadence"), QStringLiteral("daily") },
                { QStringLiteral("time"), QStringLiteral("02:30") } },
            QStringLiteral("/ignored/on/a/server")));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(wait(client.exportSchedules(siteId)).schedules.size(), 1);
        QCOMPARE(wait(client.exportSchedules(siteId)).schedules.first().name, QStringLiteral("Nightly"));
        QVERIFY(wait(client.runExportSchedule(siteId, saved.schedule.id)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(wait(client.exportJobs(siteId)).jobs.size(), 2, kWaitMs);
        QVERIFY(wait(client.deleteExportSchedule(siteId, saved.schedule.id)).ok());
        QVERIFY(wait(client.exportSchedules(siteId)).schedules.isEmpty());

        // Deleted on the server: opening it again says so, and nothing half-written is left here.
        QVERIFY(wait(client.deleteExport(siteId, id)).ok());
        QVERIFY(!wait(client.exportFile(siteId, id)).ok());
    }

    // The key travels once: it is exchanged for a session token that the requests carry; an expired
    // token is replaced without the user noticing, and switching away ends the session.
    void theKeyIsExchangedForASession()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        const QString secret = server.createKey(QStringLiteral("read"));
        RemoteWorkspaceClient client(serverUrl(server), secret);
        QCOMPARE(wait(client.sites()).size(), 1);
        QVERIFY(wait(client.catalog(siteId)).ok());
        QList<Session> sessions = server.tw().workspace().sessions().list();
        QCOMPARE(sessions.size(), 1); // one exchange for both requests
        QCOMPARE(sessions.first().keyId, server.tw().workspace().keys().list().first().id);

        // The server's clock passes the token's 15 minutes: the refused token is exchanged again.
        server.tw().clock().advanceMs(16 * 60 * 1000);
        const CatalogReply later = wait(client.catalog(siteId));
        QVERIFY2(later.ok(), qPrintable(later.error));
        sessions = server.tw().workspace().sessions().list();
        QCOMPARE(sessions.size(), 2);

        QFuture<void> ended = client.endSession();
        QVERIFY(QTest::qWaitFor([&] { return ended.isFinished(); }, kWaitMs));
        QVERIFY(server.tw().workspace().sessions().list().first().revokedAtMs > 0);
    }

    void refusedKeyAndUnreachableServerAreSaidPlainly()
    {
        test::TestServer server(kNow);
        const qint64 siteId = server.tw().addSite(QStringLiteral("example.com"));
        const QString readOnly = server.createKey(QStringLiteral("read"));

        RemoteWorkspaceClient wrongKey(serverUrl(server), readOnly.left(readOnly.size() - 1) + QLatin1Char('x'));
        StatsQuery day;
        day.siteId = siteId;
        day.fromMs = kNow - kDay;
        day.toMs = kNow;
        const StatsReply refused = wait(wrongKey.stats(day));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("key")), qPrintable(refused.error));

        // A read key cannot change anything: the server's 403 names the scope.
        RemoteWorkspaceClient reader(serverUrl(server), readOnly);
        SavedFunnel draft;
        draft.siteId = siteId;
        draft.name = QStringLiteral("Signup");
        draft.definition = signupFunnel(siteId);
        const SavedFunnelReply forbidden = wait(reader.saveFunnel(draft));
        QVERIFY(!forbidden.ok());
        QVERIFY2(forbidden.error.contains(QStringLiteral("write")), qPrintable(forbidden.error));
        QVERIFY(server.tw().workspace().funnels().list(siteId).isEmpty());

        // Nothing listens on this port any more.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        QUrl gone;
        gone.setScheme(QStringLiteral("http"));
        gone.setHost(QStringLiteral("127.0.0.1"));
        gone.setPort(probe.serverPort());
        probe.close();
        RemoteWorkspaceClient offline(gone, readOnly);
        QSignalSpy reachability(&offline, &RemoteWorkspaceClient::reachabilityChanged);
        const StatsReply unreachable = wait(offline.stats(day));
        QVERIFY(!unreachable.ok());
        QVERIFY2(unreachable.error.startsWith(QStringLiteral("The server could not be reached")),
            qPrintable(unreachable.error));
        QCOMPARE(reachability.count(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
        QVERIFY(!offline.reachable());
    }
};

QTEST_MAIN(TestRemoteWorkspace)
#include "TestRemoteWorkspace.moc"
