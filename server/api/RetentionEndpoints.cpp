#include "api/RetentionEndpoints.h"

#include "analytics/cohort/CohortService.h"
#include "analytics/retention/RetentionReportStore.h"
#include "analytics/retention/RetentionSnapshots.h"
#include "api/EndpointSupport.h"
#include "core/Clock.h"
#include "http/HttpRequest.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace pulse {

using endpoint::csvDownload;
using endpoint::readRange;
using endpoint::runOnPool;
using endpoint::siteAndBody;
using endpoint::SiteAndBody;
using endpoint::wantsCsv;

namespace {

// Without a range: the last `periods` periods through the end of today, in the query's zone.
void setDefaultRange(const RetentionQuery &q, const Site &site, qint64 nowMs, qint64 *fromMs, qint64 *toMs)
{
    QTimeZone zone((q.timeZone.isEmpty() ? site.timeZone : q.timeZone).toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    const int back = q.periods - 1;
    const QDate first = q.period == RetentionQuery::Period::Day ? today.addDays(-back)
        : q.period == RetentionQuery::Period::Week              ? today.addDays(-7LL * back)
                                                                : today.addMonths(-back);
    *fromMs = first.startOfDay(zone).toMSecsSinceEpoch();
    *toMs = today.addDays(1).startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace

void RetentionEndpoints::query(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<SiteAndBody> in = siteAndBody(context, request, key, responder);
    if (!in)
        return;
    RetentionQuery q;
    q.siteId = in->site.id;
    QString message;
    if (in->body.contains(QLatin1String("report_id"))) {
        // A saved report over its report range, the one the nightly job snapshots.
        const qint64 id = in->body.value(QLatin1String("report_id")).toInteger();
        const std::optional<SavedRetentionReport> report = context.workspace.retentionReports().get(q.siteId, id);
        if (!report) {
            responder.send(Problems::notFound(
                QStringLiteral("This site has no saved retention report %1 (see GET /api/v1/retention/reports).")
                    .arg(id)));
            return;
        }
        q = report->definition;
        RetentionSnapshots::setReportRange(&q, in->site.timeZone, context.clock.nowMs());
    } else if (!RetentionQuery::fromJson(in->body, &q, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    } else {
        setDefaultRange(q, in->site, context.clock.nowMs(), &q.fromMs, &q.toMs);
    }
    if (!readRange(in->body, in->site, &q.fromMs, &q.toMs, &message)) {
        responder.send(Problems::badRequest(message));
        return;
    }
    message = q.validationError();
    if (!message.isEmpty()) {
        responder.send(Problems::badRequest(message));
        return;
    }
    Workspace *workspace = &context.workspace;
    const bool csv = wantsCsv(request);
    runOnPool(context, responder, [workspace, q, csv]() {
        const RetentionResult result = workspace->cohorts().retention(q);
        if (csv)
            return csvDownload(result.toCsv(), "retention.csv");
        QJsonObject body = result.toJson();
        body.insert(QStringLiteral("query"), q.toJson());
        return HttpResponse::json(200, body);
    });
}

} // namespace pulse
