// Reads one HTTP/1.1 response (the webhook dispatcher's answer from a receiver) with the same packaged
// parser as requests (Debian's libhttp-parser): status, headers, and the first bytes of the body.
// Socket-free, like HttpRequestParser, and with it the only places that includes http_parser.h.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace pulse {

class HttpResponseParser final {
public:
    enum class State { NeedMoreData, Complete, Error };

    // Keeps at most maxBodyKept bytes of the body; the rest is read and dropped.
    explicit HttpResponseParser(qsizetype maxBodyKept = 1024);
    ~HttpResponseParser();
    HttpResponseParser(const HttpResponseParser &) = delete;
    HttpResponseParser &operator=(const HttpResponseParser &) = delete;

    State feed(QByteArrayView data);
    // The peer closed the connection: completes a response whose body runs to the end of the stream.
    State finish();
    State state() const;

    bool headersComplete() const;
    int status() const; // 0 until the status line is in
    QByteArray header(QByteArrayView lowerCaseName) const;
    const QByteArray &body() const; // the kept part
    QString error() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_d;
};

} // namespace pulse
