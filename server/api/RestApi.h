// The route table: every route with the method, the path and the scope it needs, in one place, so
// a route cannot be added without saying who may call it. Dispatch answers 404 and 405 itself and
// authenticates before any handler runs.
#pragma once

#include "access/SecretKey.h"
#include "http/HttpResponder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;
class HttpResponse;

struct Route {
    QByteArray method;
    QString path;
    std::optional<Scope> scope; // nullopt: public (collector, tracker, health)
    std::function<void(ApiContext &, const HttpRequest &, const ApiKey &, HttpResponder)> handler;
};

class RestApi final {
public:
    explicit RestApi(ApiContext &context);

    void handle(const HttpRequest &request, HttpResponder responder);
    const QList<Route> &routes() const { return m_routes; }
    // Per-route body limits (bytes) for the HTTP layer.
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;

private:
    // Returns the key, or nullopt after answering the request with 401, 403 or 429.
    std::optional<ApiKey> authenticate(const HttpRequest &request, Scope scope, HttpResponder &responder);

    ApiContext &m_context;
    QList<Route> m_routes;
};

} // namespace pulse
