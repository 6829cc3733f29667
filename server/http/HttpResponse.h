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
    // A file sent after the headers instead of body, read a chunk at a time as the client takes it
    // (exports of any size); bodyFileSize bytes of it are sent, and the file must not be shorter.
    QString bodyFile;
    qint64 bodyFileSize = 0;

    // Replaces every header of that name (case-insensitive); appends when absent.
    void setHeader(QByteArrayView name, QByteArrayView value);
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, const QJsonArray &array);
    static HttpResponse text(
        int status, QByteArray body, QByteArray contentType = QByteArrayLiteral("text/plain; charset=utf-8"));
    static HttpResponse noContent();
    static HttpResponse file(int status, const QString &path, qint64 size, QByteArray contentType);
    // RFC 9457 problem details: type "about:blank", title, status, detail, then the extra members.
    static HttpResponse problem(int status, const QString &title, const QString &detail, const QJsonObject &extra = {});

    // RFC 9110 reason phrase ("Content Too Large"); "Unknown" for codes we never send.
    static QByteArray reasonPhrase(int status);

    friend bool operator==(const HttpResponse &, const HttpResponse &) = default;
};

} // namespace pulse
