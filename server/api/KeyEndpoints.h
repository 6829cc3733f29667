// Secret keys over REST (admin scope): list, create (the secret is in the answer once), rotate with a
// grace period, revoke. A key limited to one site manages only that site's keys (docs/sites-and-keys.md).
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class KeyEndpoints final {
public:
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void rotate(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void revoke(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
