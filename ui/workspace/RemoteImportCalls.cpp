// RemoteWorkspaceClient's import calls (WorkspaceClient.h) over the server's REST API (docs/imports.md):
// the file is previewed here, then streamed to the server, which imports it as its own job.
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"

#include "import/EventImporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace pulse::ui {

QFuture<ImportPreviewReply> RemoteWorkspaceClient::previewImport(
    const QString &path, ImportOptions::Format format, const ImportMapping &mapping)
{
    // The file is on this computer: read its head here, as the local workspace does.
    return QtConcurrent::run(
        [path, format, mapping] { return ImportPreviewReply { ImportPreview::read(path, format, mapping) }; });
}

QFuture<ImportPresetsReply> RemoteWorkspaceClient::importPresets()
{
    return call<ImportPresetsReply>("GET", QStringLiteral("/api/v1/imports/presets"), {}, {},
        [](const QJsonObject &json, ImportPresetsReply *reply) {
            reply->presets = remote::items<ImportPreset>(json, &remote::importPreset, QStringLiteral("presets"));
        });
}

QFuture<ImportPresetReply> RemoteWorkspaceClient::saveImportPreset(const QString &name, const ImportMapping &mapping)
{
    const QJsonObject body { { QStringLiteral("name"), name }, { QStringLiteral("mapping"), mapping.toJson() } };
    return change<ImportPresetReply>(
        "POST", QStringLiteral("/api/v1/imports/presets"), {}, body,
        [](const QJsonObject &json, ImportPresetReply *reply) {
            reply->preset = remote::importPreset(json).value_or(ImportPreset {});
        },
        [this] { Q_EMIT importPresetsChanged(); });
}

QFuture<ImportPresetReply> RemoteWorkspaceClient::deleteImportPreset(qint64 id)
{
    return change<ImportPresetReply>(
        "DELETE", remote::idPath("imports/presets", id), {}, {}, [](const QJsonObject &, ImportPresetReply *) {},
        [this] { Q_EMIT importPresetsChanged(); });
}

QFuture<ImportJobReply> RemoteWorkspaceClient::startImport(const ImportStart &start)
{
    auto *file = new QFile(start.path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        ImportJobReply reply;
        reply.error = tr("%1 cannot be read: %2").arg(QFileInfo(start.path).fileName(), file->errorString());
        delete file;
        return QtFuture::makeReadyFuture(reply);
    }
    QUrlQuery query = siteQuery(start.siteId);
    const auto literal = &urlQueryValue;
    query.addQueryItem(QStringLiteral("name"), literal(QFileInfo(start.path).fileName()));
    if (start.format != ImportOptions::Format::Auto)
        query.addQueryItem(QStringLiteral("format"), ImportJob::formatName(start.format));
    if (start.mapping)
        query.addQueryItem(QStringLiteral("mapping"),
            literal(QString::fromUtf8(QJsonDocument(start.mapping->toJson()).toJson(QJsonDocument::Compact))));
    else if (!start.preset.isEmpty())
        query.addQueryItem(QStringLiteral("preset"), literal(start.preset));
    const qint64 siteId = start.siteId;
    return m_rest->upload(QStringLiteral("/api/v1/imports"), query, file, "application/octet-stream")
        .then(this, [this, file, siteId](const RestResponse &response) {
            file->deleteLater();
            ImportJobReply reply;
            if (!response.ok()) {
                reply.error = response.error;
                return reply;
            }
            reply.job = remote::importJob(response.object()).value_or(ImportJob {});
            Q_EMIT jobsChanged(siteId);
            return reply;
        });
}

QFuture<ImportJobsReply> RemoteWorkspaceClient::importJobs(qint64 siteId)
{
    return call<ImportJobsReply>("GET", QStringLiteral("/api/v1/imports"), siteQuery(siteId), {},
        [siteId](const QJsonObject &json, ImportJobsReply *reply) {
            reply->siteId = siteId;
            reply->jobs = remote::items<ImportJob>(json, &remote::importJob, QStringLiteral("imports"));
        });
}

QFuture<ImportJobReply> RemoteWorkspaceClient::cancelImport(qint64 siteId, qint64 id)
{
    return change<ImportJobReply>(
        "POST", remote::idPath("imports", id, "/cancel"), siteQuery(siteId), QJsonObject {},
        [](const QJsonObject &json, ImportJobReply *reply) {
            reply->job = remote::importJob(json).value_or(ImportJob {});
        },
        [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ImportRejectionsReply> RemoteWorkspaceClient::importRejections(qint64 siteId, qint64 id)
{
    return call<ImportRejectionsReply>("GET", remote::idPath("imports", id, "/rejections"), siteQuery(siteId), {},
        [id](const QJsonObject &json, ImportRejectionsReply *reply) {
            reply->jobId = id;
            reply->rejections
                = remote::items<ImportRejection>(json, &remote::importRejection, QStringLiteral("rejections"));
        });
}

} // namespace pulse::ui
