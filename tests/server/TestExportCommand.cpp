// `pulse-server export` run in-process as a user runs it: the file it writes (format from the name,
// a range in the site's zone, event names), standard output, a query result, and every bad input
// with exit code 2 and no file left behind.
#include "cli/ServerCli.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;

namespace {

struct CliRun {
    int code = -1;
    QString out;
    QString err;
};

constexpr qint64 kT0 = 1709251200000; // 2024-03-01T00:00:00Z

} // namespace

class TestExportCommand final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    CliRun run(const QStringList &arguments)
    {
        CliRun result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        ServerCli cli(out, err);
        result.code = cli.run(QStringList { QStringLiteral("pulse-server"), QStringLiteral("--data-dir"),
                                  m_dir->filePath(QStringLiteral("data")) }
            + arguments);
        out.flush();
        err.flush();
        return result;
    }

    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("PULSE_DATA_DIR");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A site in Berlin with events on three days, loaded through the CLI as a user would.
        QCOMPARE(run({ QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("shop.example"),
                         QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin") })
                     .code,
            0);
        QByteArray csv = "timestamp,event,user_id,path\n";
        for (int day = 0; day < 3; ++day) {
            for (int k = 0; k < 4; ++k)
                csv += QByteArray::number(kT0 + day * 86400000LL + k * 60000) + (k == 3 ? ",signup,u" : ",pageview,u")
                    + QByteArray::number(k) + ",/d" + QByteArray::number(day) + '\n';
        }
        QFile file(path("events.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const CliRun imported = run(
            { QStringLiteral("import"), path("events.csv"), QStringLiteral("--site"), QStringLiteral("shop.example") });
        QVERIFY2(imported.code == 0 && imported.out.contains(QLatin1String("12 imported")),
            qPrintable(imported.out + imported.err));
        QFile::remove(path("events.csv"));
    }

    void writesTheFileInTheFormatItsNameSays()
    {
        const CliRun r = run({ QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("shop.example"),
            QStringLiteral("--output"), path("all.ndjson") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Exported 12 rows (")), qPrintable(r.out));
        const QList<QByteArray> lines = read(path("all.ndjson")).trimmed().split('\n');
        QCOMPARE(lines.size(), 12);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("timestamp")).toString(),
            QStringLiteral("2024-03-01T00:00:00.000Z"));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("all.ndjson") });
    }

    void rangeDaysAreTheSitesDaysAndEventsFilter()
    {
        // 2024-03-02 in Berlin runs from 23:00 UTC on the 1st: the second day's events (00:00 UTC on the
        // 2nd onwards) and none of the first day's (00:00-00:03 UTC on the 1st).
        const CliRun r = run({ QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("shop.example"),
            QStringLiteral("--from"), QStringLiteral("2024-03-02"), QStringLiteral("--to"),
            QStringLiteral("2024-03-02"), QStringLiteral("--event"), QStringLiteral("signup"),
            QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), path("signups.txt") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(read(path("signups.txt"))).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QLatin1String("path")).toString(), QStringLiteral("/d1"));
    }

    void eitherEndOfTheRangeMayBeLeftOpen()
    {
        // Raw events from a day on, or up to one: all history on the open side, however long ago.
        const auto rawEvents = [this](const QString &option, const QString &date) {
            return run({ QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("shop.example"), option,
                date, QStringLiteral("--output"), path("range.ndjson") });
        };
        CliRun r = rawEvents(QStringLiteral("--from"), QStringLiteral("2024-03-02"));
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("Exported 8 rows (")), qPrintable(r.out + r.err));
        r = rawEvents(QStringLiteral("--to"), QStringLiteral("2024-03-01"));
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("Exported 4 rows (")), qPrintable(r.out + r.err));
        r = rawEvents(QStringLiteral("--from"), QStringLiteral("1990-01-01"));
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("Exported 12 rows (")), qPrintable(r.out + r.err));

        // A query result from a day runs through today; with no range at all, over the 30 days through
        // today (the events are from 2024, so none), and the user is told which days those are.
        const auto overview = [this](const QStringList &range) {
            return run(QStringList { QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("shop.example"),
                           QStringLiteral("--kind"), QStringLiteral("stats"), QStringLiteral("--table"),
                           QStringLiteral("overview"), QStringLiteral("--output"), path("overview.csv") }
                + range);
        };
        const auto events = [this] { // the overview's "events" column
            const QList<QByteArray> lines = read(path("overview.csv")).split('\n');
            return lines.size() > 1 && lines.at(0).split(',').value(3) == "events" ? lines.at(1).split(',').value(3)
                                                                                   : QByteArray("?");
        };
        r = overview({ QStringLiteral("--from"), QStringLiteral("2024-03-02") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(events(), QByteArray("8"));
        r = overview({});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("No --from or --to: the 30 days through today")), qPrintable(r.err));
        QCOMPARE(events(), QByteArray("0"));
        r = overview({ QStringLiteral("--from"), QStringLiteral("1990-01-01") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("longer than 20 years; narrow --from and --to")), qPrintable(r.err));
    }

    void aQueryResultToStandardOutput()
    {
        QFile query(path("query.json"));
        QVERIFY(query.open(QIODevice::WriteOnly));
        query.write(R"({"from_ms": 1709251200000, "to_ms": 1709510400000})");
        query.close();
        const CliRun r = run({ QStringLiteral("export"), QStringLiteral("--site"), QStringLiteral("shop.example"),
            QStringLiteral("--kind"), QStringLiteral("stats"), QStringLiteral("--table"), QStringLiteral("overview"),
            QStringLiteral("--query"), path("query.json"), QStringLiteral("--output"), QStringLiteral("-") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Exported 1 rows")), qPrintable(r.err)); // stdout holds the data
    }

    void badInputExits2AndLeavesNoFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("--output");
        const QString site = QStringLiteral("--site");
        QTest::newRow("no site") << QStringList { out, QStringLiteral("OUT") } << QStringLiteral("needs --site");
        QTest::newRow("unknown site") << QStringList { site, QStringLiteral("nope.example"), out,
            QStringLiteral("OUT") } << QStringLiteral("no site 'nope.example'");
        QTest::newRow("no output") << QStringList { site, QStringLiteral("shop.example") }
                                   << QStringLiteral("needs --output");
        QTest::newRow("bad date") << QStringList { site, QStringLiteral("shop.example"), QStringLiteral("--from"),
            QStringLiteral("2024-13-01"), out, QStringLiteral("OUT") }
                                  << QStringLiteral("--from must be a date");
        QTest::newRow("backwards") << QStringList { site, QStringLiteral("shop.example"), QStringLiteral("--from"),
            QStringLiteral("2024-03-05"), QStringLiteral("--to"), QStringLiteral("2024-03-01"), out,
            QStringLiteral("OUT") } << QStringLiteral("--to must come after --from");
        QTest::newRow("kind") << QStringList { site, QStringLiteral("shop.example"), QStringLiteral("--kind"),
            QStringLiteral("all"), out, QStringLiteral("OUT") }
                              << QStringLiteral("'kind' must be one of");
        QTest::newRow("format") << QStringList { site, QStringLiteral("shop.example"), QStringLiteral("--format"),
            QStringLiteral("xlsx"), out, QStringLiteral("OUT") }
                                << QStringLiteral("'format' must be one of");
        QTest::newRow("file name") << QStringList { site, QStringLiteral("shop.example"), out, QStringLiteral("OUT"),
            QStringLiteral("extra") }
                                   << QStringLiteral("takes no file name");
        QTest::newRow("missing query file") << QStringList { site, QStringLiteral("shop.example"),
            QStringLiteral("--query"), QStringLiteral("/nonexistent/q.json"), out, QStringLiteral("OUT") }
                                            << QStringLiteral("cannot read the query");
    }

    void badInputExits2AndLeavesNoFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("OUT"), path("out.csv"));
        const CliRun r = run(QStringList { QStringLiteral("export") } + arguments);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("out.csv")));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "TestExportCommand.moc"
