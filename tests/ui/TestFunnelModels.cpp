// The item models behind the funnel step table and the users list pass QAbstractItemModelTester
// through resets, and read as a user expects: counts, "60%" conversions, "—" where a figure has no
// meaning, links on the cells that open users; and the funnel number formats.
#include "analytics/funnel/FunnelQuery.h"
#include "models/FunnelFormat.h"
#include "models/FunnelTableModel.h"
#include "models/FunnelUsersModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace pulse;
using namespace pulse::ui;

namespace {
FunnelStepResult stepResult(
    const QString &label, qint64 users, double fromPrevious, double fromFirst, qint64 dropOff, double medianSeconds = 0)
{
    FunnelStepResult step;
    step.label = label;
    step.users = users;
    step.conversionFromPrevious = fromPrevious;
    step.conversionFromFirst = fromFirst;
    step.dropOff = dropOff;
    if (medianSeconds > 0) {
        step.timeFromPrevious.users = users;
        step.timeFromPrevious.medianSeconds = medianSeconds;
        step.timeFromPrevious.histogram = { { 0, 60, users } };
    }
    return step;
}

FunnelResult threeSteps()
{
    FunnelResult result;
    result.total.steps = { stepResult(QStringLiteral("pageview /"), 10, 1, 1, 0),
        stepResult(QStringLiteral("signup"), 6, 0.6, 0.6, 4, 3600),
        stepResult(QStringLiteral("purchase"), 4, 4.0 / 6.0, 0.4, 2, 2 * 86400 + 3 * 3600) };
    return result;
}
} // namespace

class TestFunnelModels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tableModelPassesTheTester();
    void tableShowsUsersConversionsAndLinks();
    void tableListsBreakdownRowsAfterTheTotal();
    void usersModelPassesTheTesterAndNamesAnonymousVisitors();
    void formats();
};

void TestFunnelModels::tableModelPassesTheTester()
{
    FunnelTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(threeSteps());
    FunnelResult broken = threeSteps();
    broken.breakdown = { threeSteps().total, threeSteps().total };
    broken.breakdown[0].breakdownValue = QStringLiteral("Firefox");
    broken.breakdown[1].breakdownValue = FunnelQuery::otherLabel();
    model.setResult(broken);
    model.setResult({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFunnelModels::tableShowsUsersConversionsAndLinks()
{
    FunnelTableModel model;
    model.setResult(threeSteps());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.hasBreakdown());
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, FunnelTableModel::StepColumn), QStringLiteral("1. pageview /"));
    QCOMPARE(text(0, FunnelTableModel::UsersColumn), QStringLiteral("10"));
    QCOMPARE(text(0, FunnelTableModel::FromPreviousColumn), QStringLiteral("—"));
    QCOMPARE(text(0, FunnelTableModel::DropOffColumn), QStringLiteral("—"));
    QCOMPARE(text(1, FunnelTableModel::FromPreviousColumn), QStringLiteral("60%"));
    QCOMPARE(text(2, FunnelTableModel::FromPreviousColumn), QStringLiteral("66.7%"));
    QCOMPARE(text(2, FunnelTableModel::FromFirstColumn), QStringLiteral("40%"));
    QCOMPARE(text(2, FunnelTableModel::DropOffColumn), QStringLiteral("2"));
    QCOMPARE(text(1, FunnelTableModel::MedianTimeColumn), QStringLiteral("1h 00m"));
    QCOMPARE(text(2, FunnelTableModel::MedianTimeColumn), QStringLiteral("2d 3h"));
    QCOMPARE(text(0, FunnelTableModel::SegmentColumn), QStringLiteral("All users"));
    // Users and drop-off open lists; the first step has nobody "dropped" before it.
    QVERIFY(model.index(0, FunnelTableModel::UsersColumn).data(FunnelTableModel::LinkRole).toBool());
    QVERIFY(!model.index(0, FunnelTableModel::DropOffColumn).data(FunnelTableModel::LinkRole).toBool());
    QVERIFY(model.index(1, FunnelTableModel::DropOffColumn).data(FunnelTableModel::LinkRole).toBool());
    QVERIFY(!model.index(1, FunnelTableModel::FromFirstColumn).data(FunnelTableModel::LinkRole).toBool());
    QCOMPARE(model.index(2, 0).data(FunnelTableModel::StepRole).toInt(), 3);
    QCOMPARE(model.index(2, FunnelTableModel::UsersColumn).data(FunnelTableModel::RawRole).toLongLong(), 4);
    QCOMPARE(model.headerData(FunnelTableModel::DropOffColumn, Qt::Horizontal).toString(), QStringLiteral("Drop-off"));
}

void TestFunnelModels::tableListsBreakdownRowsAfterTheTotal()
{
    FunnelResult result = threeSteps();
    FunnelSeries firefox;
    firefox.breakdownValue = QStringLiteral("Firefox");
    firefox.steps = { stepResult(QStringLiteral("pageview /"), 5, 1, 1, 0),
        stepResult(QStringLiteral("signup"), 0, 0, 0, 5), stepResult(QStringLiteral("purchase"), 0, 0, 0, 0) };
    result.breakdown = { firefox };
    FunnelTableModel model;
    model.setResult(result);
    QVERIFY(model.hasBreakdown());
    QCOMPARE(model.rowCount(), 6);
    const int row = model.rowFor(2, QStringLiteral("Firefox"), false);
    QCOMPARE(row, 4);
    QCOMPARE(model.index(row, FunnelTableModel::SegmentColumn).data().toString(), QStringLiteral("Firefox"));
    QCOMPARE(model.index(row, FunnelTableModel::SegmentColumn).data(FunnelTableModel::SegmentRole).toString(),
        QStringLiteral("Firefox"));
    QVERIFY(!model.index(row, 0).data(FunnelTableModel::IsTotalRole).toBool());
    QCOMPARE(model.index(row, FunnelTableModel::UsersColumn).data().toString(), QStringLiteral("0"));
    // Nobody to list behind a zero.
    QVERIFY(!model.index(row, FunnelTableModel::UsersColumn).data(FunnelTableModel::LinkRole).toBool());
    QCOMPARE(model.index(row, FunnelTableModel::MedianTimeColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.rowFor(1), 0);
}

void TestFunnelModels::usersModelPassesTheTesterAndNamesAnonymousVisitors()
{
    FunnelUsersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FunnelUsersPage page;
    page.total = 40;
    const qint64 at = QDateTime(QDate(2024, 3, 30), QTime(9, 15), QTimeZone::utc()).toMSecsSinceEpoch();
    page.users = { { QStringLiteral("u-1"), QStringLiteral("00000000000000a1"), 3, at, at + 3600000 },
        { QString(), QStringLiteral("00000000000000b2"), 1, at, at } };
    model.setPage(page, 3);
    model.setTimeZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, FunnelUsersModel::UserColumn).data().toString(), QStringLiteral("u-1"));
    QCOMPARE(model.index(1, FunnelUsersModel::UserColumn).data().toString(), QStringLiteral("(anonymous)"));
    QCOMPARE(model.index(1, FunnelUsersModel::VisitorColumn).data().toString(), QStringLiteral("00000000000000b2"));
    QCOMPARE(model.index(0, FunnelUsersModel::StepsColumn).data().toString(), QStringLiteral("3 of 3"));
    QCOMPARE(model.index(0, FunnelUsersModel::FirstStepColumn).data().toString(),
        QLocale().toString(
            QDateTime(QDate(2024, 3, 30), QTime(10, 15), QTimeZone("Europe/Berlin")), QLocale::ShortFormat));
    model.setPage({}, 0);
    QCOMPARE(model.rowCount(), 0);
}

void TestFunnelModels::formats()
{
    QCOMPARE(FunnelFormat::percent(0), QStringLiteral("0%"));
    QCOMPARE(FunnelFormat::percent(1), QStringLiteral("100%"));
    QCOMPARE(FunnelFormat::percent(0.4251), QStringLiteral("42.5%"));
    QCOMPARE(FunnelFormat::duration(45), QStringLiteral("45s"));
    QCOMPARE(FunnelFormat::duration(750), QStringLiteral("12m 30s"));
    QCOMPARE(FunnelFormat::duration(3 * 3600 + 20 * 60), QStringLiteral("3h 20m"));
    QCOMPARE(FunnelFormat::duration(2 * 86400 + 4 * 3600 + 59), QStringLiteral("2d 4h"));
    QCOMPARE(FunnelFormat::bin(60, 300), QStringLiteral("1m–5m"));
    QCOMPARE(FunnelFormat::shortDuration(7 * 86400), QStringLiteral("7d"));
}

QTEST_MAIN(TestFunnelModels)
#include "TestFunnelModels.moc"
