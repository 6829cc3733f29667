// Scheduled exports: when the next run is in the site's zone (daily, weekly, monthly, across a DST
// change), which period a run covers, the JSON a client sends with every kind of mistake, and the
// scheduler on a manual clock: a due schedule queues one job for the period before it, a run missed
// while the server was stopped runs once, and only the newest N files of a schedule are kept.
#include "access/SiteStore.h"
#include "export/ExportJobs.h"
#include "export/ExportSchedules.h"
#include "support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pulse;
using namespace pulse::test;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

qint64 berlin(const char *localIso)
{
    return QDateTime(QDateTime::fromString(QLatin1String(localIso), Qt::ISODate).date(),
        QDateTime::fromString(QLatin1String(localIso), Qt::ISODate).time(), kBerlin)
        .toMSecsSinceEpoch();
}

QString local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, kBerlin).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

ExportSchedule schedule(ExportSchedule::Cadence cadence, int minute, int weekday = 1, int day = 1)
{
    ExportSchedule s;
    s.cadence = cadence;
    s.minuteOfDay = minute;
    s.weekday = weekday;
    s.monthDay = day;
    return s;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestExportSchedules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nextRunsFollowTheSitesCalendar()
    {
        const ExportSchedule daily = schedule(ExportSchedule::Cadence::Daily, 3 * 60);
        QCOMPARE(local(daily.nextRunAfter(berlin("2024-03-30T12:00:00"), kBerlin)), QStringLiteral("2024-03-31 03:00"));
        // 2024-03-31 in Berlin: clocks go from 02:00 to 03:00; 03:00 exists and is 01:00 UTC.
        QCOMPARE(daily.nextRunAfter(berlin("2024-03-30T12:00:00"), kBerlin), qint64(1711846800000));
        QCOMPARE(local(daily.nextRunAfter(berlin("2024-03-31T03:00:00"), kBerlin)), QStringLiteral("2024-04-01 03:00"));
        const ExportSchedule weekly = schedule(ExportSchedule::Cadence::Weekly, 6 * 60 + 30, 1);
        QCOMPARE(
            local(weekly.nextRunAfter(berlin("2024-03-27T12:00:00"), kBerlin)), QStringLiteral("2024-04-01 06:30"));
        const ExportSchedule monthly = schedule(ExportSchedule::Cadence::Monthly, 0, 1, 28);
        QCOMPARE(
            local(monthly.nextRunAfter(berlin("2024-02-28T00:00:00"), kBerlin)), QStringLiteral("2024-03-28 00:00"));
    }

    void aRunCoversThePeriodBeforeIt()
    {
        const qint64 run = berlin("2024-04-03T03:00:00"); // a Wednesday
        auto period = [&](ExportSchedule::Cadence c) -> QString {
            const auto range = schedule(c, 180).previousPeriod(run, kBerlin);
            return local(range.first) + u'/' + local(range.second);
        };
        QCOMPARE(period(ExportSchedule::Cadence::Daily), QStringLiteral("2024-04-02 00:00/2024-04-03 00:00"));
        QCOMPARE(period(ExportSchedule::Cadence::Weekly), QStringLiteral("2024-03-25 00:00/2024-04-01 00:00"));
        QCOMPARE(period(ExportSchedule::Cadence::Monthly), QStringLiteral("2024-03-01 00:00/2024-04-01 00:00"));
        // The week with the DST change is 167 hours long.
        const auto week = schedule(ExportSchedule::Cadence::Weekly, 180).previousPeriod(run, kBerlin);
        QCOMPARE(week.second - week.first, qint64(167) * 3600 * 1000);
    }

    void badSchedulesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no name") << QByteArray(R"({"kind":"events"})") << QStringLiteral("'name'");
        QTest::newRow("cadence") << QByteArray(R"({"name":"x","cadence":"hourly"})") << QStringLiteral("'cadence'");
        QTest::newRow("time") << QByteArray(R"({"name":"x","time":"25:00"})") << QStringLiteral("'time'");
        QTest::newRow("time text") << QByteArray(R"({"name":"x","time":"3am"})") << QStringLiteral("'time'");
        QTest::newRow("weekday") << QByteArray(R"({"name":"x","weekday":8})") << QStringLiteral("'weekday'");
        QTest::newRow("day 31") << QByteArray(R"({"name":"x","day":31})") << QStringLiteral("'day'");
        QTest::newRow("keep") << QByteArray(R"({"name":"x","keep":0})") << QStringLiteral("'keep'");
        QTest::newRow("range") << QByteArray(R"({"name":"x","range":"yesterday"})") << QStringLiteral("'range'");
        QTest::newRow("all for a funnel") << QByteArray(
            R"({"name":"x","kind":"funnel","range":"all","query":{"steps":[{"event":"a"},{"event":"b"}]}})")
                                          << QStringLiteral("'range'");
        QTest::newRow("kind") << QByteArray(R"({"name":"x","kind":"nope"})") << QStringLiteral("'kind'");
        QTest::newRow("funnel steps") << QByteArray(R"({"name":"x","kind":"funnel","query":{"steps":[]}})")
                                      << QStringLiteral("steps");
        QTest::newRow("enabled") << QByteArray(R"({"name":"x","enabled":"yes"})") << QStringLiteral("'enabled'");
    }

    void badSchedulesNameTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ExportSchedule base;
        base.siteId = 1;
        QString error;
        QVERIFY(!ExportSchedule::fromJson(QJsonDocument::fromJson(body).object(), base, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    void dueSchedulesQueueOneRunEachAndKeepTheNewestFiles()
    {
        TestWorkspace tw(berlin("2024-04-01T12:00:00"));
        QString error;
        const std::optional<Site> site = tw.workspace().sites().add(
            QStringLiteral("shop.example"), QString(), QStringLiteral("Europe/Berlin"), &error);
        QVERIFY2(site, qPrintable(error));
        QList<EventRecord> events;
        for (int day = 0; day < 21; ++day) // one event at noon each day from 2024-03-25
            events << makeEvent(site->id, 1 + day, berlin("2024-03-25T12:00:00") + day * 86400000LL);
        QCOMPARE(tw.write(events).inserted, 21);

        ExportJobs jobs(tw.workspace());
        jobs.start();
        ExportSchedules schedules(tw.workspace(), jobs);
        const QTemporaryDir folder;
        const std::optional<ExportSchedule> daily = schedules.create(site->id,
            json(R"({"name":"Daily events","kind":"events","format":"csv","time":"03:00","keep":2})"), folder.path(),
            &error);
        QVERIFY2(daily, qPrintable(error));
        QCOMPARE(local(daily->nextRunAtMs), QStringLiteral("2024-04-02 03:00"));
        QCOMPARE(schedules.runDue(), 0);

        auto fileRows = [&](const ExportJob &job) {
            QFile file(QDir(folder.path()).filePath(job.fileName));
            return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') - 1 : -1; // minus the header
        };
        auto awaitDone = [&](qint64 id) {
            std::optional<ExportJob> job;
            if (!QTest::qWaitFor([&] { return (job = jobs.job(site->id, id)) && job->isFinished(); }, 30000))
                qWarning("export %lld did not end", static_cast<long long>(id));
            return job.value_or(ExportJob {});
        };

        // Four days pass; a run at each day's 03:00.
        QList<qint64> ids;
        for (int day = 2; day <= 5; ++day) {
            tw.clock().setMs(berlin("2024-04-01T03:00:01") + (day - 1) * 86400000LL);
            QCOMPARE(schedules.runDue(), 1);
            QCOMPARE(schedules.runDue(), 0); // not twice
            const QList<ExportJob> list = jobs.jobs(site->id);
            const ExportJob done = awaitDone(list.first().id);
            QCOMPARE(done.state, ExportJob::State::Completed);
            QCOMPARE(done.scheduleId, daily->id);
            QCOMPARE(fileRows(done), 1); // the day before: one event
            ids << done.id;
        }
        // Only the newest two files (and jobs) stay. The worker prunes right after it stores a run as
        // completed, so the last pruning may still be under way.
        QTRY_VERIFY_WITH_TIMEOUT(!jobs.job(site->id, ids.at(1)), 30000);
        QVERIFY(!jobs.job(site->id, ids.at(0)));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2);
        QVERIFY(jobs.job(site->id, ids.at(3)));

        // Stopped over three run times: one run, for the day before the last missed one.
        tw.clock().setMs(berlin("2024-04-08T10:00:00"));
        QCOMPARE(schedules.runDue(), 1);
        const ExportJob late = awaitDone(jobs.jobs(site->id).first().id);
        QCOMPARE(late.request.query.value(QStringLiteral("from_ms")).toInteger(), berlin("2024-04-07T00:00:00"));
        QCOMPARE(local(schedules.store().get(site->id, daily->id)->nextRunAtMs), QStringLiteral("2024-04-09 03:00"));

        // Disabled: nothing runs; enabled again: from the next run time on.
        bool found = false;
        QVERIFY(schedules.update(site->id, daily->id, json(R"({"enabled":false})"), &error, &found));
        tw.clock().setMs(berlin("2024-04-10T10:00:00"));
        QCOMPARE(schedules.runDue(), 0);
        const std::optional<ExportSchedule> again
            = schedules.update(site->id, daily->id, json(R"({"enabled":true})"), &error, &found);
        QVERIFY(again);
        QCOMPARE(local(again->nextRunAtMs), QStringLiteral("2024-04-11 03:00"));
        QVERIFY(!schedules.update(site->id, 999, json(R"({"enabled":true})"), &error, &found));
        QVERIFY(!found);
        jobs.stop();
    }
};

QTEST_GUILESS_MAIN(TestExportSchedules)
#include "TestExportSchedules.moc"
