// Crash recovery of the real pulse-server process: several keep-alive clients ingest single events and
// batches while the server is SIGKILLed at a random moment, over and over on one data folder. After
// every kill the database must hold every event whose request was acknowledged with a 200, hold no
// event twice (retries of unanswered requests included), pass PRAGMA integrity_check, and the next
// server must start on it (stale lock, WAL recovery). Seed and cycle count: PULSE_CRASH_SEED and
// PULSE_CRASH_CYCLES.
#include "storage/Sqlite.h"
#include "support/ServerProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace pulse;
using namespace pulse::test;

namespace {


// One request as sent: its body and the client ids of its events.
struct SentRequest
{
    QByteArray body;
    QStringList ids;
};

QByteArray eventJson(const QString &siteKey, const QString &id, int page)
{
    return QByteArrayLiteral("{\"site\":\"") + siteKey.toLatin1()
           + QByteArrayLiteral("\",\"name\":\"pageview\",\"url\":\"https://example.com/p/") + QByteArray::number(page)
           + QByteArrayLiteral("\",\"id\":\"") + id.toLatin1() + QByteArrayLiteral("\"}");
}

// A single event (as an object) or a batch of 10–50 (as an array), every event with a unique id.
SentRequest makeRequest(QRandomGenerator &rng, const QString &siteKey, const QString &idPrefix)
{
    SentRequest request;
    if (rng.bounded(3) == 0) {
        request.ids << QString(idPrefix + QStringLiteral("-e0"));
        request.body = eventJson(siteKey, request.ids.first(), rng.bounded(20));
        return request;
    }
    const int n = 10 + rng.bounded(41);
    request.body = QByteArrayLiteral("[");
    for (int i = 0; i < n; ++i) {
        request.ids << QString(idPrefix + QStringLiteral("-e%1").arg(i));
        if (i)
            request.body += ',';
        request.body += eventJson(siteKey, request.ids.last(), rng.bounded(20));
    }
    request.body += ']';
    return request;
}

struct StoredState
{
    QString integrity;
    qint64 rows = -1;
    qint64 distinctIds = -1;
    qint64 withId = -1;
    QSet<QString> ids;
};

// Reads the database the way a restarted server would find it (read-only; no server running).
StoredState readStored(const QString &databasePath)
{
    StoredState state;
    SqliteDatabase db;
    db.open(databasePath, SqliteDatabase::Mode::ReadOnly);
    state.integrity = db.queryText(QStringLiteral("PRAGMA integrity_check"));
    state.rows = db.queryInt(QStringLiteral("SELECT COUNT(*) FROM events"));
    state.distinctIds = db.queryInt(QStringLiteral("SELECT COUNT(DISTINCT event_id) FROM events"));
    state.withId = db.queryInt(QStringLiteral("SELECT COUNT(event_id) FROM events"));
    SqlStatement st = db.prepare(QStringLiteral("SELECT event_id FROM events"));
    while (st.step())
        state.ids.insert(st.columnText(0));
    return state;
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acknowledgedEventsSurviveSigkill();
};

void TestCrashRecovery::acknowledgedEventsSurviveSigkill()
{
    const quint32 seed = qEnvironmentVariableIsSet("PULSE_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("PULSE_CRASH_SEED"))
                                                                       : 20240601u;
    const int cycles = qEnvironmentVariableIsSet("PULSE_CRASH_CYCLES") ? qEnvironmentVariableIntValue("PULSE_CRASH_CYCLES") : 24;
    constexpr int kClients = 8;
    QRandomGenerator rng(seed);
    QElapsedTimer elapsed;
    elapsed.start();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("pulse.db"));
    QByteArray out, err;
    const int added = runServerCommand({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("site"), QStringLiteral("add"),
                                        QStringLiteral("example.com")},
                                       &out, &err);
    QVERIFY2(added == 0, err.constData());
    const QString siteKey = QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), -1).trimmed();
    QVERIFY2(siteKey.startsWith(QLatin1String("pk_")), out.constData());

    QSet<QString> sent;         // every id ever put on the wire
    QSet<QString> acknowledged; // ids of requests answered 200
    QList<SentRequest> inDoubt; // in flight at a kill: maybe stored, retried in the next cycle
    QList<SentRequest> ackedSample; // a few acknowledged requests, resent to exercise duplicate dropping
    qint64 requestsAcked = 0, retriesSent = 0, retriesAcked = 0, duplicatesReported = 0, inDoubtStored = 0, unavailable = 0;
    QStringList protocolErrors;

    for (int cycle = 0; cycle <= cycles; ++cycle) {
        // The last round is not killed: the server stops on SIGTERM, which must also leave it complete.
        const bool graceful = cycle == cycles;
        ServerProcess server(dir.path());
        QString why;
        QVERIFY2(server.start(&why), qPrintable(QStringLiteral("cycle %1: %2").arg(cycle).arg(why)));

        // Retries first: what was in doubt at the last kill, and one already acknowledged request.
        QList<SentRequest> retries = inDoubt;
        inDoubt.clear();
        if (!ackedSample.isEmpty())
            retries << ackedSample.at(rng.bounded(int(ackedSample.size())));
        QSet<QString> retryIds;
        for (const SentRequest &r : std::as_const(retries))
            retryIds.unite(QSet<QString>(r.ids.cbegin(), r.ids.cend()));

        bool stopSending = false;
        int requestNumber = 0;
        std::vector<std::unique_ptr<CollectConnection>> clients;
        std::vector<SentRequest> current(kClients);
        std::vector<bool> finished(kClients, false);

        auto sendNext = [&](int k) {
            CollectConnection &c = *clients[size_t(k)];
            if (stopSending) {
                finished[size_t(k)] = true;
                return;
            }
            if (!retries.isEmpty()) {
                current[size_t(k)] = retries.takeFirst();
                ++retriesSent;
            } else {
                current[size_t(k)] = makeRequest(rng, siteKey, QStringLiteral("c%1-k%2-r%3").arg(cycle).arg(k).arg(requestNumber++));
                for (const QString &id : std::as_const(current[size_t(k)].ids))
                    sent.insert(id);
            }
            c.post(current[size_t(k)].body);
        };

        for (int k = 0; k < kClients; ++k) {
            clients.push_back(std::make_unique<CollectConnection>(server.port()));
            CollectConnection &c = *clients.back();
            c.onConnected = [&sendNext, k] { sendNext(k); };
            c.onAnswer = [&, k](const CollectConnection::Answer &answer) {
                const SentRequest &r = current[size_t(k)];
                if (answer.status == 200) {
                    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
                    const int accepted = o.value(QLatin1String("accepted")).toInt(-1);
                    const int duplicates = o.value(QLatin1String("duplicates")).toInt(-1);
                    if (accepted + duplicates != r.ids.size() || !o.value(QLatin1String("rejected")).toArray().isEmpty())
                        protocolErrors << QStringLiteral("200 for %1 events said %2").arg(r.ids.size()).arg(QString::fromUtf8(answer.body));
                    for (const QString &id : r.ids)
                        acknowledged.insert(id);
                    ++requestsAcked;
                    duplicatesReported += duplicates;
                    if (retryIds.contains(r.ids.first()))
                        ++retriesAcked;
                    if (ackedSample.size() < 64 && rng.bounded(8) == 0)
                        ackedSample << r;
                } else if (answer.status == 503) {
                    ++unavailable; // back-pressure is allowed; the request stays in doubt and is retried
                    inDoubt << r;
                } else {
                    protocolErrors << QStringLiteral("status %1: %2").arg(answer.status).arg(QString::fromUtf8(answer.body.left(300)));
                }
                if (answer.closes)
                    finished[size_t(k)] = true;
                else
                    sendNext(k);
            };
            c.onLost = [&, k](bool inFlight) {
                if (inFlight)
                    inDoubt << current[size_t(k)];
                finished[size_t(k)] = true;
            };
            c.open();
        }

        // The kill is what is under test, so a timer firing at a random point of the ingest is the point.
        const int delayMs = 50 + rng.bounded(351);
        bool killed = false;
        QString diedEarly;
        QTimer::singleShot(delayMs, &server.process(), [&] {
            if (server.process().state() != QProcess::Running)
                diedEarly = QString::fromUtf8(server.process().readAllStandardError());
            stopSending = true;
            if (graceful) {
                server.process().terminate();
            } else {
                server.process().kill();
            }
            killed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(killed, 10000);
        QVERIFY2(diedEarly.isNull(), qPrintable(QStringLiteral("cycle %1: the server exited by itself: %2").arg(cycle).arg(diedEarly)));
        QVERIFY(finishes(server.process(), 15000));
        if (graceful) {
            QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
            QCOMPARE(server.process().exitCode(), 0);
            QVERIFY2(server.output().trimmed().endsWith(QLatin1String("Stopped.")), qPrintable(server.output()));
        } else {
            QCOMPARE(server.process().exitStatus(), QProcess::CrashExit);
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(finished.cbegin(), finished.cend(), [](bool f) { return f; }), 10000);
        clients.clear();
        inDoubt << retries; // retries that never got sent stay in doubt

        QVERIFY2(protocolErrors.isEmpty(), qPrintable(protocolErrors.join(QLatin1Char('\n'))));
        const StoredState stored = readStored(dbPath);
        QCOMPARE(stored.integrity, QStringLiteral("ok"));
        QCOMPARE(stored.rows, stored.distinctIds);
        QCOMPARE(stored.rows, stored.withId);
        QCOMPARE(stored.rows, qint64(stored.ids.size()));
        QStringList lost;
        for (const QString &id : std::as_const(acknowledged)) {
            if (!stored.ids.contains(id))
                lost << id;
        }
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("cycle %1 (kill after %2 ms): %3 acknowledged events are missing, e.g. %4")
                                                .arg(cycle)
                                                .arg(delayMs)
                                                .arg(lost.size())
                                                .arg(lost.mid(0, 5).join(QLatin1Char(' ')))));
        for (const QString &id : std::as_const(stored.ids))
            QVERIFY2(sent.contains(id), qPrintable(QStringLiteral("stored id %1 was never sent").arg(id)));
        // A request is one transaction: after a kill it is stored completely or not at all.
        for (const SentRequest &r : std::as_const(inDoubt)) {
            qsizetype present = 0;
            for (const QString &id : r.ids)
                present += stored.ids.contains(id) ? 1 : 0;
            QVERIFY2(present == 0 || present == r.ids.size(),
                     qPrintable(QStringLiteral("cycle %1: %2 of the %3 events of one request are stored")
                                    .arg(cycle)
                                    .arg(present)
                                    .arg(r.ids.size())));
            if (present)
                ++inDoubtStored;
        }
    }

    const StoredState last = readStored(dbPath);
    qInfo("crash recovery: seed %u, %d kill cycles + 1 graceful stop, %lld requests acknowledged (%lld events), "
          "%lld events stored, %lld sent; %lld retries sent (%lld acknowledged, %lld duplicates reported), "
          "%lld requests in doubt at a kill were committed, %lld answered 503; %.1f s",
          seed, cycles, requestsAcked, qint64(acknowledged.size()), last.rows, qint64(sent.size()), retriesSent,
          retriesAcked, duplicatesReported, inDoubtStored, unavailable, double(elapsed.elapsed()) / 1000.0);
    QVERIFY2(requestsAcked > cycles, "too little was acknowledged for the kills to prove anything");
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
