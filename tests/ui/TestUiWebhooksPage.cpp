// The Webhooks page over a real workspace, the real dispatcher and a real receiver on loopback: a
// webhook added in the dialog shows its secret once; a test event sent from the page reaches the
// receiver signed, and the delivery log shows it delivered with its answer; a receiver that fails
// shows the retry with its status, and Redeliver queues the message again; rotating shows a new
// secret; a URL the engine refuses names the field; deleting empties the list. The last test renders
// docs/screenshots/webhooks.png.
#include "live/LiveAggregator.h"
#include "pages/WebhookEndpointDialog.h"
#include "pages/WebhooksPage.h"
#include "support/TestWorkspace.h"
#include "support/WebhookReceiver.h"
#include "webhooks/WebhookDispatcher.h"
#include "webhooks/WebhookEndpointStore.h"
#include "webhooks/WebhookOutbox.h"
#include "webhooks/WebhookSigner.h"
#include "workspace/LocalWorkspaceClient.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
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

constexpr int kWaitMs = 30000;
const qint64 kNow = QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();

struct Fixture {
    test::TestWorkspace tw { kNow };
    qint64 siteId = 0;
    LiveAggregator live { tw.clock() };
    test::WebhookReceiver receiver;
    std::unique_ptr<WebhookDispatcher> dispatcher;
    std::unique_ptr<LocalWorkspaceClient> client;
    std::unique_ptr<WebhooksPage> page;

    Fixture()
    {
        siteId = tw.addSite(QStringLiteral("example.com"));
        WebhookDispatcherOptions options;
        options.allowLocal = true; // the receiver is on loopback
        options.pollIntervalMs = 0; // every enqueue is sent at once; retries when the test says
        dispatcher = std::make_unique<WebhookDispatcher>(
            tw.workspace().webhooks(), tw.workspace().webhookEndpoints(), tw.clock(), options);
        dispatcher->start();
        client = std::make_unique<LocalWorkspaceClient>(tw.workspace(), live);
        page = std::make_unique<WebhooksPage>(*client);
        page->resize(1280, 800);
        page->show();
    }
    ~Fixture()
    {
        page.reset();
        client.reset();
        dispatcher->stop();
    }
    bool open()
    {
        QSignalSpy loaded(page.get(), &WebhooksPage::endpointsLoaded);
        page->setSite(tw.workspace().sites().byId(siteId));
        return !loaded.isEmpty() || loaded.wait(kWaitMs);
    }
    // Adds an endpoint through the dialog and returns it as the page lists it.
    std::optional<WebhookEndpoint> add(const QString &url)
    {
        WebhookEndpointDialog *dialog = page->addEndpoint();
        dialog->urlEdit()->setText(url);
        dialog->descriptionEdit()->setText(QStringLiteral("Team chat"));
        QSignalSpy saved(dialog, &WebhookEndpointDialog::saved);
        dialog->save();
        if (!saved.wait(kWaitMs))
            return std::nullopt;
        const auto endpoint = saved.at(0).at(0).value<WebhookEndpoint>();
        if (!QTest::qWaitFor([&] { return !page->endpoints().isEmpty(); }, kWaitMs))
            return std::nullopt;
        page->selectEndpoint(page->endpoints().constLast().id);
        return endpoint;
    }
    QString deliveryCell(int row, int column) const
    {
        QTableWidgetItem *item = page->deliveryTable()->item(row, column);
        return item ? item->text() : QString();
    }
};

} // namespace

Q_DECLARE_METATYPE(pulse::WebhookEndpoint)

class TestUiWebhooksPage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WebhookEndpoint>();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void aWebhookAddedInTheDialogShowsItsSecretOnceAndGetsATestEvent()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.page->messageLabel()->text().startsWith(QLatin1String("No webhooks yet")));
        const std::optional<WebhookEndpoint> added = f.add(f.receiver.url());
        QVERIFY(added);
        QVERIFY(added->secret.startsWith(QLatin1String("whsec_")));
        QVERIFY(f.page->secretDialog());
        QVERIFY(f.page->secretDialog()->isVisible());
        QCOMPARE(f.page->shownSecret(), added->secret);
        QVERIFY(f.page->secretDialog()->findChild<QLineEdit *>()->text() == added->secret);
        f.page->secretDialog()->close();
        // The list never holds the secret again.
        QVERIFY(f.page->endpoints().at(0).secret.isEmpty());
        QCOMPARE(f.page->endpointTable()->item(0, 0)->text(), f.receiver.url());
        QCOMPARE(f.page->endpointTable()->item(0, 3)->text(), QStringLiteral("Active"));
        QVERIFY(f.page->endpointTable()->item(0, 2)->text().contains(QLatin1String("Alert fired")));

        f.page->testButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.received.size(), 1, kWaitMs);
        const HttpRequest &request = f.receiver.received.at(0);
        // Signed with the secret the dialog showed (the npm standardwebhooks check is in test_webhooks_e2e).
        QCOMPARE(request.header("webhook-signature"),
            WebhookSigner::signature(added->secret, request.header("webhook-id"),
                request.header("webhook-timestamp").toLongLong(), request.body));
        QTRY_COMPARE_WITH_TIMEOUT(f.deliveryCell(0, 2), QStringLiteral("Delivered"), kWaitMs);
        QCOMPARE(f.deliveryCell(0, 1), QStringLiteral("Test event"));
        QCOMPARE(f.deliveryCell(0, 4), QStringLiteral("200"));
        QCOMPARE(f.deliveryCell(0, 6), QString::fromLatin1(request.header("webhook-id")));
    }

    void aFailingReceiverShowsTheRetryAndRedeliverQueuesItAgain()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(f.receiver.url()));
        f.page->secretDialog()->close();
        f.receiver.script << HttpResponse::text(503, "down for maintenance");
        f.page->testSelected();
        QTRY_COMPARE_WITH_TIMEOUT(f.deliveryCell(0, 2), QStringLiteral("Retrying"), kWaitMs);
        QCOMPARE(f.deliveryCell(0, 3), QStringLiteral("1"));
        QCOMPARE(f.deliveryCell(0, 4), QStringLiteral("503"));
        QVERIFY(!f.deliveryCell(0, 5).isEmpty()); // the next try
        f.page->deliveryTable()->selectRow(0);
        QCOMPARE(f.page->attemptTable()->rowCount(), 1);
        QCOMPARE(f.page->attemptTable()->item(0, 2)->text(), QStringLiteral("503"));
        QCOMPARE(f.page->attemptTable()->item(0, 4)->text(), QStringLiteral("down for maintenance"));

        QVERIFY(f.page->redeliverButton()->isEnabled());
        f.page->redeliverButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.page->deliveries().size(), 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(f.deliveryCell(0, 2), QStringLiteral("Delivered"), kWaitMs);
        QCOMPARE(f.receiver.received.size(), 2);
    }

    void rotatingShowsANewSecretAndBadInputNamesTheField()
    {
        Fixture f;
        QVERIFY(f.open());
        const std::optional<WebhookEndpoint> added = f.add(f.receiver.url());
        QVERIFY(added);
        f.page->secretDialog()->close();
        f.page->rotateSelected();
        QTRY_VERIFY_WITH_TIMEOUT(f.page->shownSecret() != added->secret, kWaitMs);
        QVERIFY(f.page->shownSecret().startsWith(QLatin1String("whsec_")));
        QVERIFY(f.page->secretDialog()->findChild<QLabel *>()->text().contains(QLatin1String("24 hours")));
        f.page->secretDialog()->close();

        WebhookEndpointDialog *dialog = f.page->addEndpoint();
        dialog->urlEdit()->setText(QStringLiteral("ftp://files.example.com/drop"));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->messageLabel()->text().isEmpty(), kWaitMs);
        QVERIFY2(dialog->messageLabel()->text().endsWith(QLatin1String("(url)")),
            qPrintable(dialog->messageLabel()->text()));
        dialog->close();
        QCOMPARE(f.tw.workspace().webhookEndpoints().list(f.siteId).size(), 1);

        QSignalSpy done(f.page.get(), &WebhooksPage::actionFinished);
        f.page->deleteSelected();
        QVERIFY(done.wait(kWaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(f.page->endpoints().size(), 0, kWaitMs);
    }

    void screenshot()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(f.add(f.receiver.url()));
        f.page->secretDialog()->close();
        f.receiver.script << HttpResponse::text(500, "internal error");
        f.page->testSelected();
        QTRY_COMPARE_WITH_TIMEOUT(f.deliveryCell(0, 2), QStringLiteral("Retrying"), kWaitMs);
        f.page->testSelected();
        QTRY_COMPARE_WITH_TIMEOUT(f.deliveryCell(0, 2), QStringLiteral("Delivered"), kWaitMs);
        f.page->deliveryTable()->selectRow(1);
        const bool update = qEnvironmentVariableIsSet("PULSE_UPDATE_SCREENSHOTS");
        QTemporaryDir scratch;
        const QDir out(
            update ? qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/screenshots") : scratch.path());
        QCoreApplication::processEvents();
        QVERIFY(f.page->grab().save(out.filePath(QStringLiteral("webhooks.png"))));
    }
};

QTEST_MAIN(TestUiWebhooksPage)
#include "TestUiWebhooksPage.moc"
