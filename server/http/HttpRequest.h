// One parsed HTTP request as handlers see it: the body is complete, de-chunked and decompressed, or,
// for a route that streams its body (HttpServer::setBodySinkFactory), in bodySink as sent.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <memory>

namespace pulse {

class HttpBodySink;

struct HttpRequest {
    QByteArray method; // upper case, e.g. "GET"
    QByteArray target; // raw request-target as sent
    QString path; // percent-decoded path without the query
    QUrlQuery query; // '+' already means space, as URLSearchParams sends it
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, values trimmed, in arrival order
    QByteArray body; // Content-Length/Content-Encoding headers still describe the wire form
    std::shared_ptr<HttpBodySink> bodySink; // set instead of body for streamed bodies
    QHostAddress peerAddress;
    bool keepAlive = true;
    int httpMinor = 1;

    // First value of the header (name compared case-insensitively), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;

    friend bool operator==(const HttpRequest &, const HttpRequest &) = default;
};

} // namespace pulse
