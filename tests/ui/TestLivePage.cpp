// The live page over the real embedded collector: events posted over HTTP show up in the visitors
// tile, the events-per-minute chart and the feed, without any polling delay to wait out.
#include "charts/EventsPerMinuteChart.h"
#include "live/LiveAggregator.h"
#include "models/BreakdownModel.h"
#include "models/LiveFeedModel.h"
#include "pages/LivePage.h"
#include "support/TestServer.h"
#include "widgets/KpiTile.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace pulse;
using namespace pulse::ui;

namespace {
constexpr qint64 kNow = 1704067200000 + 12 * 3600 * 1000; // 2024-01-01T12:00:00Z
const QByteArray kChrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/124.0.0.0 Safari/537.36";

QByteArray pageview(const QString &siteKey, const QString &url, const QString &userId)
{
    return QStringLiteral("{\"site\":\"%1\",\"name\":\"pageview\",\"url\":\"%2\",\"user_id\":\"%3\"}")
        .arg(siteKey, url, userId)
        .toUtf8();
}

qint64 sum(const QList<qint64> &values) { return std::accumulate(values.cbegin(), values.cend(), qint64(0)); }
} // namespace

class TestLivePage final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEventsPostedToTheCollector();
};

void TestLivePage::showsEventsPostedToTheCollector()
{
    test::TestServer server(kNow);
    const QString key = server.addSite(QStringLiteral("example.com"));
    Workspace &workspace = server.tw().workspace();
    LiveAggregator live(server.tw().clock());
    live.attach(workspace.writer());
    LocalWorkspaceClient client(workspace, live);
    client.setCollectorUrl(server.url(QString()).toString(QUrl::StripTrailingSlash));
    LivePage page(client);
    page.resize(1000, 700);
    page.show();
    page.setSite(workspace.sites().byKey(key));
    QTRY_COMPARE(page.lastSnapshot().siteId, workspace.sites().byKey(key)->id);
    QCOMPARE(page.visitorsTile()->valueText(), QStringLiteral("0"));
    QCOMPARE(page.feed()->rowCount(), 0);

    const QList<QPair<QByteArray, QByteArray>> headers = {{"User-Agent", kChrome}};
    QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"),
                             pageview(key, QStringLiteral("https://example.com/pricing"), QStringLiteral("u1")),
                             "text/plain", headers).status, 200);
    QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"),
                             pageview(key, QStringLiteral("https://example.com/"), QStringLiteral("u2")),
                             "text/plain", headers).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(page.feed()->rowCount(), 2, 10000);
    QCOMPARE(page.visitorsTile()->valueText(), QStringLiteral("2"));
    QCOMPARE(page.eventsTile()->valueText(), QStringLiteral("2"));
    QCOMPARE(page.chart()->counts().size(), LiveSnapshot::kMinutes);
    QCOMPARE(page.chart()->counts().last(), 2);
    QCOMPARE(page.feed()->index(0, LiveFeedModel::PageColumn).data().toString(), QStringLiteral("/"));
    QCOMPARE(page.feed()->index(1, LiveFeedModel::PageColumn).data().toString(), QStringLiteral("/pricing"));
    QCOMPARE(page.topPages()->rowCount(), 2);

    // Three minutes later another visitor arrives: the chart has moved on and counts the new minute.
    server.tw().clock().advanceMs(3 * 60 * 1000);
    QCOMPARE(server.postJson(QStringLiteral("/api/v1/collect"),
                             pageview(key, QStringLiteral("https://example.com/pricing"), QStringLiteral("u3")),
                             "text/plain", headers).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(page.feed()->rowCount(), 3, 10000);
    QCOMPARE(page.chart()->counts().last(), 1);
    QCOMPARE(page.chart()->counts().at(LiveSnapshot::kMinutes - 4), 2);
    QCOMPARE(sum(page.chart()->counts()), 3);
    QCOMPARE(page.visitorsTile()->valueText(), QStringLiteral("3"));
    QCOMPARE(page.topPages()->row(0).value, QStringLiteral("/pricing"));
    QCOMPARE(page.topPages()->row(0).visitors, 2);
    live.detach(workspace.writer());
}

QTEST_MAIN(TestLivePage)
#include "TestLivePage.moc"
