// The route table: every route with the method, the path and the scope it needs, in one place, so
// a route cannot be added without saying who may call it. Dispatch answers 404 and 405 itself and
// authenticates before any handler runs.
#pragma once

#include "access/SecretKey.h"
#include "http/HttpBodySink.h"
#include "http/HttpError.h"
#include "http/HttpResponder.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;
class HttpResponse;

// Who may call a route. Most need a scope, which a secret key or a session token with that scope
// gives; exchanging a key for a session takes a secret key (any scope, and never a session token: no
// chaining); the routes that act on the caller's own session take its session token.
struct Access {
    enum class Kind { Public, Scope, SecretKey, SessionToken };
    Kind kind = Kind::Public;
    Scope scope = Scope::Admin; // what a Kind::Scope route needs

    Access() = default; // public
    // Implicit on purpose, so the route table reads `std::nullopt` (public) or `Scope::Read`.
    Access(std::nullopt_t) { } // NOLINT(google-explicit-constructor)
    Access(Scope needed) : kind(Kind::Scope), scope(needed) { } // NOLINT(google-explicit-constructor)
    static Access secretKey();
    static Access sessionToken();
    bool isPublic() const { return kind == Kind::Public; }
    bool needsScope() const { return kind == Kind::Scope; }

private:
    explicit Access(Kind k) : kind(k) { }
};

struct Route {
    QByteArray method;
    QString path;
    Access access; // std::nullopt: public (collector, tracker, health)
    std::function<void(ApiContext &, const HttpRequest &, const ApiKey &, HttpResponder)> handler;
    // Set for routes whose body is streamed to disk (an import upload): asked once the head is in,
    // after authentication, for the sink, or a refusal in *refusal so that the body is never read.
    std::function<std::shared_ptr<HttpBodySink>(ApiContext &, const HttpRequest &, const ApiKey &, HttpResponse *)>
        openBody = {};
};

class RestApi final {
public:
    explicit RestApi(ApiContext &context);

    void handle(const HttpRequest &request, HttpResponder responder);
    const QList<Route> &routes() const { return m_routes; }
    // Per-route body limits (bytes) for the HTTP layer.
    qint64 bodyLimit(const QByteArray &method, const QString &path) const;
    // The sink a streamed route's body goes to, or nullptr for the others; *refusal answers the
    // request before its body is read (no key, a wrong scope, an unknown site or format).
    std::shared_ptr<HttpBodySink> bodySink(const HttpRequest &head, HttpError *refusal);

    enum class Failures { Count, Ignore };
    // Returns the key (for a session token: its key with the session's scopes), or nullopt with the
    // 401, 403 or 429 answer in *error. Failures::Ignore checks without counting a failure against
    // the address (the stream's upgrade check: a declined upgrade is answered, and counted, by handle()).
    std::optional<ApiKey> authenticate(
        const HttpRequest &request, const Access &access, HttpResponse *error, Failures failures = Failures::Count);

private:
    const Route *match(const HttpRequest &request, QStringList *allowed) const;

    ApiContext &m_context;
    QList<Route> m_routes;
};

} // namespace pulse
