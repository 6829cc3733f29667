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

class TestOpenApiDocument : public QObject
{
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
            QVERIFY2(!operation.isEmpty(), qPrintable(QStringLiteral("%1 %2 is not documented").arg(method, route.path)));
            const QJsonArray security = operation.value(QLatin1String("security")).toArray();
            if (route.scope) {
                const QString scope = SecretKey::scopeNames(int(*route.scope)).first();
                QCOMPARE(security.size(), 1);
                const QJsonArray scopes = security[0].toObject().value(QLatin1String("secretKey")).toArray();
                QVERIFY2(scopes.contains(scope), qPrintable(route.path));
                QVERIFY2(operation.value(QLatin1String("responses")).toObject().contains(QLatin1String("401")),
                         qPrintable(route.path));
            } else {
                QVERIFY2(operation.contains(QLatin1String("security")) && security.isEmpty(), qPrintable(route.path));
            }
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
