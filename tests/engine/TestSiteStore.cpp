// Sites: domains normalised, bad input explained, lookups by key, id and domain, and the lock that
// keeps a second process from writing the same workspace.
#include "access/SiteStore.h"
#include "storage/EventWriter.h"
#include "storage/Sqlite.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

class TestSiteStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domainsAreNormalised_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << QStringLiteral("example.com") << QStringLiteral("example.com");
        QTest::newRow("url") << QStringLiteral("https://Shop.Example.com/path?q=1") << QStringLiteral("shop.example.com");
        QTest::newRow("spaces") << QStringLiteral("  example.org ") << QStringLiteral("example.org");
        QTest::newRow("not a domain") << QStringLiteral("not a domain") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("dot") << QStringLiteral(".") << QString();
    }

    void domainsAreNormalised()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        QString error;
        QCOMPARE(SiteStore::normalizeDomain(input, &error), domain);
        QCOMPARE(error.isEmpty(), !domain.isEmpty());
    }

    void addedSitesAreFoundByKeyIdAndDomain()
    {
        TestWorkspace tw;
        QString error;
        const std::optional<Site> site
            = tw.workspace().sites().add(QStringLiteral("example.com"), QString(), QStringLiteral("Europe/Berlin"), &error);
        QVERIFY2(site, qPrintable(error));
        QVERIFY(site->key.startsWith(QLatin1String("pk_")));
        QCOMPARE(tw.workspace().sites().byKey(site->key)->id, site->id);
        QCOMPARE(tw.workspace().sites().find(QString::number(site->id))->domain, QStringLiteral("example.com"));
        QCOMPARE(tw.workspace().sites().find(QStringLiteral("EXAMPLE.com"))->key, site->key);
        QVERIFY(!tw.workspace().sites().byKey(u"pk_unknown"));
        tw.reopen();
        QCOMPARE(tw.workspace().sites().list().size(), 1);
    }

    void badTimeZonesAreRefused()
    {
        TestWorkspace tw;
        QString error;
        QVERIFY(!tw.workspace().sites().add(QStringLiteral("example.com"), QString(), QStringLiteral("Mars/Olympus"), &error));
        QVERIFY(error.contains(QLatin1String("Mars/Olympus")));
        // QTimeZone takes these as POSIX TZ strings on Linux; a site's zone must be an IANA name.
        for (const QString &posix : { QStringLiteral("berlin"), QStringLiteral("UTC+5"), QStringLiteral("AAAA") }) {
            QVERIFY2(!tw.workspace().sites().add(QStringLiteral("example.com"), QString(), posix, &error),
                qPrintable(posix));
            QVERIFY2(error.contains(QStringLiteral("'%1' is not a time zone").arg(posix)), qPrintable(error));
        }
        QVERIFY(tw.workspace().sites().list().isEmpty());
        for (const QString &zone : { QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"),
                 QStringLiteral("Etc/GMT+5"), QStringLiteral("US/Pacific") })
            QVERIFY2(tw.workspace().sites().add(zone.toLower().remove(u'/').remove(u'+') + QStringLiteral(".example"),
                         QString(), zone, &error),
                qPrintable(zone + u' ' + error));
    }

    void aZoneStoredBeforeTheStrictCheckDoesNotBlockOtherChanges()
    {
        TestWorkspace tw;
        QString error;
        const qint64 id = tw.addSite(QStringLiteral("example.com"));
        // Earlier versions took any text QTimeZone could read, such as "berlin".
        tw.workspace().writer().execute(
            [](SqliteDatabase &db) { db.exec(QStringLiteral("UPDATE sites SET timezone = 'berlin'")); });
        tw.reopen(); // the store caches sites
        Site site = *tw.workspace().sites().byId(id);
        QCOMPARE(site.timeZone, QStringLiteral("berlin"));
        site.name = QStringLiteral("Renamed");
        const std::optional<Site> renamed = tw.workspace().sites().update(site, &error);
        QVERIFY2(renamed, qPrintable(error));
        QCOMPARE(renamed->name, QStringLiteral("Renamed"));
        QCOMPARE(renamed->timeZone, QStringLiteral("berlin"));
        site.timeZone = QStringLiteral("paris");
        QVERIFY(!tw.workspace().sites().update(site, &error));
        QVERIFY2(error.contains(QLatin1String("'paris' is not a time zone")), qPrintable(error));
        site.timeZone = QStringLiteral("Europe/Paris");
        QCOMPARE(tw.workspace().sites().update(site, &error)->timeZone, QStringLiteral("Europe/Paris"));
    }

    void originsAreNormalisedAndNonOriginsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("origin"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("https://example.com") << QStringLiteral("https://example.com");
        QTest::newRow("case and default port") << QStringLiteral("HTTPS://Example.COM:443/")
                                               << QStringLiteral("https://example.com");
        QTest::newRow("other port") << QStringLiteral("http://localhost:3000") << QStringLiteral("http://localhost:3000");
        QTest::newRow("http default port") << QStringLiteral("http://a.example:80") << QStringLiteral("http://a.example");
        QTest::newRow("path") << QStringLiteral("https://example.com/path") << QString();
        QTest::newRow("no scheme") << QStringLiteral("example.com/path") << QString();
        QTest::newRow("bare host") << QStringLiteral("example.com") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://x") << QString();
        QTest::newRow("query") << QStringLiteral("https://example.com?a=1") << QString();
        QTest::newRow("user info") << QStringLiteral("https://me@example.com") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void originsAreNormalisedAndNonOriginsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, origin);
        QString error;
        QCOMPARE(SiteSettings::normalizeOrigin(text, &error), origin);
        if (origin.isEmpty())
            QVERIFY2(error.contains(QLatin1String("https://example.com")), qPrintable(error));
    }

    void settingsAreStoredAndReadBack()
    {
        TestWorkspace tw;
        SiteSettings settings;
        QString error;
        const QByteArray json = "{\"allowed_origins\":[\"https://a.example\",\"https://a.example/\"],"
                                "\"retention_days\":7,\"bot_filtering\":false,\"respect_dnt\":true,"
                                "\"identity_mode\":\"user_id\",\"ingest_quota_per_minute\":100}";
        QVERIFY(SiteSettings::readJson(QJsonDocument::fromJson(json).object(), &settings, &error));
        QCOMPARE(settings.allowedOrigins, QStringList{QStringLiteral("https://a.example")}); // duplicates dropped
        const std::optional<Site> site
            = tw.workspace().sites().add(QStringLiteral("a.example"), QString(), QString(), &error, settings);
        QVERIFY(site);
        tw.reopen();
        QCOMPARE(tw.workspace().sites().byId(site->id)->settings, settings);
        QVERIFY(settings.allowsOrigin(QStringLiteral("https://A.example:443")));
        QVERIFY(!settings.allowsOrigin(QStringLiteral("https://b.example")));
        QVERIFY(SiteSettings().allowsOrigin(QStringLiteral("null"))); // no list: every origin

        // A site added without settings gets the defaults.
        QCOMPARE(tw.workspace().sites().add(QStringLiteral("b.example"), QString(), QString(), &error)->settings,
                 SiteSettings());
    }

    void aSecondWorkspaceOnTheSameFolderIsRefused()
    {
        TestWorkspace tw;
        Workspace second(tw.clock());
        WorkspaceOptions options;
        options.dataDir = tw.dataDir();
        QString error;
        QVERIFY(!second.open(options, &error));
        QVERIFY2(error.contains(QLatin1String("in use")), qPrintable(error));
        QVERIFY(tw.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestSiteStore)
#include "TestSiteStore.moc"
