// RemoteWorkspaceClient's export calls (WorkspaceClient.h) over the server's REST API
// (docs/exports.md): the server writes exports into its own exports folder; opening one downloads it
// through its signed link into this computer's Downloads folder, written under a temporary name and
// renamed once complete (QSaveFile), so a half-downloaded file never carries the export's name.
#include "workspace/RemoteCalls.h"
#include "workspace/RemoteDecode.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkReply>
#include <QPromise>
#include <QSaveFile>
#include <QStandardPaths>

namespace pulse::ui {

QString RemoteWorkspaceClient::downloadFolder() const
{
    if (!m_downloadFolder.isEmpty())
        return m_downloadFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
        .filePath(QStringLiteral("Pulse exports/") + m_serverUrl.host());
}

QFuture<ExportJobsReply> RemoteWorkspaceClient::exportJobs(qint64 siteId)
{
    const QString folder = downloadFolder();
    return call<ExportJobsReply>("GET", QStringLiteral("/api/v1/exports"), siteQuery(siteId), {},
        [siteId, folder](const QJsonObject &json, ExportJobsReply *reply) {
            reply->siteId = siteId;
            reply->folder = folder;
            reply->jobs = remote::items<ExportJob>(json, &remote::exportJob, QStringLiteral("exports"));
            for (ExportJob &job : reply->jobs)
                job.folder = folder; // where opening one puts its copy
        });
}

namespace {
void readExportJob(const QJsonObject &json, ExportJobReply *reply)
{
    reply->job = remote::exportJob(json).value_or(ExportJob {});
}

void readExportSchedule(const QJsonObject &json, ExportScheduleReply *reply)
{
    reply->schedule = remote::exportSchedule(json).value_or(ExportSchedule {});
}
} // namespace

QFuture<ExportJobReply> RemoteWorkspaceClient::startExport(const ExportRequest &request)
{
    const qint64 siteId = request.siteId;
    return change<ExportJobReply>("POST", QStringLiteral("/api/v1/exports"), siteQuery(siteId), request.toJson(),
        &readExportJob, [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ExportJobReply> RemoteWorkspaceClient::cancelExport(qint64 siteId, qint64 id)
{
    return change<ExportJobReply>("POST", remote::idPath("exports", id, "/cancel"), siteQuery(siteId), QJsonObject {},
        &readExportJob, [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ExportJobReply> RemoteWorkspaceClient::deleteExport(qint64 siteId, qint64 id)
{
    return change<ExportJobReply>(
        "DELETE", remote::idPath("exports", id), siteQuery(siteId), {}, [](const QJsonObject &, ExportJobReply *) {},
        [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ExportJobReply> RemoteWorkspaceClient::exportFile(qint64 siteId, qint64 id)
{
    // A fresh signed link first (GET /api/v1/exports/{id}), then the file through it.
    return m_rest->send("GET", remote::idPath("exports", id), siteQuery(siteId))
        .then(this,
            [this](const RestResponse &response) {
                ExportJobReply reply;
                if (!response.ok()) {
                    reply.error = response.error;
                    return QtFuture::makeReadyFuture(reply);
                }
                reply.job = remote::exportJob(response.object()).value_or(ExportJob {});
                const QString link = response.object().value(QStringLiteral("download_url")).toString();
                if (reply.job.fileName.isEmpty() || link.isEmpty()) {
                    reply.error = tr("The export has no file yet; open it once it is completed.");
                    return QtFuture::makeReadyFuture(reply);
                }
                return download(reply, link);
            })
        .unwrap();
}

QFuture<ExportJobReply> RemoteWorkspaceClient::download(ExportJobReply reply, const QString &link)
{
    const QString folder = downloadFolder();
    reply.job.folder = folder;
    // The server names its files; only the name is kept, so a link cannot write outside the folder.
    reply.filePath = QDir(folder).filePath(QFileInfo(reply.job.fileName).fileName());
    auto promise = std::make_shared<QPromise<ExportJobReply>>();
    promise->start();
    auto file = std::make_shared<QSaveFile>(reply.filePath);
    if (!QDir().mkpath(folder) || !file->open(QIODevice::WriteOnly)) {
        reply.error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(reply.filePath), file->errorString());
        promise->addResult(reply);
        promise->finish();
        return promise->future();
    }
    const qsizetype query = link.indexOf(u'?');
    // The link's signature is the credential: no Authorization header goes with it.
    QNetworkRequest request(m_rest->url(link.left(query), QUrlQuery(link.mid(query + 1))));
    request.setTransferTimeout(120 * 1000);
    QNetworkReply *transfer = m_rest->network().get(request);
    connect(transfer, &QNetworkReply::readyRead, this, [transfer, file] { file->write(transfer->readAll()); });
    connect(transfer, &QNetworkReply::finished, this, [transfer, file, promise, reply]() mutable {
        transfer->deleteLater();
        const RestResponse answer = RestTransport::read(transfer); // the rest of the body, or the problem
        if (answer.ok()) {
            file->write(answer.raw);
            if (!file->commit())
                reply.error
                    = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(reply.filePath), file->errorString());
        } else {
            file->cancelWriting();
            reply.error = answer.error;
        }
        promise->addResult(reply);
        promise->finish();
    });
    return promise->future();
}

QFuture<ExportSchedulesReply> RemoteWorkspaceClient::exportSchedules(qint64 siteId)
{
    return call<ExportSchedulesReply>("GET", QStringLiteral("/api/v1/exports/schedules"), siteQuery(siteId), {},
        [siteId](const QJsonObject &json, ExportSchedulesReply *reply) {
            reply->siteId = siteId;
            reply->schedules
                = remote::items<ExportSchedule>(json, &remote::exportSchedule, QStringLiteral("schedules"));
        });
}

QFuture<ExportScheduleReply> RemoteWorkspaceClient::saveExportSchedule(
    qint64 siteId, qint64 id, const QJsonObject &json, const QString &folder)
{
    Q_UNUSED(folder) // a server writes scheduled exports into its own exports folder
    return change<ExportScheduleReply>(id > 0 ? "PUT" : "POST",
        id > 0 ? remote::idPath("exports/schedules", id) : QStringLiteral("/api/v1/exports/schedules"),
        siteQuery(siteId), json, &readExportSchedule, [this, siteId] { Q_EMIT exportSchedulesChanged(siteId); });
}

QFuture<ExportScheduleReply> RemoteWorkspaceClient::deleteExportSchedule(qint64 siteId, qint64 id)
{
    return change<ExportScheduleReply>(
        "DELETE", remote::idPath("exports/schedules", id), siteQuery(siteId), {},
        [](const QJsonObject &, ExportScheduleReply *) {}, [this, siteId] { Q_EMIT exportSchedulesChanged(siteId); });
}

QFuture<ExportJobReply> RemoteWorkspaceClient::runExportSchedule(qint64 siteId, qint64 id)
{
    return change<ExportJobReply>("POST", remote::idPath("exports/schedules", id, "/run"), siteQuery(siteId),
        QJsonObject {}, &readExportJob, [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

} // namespace pulse::ui
