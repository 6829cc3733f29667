#include "api/EndpointSupport.h"

#include "access/KeyStore.h"
#include "core/JsonLimits.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pulse::endpoint {

namespace {
// Query and report definitions are small; deeper nesting is an attack, not a funnel.
constexpr int kMaxBodyDepth = 16;
} // namespace

std::optional<Site> resolveSite(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, bool required, HttpResponse *error)
{
    const QString name = request.query.queryItemValue(QStringLiteral("site"), QUrl::FullyDecoded);
    if (name.isEmpty()) {
        if (key.siteId > 0) {
            std::optional<Site> own = context.workspace.sites().byId(key.siteId);
            if (!own)
                *error = Problems::notFound(QStringLiteral("The site this key is limited to no longer exists."));
            return own;
        }
        if (required)
            *error = Problems::badRequest(QStringLiteral(
                "Add the query parameter 'site' with the site's key, id or domain (see GET /api/v1/sites)."));
        return std::nullopt;
    }
    std::optional<Site> site = context.workspace.sites().find(name);
    if (!site) {
        *error = Problems::notFound(QStringLiteral("No site has the key, id or domain '%1'.").arg(name.left(100)));
        return std::nullopt;
    }
    if (key.siteId > 0 && key.siteId != site->id) {
        *error = Problems::forbidden(QStringLiteral("This key is limited to another site."));
        return std::nullopt;
    }
    return site;
}

bool jsonBody(const HttpRequest &request, QJsonObject *out, HttpResponse *error)
{
    const QByteArray type = request.header("content-type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json")) {
        *error = HttpResponse::problem(415, QStringLiteral("Unsupported Media Type"),
            QStringLiteral("Send the body as JSON with 'Content-Type: application/json'."));
        return false;
    }
    const JsonScan scan = JsonLimits::scan(request.body);
    if (scan.kind != JsonScan::Kind::Object) {
        *error = Problems::badRequest(scan.kind == JsonScan::Kind::Malformed
                ? QStringLiteral("The body is not valid JSON: %1").arg(scan.error)
                : QStringLiteral("The body must be a JSON object."));
        return false;
    }
    if (scan.maxDepth > kMaxBodyDepth) {
        *error = Problems::badRequest(QStringLiteral("The body nests deeper than %1 levels.").arg(kMaxBodyDepth));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Problems::badRequest(QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset));
        return false;
    }
    *out = doc.object();
    return true;
}

qint64 trailingId(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    bool ok = false;
    const qint64 id = path.mid(slash + 1).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace pulse::endpoint
