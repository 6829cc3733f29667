#include "api/ImportPresetEndpoints.h"

#include "api/EndpointSupport.h"
#include "http/HttpRequest.h"
#include "import/ImportPresetStore.h"

#include <QJsonArray>

namespace pulse {

using endpoint::jsonBody;
using endpoint::pathId;
using endpoint::runOnPool;

void ImportPresetEndpoints::list(ApiContext &context, const HttpRequest &, const ApiKey &, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace]() {
        QJsonArray presets;
        for (const ImportPreset &preset : ImportPresetStore(*workspace).list())
            presets.append(preset.toJson());
        return HttpResponse::json(200, QJsonObject { { QStringLiteral("presets"), presets } });
    });
}

void ImportPresetEndpoints::save(
    ApiContext &context, const HttpRequest &request, const ApiKey &, HttpResponder responder)
{
    QJsonObject body;
    HttpResponse problem;
    if (!jsonBody(request, &body, &problem)) {
        responder.send(problem);
        return;
    }
    if (!body.value(QLatin1String("name")).isString()) {
        responder.send(Problems::badRequest(QStringLiteral("Field 'name' must be the preset's name, a string.")));
        return;
    }
    if (!body.value(QLatin1String("mapping")).isObject()) {
        responder.send(Problems::badRequest(
            QStringLiteral("Field 'mapping' must be a column mapping object, as in docs/imports.md.")));
        return;
    }
    QString why;
    const std::optional<ImportMapping> mapping
        = ImportMapping::fromJson(body.value(QLatin1String("mapping")).toObject(), &why);
    if (!mapping) {
        responder.send(Problems::badRequest(QStringLiteral("Field 'mapping' cannot be used: %1").arg(why)));
        return;
    }
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, name = body.value(QLatin1String("name")).toString(), m = *mapping]() {
        QString error;
        const std::optional<ImportPreset> saved = ImportPresetStore(*workspace).save(name, m, &error);
        if (!saved)
            return Problems::badRequest(QStringLiteral("Field 'name': %1").arg(error));
        return HttpResponse::json(200, saved->toJson());
    });
}

void ImportPresetEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, id = pathId(request.path)]() {
        if (!ImportPresetStore(*workspace).remove(id))
            return Problems::notFound(
                QStringLiteral("There is no saved import preset %1 (see GET /api/v1/imports/presets).").arg(id));
        return HttpResponse::noContent();
    });
}

} // namespace pulse
