#include "support/WebhookReceiver.h"

namespace pulse::test {

WebhookReceiver::WebhookReceiver()
{
    m_server.setHandler([this](const HttpRequest &request, HttpResponder responder) {
        received.append(request);
        if (holdAnswers) {
            m_held.append(responder);
            return;
        }
        responder.send(script.isEmpty() ? HttpResponse::text(200, "thanks") : script.takeFirst());
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString WebhookReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

} // namespace pulse::test
