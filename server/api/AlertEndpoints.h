// Alert rules over REST (docs/alerts.md, "REST"): list, create, show, change and delete a site's
// rules, backtest a saved rule or an unsaved body ("Test this rule"), and read the history of one
// rule or of the whole site, newest first with a cursor.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class AlertEndpoints final {
public:
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void create(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void replace(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void backtest(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void backtestDraft(
        ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void history(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void siteHistory(
        ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
