#include "api/ExportEndpoints.h"

#include "access/DownloadLinks.h"
#include "access/KeyStore.h"
#include "api/ApiContext.h"
#include "api/EndpointSupport.h"
#include "api/FailedAuthLimiter.h"
#include "api/Problems.h"
#include "core/Clock.h"
#include "export/ExportJobs.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "storage/Workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrlQuery>

namespace pulse {

using endpoint::pathId;
using endpoint::requireSite;
using endpoint::runOnPool;
using endpoint::siteAndBody;

namespace {

constexpr QByteArrayView kLinkPurpose = "pulse export download links v1";

HttpResponse noSuchExport(qint64 id)
{
    return Problems::notFound(QStringLiteral("This site has no export %1 (see GET /api/v1/exports).").arg(id));
}

HttpResponse alreadyEnded(qint64 id, const ExportJob &job)
{
    return HttpResponse::problem(409, QStringLiteral("Conflict"),
        QStringLiteral("Export %1 has already ended (%2); there is nothing to cancel.")
            .arg(id)
            .arg(ExportJob::stateName(job.state)));
}

DownloadLinks linksOf(ApiContext &context)
{
    return DownloadLinks(context.workspace.keys().derivedKey(kLinkPurpose));
}

// ?link_seconds=N: how long a download link shown now stays valid (default one hour, at most 7 days).
bool readLinkLifetime(const HttpRequest &request, qint64 *seconds, HttpResponse *error)
{
    *seconds = DownloadLinks::kDefaultLifetimeSeconds;
    const QString text = request.query.queryItemValue(QStringLiteral("link_seconds"));
    if (text.isEmpty())
        return true;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 60 || value > DownloadLinks::kMaxLifetimeSeconds) {
        *error = Problems::badRequest(QStringLiteral("Parameter 'link_seconds' must be a whole number from 60 to %1 "
                                                     "(7 days).")
                                          .arg(DownloadLinks::kMaxLifetimeSeconds));
        return false;
    }
    *seconds = value;
    return true;
}

// The job as JSON, a completed one with a fresh download link valid for lifetimeSeconds.
QJsonObject withLink(ApiContext &context, const ExportJob &job, qint64 lifetimeSeconds)
{
    QJsonObject o = job.toJson();
    if (job.state == ExportJob::State::Completed && !job.fileName.isEmpty()) {
        const qint64 expires = context.clock.nowMs() / 1000 + lifetimeSeconds;
        o.insert(QStringLiteral("download_url"),
            QStringLiteral("/api/v1/exports/%1/download?%2").arg(job.id).arg(linksOf(context).query(job.id, expires)));
        o.insert(QStringLiteral("download_expires_at"),
            QDateTime::fromSecsSinceEpoch(expires).toUTC().toString(Qt::ISODate));
    }
    return o;
}

} // namespace

void ExportEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    std::optional<endpoint::SiteAndBody> input = siteAndBody(context, request, key, responder);
    if (!input || !context.exports)
        return;
    QString error;
    const std::optional<ExportRequest> exportRequest = ExportRequest::fromJson(input->body, input->site.id, &error);
    if (!exportRequest) {
        responder.send(Problems::badRequest(error));
        return;
    }
    ExportJobs *exports = context.exports;
    runOnPool(context, responder, [&context, exports, exportRequest]() {
        QString problem;
        const std::optional<ExportJob> job = exports->submit(*exportRequest, &problem);
        if (!job)
            return Problems::badRequest(problem);
        HttpResponse response
            = HttpResponse::json(202, withLink(context, *job, DownloadLinks::kDefaultLifetimeSeconds));
        response.setHeader("Location", QStringLiteral("/api/v1/exports/%1").arg(job->id).toUtf8());
        return response;
    });
}

void ExportEndpoints::list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exports)
        return;
    HttpResponse error;
    qint64 lifetime = 0;
    if (!readLinkLifetime(request, &lifetime, &error)) {
        responder.send(error);
        return;
    }
    ExportJobs *exports = context.exports;
    runOnPool(context, responder, [&context, exports, siteId = site->id, lifetime]() {
        QJsonArray jobs;
        for (const ExportJob &job : exports->jobs(siteId))
            jobs.append(withLink(context, job, lifetime));
        return HttpResponse::json(200, QJsonObject { { QStringLiteral("exports"), jobs } });
    });
}

void ExportEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exports)
        return;
    HttpResponse error;
    qint64 lifetime = 0;
    if (!readLinkLifetime(request, &lifetime, &error)) {
        responder.send(error);
        return;
    }
    ExportJobs *exports = context.exports;
    runOnPool(context, responder, [&context, exports, siteId = site->id, id = pathId(request.path), lifetime]() {
        const std::optional<ExportJob> job = exports->job(siteId, id);
        return job ? HttpResponse::json(200, withLink(context, *job, lifetime)) : noSuchExport(id);
    });
}

void ExportEndpoints::cancel(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exports)
        return;
    ExportJobs *exports = context.exports;
    runOnPool(context, responder, [&context, exports, siteId = site->id, id = pathId(request.path)]() {
        switch (exports->cancel(siteId, id)) {
        case ExportJobs::CancelResult::NotFound:
            return noSuchExport(id);
        case ExportJobs::CancelResult::AlreadyFinished: {
            const std::optional<ExportJob> job = exports->job(siteId, id);
            if (!job)
                return noSuchExport(id);
            return alreadyEnded(id, *job);
        }
        case ExportJobs::CancelResult::Cancelled:
        case ExportJobs::CancelResult::Cancelling:
            break;
        }
        const std::optional<ExportJob> job = exports->job(siteId, id);
        if (!job)
            return noSuchExport(id);
        // The job ended on its own while the cancel arrived.
        if (job->isFinished() && job->state != ExportJob::State::Cancelled)
            return alreadyEnded(id, *job);
        // 202 while a running job winds down (poll it until "cancelled"), 200 once it has ended.
        return HttpResponse::json(job->isFinished() ? 200 : 202, withLink(context, *job, 0));
    });
}

void ExportEndpoints::remove(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.exports)
        return;
    ExportJobs *exports = context.exports;
    runOnPool(context, responder, [exports, siteId = site->id, id = pathId(request.path)]() {
        const std::optional<ExportJob> job = exports->job(siteId, id);
        if (!job)
            return noSuchExport(id);
        if (!exports->remove(siteId, id))
            return HttpResponse::problem(409, QStringLiteral("Conflict"),
                QStringLiteral("Export %1 is still %2; cancel it first (POST /api/v1/exports/%1/cancel).")
                    .arg(id)
                    .arg(ExportJob::stateName(job->state)));
        return HttpResponse::noContent();
    });
}

void ExportEndpoints::download(ApiContext &context, const HttpRequest &request, const ApiKey &, HttpResponder responder)
{
    if (!context.exports)
        return;
    const QString address = context.clientAddress(request);
    if (const int wait = context.authLimiter.retryAfterSeconds(address); wait > 0) {
        responder.send(Problems::tooManyRequests(
            wait, QStringLiteral("Too many refused download links from this address; wait %1 seconds.").arg(wait)));
        return;
    }
    const qint64 id = pathId(request.path);
    const QString expiresText = request.query.queryItemValue(QStringLiteral("expires"));
    const QString signature = request.query.queryItemValue(QStringLiteral("signature"));
    bool numeric = false;
    const qint64 expires = expiresText.toLongLong(&numeric);
    if (!numeric || signature.isEmpty()) {
        responder.send(Problems::unauthorized(
            QStringLiteral("A download link needs its 'expires' and 'signature' parameters; get a fresh link from "
                           "GET /api/v1/exports/%1.")
                .arg(id)));
        return;
    }
    switch (linksOf(context).verify(id, expires, signature, context.clock.nowMs() / 1000)) {
    case DownloadLinks::Verdict::Ok:
        break;
    case DownloadLinks::Verdict::Expired:
        responder.send(HttpResponse::problem(410, QStringLiteral("Gone"),
            QStringLiteral("This download link expired; get a fresh one from GET /api/v1/exports/%1.").arg(id)));
        return;
    case DownloadLinks::Verdict::Invalid:
        context.authLimiter.recordFailure(address);
        responder.send(Problems::forbidden(
            QStringLiteral("The download link is not valid (changed or cut short); copy the whole link again.")));
        return;
    }
    ExportJobs *exports = context.exports;
    runOnPool(context, responder, [exports, id]() {
        const std::optional<ExportJob> job = exports->jobById(id);
        const QString path = job ? exports->filePath(*job) : QString();
        if (path.isEmpty())
            return Problems::notFound(QStringLiteral("Export %1 has no file any more (it was deleted).").arg(id));
        HttpResponse response
            = HttpResponse::file(200, path, QFileInfo(path).size(), ExportFormats::contentType(job->request.format));
        response.setHeader(
            "Content-Disposition", QStringLiteral("attachment; filename=\"%1\"").arg(job->fileName).toUtf8());
        response.setHeader("Cache-Control", "private, no-store");
        return response;
    });
}

} // namespace pulse
