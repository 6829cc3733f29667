#include "api/ApiContext.h"

#include "http/HttpRequest.h"

namespace pulse {

QString ApiContext::clientAddress(const HttpRequest &request) const
{
    if (trustProxy) {
        const QByteArray forwarded = request.header("x-forwarded-for");
        if (!forwarded.isEmpty()) {
            const QByteArray first = forwarded.split(',').first().trimmed();
            QHostAddress address;
            if (address.setAddress(QString::fromLatin1(first)))
                return address.toString();
        }
    }
    QHostAddress peer = request.peerAddress;
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        peer = QHostAddress(v4); // ::ffff:1.2.3.4 and 1.2.3.4 are the same visitor
    return peer.toString();
}

} // namespace pulse
