// Saved import mappings over REST (docs/imports.md, "Presets"): list the built-in and saved presets,
// save one under a name (replacing a saved preset of that name), delete one. Presets belong to the
// workspace, so no site is named; an upload uses one with POST /api/v1/imports?preset=NAME.
#pragma once

#include "http/HttpResponder.h"

namespace pulse {

struct ApiContext;
struct ApiKey;
struct HttpRequest;

class ImportPresetEndpoints final {
public:
    static void list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void save(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
    static void remove(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder);
};

} // namespace pulse
