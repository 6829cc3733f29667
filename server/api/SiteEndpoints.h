// Sites over REST: create, read, change (domain, name, time zone and the settings in SiteSettings)
// and delete with everything stored for them (docs/sites-and-keys.md). GET /api/v1/sites, the list,
// is in QueryEndpoints.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class SiteEndpoints final {
public:
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
