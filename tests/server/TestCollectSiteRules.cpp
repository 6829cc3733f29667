// The collector under each site setting (docs/sites-and-keys.md): allowed origins (403 and a refused
// preflight), bot filtering on and off, Do Not Track, the user_id identity mode and the per-site
// ingestion quota (429 with Retry-After and RateLimit fields, on the injected clock).
#include "access/SiteStore.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kNow = 1704067200000 + 12 * 3600 * 1000; // 2024-01-01T12:00:00Z
const QByteArray kChrome = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                           "Chrome/124.0.0.0 Safari/537.36";
const QByteArray kGooglebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

QString detailOf(const Reply &reply)
{
    return reply.json().value(QLatin1String("detail")).toString();
}

// Adds a site with the given settings; returns its key.
QString addSite(TestServer &server, const QString &domain, const SiteSettings &settings)
{
    QString error;
    const std::optional<Site> site
        = server.tw().workspace().sites().add(domain, QString(), QString(), &error, settings);
    return site ? site->key : QString();
}

QByteArray eventJson(const QString &siteKey, const QByteArray &extra = {})
{
    return "{\"site\":\"" + siteKey.toLatin1() + "\",\"name\":\"pageview\",\"url\":\"https://example.com/\"" + extra
        + "}";
}

qint64 metric(TestServer &server, const QByteArray &reason)
{
    const QByteArray body = server.get(QStringLiteral("/metrics")).body;
    const QByteArray prefix = "pulse_events_rejected_total{reason=\"" + reason + "\"} ";
    const qsizetype at = body.indexOf(prefix);
    return at < 0 ? 0 : body.mid(at + prefix.size(), body.indexOf('\n', at) - at - prefix.size()).toLongLong();
}
} // namespace

class TestCollectSiteRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyAllowedOriginsMaySend()
    {
        TestServer server(kNow);
        SiteSettings settings;
        settings.allowedOrigins = { QStringLiteral("https://example.com") };
        const QString site = addSite(server, QStringLiteral("example.com"), settings);
        const auto post = [&](const QByteArray &origin) {
            QList<QPair<QByteArray, QByteArray>> headers { { "User-Agent", kChrome } };
            if (!origin.isEmpty())
                headers.append({ "Origin", origin });
            return server.postJson(QStringLiteral("/api/v1/collect"), eventJson(site), "text/plain", headers);
        };
        QCOMPARE(post("https://example.com").status, 200);
        QCOMPARE(post("https://EXAMPLE.com:443").status, 200);
        QCOMPARE(post({}).status, 200); // servers and apps send no Origin
        const Reply other = post("https://evil.example");
        QCOMPARE(other.status, 403);
        QVERIFY(other.header("Content-Type").startsWith("application/problem+json"));
        QVERIFY2(detailOf(other).contains(QLatin1String("https://evil.example"))
                && detailOf(other).contains(QLatin1String("allowed_origins")),
            qPrintable(detailOf(other)));
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events")), 3);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0); // nothing kept from others
        QCOMPARE(metric(server, "origin_not_allowed"), 1);

        const auto preflight = [&](const QByteArray &origin, const QString &query) {
            return server.request("OPTIONS", QStringLiteral("/api/v1/collect") + query, {},
                { { "Origin", origin }, { "Access-Control-Request-Method", "POST" } });
        };
        QCOMPARE(preflight("https://example.com", {}).status, 204);
        const Reply refused = preflight("https://evil.example", {});
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(detailOf(refused).contains(QLatin1String("allowed_origins")));
        QCOMPARE(preflight("https://example.com", QStringLiteral("?site=") + site).status, 204);
        QCOMPARE(preflight("https://evil.example", QStringLiteral("?site=") + site).status, 403);
        // A site that accepts every origin makes every origin acceptable when no site is named...
        const QString open = server.addSite(QStringLiteral("open.example"));
        QCOMPARE(preflight("https://evil.example", {}).status, 204);
        // ...but not for the restricted site, by name or in the events themselves.
        QCOMPARE(preflight("https://evil.example", QStringLiteral("?site=example.com")).status, 403);
        QCOMPARE(post("https://evil.example").status, 403);
        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/collect"), eventJson(open), "text/plain",
                         { { "User-Agent", kChrome }, { "Origin", "https://evil.example" } })
                     .status,
            200);
    }

    void botsAreRejectedWhenFilteredAndFlaggedOtherwise()
    {
        TestServer server(kNow);
        const QString filtered = server.addSite(QStringLiteral("filtered.example"));
        SiteSettings keep;
        keep.botFiltering = false;
        const QString kept = addSite(server, QStringLiteral("kept.example"), keep);

        const Reply bot = server.postJson(
            QStringLiteral("/api/v1/collect"), eventJson(filtered), "application/json", { { "User-Agent", kGooglebot } });
        QCOMPARE(bot.status, 400);
        const QJsonObject error = bot.json().value(QLatin1String("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QLatin1String("reason")).toString(), QStringLiteral("bot"));
        QVERIFY(detailOf(bot).contains(QLatin1String("bot_filtering")));
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine WHERE reason = 'bot'")), 1);
        QCOMPARE(metric(server, "bot"), 1);
        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/collect"), eventJson(filtered), "application/json",
                         { { "User-Agent", kChrome } })
                     .status,
            200);

        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/collect"), eventJson(kept), "application/json",
                         { { "User-Agent", kGooglebot } })
                     .status,
            200);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 2 AND is_bot = 1")), 1);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 1 AND is_bot = 1")), 0);
    }

    void doNotTrackIsAcknowledgedAndNothingStored()
    {
        TestServer server(kNow);
        SiteSettings respect;
        respect.respectDnt = true;
        const QString site = addSite(server, QStringLiteral("example.com"), respect);
        const QString ignoring = server.addSite(QStringLiteral("ignores.example"));
        const QByteArray batch = "[" + eventJson(site) + "," + eventJson(site) + "]";
        const Reply r = server.postJson(
            QStringLiteral("/api/v1/collect"), batch, "text/plain", { { "User-Agent", kChrome }, { "DNT", "1" } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("accepted")).toInt(), 0);
        QCOMPARE(r.json().value(QLatin1String("not_tracked")).toInt(), 2);
        QCOMPARE(r.json().value(QLatin1String("rejected")).toArray(), QJsonArray());
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events")), 0);
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM quarantine")), 0);
        QCOMPARE(metric(server, "do_not_track"), 2);

        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/collect"), eventJson(site), "text/plain",
                         { { "User-Agent", kChrome }, { "DNT", "0" } })
                     .json()
                     .value(QLatin1String("accepted"))
                     .toInt(),
            1);
        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/collect"), eventJson(ignoring), "text/plain",
                         { { "User-Agent", kChrome }, { "DNT", "1" } })
                     .json()
                     .value(QLatin1String("accepted"))
                     .toInt(),
            1);
    }

    void userIdModeRejectsEventsWithoutOne()
    {
        TestServer server(kNow);
        SiteSettings users;
        users.identityMode = SiteSettings::IdentityMode::UserId;
        const QString site = addSite(server, QStringLiteral("app.example"), users);
        const Reply missing = server.postJson(
            QStringLiteral("/api/v1/collect"), eventJson(site), "application/json", { { "User-Agent", kChrome } });
        QCOMPARE(missing.status, 400);
        QCOMPARE(
            missing.json().value(QLatin1String("errors")).toArray().first().toObject().value(QLatin1String("reason")),
            QJsonValue(QStringLiteral("user_id_required")));
        QVERIFY(detailOf(missing).contains(QLatin1String("\"user_id\"")));
        QCOMPARE(metric(server, "user_id_required"), 1);
        QCOMPARE(server
                     .postJson(QStringLiteral("/api/v1/collect"), eventJson(site, ",\"user_id\":\"u1\""),
                         "application/json", { { "User-Agent", kChrome } })
                     .status,
            200);
    }

    void theIngestQuotaAnswers429WithRateLimitFields()
    {
        TestServer server(kNow);
        SiteSettings limited;
        limited.ingestQuotaPerMinute = 60; // one a second, a minute's worth at once
        const QString site = addSite(server, QStringLiteral("example.com"), limited);
        const QString free = server.addSite(QStringLiteral("free.example"));
        const auto post = [&](const QString &key, int events) {
            QByteArray body = "[";
            for (int i = 0; i < events; ++i)
                body += (i ? "," : "") + eventJson(key);
            return server.postJson(
                QStringLiteral("/api/v1/collect"), body + "]", "application/json", { { "User-Agent", kChrome } });
        };
        const Reply first = post(site, 50);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("RateLimit-Limit"), QByteArray("60"));
        QCOMPARE(first.header("RateLimit-Remaining"), QByteArray("10"));
        QCOMPARE(first.header("RateLimit-Reset"), QByteArray("50"));
        QCOMPARE(post(site, 10).status, 200);

        const Reply over = post(site, 1);
        QCOMPARE(over.status, 429);
        QCOMPARE(over.header("Retry-After"), QByteArray("1"));
        QCOMPARE(over.header("RateLimit-Limit"), QByteArray("60"));
        QCOMPARE(over.header("RateLimit-Remaining"), QByteArray("0"));
        QCOMPARE(over.header("RateLimit-Reset"), QByteArray("60"));
        QCOMPARE(over.header("Access-Control-Allow-Origin"), QByteArray("*"));
        QVERIFY2(detailOf(over).contains(QLatin1String("60 events a minute")), qPrintable(detailOf(over)));
        QCOMPARE(server.tw().count(QStringLiteral("SELECT COUNT(*) FROM events WHERE site_id = 1")), 60);
        QCOMPARE(post(free, 100).status, 200); // other sites are not limited by it

        server.tw().clock().advanceMs(1000); // one event's worth back
        QCOMPARE(post(site, 1).status, 200);
        QCOMPARE(post(site, 1).status, 429);
        server.tw().clock().advanceMs(30 * 1000);
        const Reply half = post(site, 30);
        QCOMPARE(half.status, 200);
        QCOMPARE(half.header("RateLimit-Remaining"), QByteArray("0"));

        const Reply tooBig = post(site, 61);
        QCOMPARE(tooBig.status, 429);
        QVERIFY2(detailOf(tooBig).contains(QLatin1String("smaller batches")), qPrintable(detailOf(tooBig)));
    }
};

QTEST_GUILESS_MAIN(TestCollectSiteRules)
#include "TestCollectSiteRules.moc"
