#include "api/EndpointSupport.h"

#include "access/KeyStore.h"
#include "core/JsonFields.h"
#include "core/JsonLimits.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace pulse::endpoint {

namespace {
// Query and report definitions are small; deeper nesting is an attack, not a funnel.
constexpr int kMaxBodyDepth = 16;
constexpr qint64 kDayMs = 86400 * 1000LL;
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

std::optional<Site> requireSite(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder &responder)
{
    HttpResponse error;
    std::optional<Site> site = resolveSite(context, request, key, true, &error);
    if (!site)
        responder.send(error);
    return site;
}

std::optional<SiteAndBody> siteAndBody(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder &responder)
{
    HttpResponse error;
    std::optional<Site> site = resolveSite(context, request, key, true, &error);
    QJsonObject body;
    if (!site || !jsonBody(request, &body, &error)) {
        responder.send(error);
        return std::nullopt;
    }
    return SiteAndBody { *site, body };
}

bool readRangeEnds(const QJsonObject &body, const Site &site, qint64 *fromMs, qint64 *toMs, QString *error)
{
    const QTimeZone zone(site.timeZone.toUtf8());
    const auto parse = [&](const char *key, bool isEnd, qint64 *out) -> bool {
        const QJsonValue v = body.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        const QString text = v.toString();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (v.isString() && text.size() == 10 && date.isValid()) {
            *out = (isEnd ? date.addDays(1) : date).startOfDay(zone).toMSecsSinceEpoch();
            return true;
        }
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (v.isString() && time.isValid() && time.timeSpec() != Qt::LocalTime) {
            *out = time.toMSecsSinceEpoch();
            return true;
        }
        *error = QStringLiteral("Field '%1' must be a date (YYYY-MM-DD) or an ISO 8601 time with an offset, such as "
                                "2024-01-31T12:00:00Z.")
                     .arg(QLatin1String(key));
        return false;
    };
    return parse("from", false, fromMs) && parse("to", true, toMs);
}

bool readRange(const QJsonObject &body, const Site &site, qint64 *fromMs, qint64 *toMs, QString *error)
{
    if (!readRangeEnds(body, site, fromMs, toMs, error))
        return false;
    if (!json::readInteger(body, "from_ms", fromMs, error) || !json::readInteger(body, "to_ms", toMs, error))
        return false;
    return checkRange(*fromMs, *toMs, error);
}

bool checkRange(qint64 fromMs, qint64 toMs, QString *error)
{
    if (toMs <= fromMs) {
        *error = QStringLiteral("The range is empty: 'to' must come after 'from'.");
        return false;
    }
    if (toMs - fromMs > 20 * 366 * kDayMs) {
        *error = QStringLiteral("The range is longer than 20 years; narrow 'from' and 'to'.");
        return false;
    }
    return true;
}

bool wantsCsv(const HttpRequest &request)
{
    return request.query.queryItemValue(QStringLiteral("format")) == QLatin1String("csv")
        || request.header("accept").startsWith("text/csv");
}

HttpResponse csvDownload(const QByteArray &csv, const char *fileName)
{
    HttpResponse response = HttpResponse::text(200, csv, "text/csv; charset=utf-8");
    const QByteArray disposition = QByteArray("attachment; filename=\"") + fileName + '"';
    response.setHeader("Content-Disposition", disposition);
    return response;
}

qint64 pathId(const QString &path)
{
    for (QStringView segment : QStringView(path).split(u'/')) {
        bool ok = false;
        const qint64 id = segment.toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return 0;
}

} // namespace pulse::endpoint
