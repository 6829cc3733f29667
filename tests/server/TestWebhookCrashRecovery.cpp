// A webhook survives a SIGKILL of the real pulse-server: the server is killed while its attempt waits
// for the receiver's answer (an outage), and the next server on the same data folder sends the
// delivery again, with the same webhook-id, until the receiver acknowledges it once.
#include "support/ServerProcess.h"
#include "support/WebhookReceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

QString lastLineOf(const QByteArray &out)
{
    return QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), -1).trimmed();
}

QJsonObject callServer(QNetworkAccessManager &network, quint16 port, const QByteArray &method, const QString &path,
    const QString &secret, const QByteArray &body = {}, int *status = nullptr)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + secret.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

QProcessEnvironment allowLocalTargets()
{
    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("PULSE_WEBHOOKS_ALLOW_LOCAL"), QStringLiteral("true"));
    return env;
}

} // namespace

class TestWebhookCrashRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aDeliveryInFlightDuringSigkillIsSentAfterTheRestart()
    {
        QTemporaryDir dir;
        QByteArray out, err;
        QCOMPARE(runServerCommand({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("site"),
                                      QStringLiteral("add"), QStringLiteral("shop.example") },
                     &out, &err),
            0);
        QCOMPARE(
            runServerCommand({ QStringLiteral("--data-dir"), dir.path(), QStringLiteral("key"),
                                 QStringLiteral("create"), QStringLiteral("--scope"), QStringLiteral("read,write") },
                &out, &err),
            0);
        const QString secret = lastLineOf(out);
        QVERIFY2(secret.startsWith(QLatin1String("psk_")), out.constData());

        WebhookReceiver receiver;
        receiver.holdAnswers = true; // the outage: requests arrive, no answer comes
        QNetworkAccessManager network;
        QString why;

        auto first = std::make_unique<ServerProcess>(dir.path());
        first->process().setProcessEnvironment(allowLocalTargets());
        QVERIFY2(first->start(&why), qPrintable(why));
        int status = 0;
        const QJsonObject endpoint
            = callServer(network, first->port(), "POST", QStringLiteral("/api/v1/webhooks?site=shop.example"), secret,
                QStringLiteral("{\"url\":\"%1\",\"event_types\":[\"import.completed\"]}").arg(receiver.url()).toUtf8(),
                &status);
        QCOMPARE(status, 201);
        const qint64 endpointId = endpoint.value(QLatin1String("id")).toInteger();
        callServer(network, first->port(), "POST",
            QStringLiteral("/api/v1/webhooks/%1/test?site=shop.example").arg(endpointId), secret, {}, &status);
        QCOMPARE(status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 1, 10000);

        first->process().kill(); // SIGKILL while the attempt waits for its answer
        QVERIFY(finishes(first->process(), 10000));
        first.reset();

        receiver.holdAnswers = false;
        ServerProcess second(dir.path());
        second.process().setProcessEnvironment(allowLocalTargets());
        QVERIFY2(second.start(&why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.received.size(), 2, 10000);
        QCOMPARE(receiver.received[1].header("webhook-id"), receiver.received[0].header("webhook-id"));

        QJsonArray items;
        QTRY_VERIFY_WITH_TIMEOUT(
            (items = callServer(network, second.port(), "GET",
                 QStringLiteral("/api/v1/webhooks/%1/deliveries?site=shop.example").arg(endpointId), secret)
                         .value(QLatin1String("items"))
                         .toArray(),
                items.size() == 1
                    && items[0].toObject().value(QLatin1String("state")).toString() == QLatin1String("succeeded")),
            10000);
        QCOMPARE(receiver.received.size(), 2); // acknowledged once, not sent again
    }
};

QTEST_GUILESS_MAIN(TestWebhookCrashRecovery)
#include "TestWebhookCrashRecovery.moc"
