// An import survives a SIGKILL of the real pulse-server: a CSV of 200,000 distinct events is uploaded,
// the server is killed while the job is importing (small transactions, so it is caught midway), and
// the next server on the same data folder resumes the job from its last checkpoint. In the end every
// row is stored exactly once: nothing missing, nothing twice, and the rows the first server had
// committed after its last checkpoint are counted as already stored.
#include "support/ServerProcess.h"

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

constexpr int kRows = 200000;
constexpr int kWaitMs = 120000;

QString lastLineOf(const QByteArray &out)
{
    return QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), -1).trimmed();
}

QJsonObject call(QNetworkAccessManager &network, quint16 port, const QByteArray &method, const QString &path,
    const QString &secret, const QByteArray &body = {}, const QByteArray &type = {}, int *status = nullptr)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    request.setRawHeader("Authorization", "Bearer " + secret.toLatin1());
    if (!type.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, type);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kWaitMs);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

// Distinct pageviews: one user per row, a second apart, in March 2024.
QByteArray distinctRows()
{
    QByteArray csv = "timestamp,event,user_id,path\n";
    csv.reserve(kRows * 40);
    for (int i = 0; i < kRows; ++i) {
        csv += QByteArray::number(1709251200 + i) + ",pageview,u" + QByteArray::number(i) + ",/p/"
            + QByteArray::number(i % 97) + '\n';
    }
    return csv;
}

QProcessEnvironment smallTransactions()
{
    QProcessEnvironment env = childEnvironment();
    env.insert(QStringLiteral("PULSE_IMPORT_BATCH_ROWS"), QStringLiteral("50"));
    return env;
}

} // namespace

class TestImportCrashRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anImportKilledMidwayResumesWithNothingMissingAndNothingTwice()
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
        QNetworkAccessManager network;
        QString why;

        auto first = std::make_unique<ServerProcess>(dir.path());
        first->process().setProcessEnvironment(smallTransactions());
        QVERIFY2(first->start(&why), qPrintable(why));
        int status = 0;
        const QJsonObject queued
            = call(network, first->port(), "POST", QStringLiteral("/api/v1/imports?site=shop.example&name=history.csv"),
                secret, distinctRows(), "text/csv", &status);
        QCOMPARE(status, 202);
        const qint64 id = queued.value(QLatin1String("id")).toInteger();
        const QString jobPath = QStringLiteral("/api/v1/imports/%1?site=shop.example").arg(id);

        // Kill it once a few thousand rows are committed and the job is still running.
        QJsonObject job;
        QVERIFY(QTest::qWaitFor(
            [&] {
                job = call(network, first->port(), "GET", jobPath, secret);
                const QString state = job.value(QLatin1String("state")).toString();
                const bool ended = state != QLatin1String("running") && state != QLatin1String("queued");
                return ended || job.value(QLatin1String("rows_imported")).toInteger() >= 5000;
            },
            kWaitMs));
        QCOMPARE(job.value(QLatin1String("state")).toString(), QStringLiteral("running"));
        first->process().kill(); // SIGKILL: no checkpoint, no clean shutdown
        QVERIFY(finishes(first->process(), 10000));
        first.reset();

        ServerProcess second(dir.path());
        second.process().setProcessEnvironment(smallTransactions());
        QVERIFY2(second.start(&why), qPrintable(why));
        QVERIFY(QTest::qWaitFor(
            [&] {
                job = call(network, second.port(), "GET", jobPath, secret);
                return job.value(QLatin1String("state")).toString() == QLatin1String("completed");
            },
            kWaitMs));
        // Every row was read once per its place in the file; rows after the last checkpoint that the
        // first server had already committed are found stored, not added again.
        QCOMPARE(job.value(QLatin1String("rows_read")).toInteger(), kRows);
        QCOMPARE(job.value(QLatin1String("rows_rejected")).toInteger(), 0);
        QCOMPARE(
            job.value(QLatin1String("rows_imported")).toInteger() + job.value(QLatin1String("duplicates")).toInteger(),
            kRows);

        const QJsonObject stats = call(network, second.port(), "GET",
            QStringLiteral("/api/v1/stats?site=shop.example&from=2024-03-01&to=2024-03-31"), secret, {}, {}, &status);
        QCOMPARE(status, 200);
        QCOMPARE(stats.value(QLatin1String("pageviews")).toInteger(), kRows);
        QCOMPARE(stats.value(QLatin1String("visitors")).toInteger(), kRows);

        // Importing the same file once more adds nothing.
        const QJsonObject again
            = call(network, second.port(), "POST", QStringLiteral("/api/v1/imports?site=shop.example&name=history.csv"),
                secret, distinctRows(), "text/csv", &status);
        QCOMPARE(status, 202);
        const QString againPath
            = QStringLiteral("/api/v1/imports/%1?site=shop.example").arg(again.value(QLatin1String("id")).toInteger());
        QVERIFY(QTest::qWaitFor(
            [&] {
                job = call(network, second.port(), "GET", againPath, secret);
                return job.value(QLatin1String("state")).toString() == QLatin1String("completed");
            },
            kWaitMs));
        QCOMPARE(job.value(QLatin1String("rows_imported")).toInteger(), 0);
        QCOMPARE(job.value(QLatin1String("duplicates")).toInteger(), kRows);
    }
};

QTEST_GUILESS_MAIN(TestImportCrashRecovery)
#include "TestImportCrashRecovery.moc"
