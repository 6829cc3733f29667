// Test support for tests that run the real pulse-server binary: a child environment without the
// developer's PULSE_* settings, management commands, a server process on a free port, and a raw
// keep-alive collect connection. Each test target defines PULSE_SERVER_BINARY (its CMake file).
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <functional>

namespace pulse::test {

// Environment for child processes without the developer's PULSE_* settings, which would otherwise
// change the server under test (a config file, durability, batch size).
inline QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PULSE_")))
            env.remove(key);
    }
    return env;
}

inline QString serverBinary()
{
    return QStringLiteral(PULSE_SERVER_BINARY);
}

// waitForFinished() answers false for a process that already finished while the test ran the event loop.
inline bool finishes(QProcess &process, int timeoutMs)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
}

// Runs a pulse-server management command to completion; returns the exit code (-1 when it did not finish).
inline int runServerCommand(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.start(serverBinary(), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    *out = process.readAllStandardOutput();
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// One pulse-server process serving a data folder on a port the system picks.
class ServerProcess final {
public:
    explicit ServerProcess(QString dataDir) : m_dataDir(std::move(dataDir))
    {
        m_process.setProcessEnvironment(childEnvironment());
    }
    ~ServerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Starts the server and waits for its "listening" line; false with the reason when it does not come.
    bool start(QString *why)
    {
        m_process.start(
            serverBinary(), { QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--port"), QStringLiteral("0") });
        if (!m_process.waitForStarted(10000)) {
            *why = QStringLiteral("pulse-server did not start: ") + m_process.errorString();
            return false;
        }
        const QByteArray marker = QByteArrayLiteral("Pulse is listening on http://127.0.0.1:");
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            m_stdout += m_process.readAllStandardOutput();
            const qsizetype at = m_stdout.indexOf(marker);
            if (at >= 0) {
                qsizetype end = at + marker.size();
                while (end < m_stdout.size() && m_stdout.at(end) >= '0' && m_stdout.at(end) <= '9')
                    ++end;
                bool ok = false;
                const uint port = m_stdout.mid(at + marker.size(), end - at - marker.size()).toUInt(&ok);
                if (ok && end < m_stdout.size() && port > 0 && port <= 65535) {
                    m_port = quint16(port);
                    return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        *why = QStringLiteral("pulse-server did not report its port (state %1, exit %2)\nstdout: %3\nstderr: %4")
                   .arg(int(m_process.state()))
                   .arg(m_process.exitCode())
                   .arg(QString::fromUtf8(m_stdout), QString::fromUtf8(m_process.readAllStandardError()));
        return false;
    }

    QProcess &process() { return m_process; }
    quint16 port() const { return m_port; }
    QString output()
    {
        m_stdout += m_process.readAllStandardOutput();
        return QString::fromUtf8(m_stdout);
    }

private:
    QString m_dataDir;
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
};

// One keep-alive HTTP/1.1 connection that posts to /api/v1/collect one request at a time and reports
// each answer, or the loss of the connection, through callbacks. Raw sockets rather than
// QNetworkAccessManager because QNAM silently resends a request whose connection closed, which
// would blur what the server acknowledged.
class CollectConnection final {
public:
    struct Answer {
        int status = 0;
        QByteArray body;
        bool closes = false; // the server said Connection: close
    };

    std::function<void()> onConnected;
    std::function<void(const Answer &)> onAnswer;
    // inFlight: a request was sent and not answered when the connection went away.
    std::function<void(bool inFlight)> onLost;

    explicit CollectConnection(quint16 port) : m_port(port)
    {
        QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this] {
            if (onConnected)
                onConnected();
        });
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { readAnswers(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { lose(); });
        QObject::connect(
            &m_socket, &QTcpSocket::errorOccurred, &m_socket, [this](QAbstractSocket::SocketError) { lose(); });
    }
    ~CollectConnection()
    {
        m_socket.disconnect(); // no callbacks into a half-destroyed test
        m_socket.abort();
    }
    CollectConnection(const CollectConnection &) = delete;
    CollectConnection &operator=(const CollectConnection &) = delete;

    void open() { m_socket.connectToHost(QHostAddress::LocalHost, m_port); }
    bool isLost() const { return m_lost; }
    bool isBusy() const { return m_busy; }

    // Sends one request; the last holdBack bytes wait for sendRest(), so the request is half-received.
    void post(const QByteArray &body, qsizetype holdBack = 0)
    {
        Q_ASSERT(!m_busy);
        m_busy = true;
        if (m_lost || m_losing)
            return; // reported as lost in flight by lose()
        const QByteArray request = QByteArrayLiteral("POST /api/v1/collect HTTP/1.1\r\nHost: 127.0.0.1:")
            + QByteArray::number(m_port) + QByteArrayLiteral("\r\nContent-Type: application/json\r\nContent-Length: ")
            + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
        m_heldBack = request.right(holdBack);
        m_socket.write(request.left(request.size() - holdBack));
        m_socket.flush();
    }
    void sendRest()
    {
        if (!m_heldBack.isEmpty() && !m_lost && !m_losing) {
            m_socket.write(m_heldBack);
            m_socket.flush();
        }
        m_heldBack.clear();
    }

private:
    void readAnswers()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            Answer answer;
            answer.status = lines.first().split(' ').value(1).toInt();
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "connection" && value.toLower() == "close")
                    answer.closes = true;
            }
            if (m_buffer.size() < headEnd + 4 + length)
                return;
            answer.body = m_buffer.mid(headEnd + 4, length);
            m_buffer.remove(0, headEnd + 4 + length);
            m_busy = false;
            if (onAnswer)
                onAnswer(answer);
        }
    }

    void lose()
    {
        if (m_lost || m_losing)
            return;
        m_losing = true;
        readAnswers(); // an answer that arrived together with the close still counts
        m_lost = true;
        const bool inFlight = m_busy;
        m_busy = false;
        if (onLost)
            onLost(inFlight);
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_heldBack;
    bool m_busy = false;
    bool m_losing = false;
    bool m_lost = false;
};

} // namespace pulse::test
