// Scheduled exports over REST (docs/exports.md, "Schedules"): list, create, show, change and delete a
// site's schedules, and run one now. A server's schedules always write into its exports folder: the
// folder field is refused here (only the desktop, on the user's own machine, picks a folder).
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class ExportScheduleEndpoints final {
public:
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void run(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
