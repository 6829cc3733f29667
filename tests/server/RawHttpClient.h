// A byte-exact HTTP/1.1 client for server tests: sends exactly the bytes a test gives it and parses
// what comes back. Never blocks the event loop (the server under test runs on the same thread).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpSocket>

#include <optional>

namespace pulse::test {

class RawHttpClient final : public QObject {
    Q_OBJECT

public:
    struct Response {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
        QByteArray body;

        QByteArray header(QByteArrayView name) const;
        bool hasHeader(QByteArrayView name) const;
        QJsonObject json() const;
    };

    explicit RawHttpClient(QObject *parent = nullptr);
    ~RawHttpClient() override;

    bool connectTo(quint16 port, int timeoutMs = 5000);
    void send(const QByteArray &bytes);
    // The next complete response, waiting for it while the event loop runs. headOnly: answer to HEAD.
    std::optional<Response> nextResponse(bool headOnly = false, int timeoutMs = 5000);
    bool waitForDisconnected(int timeoutMs = 5000);
    bool isDisconnected() const { return m_disconnected; }
    // Bytes received and not yet returned as a response.
    const QByteArray &pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }
    // Stop reading: Qt then stops draining the kernel buffer, so the server sees a slow reader.
    void pauseReading();
    void resumeReading();

private:
    std::optional<Response> parse(bool headOnly);
    void readAvailable();

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_disconnected = false;
    bool m_paused = false;
};

// gzip (windowBits 31), zlib "deflate" (15) or raw deflate (-15) of data, for request bodies.
QByteArray compress(const QByteArray &data, int windowBits = 31);

} // namespace pulse::test
