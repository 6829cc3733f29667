// The request helpers of RemoteWorkspaceClient, shared by its Remote*Calls.cpp files.
#pragma once

#include "core/UrlQueryValue.h"
#include "workspace/RemoteWorkspaceClient.h"
#include "workspace/RestTransport.h"

namespace pulse::ui {

namespace remote {
// "/api/v1/funnels/7" and "/api/v1/cohorts/7/members".
inline QString idPath(const char *collection, qint64 id, const char *tail = "")
{
    return QStringLiteral("/api/v1/%1/%2%3").arg(QLatin1String(collection)).arg(id).arg(QLatin1String(tail));
}
} // namespace remote

template<typename Reply>
QFuture<Reply> RemoteWorkspaceClient::call(const QByteArray &verb, const QString &path, const QUrlQuery &query,
    const QJsonValue &body, std::function<void(const QJsonObject &, Reply *)> decode)
{
    return m_rest->send(verb, path, query, body).then([decode](const RestResponse &response) {
        Reply reply;
        if (response.ok()) {
            decode(response.object(), &reply);
        } else {
            reply.error = response.error;
            if constexpr (requires { reply.field; })
                reply.field = response.field;
        }
        return reply;
    });
}

template<typename Reply>
QFuture<Reply> RemoteWorkspaceClient::change(const QByteArray &verb, const QString &path, const QUrlQuery &query,
    const QJsonValue &body, std::function<void(const QJsonObject &, Reply *)> decode, std::function<void()> announce)
{
    return call<Reply>(verb, path, query, body, std::move(decode)).then(this, [announce](const Reply &reply) {
        if (reply.error.isEmpty())
            announce();
        return reply;
    });
}

} // namespace pulse::ui
