// Schema migrations: from an empty file and from every earlier version, and refusal of newer files.
#include "storage/Migrations.h"
#include "storage/Sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pulse;

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyFileReachesTheLatestVersion()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        db.open(dir.filePath(QStringLiteral("a.db")), SqliteDatabase::Mode::ReadWrite);
        Migrations::apply(db);
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        for (const char *table : {"sites", "api_keys", "events", "sessions", "quarantine", "settings", "alert_rules",
                                  "alert_events", "api_sessions"})
            QCOMPARE(db.queryInt(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='%1'")
                                     .arg(QLatin1String(table))),
                     1);
        Migrations::apply(db); // idempotent
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
    }

    void everyEarlierVersionUpgradesKeepingData()
    {
        for (int from = 1; from <= Migrations::latestVersion(); ++from) {
            QTemporaryDir dir;
            SqliteDatabase db;
            db.open(dir.filePath(QStringLiteral("a.db")), SqliteDatabase::Mode::ReadWrite);
            Migrations::applyUpTo(db, from);
            QCOMPARE(Migrations::currentVersion(db), from);
            db.exec(QStringLiteral("INSERT INTO sites(site_key, domain, name, created_at) VALUES('pk_a', 'a.com', 'a', 1)"));
            Migrations::apply(db);
            QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
            QCOMPARE(db.queryText(QStringLiteral("SELECT domain FROM sites")), QStringLiteral("a.com"));
            // Sites from before the settings get the defaults (bots filtered, every origin, kept forever).
            QCOMPARE(db.queryText(QStringLiteral("SELECT bot_filtering || ',' || respect_dnt || ',' || retention_days || "
                                                 "',' || identity_mode || ',' || ingest_quota || ',' || allowed_origins "
                                                 "FROM sites")),
                     QStringLiteral("1,0,0,cookieless,0,"));
        }
    }

    void apiSessionsGoWithTheirKey()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        db.open(dir.filePath(QStringLiteral("a.db")), SqliteDatabase::Mode::ReadWrite);
        Migrations::apply(db);
        db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        db.exec(QStringLiteral("INSERT INTO api_keys(name, prefix, secret_hash, scopes, created_at) "
                               "VALUES('k', 'psk_a', x'01', 'read', 1)"));
        db.exec(QStringLiteral("INSERT INTO api_sessions(key_id, scopes, created_at, expires_at, ends_at) "
                               "VALUES(1, 'read', 1, 2, 3)"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT COUNT(*) FROM api_sessions")), 1);
        db.exec(QStringLiteral("DELETE FROM api_keys"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT COUNT(*) FROM api_sessions")), 0);
    }

    void alertHistoryGoesWithItsRuleAndSite()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        db.open(dir.filePath(QStringLiteral("a.db")), SqliteDatabase::Mode::ReadWrite);
        Migrations::apply(db);
        db.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        db.exec(QStringLiteral("INSERT INTO sites(site_key, domain, name, created_at) VALUES('pk_a', 'a.com', 'a', 1)"));
        db.exec(QStringLiteral("INSERT INTO alert_rules(site_id, name, definition, interval_ms, cooldown_ms, created_at, "
                               "updated_at) VALUES(1, 'r', '{}', 300000, 0, 1, 1)"));
        db.exec(QStringLiteral("INSERT INTO alert_events(rule_id, site_id, kind, at, window_from, value, threshold) "
                               "VALUES(1, 1, 'fired', 2, 1, 10, 5)"));
        QCOMPARE(db.queryText(QStringLiteral("SELECT state FROM alert_rules")), QStringLiteral("ok"));
        db.exec(QStringLiteral("DELETE FROM sites"));
        QCOMPARE(db.queryInt(QStringLiteral("SELECT COUNT(*) FROM alert_rules")), 0);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT COUNT(*) FROM alert_events")), 0);
    }

    void aNewerFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        SqliteDatabase db;
        db.open(dir.filePath(QStringLiteral("a.db")), SqliteDatabase::Mode::ReadWrite);
        db.exec(QStringLiteral("PRAGMA user_version = 999"));
        try {
            Migrations::apply(db);
            QFAIL("a newer schema must be refused");
        } catch (const SqlError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QLatin1String("newer Pulse")));
        }
        QCOMPARE(Migrations::currentVersion(db), 999);
        QCOMPARE(db.queryInt(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")), 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
