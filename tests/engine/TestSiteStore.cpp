// Sites: domains normalised, bad input explained, lookups by key, id and domain, and the lock that
// keeps a second process from writing the same workspace.
#include "access/SiteStore.h"
#include "support/TestWorkspace.h"

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
        QVERIFY(tw.workspace().sites().list().isEmpty());
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
