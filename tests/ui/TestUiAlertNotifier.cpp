// The alert notifier over a real workspace and alerts service: firings from before it started are not
// announced; a rule the scheduler fires afterwards is announced once, with the rule, the site and the
// value; a resolution is not; switched off, nothing is announced and the choice is remembered.
#include "AlertNotifier.h"
#include "alerts/Alerts.h"
#include "live/LiveAggregator.h"
#include "support/TestWorkspace.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr int kWaitMs = 30000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    Alerts alerts { tw.workspace() };
    std::unique_ptr<LocalWorkspaceClient> client;
    qint64 ruleId = 0;
    qint64 nextVisitor = 1;

    Fixture()
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        client->setAlerts(&alerts);
        QString field, error;
        const std::optional<AlertRule> rule = alerts.create(siteId,
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Busy hour") },
                { QStringLiteral("metric"), QStringLiteral("pageviews") }, { QStringLiteral("window_minutes"), 60 },
                { QStringLiteral("interval_minutes"), 60 }, { QStringLiteral("cooldown_minutes"), 0 },
                { QStringLiteral("condition"),
                    QJsonObject {
                        { QStringLiteral("type"), QStringLiteral("above") }, { QStringLiteral("threshold"), 5 } } } },
            &field, &error);
        ruleId = rule ? rule->id : 0;
    }
    // pageviews in the hour before the clock moves on by an hour, then the scheduler's evaluation.
    void hourWith(int pageviews)
    {
        QList<EventRecord> events;
        for (int i = 0; i < pageviews; ++i)
            events << test::makeEvent(siteId, nextVisitor++, tw.clock().nowMs() + (i + 1) * kMinute);
        if (!events.isEmpty())
            tw.write(events);
        tw.clock().setMs(tw.clock().nowMs() + kHour);
        alerts.evaluateDue();
    }
};

} // namespace

class TestUiAlertNotifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QSettings().remove(QStringLiteral("ui/alertNotifications")); }

    void onlyNewFiringsAreAnnouncedOnce()
    {
        Fixture f;
        QVERIFY(f.ruleId);
        f.hourWith(10); // fired before the notifier starts
        AlertNotifier notifier(*f.client);
        QSignalSpy polled(&notifier, &AlertNotifier::polled);
        QSignalSpy notified(&notifier, &AlertNotifier::notified);
        QVERIFY(polled.wait(kWaitMs)); // the first look
        QCOMPARE(notified.size(), 0);

        f.hourWith(0); // resolves: not announced
        notifier.poll();
        QVERIFY(polled.wait(kWaitMs));
        QCOMPARE(notified.size(), 0);

        f.hourWith(8); // fires again
        notifier.poll();
        QVERIFY(polled.wait(kWaitMs));
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), QStringLiteral("Busy hour fired on example.com"));
        QCOMPARE(notified.at(0).at(1).toString(), QStringLiteral("Pageviews over 1 h is 8, above 5"));

        notifier.poll(); // nothing new
        QVERIFY(polled.wait(kWaitMs));
        QCOMPARE(notified.size(), 1);
    }

    void switchedOffNothingIsAnnouncedAndTheChoiceIsKept()
    {
        Fixture f;
        AlertNotifier notifier(*f.client);
        QSignalSpy polled(&notifier, &AlertNotifier::polled);
        QSignalSpy notified(&notifier, &AlertNotifier::notified);
        QVERIFY(polled.wait(kWaitMs));
        notifier.setEnabled(false);
        f.hourWith(10);
        notifier.poll();
        QVERIFY(polled.wait(kWaitMs));
        QCOMPARE(notified.size(), 0);
        AlertNotifier again(*f.client);
        QVERIFY(!again.isEnabled());
    }
};

QTEST_MAIN(TestUiAlertNotifier)
#include "TestUiAlertNotifier.moc"
