// One HTTP response as handlers build it. Framing headers (Content-Length, Date, Server, Connection)
// are added when it is written, so handlers never set them.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace pulse {

class HttpResponse final {
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Replaces every header of that name (case-insensitive); appends when absent.
    void setHeader(QByteArrayView name, QByteArrayView value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse text(
        int status, QByteArray body, QByteArray contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
    static HttpResponse noContent();
    // RFC 9457 problem details: type "about:blank", title, status, detail, then the extra members.
    static HttpResponse problem(int status, const QString &title, const QString &detail, const QJsonObject &extra = {});

    // RFC 9110 reason phrase ("Content Too Large"); "Unknown" for codes we never send.
    static QByteArray reasonPhrase(int status);

    friend bool operator==(const HttpResponse &, const HttpResponse &) = default;
};

} // namespace pulse
