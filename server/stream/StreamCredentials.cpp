#include "stream/StreamCredentials.h"

#include "http/HttpRequest.h"

namespace pulse {

QString StreamCredentials::subprotocolSecret(const HttpRequest &request)
{
    const QByteArray prefix(kKeyProtocolPrefix);
    for (const QByteArray &header : request.headerValues("sec-websocket-protocol")) {
        for (const QByteArray &offered : header.split(',')) {
            const QByteArray protocol = offered.trimmed();
            if (protocol.startsWith(prefix))
                return QString::fromLatin1(protocol.mid(prefix.size()));
        }
    }
    return {};
}

QString StreamCredentials::presentedSecret(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    if (header.startsWith("Bearer ") || header.startsWith("bearer "))
        return QString::fromLatin1(header.mid(7).trimmed());
    return header.isEmpty() ? subprotocolSecret(request) : QString();
}

bool StreamCredentials::keyInUrl(const HttpRequest &request)
{
    return request.query.hasQueryItem(QStringLiteral("key")) || request.query.hasQueryItem(QStringLiteral("secret"))
        || request.query.hasQueryItem(QStringLiteral("token"));
}

} // namespace pulse
