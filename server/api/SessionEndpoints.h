// Sessions over REST (docs/sites-and-keys.md, "Sessions"): exchange a secret key for a short-lived
// session token (optionally with fewer scopes), refresh it, look at it and end it with the token
// itself; list and revoke anyone's sessions with the admin scope. A key limited to one site sees only
// the sessions of that site's keys.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class SessionEndpoints final {
public:
    static void open(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void refresh(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void current(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void endCurrent(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void revoke(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
