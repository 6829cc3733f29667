// The Alerts page over a real workspace and the real alerts service: a rule is built in the dialog,
// tested against the last 30 days (the chart shows every check, the threshold and where it would have
// fired) and saved; traffic crosses it, the scheduler's evaluation fires it, the page shows it firing
// with the value in its history, and an alert.triggered webhook is queued; a rule the engine refuses
// says which field to fix; pausing, resuming and deleting work. The last test renders
// docs/screenshots/alerts.png.
#include "alerts/Alerts.h"
#include "charts/AlertBacktestChart.h"
#include "live/LiveAggregator.h"
#include "pages/AlertRuleDialog.h"
#include "pages/AlertsPage.h"
#include "support/TestWorkspace.h"
#include "webhooks/WebhookEndpointStore.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pulse;
using namespace pulse::ui;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kWaitMs = 60000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    std::unique_ptr<Alerts> alerts;
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<AlertsPage> page;
    qint64 nextVisitor = 1;

    Fixture()
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        // 30 days of quiet traffic: two pageviews an hour, four on each of three busy evenings.
        QList<EventRecord> events;
        for (qint64 at = kNow - 30 * kDay; at < kNow; at += kHour) {
            const int views = (at - (kNow - 30 * kDay)) / kDay % 10 == 3
                    && QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).time().hour() == 20
                ? 4
                : 2;
            for (int i = 0; i < views; ++i)
                events << test::makeEvent(siteId, nextVisitor++, at + i * kMinute);
        }
        tw.write(events);
        alerts = std::make_unique<Alerts>(tw.workspace());
        WebhookEndpoint endpoint;
        endpoint.siteId = siteId;
        endpoint.url = QStringLiteral("https://hooks.example.com/pulse");
        endpoint.eventTypes = { QStringLiteral("alert.triggered"), QStringLiteral("alert.resolved") };
        tw.workspace().webhookEndpoints().create(endpoint);
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        client->setAlerts(alerts.get());
        page = std::make_unique<AlertsPage>(*client);
        page->resize(1280, 800);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
    }
    bool open()
    {
        QSignalSpy loaded(page.get(), &AlertsPage::rulesLoaded);
        page->setSite(tw.workspace().sites().byId(siteId));
        return !loaded.isEmpty() || loaded.wait(kWaitMs);
    }
    // A rule saved through the service, as the REST API would.
    qint64 pageviewsAbove(double threshold, const QString &name = QStringLiteral("Busy hour"))
    {
        QString field, error;
        const std::optional<AlertRule> rule = alerts->create(siteId,
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("metric"), QStringLiteral("pageviews") },
                { QStringLiteral("window_minutes"), 60 }, { QStringLiteral("interval_minutes"), 60 },
                { QStringLiteral("condition"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("above") },
                        { QStringLiteral("threshold"), threshold } } } },
            &field, &error);
        return rule ? rule->id : 0;
    }
    qint64 queued(const char *type)
    {
        return tw.count(
            QStringLiteral("SELECT COUNT(*) FROM webhook_messages WHERE event_type = '%1'").arg(QLatin1String(type)));
    }
};

} // namespace

class TestUiAlertsPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void aRuleIsBuiltTestedAndSavedInTheDialog()
    {
        Fixture f;
        QVERIFY(f.open());
        QCOMPARE(f.page->ruleTable()->rowCount(), 0);
        QVERIFY(f.page->messageLabel()->text().startsWith(QLatin1String("No alerts yet")));
        AlertRuleDialog *dialog = f.page->newRule();
        QVERIFY(dialog);
        QSignalSpy funnels(dialog, &AlertRuleDialog::funnelsLoaded);
        QVERIFY(funnels.wait(kWaitMs));
        dialog->nameEdit()->setText(QStringLiteral("Busy hour"));
        dialog->metricCombo()->setCurrentIndex(dialog->metricCombo()->findData(int(AlertRule::Metric::Pageviews)));
        dialog->windowCombo()->setCurrentIndex(dialog->windowCombo()->findData(kHour));
        dialog->conditionCombo()->setCurrentIndex(dialog->conditionCombo()->findData(int(AlertRule::Condition::Above)));
        QVERIFY(!dialog->directionCombo()->isEnabled());
        dialog->thresholdSpin()->setValue(3);
        dialog->intervalCombo()->setCurrentIndex(dialog->intervalCombo()->findData(kHour));
        dialog->cooldownCombo()->setCurrentIndex(dialog->cooldownCombo()->findData(qint64(0)));

        QSignalSpy tested(dialog, &AlertRuleDialog::tested);
        dialog->testButton()->click();
        QVERIFY(dialog->isTesting());
        QVERIFY(tested.wait(kWaitMs));
        QVERIFY2(dialog->messageLabel()->text().isEmpty(), qPrintable(dialog->messageLabel()->text()));
        // 720 hourly checks; the three busy evenings (4 pageviews in the hour) fire and resolve.
        QCOMPARE(dialog->chart()->valuePointCount(), 720);
        QCOMPARE(dialog->chart()->firedPointCount(), 3);
        QCOMPARE(dialog->chart()->resolvedPointCount(), 3);
        QVERIFY2(
            dialog->testSummary()->text().startsWith(QLatin1String("Would have fired 3 times in the last 30 days")),
            qPrintable(dialog->testSummary()->text()));

        QSignalSpy saved(dialog, &AlertRuleDialog::saved);
        dialog->save();
        QVERIFY(saved.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->rules().size(), 1, kWaitMs);
        QCOMPARE(f.page->ruleTable()->item(0, 0)->text(), QStringLiteral("Busy hour"));
        QCOMPARE(f.page->ruleTable()->item(0, 1)->text(), QStringLiteral("Pageviews over 1 h"));
        QCOMPARE(f.page->ruleTable()->item(0, 2)->text(), QStringLiteral("above 3"));
        QCOMPARE(f.page->ruleTable()->item(0, 3)->text(), QStringLiteral("every 1 h"));
        QCOMPARE(f.page->ruleTable()->item(0, 4)->text(), QStringLiteral("OK"));
        const AlertRule stored = f.alerts->rules().list(f.siteId).at(0);
        QCOMPARE(stored.metric, AlertRule::Metric::Pageviews);
        QCOMPARE(stored.threshold, 3.0);
        QCOMPARE(stored.cooldownMs, 0);
    }

    void aRuleFiresOnRealTrafficAndThePageShowsIt()
    {
        Fixture f;
        const qint64 id = f.pageviewsAbove(5);
        QVERIFY(id);
        QVERIFY(f.open());
        f.page->selectRule(id);
        // A spike: ten pageviews in the last hour, then the scheduler's evaluation.
        QList<EventRecord> spike;
        for (int i = 0; i < 10; ++i)
            spike << test::makeEvent(f.siteId, 900000 + i, kNow + 5 * kMinute + i * kMinute);
        f.tw.write(spike);
        f.tw.clock().setMs(kNow + kHour);
        QCOMPARE(f.alerts->evaluateDue(), 1);
        QCOMPARE(f.queued("alert.triggered"), 1);

        f.page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->ruleTable()->item(0, 4)->text(), QStringLiteral("Firing"), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(f.page->historyTable()->rowCount(), 1, kWaitMs);
        QCOMPARE(f.page->ruleTable()->item(0, 5)->text(), QStringLiteral("10"));
        QCOMPARE(f.page->historyTable()->item(0, 1)->text(), QStringLiteral("Busy hour"));
        QCOMPARE(f.page->historyTable()->item(0, 2)->text(), QStringLiteral("Fired"));
        QCOMPARE(f.page->historyTable()->item(0, 3)->text(), QStringLiteral("10"));
        QCOMPARE(f.page->historyTable()->item(0, 4)->text(), QStringLiteral("threshold 5"));
        QVERIFY(f.page->historyTitle()->text().contains(QLatin1String("Busy hour")));
    }

    void aRefusedRuleSaysWhichFieldToFix()
    {
        Fixture f;
        QVERIFY(f.open());
        AlertRuleDialog *dialog = f.page->newRule();
        QSignalSpy funnels(dialog, &AlertRuleDialog::funnelsLoaded);
        QVERIFY(funnels.wait(kWaitMs));
        dialog->nameEdit()->setText(QStringLiteral("Signups"));
        dialog->metricCombo()->setCurrentIndex(dialog->metricCombo()->findData(int(AlertRule::Metric::EventCount)));
        QVERIFY(dialog->eventEdit()->isEnabled());
        dialog->save(); // no event name
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->messageLabel()->text().isEmpty(), kWaitMs);
        QVERIFY2(dialog->messageLabel()->text().endsWith(QLatin1String("(event)")),
            qPrintable(dialog->messageLabel()->text()));
        QSignalSpy tested(dialog, &AlertRuleDialog::tested);
        dialog->metricCombo()->setCurrentIndex(
            dialog->metricCombo()->findData(int(AlertRule::Metric::FunnelConversion)));
        dialog->testRule(); // no saved funnel to choose
        QVERIFY(tested.wait(kWaitMs));
        QVERIFY2(dialog->messageLabel()->text().contains(QLatin1String("funnel")),
            qPrintable(dialog->messageLabel()->text()));
        QCOMPARE(f.alerts->rules().list(f.siteId).size(), 0);
        dialog->close();
    }

    void rulesArePausedResumedAndDeleted()
    {
        Fixture f;
        const qint64 id = f.pageviewsAbove(100, QStringLiteral("Flood"));
        QVERIFY(f.open());
        f.page->selectRule(id);
        QCOMPARE(f.page->toggleButton()->text(), QStringLiteral("&Pause"));
        QSignalSpy done(f.page.get(), &AlertsPage::actionFinished);
        f.page->toggleSelected();
        QVERIFY(done.wait(kWaitMs));
        QTRY_VERIFY_WITH_TIMEOUT(!f.page->rules().isEmpty() && !f.page->rules().at(0).enabled, kWaitMs);
        QCOMPARE(f.page->ruleTable()->item(0, 0)->text(), QStringLiteral("Flood (paused)"));
        QCOMPARE(f.page->toggleButton()->text(), QStringLiteral("&Resume"));
        f.page->toggleSelected();
        QTRY_VERIFY_WITH_TIMEOUT(f.page->rules().at(0).enabled, kWaitMs);
        f.page->deleteSelected();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->rules().size(), 0, kWaitMs);
        QCOMPARE(f.alerts->rules().list(f.siteId).size(), 0);
    }

    void screenshot()
    {
        Fixture f;
        const qint64 busy = f.pageviewsAbove(3);
        QVERIFY(f.pageviewsAbove(50, QStringLiteral("Traffic flood")));
        QList<EventRecord> spike;
        for (int i = 0; i < 6; ++i)
            spike << test::makeEvent(f.siteId, 900000 + i, kNow + 5 * kMinute + i * kMinute);
        f.tw.write(spike);
        f.tw.clock().setMs(kNow + kHour);
        f.alerts->evaluateDue();
        QVERIFY(f.open());
        f.page->selectRule(busy);
        QTRY_COMPARE_WITH_TIMEOUT(f.page->historyTable()->rowCount(), 1, kWaitMs);
        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        QCoreApplication::processEvents();
        QVERIFY(f.page->grab().save(out.filePath(QStringLiteral("alerts.png"))));
        AlertRuleDialog *dialog = f.page->editSelected();
        QVERIFY(dialog);
        dialog->resize(760, 860);
        dialog->show();
        QSignalSpy tested(dialog, &AlertRuleDialog::tested);
        dialog->testRule();
        QVERIFY(tested.wait(kWaitMs));
        QCoreApplication::processEvents();
        QVERIFY(dialog->grab().save(out.filePath(QStringLiteral("alert-rule.png"))));
        dialog->close();
    }
};

QTEST_MAIN(TestUiAlertsPage)
#include "TestUiAlertsPage.moc"
