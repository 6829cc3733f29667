// Keeps docs/openapi.json honest: every route the server has is documented with the method and the
// security it really needs, and nothing is documented that the server does not serve.
#include "api/RestApi.h"
#include "support/TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

class TestOpenApiDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyRouteIsDocumentedAndNothingElse()
    {
        QFile file(qEnvironmentVariable("PULSE_SOURCE_DIR") + QStringLiteral("/docs/openapi.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject paths = doc.value(QLatin1String("paths")).toObject();

        TestServer server;
        QSet<QString> served;
        for (const Route &route : server.host().api().routes()) {
            const QString method = QString::fromLatin1(route.method).toLower();
            served.insert(route.path + QLatin1Char(' ') + method);
            const QJsonObject operation = paths.value(route.path).toObject().value(method).toObject();
            QVERIFY2(
                !operation.isEmpty(), qPrintable(QStringLiteral("%1 %2 is not documented").arg(method, route.path)));
            const QJsonArray security = operation.value(QLatin1String("security")).toArray();
            // Scoped routes take a secret key or a session token with the scope; exchanging a key takes a
            // key, the session's own routes its token.
            QJsonArray expected;
            const auto requirement = [](const char *scheme, const QStringList &scopes) {
                return QJsonObject { { QLatin1String(scheme), QJsonArray::fromStringList(scopes) } };
            };
            switch (route.access.kind) {
            case Access::Kind::Public:
                break;
            case Access::Kind::Scope: {
                const QStringList scope = SecretKey::scopeNames(int(route.access.scope));
                expected = { requirement("secretKey", scope), requirement("sessionToken", scope) };
                break;
            }
            case Access::Kind::SecretKey:
                expected = { requirement("secretKey", {}) };
                break;
            case Access::Kind::SessionToken:
                expected = { requirement("sessionToken", {}) };
                break;
            }
            QVERIFY2(operation.contains(QLatin1String("security")), qPrintable(route.path));
            QVERIFY2(security == expected,
                qPrintable(QStringLiteral("%1 %2: security should be %3")
                               .arg(method, route.path,
                                   QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)))));
            if (!route.access.isPublic())
                QVERIFY2(operation.value(QLatin1String("responses")).toObject().contains(QLatin1String("401")),
                    qPrintable(route.path));
        }
        for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
            const QJsonObject operations = it.value().toObject();
            for (auto op = operations.constBegin(); op != operations.constEnd(); ++op)
                QVERIFY2(served.contains(it.key() + QLatin1Char(' ') + op.key()),
                    qPrintable(QStringLiteral("%1 %2 is documented but not served").arg(op.key(), it.key())));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApiDocument)
#include "TestOpenApiDocument.moc"
