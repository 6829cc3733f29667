#include "export/ExportRequest.h"

#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/retention/RetentionQuery.h"
#include "core/JsonFields.h"
#include "export/EventExportQuery.h"

namespace pulse {

namespace {

constexpr ExportRequest::Kind kKinds[]
    = { ExportRequest::Kind::Events, ExportRequest::Kind::Stats, ExportRequest::Kind::Funnel,
          ExportRequest::Kind::FunnelUsers, ExportRequest::Kind::Retention, ExportRequest::Kind::CohortMembers };

} // namespace

QString ExportRequest::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Events:
        return QStringLiteral("events");
    case Kind::Stats:
        return QStringLiteral("stats");
    case Kind::Funnel:
        return QStringLiteral("funnel");
    case Kind::FunnelUsers:
        return QStringLiteral("funnel_users");
    case Kind::Retention:
        return QStringLiteral("retention");
    case Kind::CohortMembers:
        return QStringLiteral("cohort_members");
    }
    return {};
}

std::optional<ExportRequest::Kind> ExportRequest::kindFromName(const QString &name)
{
    for (const Kind kind : kKinds) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QStringList ExportRequest::kindNames()
{
    QStringList names;
    for (const Kind kind : kKinds)
        names << kindName(kind);
    return names;
}

QStringList ExportRequest::statsTableNames()
{
    QStringList names { QStringLiteral("overview"), QStringLiteral("timeseries") };
    for (const StatsResult::Table &table : StatsResult::tables())
        names << QString::fromLatin1(table.name);
    return names;
}

QString ExportRequest::validationError() const
{
    QJsonObject sited = query;
    sited.insert(QStringLiteral("site_id"), siteId);
    QString error;
    switch (kind) {
    case Kind::Events:
        EventExportQuery::fromJson(sited, &error);
        break;
    case Kind::Stats:
        StatsQuery::fromJson(sited, &error);
        if (error.isEmpty() && !statsTableNames().contains(table))
            error = QStringLiteral("Field 'table' must be one of %1 for a stats export.")
                        .arg(statsTableNames().join(QStringLiteral(", ")));
        break;
    case Kind::Funnel: {
        FunnelQuery q;
        q.siteId = siteId;
        if (FunnelQuery::fromJson(sited, &q, &error))
            error = q.validationError();
        break;
    }
    case Kind::FunnelUsers: {
        FunnelUsersQuery q;
        q.funnel.siteId = siteId;
        if (FunnelUsersQuery::fromJson(sited, &q, &error))
            error = q.validationError();
        break;
    }
    case Kind::Retention: {
        RetentionQuery q;
        q.siteId = siteId;
        if (RetentionQuery::fromJson(sited, &q, &error))
            error = q.validationError();
        break;
    }
    case Kind::CohortMembers: {
        qint64 cohortId = 0;
        if (json::readInteger(sited, "cohort_id", &cohortId, &error) && cohortId <= 0)
            error = QStringLiteral("Field 'cohort_id' must name a cohort of this site (see GET /api/v1/cohorts).");
        break;
    }
    }
    if (!error.isEmpty() && !error.startsWith(QLatin1String("Field")))
        error = QStringLiteral("Field 'query': ") + error;
    return error;
}

QString ExportRequest::fileStem() const
{
    const QString stem = kindName(kind).replace(u'_', u'-');
    return kind == Kind::Stats ? stem + u'-' + table : stem;
}

QJsonObject ExportRequest::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("format"), ExportFormats::name(format) }, { QStringLiteral("query"), query } };
    if (kind == Kind::Stats)
        o.insert(QStringLiteral("table"), table);
    return o;
}

std::optional<ExportRequest> ExportRequest::fromJson(const QJsonObject &json, qint64 siteId, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    ExportRequest request;
    request.siteId = siteId;
    QString kind = QStringLiteral("events"), format = QStringLiteral("csv");
    QString message;
    if (!json::readString(json, "kind", &kind, &message) || !json::readString(json, "format", &format, &message)
        || !json::readString(json, "table", &request.table, &message))
        return fail(message);
    const std::optional<Kind> k = kindFromName(kind);
    if (!k)
        return fail(QStringLiteral("Field 'kind' must be one of %1; got %2.")
                        .arg(kindNames().join(QStringLiteral(", ")), json::quoted(kind)));
    request.kind = *k;
    const std::optional<ExportFormat> f = ExportFormats::fromName(format);
    if (!f)
        return fail(QStringLiteral("Field 'format' must be one of %1; got %2.")
                        .arg(ExportFormats::names().join(QStringLiteral(", ")), json::quoted(format)));
    request.format = *f;
    const QJsonValue query = json.value(QStringLiteral("query"));
    if (!query.isUndefined() && !query.isNull() && !query.isObject())
        return fail(QStringLiteral("Field 'query' must be an object: the query of the kind's REST endpoint."));
    request.query = query.toObject();
    request.query.remove(QStringLiteral("site_id"));
    if (request.kind == Kind::Stats && request.table.isEmpty())
        request.table = QStringLiteral("overview");
    message = request.validationError();
    if (!message.isEmpty())
        return fail(message);
    return request;
}

} // namespace pulse
