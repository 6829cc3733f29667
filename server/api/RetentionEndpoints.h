// Retention over REST: POST /api/v1/retention/query answers a RetentionQuery (docs/retention.md) as
// JSON, or as CSV with ?format=csv. The analysis runs on the query pool, never on the network thread.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class RetentionEndpoints final {
public:
    static void query(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
