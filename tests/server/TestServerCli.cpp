// pulse-server's command line, run in-process: `site` and `key` management (keys shown once, usable,
// revocable), `import` of a file, usage errors that exit 2 and say what to change, --help, and how ServerConfig resolves
// settings from a config file, the environment and flags (flag > environment > file), with messages
// that name where a bad value came from.
#include "PulseBuildInfo.h"
#include "ServerConfig.h"
#include "access/KeyStore.h"
#include "access/SiteStore.h"
#include "cli/ServerCli.h"
#include "core/Clock.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>
#include <optional>

using namespace pulse;

namespace {

// Every environment variable ServerConfig reads; the tests own them while they run.
const char *const kSettingVariables[] = {"PULSE_CONFIG",  "PULSE_DATA_DIR",         "PULSE_LISTEN",
                                         "PULSE_PORT",    "PULSE_DURABLE",          "PULSE_TRUST_PROXY",
                                         "PULSE_MAX_BATCH_EVENTS", "PULSE_QUERY_THREADS",
                                         "PULSE_STREAM_INTERVAL", "PULSE_SESSION_TTL"};

// Sets (or with a null value unsets) one environment variable and restores the old value when it ends,
// so a failing test cannot leak settings into the next one.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name))
    {
        m_old = qgetenv(name);
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

struct CliResult
{
    int code = -1;
    QString out;
    QString err;

    // The last non-empty line of stdout: where `site add` and `key create` put the key.
    QString lastLine() const
    {
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last().trimmed();
    }
};

CliResult runCli(const QStringList &arguments)
{
    CliResult result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    ServerCli cli(out, err);
    result.code = cli.run(QStringList{QStringLiteral("pulse-server")} + arguments);
    out.flush();
    err.flush();
    return result;
}

// Describes a result for failure messages, so a failing QVERIFY2 shows what the CLI printed.
QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout ---\n%2--- stderr ---\n%3").arg(r.code).arg(r.out, r.err);
}

// A parser set up the way ServerCli sets it up for settings, and the outcome of resolving it.
struct Resolved
{
    bool parsed = false;
    bool ok = false;
    QString error;
    ServerConfig config;
};

Resolved resolve(const QStringList &flags)
{
    Resolved r;
    QCommandLineParser parser;
    ServerConfig::declareOptions(parser);
    r.parsed = parser.parse(QStringList{QStringLiteral("pulse-server")} + flags);
    if (!r.parsed) {
        r.error = parser.errorText();
        return r;
    }
    r.ok = ServerConfig::resolve(parser, &r.config, &r.error);
    return r;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp; // a fresh one per test function
    const QTemporaryDir &dir() const { return *m_tmp; }

    QString dataDir() const { return dir().path(); }
    QStringList withDir(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments;
    }
    QString configPath(const char *name) const { return dir().filePath(QLatin1String(name)); }

private Q_SLOTS:
    void init()
    {
        // Settings from the developer's shell must not change what these tests see.
        for (const char *name : kSettingVariables)
            qunsetenv(name);
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void siteAddPrintsAUsableKeyLast()
    {
        const CliResult added = runCli(withDir({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com")}));
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        const QString key = added.lastLine();
        QVERIFY2(key.startsWith(QLatin1String("pk_")), qPrintable(describe(added)));
        QVERIFY(!key.contains(QLatin1Char(' ')));

        const CliResult listed = runCli(withDir({QStringLiteral("site"), QStringLiteral("list")}));
        QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
        const QStringList fields = listed.lastLine().split(QLatin1Char('\t'));
        QVERIFY2(fields.size() >= 3, qPrintable(describe(listed)));
        QCOMPARE(fields.at(1), QStringLiteral("example.com"));
        QCOMPARE(fields.at(2), key);

        // Usable: the workspace resolves the printed key to the site, as the collector will.
        Workspace workspace(SystemClock::instance());
        WorkspaceOptions options;
        options.dataDir = dataDir();
        QString error;
        QVERIFY2(workspace.open(options, &error), qPrintable(error));
        const std::optional<Site> site = workspace.sites().byKey(key);
        QVERIFY(site.has_value());
        QCOMPARE(site->domain, QStringLiteral("example.com"));
    }

    void siteAddTakesNameAndTimeZone()
    {
        const CliResult added = runCli(withDir({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("https://Shop.Example.org/path"),
                                                QStringLiteral("--name"), QStringLiteral("Shop"), QStringLiteral("--timezone"),
                                                QStringLiteral("Europe/Berlin")}));
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        const CliResult listed = runCli(withDir({QStringLiteral("site"), QStringLiteral("list")}));
        const QStringList fields = listed.lastLine().split(QLatin1Char('\t'));
        QVERIFY2(fields.size() == 5, qPrintable(describe(listed)));
        QCOMPARE(fields.at(1), QStringLiteral("shop.example.org"));
        QCOMPARE(fields.at(2), added.lastLine());
        QCOMPARE(fields.at(3), QStringLiteral("Europe/Berlin"));
        QCOMPARE(fields.at(4), QStringLiteral("Shop"));
    }

    void siteAddRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mustMention"); // what is wrong and what to do instead
        QTest::newRow("not a domain") << QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("not a domain!")}
                                      << QStringList{QStringLiteral("'not a domain!' is not a domain"), QStringLiteral("example.com")};
        QTest::newRow("empty domain") << QStringList{QStringLiteral("site"), QStringLiteral("add"), QString()}
                                      << QStringList{QStringLiteral("is not a domain"), QStringLiteral("example.com")};
        QTest::newRow("bad time zone") << QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("example.com"),
                                                      QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus_Mons")}
                                       << QStringList{QStringLiteral("'Mars/Olympus_Mons' is not a time zone"), QStringLiteral("Europe/Berlin")};
        QTest::newRow("no domain") << QStringList{QStringLiteral("site"), QStringLiteral("add")}
                                   << QStringList{QStringLiteral("site add takes one domain"), QStringLiteral("site add example.com")};
        QTest::newRow("two domains") << QStringList{QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("a.com"), QStringLiteral("b.com")}
                                     << QStringList{QStringLiteral("site add takes one domain")};
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("site"), QStringLiteral("remove")}
                                             << QStringList{QStringLiteral("site add DOMAIN"), QStringLiteral("site list")};
    }

    void siteAddRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mustMention);
        const CliResult r = runCli(withDir(arguments));
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        for (const QString &text : mustMention)
            QVERIFY2(r.err.contains(text), qPrintable(describe(r) + QStringLiteral("\nexpected to mention: ") + text));
        QVERIFY2(r.err.contains(QLatin1String("pulse-server --help")), qPrintable(describe(r)));
        // Nothing was added on the way.
        const CliResult listed = runCli(withDir({QStringLiteral("site"), QStringLiteral("list")}));
        QVERIFY2(listed.out.startsWith(QLatin1String("No sites yet")), qPrintable(describe(listed)));
    }

    void keysAreShownOnceListedByPrefixAndRevocable()
    {
        const CliResult created = runCli(withDir({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--scope"),
                                                  QStringLiteral("read,write"), QStringLiteral("--name"), QStringLiteral("dashboards")}));
        QVERIFY2(created.code == 0, qPrintable(describe(created)));
        const QString secret = created.lastLine();
        QVERIFY2(secret.startsWith(QLatin1String("psk_")), qPrintable(describe(created)));
        QVERIFY2(created.out.contains(QLatin1String("read,write")), qPrintable(describe(created)));
        // "Created key ID (…)." names the id that list and revoke use.
        const QString head = created.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(head.startsWith(QLatin1String("Created key ")), qPrintable(describe(created)));
        bool ok = false;
        const qint64 id = head.section(QLatin1Char(' '), 2, 2).toLongLong(&ok);
        QVERIFY2(ok && id > 0, qPrintable(describe(created)));

        const CliResult listed = runCli(withDir({QStringLiteral("key"), QStringLiteral("list")}));
        QVERIFY2(listed.code == 0, qPrintable(describe(listed)));
        QVERIFY2(!listed.out.contains(secret), "key list must never print the secret");
        const QStringList fields = listed.lastLine().split(QLatin1Char('\t'));
        QVERIFY2(fields.size() >= 7, qPrintable(describe(listed)));
        QCOMPARE(fields.at(0).toLongLong(), id);
        QString prefix = fields.at(1);
        QVERIFY2(prefix.endsWith(QStringLiteral("…")), qPrintable(describe(listed)));
        prefix.chop(1);
        QVERIFY2(prefix.size() >= 8 && prefix.size() < secret.size() / 2, qPrintable(describe(listed)));
        QVERIFY2(secret.startsWith(prefix), qPrintable(describe(listed)));
        QCOMPARE(fields.at(2), QStringLiteral("read,write"));
        QCOMPARE(fields.at(3), QStringLiteral("active"));
        QCOMPARE(fields.last(), QStringLiteral("dashboards"));

        const CliResult revoked = runCli(withDir({QStringLiteral("key"), QStringLiteral("revoke"), QString::number(id)}));
        QVERIFY2(revoked.code == 0, qPrintable(describe(revoked)));
        QVERIFY2(revoked.out.contains(QStringLiteral("Revoked key %1.").arg(id)), qPrintable(describe(revoked)));
        const CliResult after = runCli(withDir({QStringLiteral("key"), QStringLiteral("list")}));
        QCOMPARE(after.lastLine().split(QLatin1Char('\t')).value(3), QStringLiteral("revoked"));

        const CliResult again = runCli(withDir({QStringLiteral("key"), QStringLiteral("revoke"), QString::number(id)}));
        QVERIFY2(again.code == 2, qPrintable(describe(again)));
        QVERIFY2(again.err.contains(QStringLiteral("no active key has id %1").arg(id)), qPrintable(describe(again)));
        const CliResult missing = runCli(withDir({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("999")}));
        QVERIFY2(missing.code == 2, qPrintable(describe(missing)));
        const CliResult notANumber = runCli(withDir({QStringLiteral("key"), QStringLiteral("revoke"), QStringLiteral("psk_x")}));
        QVERIFY2(notANumber.code == 2 && notANumber.err.contains(QLatin1String("key list")), qPrintable(describe(notANumber)));
    }

    void keyRotatePrintsTheNewSecretLastAndTheOldOneLastsTheGrace()
    {
        const CliResult created = runCli(withDir({QStringLiteral("key"), QStringLiteral("create"), QStringLiteral("--scope"),
                                                  QStringLiteral("read")}));
        QVERIFY2(created.code == 0, qPrintable(describe(created)));
        const QString oldSecret = created.lastLine();
        const CliResult rotated = runCli(withDir({QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("1"),
                                                  QStringLiteral("--grace"), QStringLiteral("3600")}));
        QVERIFY2(rotated.code == 0, qPrintable(describe(rotated)));
        QVERIFY2(rotated.out.startsWith(QLatin1String("Rotated key 1;")), qPrintable(describe(rotated)));
        const QString newSecret = rotated.lastLine();
        QVERIFY2(newSecret.startsWith(QLatin1String("psk_")) && newSecret != oldSecret, qPrintable(describe(rotated)));

        const CliResult noGrace = runCli(withDir({QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("1"),
                                                  QStringLiteral("--grace"), QStringLiteral("0")}));
        QVERIFY2(noGrace.code == 0, qPrintable(describe(noGrace)));
        const QString newest = noGrace.lastLine();
        {
            Workspace workspace(SystemClock::instance());
            WorkspaceOptions options;
            options.dataDir = dataDir();
            QString error;
            QVERIFY2(workspace.open(options, &error), qPrintable(error));
            ApiKey key;
            QCOMPARE(workspace.keys().verify(newest, &key), KeyStore::Verdict::Ok);
            QCOMPARE(key.id, 1);
            // The second rotation had no grace: the secret it replaced stops at once, and the one
            // before it was ended by that rotation.
            QCOMPARE(workspace.keys().verify(newSecret, &key), KeyStore::Verdict::Expired);
            QCOMPARE(workspace.keys().verify(oldSecret, &key), KeyStore::Verdict::Unknown);
        }

        const CliResult badGrace = runCli(withDir({QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("1"),
                                                   QStringLiteral("--grace"), QStringLiteral("-5")}));
        QVERIFY2(badGrace.code == 2 && badGrace.err.contains(QLatin1String("--grace")), qPrintable(describe(badGrace)));
        const CliResult missing = runCli(withDir({QStringLiteral("key"), QStringLiteral("rotate"), QStringLiteral("99")}));
        QVERIFY2(missing.code == 2 && missing.err.contains(QLatin1String("no active key has id 99")),
                 qPrintable(describe(missing)));
    }

    void keyCreateRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("mustMention");
        QTest::newRow("unknown scope") << QStringList{QStringLiteral("--scope"), QStringLiteral("bogus")}
                                       << QStringList{QStringLiteral("unknown scope 'bogus'"), QStringLiteral("ingest"), QStringLiteral("read"),
                                                      QStringLiteral("write"), QStringLiteral("export"), QStringLiteral("stream"),
                                                      QStringLiteral("admin")};
        QTest::newRow("one bad among good") << QStringList{QStringLiteral("--scope"), QStringLiteral("read,bogus")}
                                            << QStringList{QStringLiteral("unknown scope 'bogus'")};
        QTest::newRow("no scope") << QStringList{} << QStringList{QStringLiteral("--scope read")};
        QTest::newRow("unknown site") << QStringList{QStringLiteral("--scope"), QStringLiteral("read"), QStringLiteral("--site"),
                                                     QStringLiteral("nowhere.example")}
                                      << QStringList{QStringLiteral("no site 'nowhere.example'"), QStringLiteral("site list")};
        QTest::newRow("expiry out of range") << QStringList{QStringLiteral("--scope"), QStringLiteral("read"),
                                                            QStringLiteral("--expires-days"), QStringLiteral("0")}
                                             << QStringList{QStringLiteral("--expires-days"), QStringLiteral("1 to 3650")};
    }

    void keyCreateRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, mustMention);
        const CliResult r = runCli(withDir(QStringList{QStringLiteral("key"), QStringLiteral("create")} + arguments));
        QVERIFY2(r.code == 2, qPrintable(describe(r)));
        for (const QString &text : mustMention)
            QVERIFY2(r.err.contains(text), qPrintable(describe(r) + QStringLiteral("\nexpected to mention: ") + text));
        QVERIFY2(!r.out.contains(QLatin1String("psk_")), qPrintable(describe(r)));
        const CliResult listed = runCli(withDir({QStringLiteral("key"), QStringLiteral("list")}));
        QVERIFY2(listed.out.startsWith(QLatin1String("No keys yet")), qPrintable(describe(listed)));
    }

    void unknownCommandsAndOptionsExit2()
    {
        const CliResult command = runCli(withDir({QStringLiteral("frobnicate")}));
        QVERIFY2(command.code == 2, qPrintable(describe(command)));
        QVERIFY2(command.err.contains(QLatin1String("unknown command 'frobnicate'")), qPrintable(describe(command)));
        QVERIFY2(command.err.contains(QLatin1String("pulse-server --help")), qPrintable(describe(command)));
        QVERIFY(command.out.isEmpty());

        const CliResult option = runCli(withDir({QStringLiteral("--frobnicate"), QStringLiteral("site"), QStringLiteral("list")}));
        QVERIFY2(option.code == 2, qPrintable(describe(option)));
        QVERIFY2(option.err.contains(QLatin1String("frobnicate")), qPrintable(describe(option)));

        const CliResult key = runCli(withDir({QStringLiteral("key"), QStringLiteral("rotate")}));
        QVERIFY2(key.code == 2 && key.err.contains(QLatin1String("key create --scope read")), qPrintable(describe(key)));
    }

    void importLoadsAFileIdempotentlyAndReportsRejectedRows()
    {
        QVERIFY(runCli(withDir({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("bench.example")})).code == 0);
        // The reference CSV's format (../shared/bench), one row with a time that is not a number.
        const QString csv = dir().filePath(QStringLiteral("events.csv"));
        QVERIFY(writeFile(csv, "1705185757,3,pageview,/,news.ycombinator.com,FR,mobile\n"
                               "1706029761,3,pageview,/blog/post-10,,FR,mobile\n"
                               "soon,3,click,/docs,,FR,mobile\n"
                               "1708532990,1,pageview,/docs,,NL,desktop\n"));
        const QString report = dir().filePath(QStringLiteral("rejected.csv"));
        const QStringList import{QStringLiteral("import"), csv, QStringLiteral("--site"), QStringLiteral("bench.example"),
                                 QStringLiteral("--preset"), QStringLiteral("pulse-bench"), QStringLiteral("--report"), report};
        const CliResult first = runCli(withDir(import));
        QVERIFY2(first.code == 0, qPrintable(describe(first)));
        QVERIFY2(first.out.contains(QLatin1String("4 rows read: 3 imported, 0 already stored, 1 rejected")), qPrintable(describe(first)));
        QFile rejected(report);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = rejected.readAll().split('\n');
        QCOMPARE(lines.value(0), QByteArray("row,line,column,reason,message"));
        QVERIFY2(lines.value(1).startsWith("3,3,column 1,invalid_timestamp,"), lines.value(1).constData());

        const CliResult again = runCli(withDir(import));
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QLatin1String("0 imported, 3 already stored, 1 rejected")), qPrintable(describe(again)));

        const CliResult missing = runCli(withDir({QStringLiteral("import"), dir().filePath(QStringLiteral("nope.csv")),
                                                  QStringLiteral("--site"), QStringLiteral("bench.example")}));
        QVERIFY2(missing.code == 1 && missing.err.contains(QLatin1String("nope.csv")), qPrintable(describe(missing)));
        // Nothing was imported, so nothing claims to have been.
        QVERIFY2(!missing.out.contains(QLatin1String("Imported")), qPrintable(describe(missing)));
        const CliResult noSite = runCli(withDir({QStringLiteral("import"), csv, QStringLiteral("--site"), QStringLiteral("nowhere.example")}));
        QVERIFY2(noSite.code == 2 && noSite.err.contains(QLatin1String("no site 'nowhere.example'")), qPrintable(describe(noSite)));
        const CliResult badPreset = runCli(withDir(
            {QStringLiteral("import"), csv, QStringLiteral("--site"), QStringLiteral("bench.example"), QStringLiteral("--preset"), QStringLiteral("x")}));
        QVERIFY2(badPreset.code == 2 && badPreset.err.contains(QLatin1String("pulse-bench")), qPrintable(describe(badPreset)));
    }

    void helpListsCommandsAndSettings()
    {
        const CliResult help = runCli({QStringLiteral("--help")});
        QVERIFY2(help.code == 0, qPrintable(describe(help)));
        QVERIFY(help.err.isEmpty());
        for (const char *text : {"serve", "demo", "site add DOMAIN", "site list", "key create --scope", "key list",
                                 "key revoke ID", "key rotate ID", "--grace", "import FILE", "--preset", "--report", "--data-dir", "--port", "--listen", "--durable", "--config", "PULSE_DATA_DIR",
                                 "PULSE_PORT", "--scope", "--timezone", "--help", "--webhooks-allow-local"})
            QVERIFY2(help.out.contains(QLatin1String(text)), qPrintable(QStringLiteral("--help does not mention %1:\n%2")
                                                                              .arg(QLatin1String(text), help.out)));
    }

    // One line a bug report can quote: the program, the CMake project version, the build (git commit
    // when known) and the Qt loaded at run time.
    void versionNamesProgramVersionBuildAndQt()
    {
        const CliResult version = runCli({ QStringLiteral("--version") });
        QVERIFY2(version.code == 0 && version.err.isEmpty(), qPrintable(describe(version)));
        const QString line = version.out.trimmed();
        QVERIFY2(!line.contains(QLatin1Char('\n')), qPrintable(line));
        QVERIFY2(line.startsWith(QStringLiteral("pulse-server %1 (").arg(QLatin1String(buildinfo::kVersion))),
            qPrintable(line));
        QVERIFY2(QLatin1String(buildinfo::kVersion).size() >= 5, buildinfo::kVersion); // "X.Y.Z" from project()
        QVERIFY2(line.endsWith(QStringLiteral("Qt %1)").arg(QLatin1String(qVersion()))), qPrintable(line));
        if (qstrlen(buildinfo::kBuildId) > 0)
            QVERIFY2(
                line.contains(QStringLiteral("build %1,").arg(QLatin1String(buildinfo::kBuildId))), qPrintable(line));
        QCOMPARE(runCli({ QStringLiteral("-v") }).out, version.out);
    }

    // Precedence for one setting: the flag beats the environment, which beats the config file.
    void settingsPrecedence_data()
    {
        QTest::addColumn<QString>("setting"); // "port" or "data-dir"
        QTest::addColumn<QString>("inFile");
        QTest::addColumn<QString>("inEnv");
        QTest::addColumn<QString>("inFlag");
        QTest::addColumn<QString>("expected");
        const QString none;
        QTest::newRow("port: default") << "port" << none << none << none << "8420";
        QTest::newRow("port: file") << "port" << "1111" << none << none << "1111";
        QTest::newRow("port: env over file") << "port" << "1111" << "2222" << none << "2222";
        QTest::newRow("port: flag over env and file") << "port" << "1111" << "2222" << "3333" << "3333";
        QTest::newRow("port: flag over file") << "port" << "1111" << none << "3333" << "3333";
        QTest::newRow("port: flag over env") << "port" << none << "2222" << "3333" << "3333";
        QTest::newRow("port: env 0") << "port" << "1111" << "0" << none << "0";
        QTest::newRow("dir: file") << "data-dir" << "/srv/from-file" << none << none << "/srv/from-file";
        QTest::newRow("dir: env over file") << "data-dir" << "/srv/from-file" << "/srv/from-env" << none << "/srv/from-env";
        QTest::newRow("dir: flag over env and file") << "data-dir" << "/srv/from-file" << "/srv/from-env" << "/srv/from-flag"
                                                     << "/srv/from-flag";
        QTest::newRow("dir: flag over file") << "data-dir" << "/srv/from-file" << none << "/srv/from-flag" << "/srv/from-flag";
    }

    void settingsPrecedence()
    {
        QFETCH(QString, setting);
        QFETCH(QString, inFile);
        QFETCH(QString, inEnv);
        QFETCH(QString, inFlag);
        QFETCH(QString, expected);

        // The file always sets something else too, to show it is read even when this setting is not in it.
        QByteArray ini = "query-threads=3\n";
        if (!inFile.isNull())
            ini += setting.toUtf8() + '=' + inFile.toUtf8() + '\n';
        const QString file = configPath("pulse.ini");
        QVERIFY(writeFile(file, ini));
        const ScopedEnv env(setting == QLatin1String("port") ? "PULSE_PORT" : "PULSE_DATA_DIR",
                            inEnv.isNull() ? QByteArray() : inEnv.toUtf8());
        QStringList flags{QStringLiteral("--config"), file};
        if (!inFlag.isNull())
            flags << QStringLiteral("--") + setting << inFlag;

        const Resolved r = resolve(flags);
        QVERIFY2(r.parsed && r.ok, qPrintable(r.error));
        QCOMPARE(r.config.service.queryThreads, 3);
        if (setting == QLatin1String("port"))
            QCOMPARE(QString::number(r.config.service.port), expected);
        else
            QCOMPARE(r.config.workspace.dataDir, expected);
    }

    void configFileComesFromPulseConfigToo()
    {
        const QString file = configPath("env.ini");
        QVERIFY(writeFile(file, "port=4444\nlisten=0.0.0.0\ndurable=yes\ntrust-proxy=on\nmax-batch-events=250\n"));
        const ScopedEnv env("PULSE_CONFIG", file.toUtf8());
        const Resolved r = resolve({QStringLiteral("serve")});
        QVERIFY2(r.parsed && r.ok, qPrintable(r.error));
        QCOMPARE(r.config.service.port, quint16(4444));
        QCOMPARE(r.config.service.address, QHostAddress(QHostAddress::AnyIPv4));
        QVERIFY(r.config.workspace.durable);
        QVERIFY(r.config.service.trustProxy);
        QCOMPARE(r.config.workspace.maxBatchEvents, 250);
        QCOMPARE(r.config.command, QStringList{QStringLiteral("serve")});

        // --config beats $PULSE_CONFIG.
        const QString other = configPath("flag.ini");
        QVERIFY(writeFile(other, "port=5555\n"));
        const Resolved flagged = resolve({QStringLiteral("--config"), other});
        QVERIFY2(flagged.ok, qPrintable(flagged.error));
        QCOMPARE(flagged.config.service.port, quint16(5555));
        QVERIFY(!flagged.config.workspace.durable);

        // A boolean flag beats "false" in the environment.
        const ScopedEnv durable("PULSE_DURABLE", "false");
        const Resolved forced = resolve({QStringLiteral("--durable")});
        QVERIFY2(forced.ok, qPrintable(forced.error));
        QVERIFY(forced.config.workspace.durable);
        const Resolved fromEnv = resolve({});
        QVERIFY2(fromEnv.ok, qPrintable(fromEnv.error));
        QVERIFY(!fromEnv.config.workspace.durable);
    }

    void webhooksAllowLocalComesFromFlagEnvOrFile()
    {
        QVERIFY(!resolve({}).config.service.webhooksAllowLocal); // the guard is on by default
        QVERIFY(resolve({QStringLiteral("--webhooks-allow-local")}).config.service.webhooksAllowLocal);
        const QString file = configPath("hooks.ini");
        QVERIFY(writeFile(file, "webhooks-allow-local=true\n"));
        QVERIFY(resolve({QStringLiteral("--config"), file}).config.service.webhooksAllowLocal);
        const ScopedEnv env("PULSE_WEBHOOKS_ALLOW_LOCAL", "false");
        QVERIFY(!resolve({QStringLiteral("--config"), file}).config.service.webhooksAllowLocal);
    }

    void streamIntervalComesFromFlagEnvOrFileInSeconds()
    {
        QCOMPARE(resolve({}).config.service.streamIntervalMs, qint64(10000));
        QCOMPARE(resolve({QStringLiteral("--stream-interval"), QStringLiteral("2")}).config.service.streamIntervalMs,
                 qint64(2000));
        const QString file = configPath("stream.ini");
        QVERIFY(writeFile(file, "stream-interval=30\n"));
        QCOMPARE(resolve({QStringLiteral("--config"), file}).config.service.streamIntervalMs, qint64(30000));
        const ScopedEnv env("PULSE_STREAM_INTERVAL", "5");
        QCOMPARE(resolve({QStringLiteral("--config"), file}).config.service.streamIntervalMs, qint64(5000));
    }

    void sessionTtlComesFromFlagEnvOrFileInSeconds()
    {
        QCOMPARE(resolve({}).config.service.sessionTtlMs, qint64(15 * 60 * 1000));
        QCOMPARE(resolve({QStringLiteral("--session-ttl"), QStringLiteral("600")}).config.service.sessionTtlMs,
                 qint64(600000));
        const QString file = configPath("sessions.ini");
        QVERIFY(writeFile(file, "session-ttl=120\n"));
        QCOMPARE(resolve({QStringLiteral("--config"), file}).config.service.sessionTtlMs, qint64(120000));
        const ScopedEnv env("PULSE_SESSION_TTL", "3600");
        QCOMPARE(resolve({QStringLiteral("--config"), file}).config.service.sessionTtlMs, qint64(3600000));
    }

    void missingConfigFileIsNamed()
    {
        const QString missing = configPath("nope.ini");
        const Resolved r = resolve({QStringLiteral("--config"), missing});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(missing) && r.error.contains(QLatin1String("cannot be read")), qPrintable(r.error));
    }

    // A bad value is refused with a message naming the setting's source (flag, variable or file and
    // key), the value, and what would be accepted.
    void badValuesNameTheirSource_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("source"); // flag, env or file
        QTest::addColumn<QString>("advice");
        for (const char *source : {"flag", "env", "file"}) {
            const QString s = QLatin1String(source);
            QTest::addRow("port 70000 (%s)", source) << "port" << "70000" << s << "0 to 65535";
            QTest::addRow("port -1 (%s)", source) << "port" << "-1" << s << "0 to 65535";
            QTest::addRow("port text (%s)", source) << "port" << "http" << s << "0 to 65535";
            QTest::addRow("listen nonsense (%s)", source) << "listen" << "nonsense" << s << "127.0.0.1";
            QTest::addRow("query-threads 0 (%s)", source) << "query-threads" << "0" << s << "1 to 64";
            QTest::addRow("max-batch-events huge (%s)", source) << "max-batch-events" << "1000000" << s << "1 to 100000";
            QTest::addRow("max-import-bytes lots (%s)", source) << "max-import-bytes" << "lots" << s << "K, M or G";
            QTest::addRow("stream-interval 0 (%s)", source) << "stream-interval" << "0" << s << "1 to 3600";
            QTest::addRow("session-ttl 30 (%s)", source) << "session-ttl" << "30" << s << "60 to 43200";
        }
        // --durable and --trust-proxy are switches; a value for them can only come from env or file.
        for (const char *source : {"env", "file"}) {
            const QString s = QLatin1String(source);
            QTest::addRow("durable maybe (%s)", source) << "durable" << "maybe" << s << "true or false";
            QTest::addRow("trust-proxy perhaps (%s)", source) << "trust-proxy" << "perhaps" << s << "true or false";
            QTest::addRow("webhooks-allow-local sure (%s)", source)
                << "webhooks-allow-local" << "sure" << s << "true or false";
        }
    }

    void badValuesNameTheirSource()
    {
        QFETCH(QString, setting);
        QFETCH(QString, value);
        QFETCH(QString, source);
        QFETCH(QString, advice);

        const QString file = configPath("bad.ini");
        QVERIFY(writeFile(file, source == QLatin1String("file") ? setting.toUtf8() + '=' + value.toUtf8() + '\n' : QByteArray("port=1\n")));
        const QByteArray variable = "PULSE_" + setting.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')).toUtf8();
        const ScopedEnv env(variable.constData(), source == QLatin1String("env") ? value.toUtf8() : QByteArray());
        QStringList flags{QStringLiteral("--config"), file};
        if (source == QLatin1String("flag"))
            flags << QStringLiteral("--") + setting + QLatin1Char('=') + value;

        const Resolved r = resolve(flags);
        QVERIFY2(r.parsed, qPrintable(r.error));
        QVERIFY2(!r.ok, "a bad value was accepted");
        const QString expectedSource = source == QLatin1String("flag")  ? QStringLiteral("--") + setting
                                       : source == QLatin1String("env") ? QString::fromLatin1(variable)
                                                                        : file + QStringLiteral(": ") + setting;
        QVERIFY2(r.error.startsWith(expectedSource + QLatin1Char(':')),
                 qPrintable(QStringLiteral("'%1' does not start with '%2:'").arg(r.error, expectedSource)));
        QVERIFY2(r.error.contains(QLatin1Char('\'') + value + QLatin1Char('\'')), qPrintable(r.error));
        QVERIFY2(r.error.contains(advice), qPrintable(r.error));

        // The CLI turns the same message into a usage error (exit 2) before touching any workspace.
        const CliResult cli = runCli(QStringList{QStringLiteral("--data-dir"), dir().filePath(QStringLiteral("untouched"))} + flags
                                     + QStringList{QStringLiteral("site"), QStringLiteral("list")});
        QVERIFY2(cli.code == 2, qPrintable(describe(cli)));
        QVERIFY2(cli.err.contains(r.error), qPrintable(describe(cli)));
        QVERIFY(!QFile::exists(dir().filePath(QStringLiteral("untouched"))));
    }

    void valueForASwitchIsAUsageError()
    {
        const Resolved r = resolve({QStringLiteral("--durable=maybe")});
        QVERIFY(!r.parsed);
        QVERIFY2(r.error.contains(QLatin1String("durable")), qPrintable(r.error));
        const CliResult cli = runCli(withDir({QStringLiteral("--durable=maybe"), QStringLiteral("site"), QStringLiteral("list")}));
        QVERIFY2(cli.code == 2 && cli.err.contains(QLatin1String("durable")), qPrintable(describe(cli)));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "TestServerCli.moc"
