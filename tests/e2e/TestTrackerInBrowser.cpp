// The real tracker (resources/tracker/pulse.js, served at GET /pulse.js) in headless Chromium against
// an in-process Pulse server: the page comes from another origin (a second local port), so the
// beacons cross origins exactly as on a customer's site. Checks that a page load, a pushState
// navigation, a custom event and an outbound-link click each store exactly one event, enriched and
// attributed to one visitor and session, and that UTM parameters on the page address are kept.
#include "access/SiteStore.h"
#include "ingest/enrich/UserAgentClassifier.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "support/TestServer.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pulse;
using namespace pulse::test;

namespace {

const QString kChromium = QStringLiteral("/usr/bin/chromium");
constexpr int kBrowserTimeoutMs = 120000; // ~1 s here; generous for loaded CI machines
constexpr int kStoreTimeoutMs = 30000;

// Serves one HTML page for every GET on 127.0.0.1 (a port of its own, hence another origin than the
// Pulse server) and remembers what the browser asked for and which User-Agent it sent.
class PageServer final
{
public:
    explicit PageServer(QByteArray html) : m_html(std::move(html))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qWarning("cannot start the page server: %s", qPrintable(m_server.errorString()));
    }

    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery);
    }
    QByteArray userAgent() const { return m_userAgent; }
    QList<QByteArray> requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return; // the head is not complete yet
                respond(socket, buffer->left(end));
                buffer->clear();
            });
        }
    }

    void respond(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray target = requestLine.value(1);
        m_requests.append(QByteArray(requestLine.value(0) + ' ' + target));
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("user-agent:"))
                m_userAgent = line.mid(11).trimmed();
        }
        // Only the page itself: a favicon request gets a 404 so nothing else runs in the page.
        const bool page = requestLine.value(0) == "GET" && (target == "/" || target.startsWith("/?"));
        const QByteArray body = page ? m_html : QByteArrayLiteral("not found");
        QByteArray response = page ? QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n")
                                   : QByteArrayLiteral("HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\n");
        response += "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\n\r\n" + body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_html;
    QByteArray m_userAgent;
    QList<QByteArray> m_requests;
};

// The page: the snippet as the docs give it, preceded by a wrapper that logs every sendBeacon call
// into the DOM (it passes everything through unchanged). The log tells the test how many requests
// the tracker made, so "exactly these events" does not depend on waiting for stragglers.
// With interactions, once the deferred tracker has run (DOMContentLoaded comes after deferred
// scripts) the page navigates with pushState, sends a custom event and clicks an outbound link
// whose navigation its own handler cancels, so the run stays on this page and off the network.
QByteArray pageHtml(const QString &siteKey, const QUrl &trackerUrl, bool interactions)
{
    QByteArray html = QByteArrayLiteral(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Pulse tracker test</title>\n"
        "<script>\n"
        "  window.beaconLog = [];\n"
        "  var realBeacon = navigator.sendBeacon.bind(navigator);\n"
        "  navigator.sendBeacon = function (url, body) {\n"
        "    var queued = realBeacon(url, body);\n"
        "    window.beaconLog.push(queued ? 'queued' : 'refused');\n"
        "    var log = document.getElementById('beacons');\n"
        "    if (log) log.textContent = window.beaconLog.join(',');\n"
        "    return queued;\n"
        "  };\n"
        "</script>\n"
        "<script defer data-site=\"@KEY@\" src=\"@TRACKER@\"></script>\n");
    if (interactions) {
        html += QByteArrayLiteral(
            "<script>\n"
            "  document.addEventListener('DOMContentLoaded', function () {\n"
            "    var state = document.getElementById('state');\n"
            "    if (typeof window.pulse !== 'function') { state.textContent = 'tracker-missing'; return; }\n"
            "    history.pushState({}, '', '/app/settings');\n"
            "    pulse('signup', {props: {plan: 'pro'}});\n"
            "    var link = document.getElementById('outbound');\n"
            "    link.addEventListener('click', function (e) { e.preventDefault(); });\n"
            "    link.click();\n"
            "    state.textContent = 'done';\n"
            "  });\n"
            "</script>\n");
    } else {
        html += QByteArrayLiteral(
            "<script>\n"
            "  document.addEventListener('DOMContentLoaded', function () {\n"
            "    document.getElementById('state').textContent =\n"
            "        typeof window.pulse === 'function' ? 'done' : 'tracker-missing';\n"
            "  });\n"
            "</script>\n");
    }
    html += QByteArrayLiteral(
        "</head><body>\n"
        "<a id=\"outbound\" href=\"http://127.0.0.2:9/elsewhere\">elsewhere</a>\n"
        "<p id=\"state\">pending</p>\n"
        "<p id=\"beacons\"></p>\n"
        "</body></html>\n");
    html.replace("@KEY@", siteKey.toUtf8());
    html.replace("@TRACKER@", trackerUrl.toEncoded());
    return html;
}

// The text of <p id="ID"> in Chromium's --dump-dom output.
QByteArray elementText(const QByteArray &dom, const QByteArray &id)
{
    const QByteArray open = "<p id=\"" + id + "\">";
    const qsizetype start = dom.indexOf(open);
    if (start < 0)
        return QByteArrayLiteral("<missing>");
    const qsizetype end = dom.indexOf("</p>", start);
    return dom.mid(start + open.size(), end - start - open.size());
}

struct StoredEvent
{
    QString name;
    QString path;
    QJsonObject props;
    QString browser;
    QString device;
    bool bot = false;
    qint64 visitorId = 0;
    qint64 sessionId = 0;
    QString utmSource;
    QString utmCampaign;
};

QList<StoredEvent> storedEvents(TestServer &server, const QString &siteKey)
{
    ReadPool::Lease lease = server.tw().workspace().reads().acquire();
    SqlStatement query = lease.db().prepare(QStringLiteral(
        "SELECT e.name, e.path, e.props, e.browser, e.device, e.is_bot, e.visitor_id, e.session_id, e.utm_source, "
        "e.utm_campaign FROM events e JOIN sites s ON s.id = e.site_id WHERE s.site_key = ?1 ORDER BY e.name, e.path"));
    query.bind(1, siteKey);
    QList<StoredEvent> events;
    while (query.step()) {
        StoredEvent e;
        e.name = query.columnText(0);
        e.path = query.columnText(1);
        e.props = QJsonDocument::fromJson(query.columnText(2).toUtf8()).object();
        e.browser = query.columnText(3);
        e.device = query.columnText(4);
        e.bot = query.columnInt(5) != 0;
        e.visitorId = query.columnInt(6);
        e.sessionId = query.columnInt(7);
        e.utmSource = query.columnText(8);
        e.utmCampaign = query.columnText(9);
        events.append(e);
    }
    return events;
}

} // namespace

// Headless Chromium says "HeadlessChrome", a bot: the test site stores bots flagged instead of
// rejecting them (bot filtering is on by default, docs/sites-and-keys.md).
void storeBotsFlagged(TestServer &server)
{
    Site site = server.tw().workspace().sites().list().constFirst();
    site.settings.botFiltering = false;
    QString error;
    QVERIFY2(server.tw().workspace().sites().update(site, &error).has_value(), qPrintable(error));
}

class TestTrackerInBrowser : public QObject
{
    Q_OBJECT

private:
    // Loads url in headless Chromium until its virtual-time budget runs out and returns the page's
    // final DOM. The event loop keeps running meanwhile: the Pulse server and the page server live
    // on this thread. Fails the test (empty result) when the browser cannot do its job.
    QByteArray runChromium(const QString &url)
    {
        QTemporaryDir profile;
        if (!profile.isValid()) {
            qWarning("cannot create a Chromium profile directory");
            return {};
        }
        QProcess browser;
        QSignalSpy finished(&browser, &QProcess::finished);
        // Virtual time (--virtual-time-budget) is what lets every beacon leave before --dump-dom
        // ends the run; without it only the first one does.
        browser.start(kChromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                  QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                                  QStringLiteral("--no-first-run"), QStringLiteral("--disable-background-networking"),
                                  QStringLiteral("--disable-component-update"), QStringLiteral("--disable-sync"),
                                  QStringLiteral("--user-data-dir=") + profile.path(),
                                  QStringLiteral("--virtual-time-budget=5000"), QStringLiteral("--dump-dom"), url});
        if (!browser.waitForStarted(30000)) {
            qWarning("cannot start %s: %s", qPrintable(kChromium), qPrintable(browser.errorString()));
            return {};
        }
        // QSignalSpy::wait runs the event loop, so the in-process servers answer the browser meanwhile.
        if (finished.isEmpty() && !finished.wait(kBrowserTimeoutMs)) {
            qWarning("Chromium did not finish within %d s", kBrowserTimeoutMs / 1000);
            browser.kill();
            browser.waitForFinished(10000);
            return {};
        }
        const QByteArray dom = browser.readAllStandardOutput();
        if (browser.exitStatus() != QProcess::NormalExit || browser.exitCode() != 0 || dom.isEmpty())
            qWarning("Chromium exited with %d; its log ends with:\n%s", browser.exitCode(),
                     browser.readAllStandardError().right(4000).constData());
        return dom;
    }

    // Skips without Chromium, unless PULSE_REQUIRE_CHROMIUM says this run must exercise it (CI).
    bool chromiumAvailable() const { return QFileInfo(kChromium).isExecutable(); }

private Q_SLOTS:
    void init()
    {
        if (!chromiumAvailable()) {
            if (qEnvironmentVariableIsSet("PULSE_REQUIRE_CHROMIUM"))
                QFAIL("PULSE_REQUIRE_CHROMIUM is set but /usr/bin/chromium is missing; install the chromium package");
            QSKIP("/usr/bin/chromium is not installed (set PULSE_REQUIRE_CHROMIUM=1 to make this a failure)");
        }
    }

    void pageviewsNavigationCustomEventAndOutboundClick()
    {
        TestServer server(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(server.host().port() != 0);
        const QString siteKey = server.addSite(QStringLiteral("example.com"));
        QVERIFY(!siteKey.isEmpty());
        storeBotsFlagged(server);
        PageServer page(pageHtml(siteKey, server.url(QStringLiteral("/pulse.js")), true));

        const QByteArray dom = runChromium(page.url(QStringLiteral("/")));
        QVERIFY2(!dom.isEmpty(), "Chromium produced no DOM");
        QCOMPARE(elementText(dom, "state"), QByteArrayLiteral("done"));
        // Two pageviews, the custom event and the outbound click: four beacons, none refused.
        QCOMPARE(elementText(dom, "beacons"), QByteArrayLiteral("queued,queued,queued,queued"));
        QCOMPARE(page.requests().value(0), QByteArrayLiteral("GET /"));

        const QString countSql = QStringLiteral("SELECT COUNT(*) FROM events");
        QTRY_COMPARE_WITH_TIMEOUT(server.tw().count(countSql), qint64(4), kStoreTimeoutMs);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine")), qint64(0));

        const QList<StoredEvent> events = storedEvents(server, siteKey);
        QCOMPARE(events.size(), 4);
        // Ordered by name, then path.
        QCOMPARE(events[0].name, QStringLiteral("outbound"));
        QCOMPARE(events[0].path, QStringLiteral("/app/settings")); // clicked after the navigation
        QCOMPARE(events[0].props,
                 QJsonObject({{QStringLiteral("url"), QStringLiteral("http://127.0.0.2:9/elsewhere")}}));
        QCOMPARE(events[1].name, QStringLiteral("pageview"));
        QCOMPARE(events[1].path, QStringLiteral("/"));
        QVERIFY(events[1].props.isEmpty());
        QCOMPARE(events[2].name, QStringLiteral("pageview"));
        QCOMPARE(events[2].path, QStringLiteral("/app/settings"));
        QVERIFY(events[2].props.isEmpty());
        QCOMPARE(events[3].name, QStringLiteral("signup"));
        QCOMPARE(events[3].path, QStringLiteral("/app/settings"));
        QCOMPARE(events[3].props, QJsonObject({{QStringLiteral("plan"), QStringLiteral("pro")}}));

        // Enrichment from the User-Agent Chromium really sent: headless Chromium says
        // "HeadlessChrome/…", which the classifier files as a named headless-browser bot; a
        // Chromium that hid it would count as plain Chrome.
        const QByteArray userAgent = page.userAgent();
        QVERIFY2(userAgent.contains("Chrome/"), userAgent.constData());
        const UserAgentInfo expected = UserAgentClassifier::classify(QString::fromUtf8(userAgent));
        qInfo("Chromium's User-Agent: %s -> browser %s, device %s, bot %d", userAgent.constData(),
              qPrintable(expected.browser), qPrintable(expected.device), int(expected.bot));
        if (userAgent.contains("HeadlessChrome/")) {
            QCOMPARE(expected.browser, QStringLiteral("HeadlessChrome"));
            QVERIFY(expected.bot);
        } else {
            QCOMPARE(expected.browser, QStringLiteral("Chrome"));
            QVERIFY(!expected.bot);
        }
        for (const StoredEvent &e : events) {
            QCOMPARE(e.browser, expected.browser);
            QCOMPARE(e.device, expected.device);
            QCOMPARE(e.bot, expected.bot);
            QCOMPARE(e.visitorId, events[0].visitorId);
            QCOMPARE(e.sessionId, events[0].sessionId);
        }
        QVERIFY(events[0].visitorId != 0);
        QVERIFY(events[0].sessionId != 0);
    }

    void utmParametersOfTheLandingPage()
    {
        TestServer server(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(server.host().port() != 0);
        const QString siteKey = server.addSite(QStringLiteral("example.com"));
        QVERIFY(!siteKey.isEmpty());
        storeBotsFlagged(server);
        PageServer page(pageHtml(siteKey, server.url(QStringLiteral("/pulse.js")), false));

        const QByteArray dom = runChromium(page.url(QStringLiteral("/?utm_source=newsletter&utm_campaign=launch")));
        QVERIFY2(!dom.isEmpty(), "Chromium produced no DOM");
        QCOMPARE(elementText(dom, "state"), QByteArrayLiteral("done"));
        QCOMPARE(elementText(dom, "beacons"), QByteArrayLiteral("queued"));

        QTRY_COMPARE_WITH_TIMEOUT(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events")), qint64(1),
                                  kStoreTimeoutMs);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine")), qint64(0));
        const QList<StoredEvent> events = storedEvents(server, siteKey);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].name, QStringLiteral("pageview"));
        QCOMPARE(events[0].path, QStringLiteral("/")); // the query string is not part of the path
        QCOMPARE(events[0].utmSource, QStringLiteral("newsletter"));
        QCOMPARE(events[0].utmCampaign, QStringLiteral("launch"));
    }
};

QTEST_GUILESS_MAIN(TestTrackerInBrowser)
#include "TestTrackerInBrowser.moc"
