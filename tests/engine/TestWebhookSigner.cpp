// Standard Webhooks signatures: the spec's published test vector, secrets and rotation.
#include "webhooks/WebhookEndpoint.h"
#include "webhooks/WebhookSigner.h"

#include <QTest>

using namespace pulse;

class TestWebhookSigner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void reproducesTheSpecsTestVector()
    {
        // From the Standard Webhooks specification (spec/standard-webhooks.md, "Signature scheme").
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const QByteArray signature
            = WebhookSigner::signature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");
        QCOMPARE(signature, QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
    }

    void aChangedByteChangesTheSignature()
    {
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const QByteArray good = WebhookSigner::signature(secret, "msg_1", 1614265330, "{\"test\": 1}");
        QVERIFY(good != WebhookSigner::signature(secret, "msg_1", 1614265331, "{\"test\": 1}"));
        QVERIFY(good != WebhookSigner::signature(secret, "msg_2", 1614265330, "{\"test\": 1}"));
        QVERIFY(good != WebhookSigner::signature(secret, "msg_1", 1614265330, "{\"test\": 2}"));
    }

    void newSecretsFollowTheFormat()
    {
        const QString a = WebhookSigner::generateSecret();
        const QString b = WebhookSigner::generateSecret();
        QVERIFY(a.startsWith(QLatin1String("whsec_")));
        QCOMPARE(WebhookSigner::secretBytes(a).size(), WebhookSigner::kSecretBytes);
        QVERIFY(WebhookSigner::kSecretBytes >= 24);
        QVERIFY(a != b);
        QVERIFY(WebhookSigner::secretBytes(QStringLiteral("nope")).isEmpty());
        const QString id = WebhookSigner::generateMessageId();
        QVERIFY(id.startsWith(QLatin1String("msg_")));
        QCOMPARE(id.size(), 4 + 22);
    }

    void bothSecretsSignDuringTheGracePeriodThenOnlyTheNewOne()
    {
        WebhookEndpoint endpoint;
        endpoint.secret = WebhookSigner::generateSecret();
        endpoint.previousSecret = WebhookSigner::generateSecret();
        endpoint.previousSecretExpiresAtMs = 1000000;

        const QStringList during = endpoint.signingSecrets(999999);
        QCOMPARE(during, (QStringList { endpoint.secret, endpoint.previousSecret }));
        const QByteArray header = WebhookSigner::signatureHeader(during, "msg_x", 1000, "{}");
        const QList<QByteArray> parts = header.split(' ');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0], WebhookSigner::signature(endpoint.secret, "msg_x", 1000, "{}"));
        QCOMPARE(parts[1], WebhookSigner::signature(endpoint.previousSecret, "msg_x", 1000, "{}"));

        QCOMPARE(endpoint.signingSecrets(1000000), QStringList { endpoint.secret });
        QCOMPARE(WebhookSigner::signatureHeader(endpoint.signingSecrets(1000000), "msg_x", 1000, "{}"),
            WebhookSigner::signature(endpoint.secret, "msg_x", 1000, "{}"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSigner)
#include "TestWebhookSigner.moc"
