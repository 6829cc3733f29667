#include "api/ImportEndpoints.h"

#include "api/EndpointSupport.h"
#include "http/FileBodySink.h"
#include "http/HttpRequest.h"
#include "import/ImportJobs.h"
#include "import/ImportMapping.h"
#include "import/ImportPresetStore.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace pulse {

using endpoint::csvDownload;
using endpoint::pathId;
using endpoint::requireSite;
using endpoint::resolveSite;
using endpoint::runOnPool;

namespace {

constexpr int kMaxFileNameLength = 255;

struct Upload {
    Site site;
    NewImportJob job;
};

HttpResponse unsupportedMediaType(const QString &detail)
{
    return HttpResponse::problem(415, QStringLiteral("Unsupported Media Type"), detail);
}

// The format from ?format=, else the Content-Type, else the file name (CSV when none says).
bool readFormat(const HttpRequest &request, const QString &fileName, ImportOptions::Format *format, HttpResponse *error)
{
    const QString named = request.query.queryItemValue(QStringLiteral("format"), QUrl::FullyDecoded);
    if (!named.isEmpty()) {
        const std::optional<ImportOptions::Format> f = EventImporter::formatFromName(named);
        if (!f) {
            *error = unsupportedMediaType(
                QStringLiteral("format '%1' is not one Pulse imports; use format=csv, json or ndjson.")
                    .arg(named.left(50)));
            return false;
        }
        *format = *f;
        return true;
    }
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type == "text/csv" || type == "text/tab-separated-values") {
        *format = ImportOptions::Format::Csv;
    } else if (type == "application/json") {
        *format = ImportOptions::Format::Json;
    } else if (type == "application/x-ndjson" || type == "application/jsonl" || type == "application/ndjson") {
        *format = ImportOptions::Format::Ndjson;
    } else if (type.isEmpty() || type == "application/octet-stream" || type == "application/gzip"
        || type == "application/x-gzip" || type == "text/plain"
        || type == "application/x-www-form-urlencoded") { // curl --data-binary's default: says nothing
        *format = EventImporter::formatForFileName(fileName);
    } else if (type == "multipart/form-data") {
        *error = unsupportedMediaType(QStringLiteral("Send the file itself as the request body (curl --data-binary "
                                                     "@FILE), not as a form; settings go in the query string."));
        return false;
    } else {
        *error = unsupportedMediaType(QStringLiteral("Content-Type %1 is not an import format; send text/csv, "
                                                     "application/json or application/x-ndjson, or say format=csv, "
                                                     "json or ndjson.")
                                          .arg(QString::fromLatin1(type.left(100))));
        return false;
    }
    return true;
}

// Everything an upload's query and headers say, checked before its body is read.
std::optional<Upload> readUpload(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponse *error)
{
    if (!context.imports) {
        *error = Problems::unavailable(QStringLiteral("Imports are not running on this server."));
        return std::nullopt;
    }
    std::optional<Site> site = resolveSite(context, request, key, true, error);
    if (!site)
        return std::nullopt;
    Upload upload { *site, {} };
    NewImportJob &job = upload.job;
    job.siteId = site->id;
    job.fileName = QFileInfo(request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)).fileName();
    if (job.fileName.size() > kMaxFileNameLength) {
        *error = Problems::badRequest(
            QStringLiteral("The file name is longer than %1 characters; shorten 'name'.").arg(kMaxFileNameLength));
        return std::nullopt;
    }
    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "gzip" && encoding != "identity" && encoding != "x-gzip") {
        *error = unsupportedMediaType(
            QStringLiteral("Content-Encoding %1 is not supported for imports; send the file as it is, or gzip it "
                           "(Content-Encoding: gzip).")
                .arg(QString::fromLatin1(encoding.left(50))));
        return std::nullopt;
    }
    if (!readFormat(request, job.fileName, &job.format, error))
        return std::nullopt;
    if (job.fileName.isEmpty())
        job.fileName = QStringLiteral("upload.") + ImportJob::formatName(job.format);

    job.preset = request.query.queryItemValue(QStringLiteral("preset"), QUrl::FullyDecoded);
    const QString mappingText = request.query.queryItemValue(QStringLiteral("mapping"), QUrl::FullyDecoded);
    if (!job.preset.isEmpty() && !mappingText.isEmpty()) {
        *error = Problems::badRequest(QStringLiteral("Give either 'preset' or 'mapping', not both."));
        return std::nullopt;
    }
    if ((!job.preset.isEmpty() || !mappingText.isEmpty()) && job.format != ImportOptions::Format::Csv) {
        *error = Problems::badRequest(QStringLiteral(
            "Column mappings apply to CSV only; JSON and NDJSON events use the collector's field names."));
        return std::nullopt;
    }
    if (!job.preset.isEmpty()) {
        const ImportPresetStore presets(context.workspace);
        const std::optional<ImportPreset> preset = presets.find(job.preset);
        if (!preset) {
            QStringList names;
            for (const ImportPreset &known : presets.list())
                names << known.name;
            *error = Problems::badRequest(QStringLiteral("There is no mapping preset named '%1'; the presets are: %2.")
                                              .arg(job.preset.left(50), names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        job.preset = preset->name;
        // A saved preset's mapping goes with the job, so changing the preset later changes no job.
        if (!preset->isBuiltIn())
            job.mapping = preset->mapping.toJson();
    }
    if (!mappingText.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(mappingText.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = Problems::badRequest(QStringLiteral("'mapping' must be a JSON object (URL-encoded), as in "
                                                         "docs/imports.md: %1.")
                                              .arg(parseError.errorString()));
            return std::nullopt;
        }
        QString why;
        const std::optional<ImportMapping> mapping = ImportMapping::fromJson(doc.object(), &why);
        if (!mapping) {
            *error = Problems::badRequest(QStringLiteral("The mapping cannot be used: %1").arg(why));
            return std::nullopt;
        }
        job.mapping = mapping->toJson();
    }
    return upload;
}

HttpResponse noSuchJob(qint64 id)
{
    return Problems::notFound(QStringLiteral("This site has no import job %1 (see GET /api/v1/imports).").arg(id));
}

HttpResponse alreadyEnded(qint64 id, const ImportJob &job)
{
    return HttpResponse::problem(409, QStringLiteral("Conflict"),
        QStringLiteral("Import job %1 has already ended (%2); there is nothing to cancel.")
            .arg(id)
            .arg(ImportJob::stateName(job.state)));
}

QString jobLocation(const ImportJob &job)
{
    return QStringLiteral("/api/v1/imports/%1").arg(job.id);
}

} // namespace

std::shared_ptr<HttpBodySink> ImportEndpoints::openUpload(
    ApiContext &context, const HttpRequest &head, const ApiKey &key, HttpResponse *refusal)
{
    if (!readUpload(context, head, key, refusal))
        return nullptr;
    auto sink = std::make_shared<FileBodySink>(context.imports->uploadFolder());
    if (!sink->isOpen()) {
        *refusal = HttpResponse::problem(507, QStringLiteral("Insufficient Storage"),
            QStringLiteral("The upload cannot be stored in the data folder (%1); check its permissions and free "
                           "space.")
                .arg(sink->errorString()));
        return nullptr;
    }
    return sink;
}

void ImportEndpoints::create(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    HttpResponse error;
    const std::optional<Upload> upload = readUpload(context, request, key, &error);
    const auto sink = std::dynamic_pointer_cast<FileBodySink>(request.bodySink);
    if (!upload || !sink) {
        responder.send(upload ? Problems::internalError(QStringLiteral("The upload was not stored.")) : error);
        return;
    }
    if (sink->size() == 0) {
        responder.send(Problems::badRequest(
            QStringLiteral("The body is empty: send the file itself as the request body (curl --data-binary @FILE).")));
        return;
    }
    const QString file = sink->takeFile();
    ImportJobs *imports = context.imports;
    runOnPool(context, responder, [imports, upload = *upload, file]() {
        QString why;
        const std::optional<ImportJob> job = imports->submit(upload.job, file, &why);
        if (!job) {
            QFile::remove(file);
            return Problems::unavailable(why);
        }
        HttpResponse response = HttpResponse::json(202, job->toJson());
        response.setHeader("Location", jobLocation(*job).toUtf8());
        return response;
    });
}

void ImportEndpoints::list(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.imports)
        return;
    ImportJobs *imports = context.imports;
    runOnPool(context, responder, [imports, siteId = site->id]() {
        QJsonArray jobs;
        for (const ImportJob &job : imports->jobs(siteId))
            jobs.append(job.toJson());
        return HttpResponse::json(200, QJsonObject { { QStringLiteral("imports"), jobs } });
    });
}

void ImportEndpoints::get(ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.imports)
        return;
    ImportJobs *imports = context.imports;
    runOnPool(context, responder, [imports, siteId = site->id, id = pathId(request.path)]() {
        const std::optional<ImportJob> job = imports->job(siteId, id);
        return job ? HttpResponse::json(200, job->toJson()) : noSuchJob(id);
    });
}

void ImportEndpoints::rejections(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.imports)
        return;
    ImportJobs *imports = context.imports;
    const bool csv = endpoint::wantsCsv(request);
    runOnPool(context, responder, [imports, siteId = site->id, id = pathId(request.path), csv]() {
        const std::optional<ImportJob> job = imports->job(siteId, id);
        if (!job)
            return noSuchJob(id);
        ImportReport report;
        report.rejections = imports->rejections(id);
        if (csv) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            report.writeRejectionsCsv(&buffer);
            const QByteArray name = "import-" + QByteArray::number(id) + "-rejections.csv";
            return csvDownload(buffer.data(), name.constData());
        }
        QJsonArray rows;
        for (const ImportRejection &r : std::as_const(report.rejections)) {
            rows.append(QJsonObject { { QStringLiteral("row"), r.row }, { QStringLiteral("line"), r.line },
                { QStringLiteral("column"), r.column }, { QStringLiteral("reason"), r.reason },
                { QStringLiteral("message"), r.message } });
        }
        return HttpResponse::json(200,
            QJsonObject { { QStringLiteral("job_id"), id },
                { QStringLiteral("state"), ImportJob::stateName(job->state) }, { QStringLiteral("rejections"), rows },
                { QStringLiteral("rejections_not_listed"), job->rejectionsNotListed } });
    });
}

void ImportEndpoints::cancel(
    ApiContext &context, const HttpRequest &request, const ApiKey &key, HttpResponder responder)
{
    const std::optional<Site> site = requireSite(context, request, key, responder);
    if (!site || !context.imports)
        return;
    ImportJobs *imports = context.imports;
    runOnPool(context, responder, [imports, siteId = site->id, id = pathId(request.path)]() {
        switch (imports->cancel(siteId, id)) {
        case ImportJobs::CancelResult::NotFound:
            return noSuchJob(id);
        case ImportJobs::CancelResult::AlreadyFinished: {
            const std::optional<ImportJob> job = imports->job(siteId, id);
            if (!job)
                return noSuchJob(id);
            return alreadyEnded(id, *job);
        }
        case ImportJobs::CancelResult::Cancelled:
        case ImportJobs::CancelResult::Cancelling:
            break;
        }
        const std::optional<ImportJob> job = imports->job(siteId, id);
        if (!job)
            return noSuchJob(id);
        // The job ended on its own while the cancel arrived.
        if (job->isFinished() && job->state != ImportJob::State::Cancelled)
            return alreadyEnded(id, *job);
        // 202 while a running job winds down (poll it until "cancelled"), 200 once it has ended.
        return HttpResponse::json(job->isFinished() ? 200 : 202, job->toJson());
    });
}

} // namespace pulse
