#include "api/CohortEndpoints.h"

#include "analytics/cohort/CohortMemberList.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "api/EndpointSupport.h"
#include "core/Clock.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QJsonArray>

namespace pulse {

using endpoint::csvDownload;
using endpoint::listForSite;
using endpoint::pathId;
using endpoint::requireSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;
using endpoint::SiteAndBody;
using endpoint::wantsCsv;

namespace {

constexpr int kDefaultPage = 100;

HttpResponse noSuchCohort(qint64 id)
{
    return Problems::notFound(QStringLiteral("This site has no cohort %1 (see GET /api/v1/cohorts).").arg(id));
}

HttpResponse storeError(const QString &why)
{
    if (why.contains(QLatin1String("exists already")))
        return HttpResponse::problem(409, QStringLiteral("Conflict"), why);
    if (why.contains(QLatin1String("no cohort")))
        return Problems::notFound(why);
    return Problems::badRequest(why);
}

QJsonObject withHistory(CohortStore &store, const Cohort &cohort)
{
    QJsonObject o = cohort.toJson();
    QJsonArray history;
    for (const CohortSizePoint &p : store.sizeHistory(cohort.id))
        history << QJsonObject { { QStringLiteral("computed_at_ms"), p.computedAtMs },
            { QStringLiteral("size"), p.size } };
    o.insert(QStringLiteral("size_history"), history);
    return o;
}

// The member keys of a request body: JSON ({"user_ids": [...], "visitor_ids": [...]}) or text/csv.
bool memberKeys(const HttpRequest &request, QStringList *keys, HttpResponse *error)
{
    QString message;
    const QByteArray type = request.header("content-type").toLower();
    if (type.startsWith("text/csv")) {
        if (!CohortMemberList::fromCsv(request.body, keys, &message)) {
            *error = Problems::badRequest(message);
            return false;
        }
        return true;
    }
    QJsonObject body;
    if (!endpoint::jsonBody(request, &body, error))
        return false;
    if (!CohortMemberList::fromJson(body, keys, &message)) {
        *error = Problems::badRequest(message);
        return false;
    }
    return true;
}

// POST (add) and DELETE (remove) on /api/v1/cohorts/{id}/members of a static cohort.
void changeMembers(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder, bool add)
{
    HttpResponse error;
    const std::optional<Site> site = endpoint::resolveSite(context, request, key, true, &error);
    QStringList keys;
    if (!site || !memberKeys(request, &keys, &error)) {
        responder.send(error);
        return;
    }
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id, keys, add]() {
        QString why;
        CohortStore &store = workspace->cohorts().store();
        const std::optional<Cohort> c
            = add ? store.addMembers(siteId, id, keys, &why) : store.removeMembers(siteId, id, keys, &why);
        return c ? HttpResponse::json(200, c->toJson()) : storeError(why);
    });
}

} // namespace

void CohortEndpoints::list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    Workspace *workspace = &context.workspace;
    listForSite(context, request, key, std::move(responder),
        [workspace](qint64 siteId) { return workspace->cohorts().store().list(siteId); });
}

void CohortEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    Cohort cohort;
    cohort.siteId = in->site.id;
    QString message;
    if (!Cohort::fromJson(in->body, &cohort, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    // A static cohort may bring its first members along.
    QStringList keys;
    const bool hasMembers
        = in->body.contains(QLatin1String("user_ids")) || in->body.contains(QLatin1String("visitor_ids"));
    if (hasMembers) {
        if (cohort.kind != Cohort::Kind::Static) {
            responder.send(Problems::badRequest(
                QStringLiteral("Only a static cohort takes 'user_ids' or 'visitor_ids'; a dynamic one follows its "
                               "definition.")));
            return;
        }
        if (!CohortMemberList::fromJson(in->body, &keys, &message)) {
            responder.send(Problems::badRequest(message));
            return;
        }
    }
    Workspace *workspace = &context.workspace;
    runOnPool(context, responder, [workspace, cohort, keys, hasMembers]() {
        QString why;
        std::optional<Cohort> saved = workspace->cohorts().save(cohort, &why);
        if (saved && hasMembers)
            saved = workspace->cohorts().store().addMembers(saved->siteId, saved->id, keys, &why);
        if (!saved)
            return storeError(why);
        HttpResponse response = HttpResponse::json(201, withHistory(workspace->cohorts().store(), *saved));
        response.setHeader("Location", QByteArray(QByteArray("/api/v1/cohorts/") + QByteArray::number(saved->id)));
        return response;
    });
}

void CohortEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        const std::optional<Cohort> c = workspace->cohorts().store().get(siteId, id);
        return c ? HttpResponse::json(200, withHistory(workspace->cohorts().store(), *c)) : noSuchCohort(id);
    });
}

void CohortEndpoints::replace(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = in->site.id, id = pathId(request.path);
    const QJsonObject body = in->body;
    runOnPool(context, responder, [workspace, siteId, id, body]() {
        std::optional<Cohort> current = workspace->cohorts().store().get(siteId, id);
        if (!current)
            return noSuchCohort(id);
        // Fields left out keep their values, so a rename is {"name": "..."}.
        Cohort changed = *current;
        QString why;
        if (!Cohort::fromJson(body, &changed, &why))
            return Problems::badRequest(why);
        const std::optional<Cohort> saved = workspace->cohorts().save(changed, &why);
        return saved ? HttpResponse::json(200, withHistory(workspace->cohorts().store(), *saved)) : storeError(why);
    });
}

void CohortEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        return workspace->cohorts().store().remove(siteId, id) ? HttpResponse::noContent() : noSuchCohort(id);
    });
}

void CohortEndpoints::compute(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id]() {
        QString why;
        const std::optional<Cohort> c = workspace->cohorts().compute(siteId, id, &why);
        return c ? HttpResponse::json(200, withHistory(workspace->cohorts().store(), *c)) : noSuchCohort(id);
    });
}

void CohortEndpoints::preview(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    CohortGroup definition;
    QString message;
    const QJsonValue def = in->body.value(QLatin1String("definition"));
    if (!def.isObject()) {
        responder.send(Problems::badRequest(
            QStringLiteral("Send 'definition': {\"match\": \"all\", \"conditions\": [...]} to preview its size.")));
        return;
    }
    if (!CohortGroup::fromJson(def.toObject(), &definition, &message)) {
        responder.send(Problems::badRequest(QStringLiteral("definition: ") + message));
        return;
    }
    Workspace *workspace = &context.workspace;
    const qint64 siteId = in->site.id;
    runOnPool(context, responder, [workspace, siteId, definition]() {
        const qint64 size = workspace->cohorts().preview(siteId, definition);
        return HttpResponse::json(200, QJsonObject { { QStringLiteral("size"), size } });
    });
}

void CohortEndpoints::members(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site)
        return;
    const QString search = request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const bool csv = wantsCsv(request);
    bool offsetOk = true, limitOk = true;
    const QString offsetText = request.query.queryItemValue(QStringLiteral("offset"));
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&offsetOk);
    const int limit = limitText.isEmpty() ? kDefaultPage : limitText.toInt(&limitOk);
    if (!offsetOk || offset < 0 || !limitOk || limit < 1 || limit > CohortStore::kMaxPageSize) {
        responder.send(Problems::badRequest(QStringLiteral("Use 'offset' of 0 or more and 'limit' from 1 to %1; "
                                                           "add format=csv to download every member.")
                                                .arg(CohortStore::kMaxPageSize)));
        return;
    }
    Workspace *workspace = &context.workspace;
    const qint64 siteId = site->id, id = pathId(request.path);
    runOnPool(context, responder, [workspace, siteId, id, search, csv, offset, limit]() {
        CohortStore &store = workspace->cohorts().store();
        if (!store.get(siteId, id))
            return noSuchCohort(id);
        if (!csv)
            return HttpResponse::json(200, store.members(id, search, offset, limit).toJson());
        // The download holds every matching member, not one page.
        CohortMembersPage all;
        for (const QString &k : store.memberKeys(id)) {
            const CohortMember m = CohortMember::fromKey(k);
            if (search.isEmpty() || QString(m.userId + m.visitorId).contains(search, Qt::CaseInsensitive))
                all.members << m;
        }
        std::sort(all.members.begin(), all.members.end(),
            [](const CohortMember &a, const CohortMember &b) { return a.key() < b.key(); });
        return csvDownload(all.toCsv(), "cohort-members.csv");
    });
}

void CohortEndpoints::addMembers(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    changeMembers(context, request, key, std::move(responder), true);
}

void CohortEndpoints::removeMembers(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    changeMembers(context, request, key, std::move(responder), false);
}

void CohortEndpoints::fromFunnel(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    const QString name = in->body.value(QLatin1String("name")).toString();
    const QJsonValue funnelJson = in->body.value(QLatin1String("funnel"));
    if (!funnelJson.isObject()) {
        responder.send(
            Problems::badRequest(QStringLiteral("Send 'name' and 'funnel': the body of a POST /api/v1/funnels/users "
                                                "request (steps, range, step, outcome).")));
        return;
    }
    FunnelUsersQuery q;
    q.funnel.siteId = in->site.id;
    QString message;
    if (!FunnelUsersQuery::fromJson(funnelJson.toObject(), &q, &message)) {
        responder.send(Problems::badRequest(QStringLiteral("funnel: ") + message));
        return;
    }
    q.funnel.siteId = in->site.id;
    qint64 from = q.funnel.fromMs, to = q.funnel.toMs;
    if (from == 0 && to == 0) { // as the funnel endpoints: the last 30 days through today
        to = context.clock.nowMs() + 86400000LL;
        from = to - 31 * 86400000LL;
    }
    if (!endpoint::readRange(funnelJson.toObject(), in->site, &from, &to, &message)) {
        responder.send(Problems::badRequest(QStringLiteral("funnel: ") + message));
        return;
    }
    q.funnel.fromMs = from;
    q.funnel.toMs = to;
    Workspace *workspace = &context.workspace;
    const qint64 siteId = in->site.id;
    runOnPool(context, responder, [workspace, siteId, name, q]() {
        QString why;
        const std::optional<Cohort> c = workspace->cohorts().createFromFunnel(siteId, name, q, &why);
        if (!c)
            return storeError(why);
        HttpResponse response = HttpResponse::json(201, withHistory(workspace->cohorts().store(), *c));
        response.setHeader("Location", QByteArray(QByteArray("/api/v1/cohorts/") + QByteArray::number(c->id)));
        return response;
    });
}

} // namespace pulse
