// LocalWorkspaceClient's import calls (WorkspaceClient.h): previews read the file on the pool; a
// started import copies the file into the data folder's upload area first, so the job survives the
// user moving the original and resumes after a restart, then queues it on the service's ImportJobs.
#include "workspace/LocalWorkspaceClient.h"

#include "import/ImportJobs.h"
#include "storage/Workspace.h"
#include "workspace/LocalPoolCall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace pulse::ui {

namespace {

QString importsNotRunning()
{
    return LocalWorkspaceClient::tr("Imports are not running: the workspace's job queue did not start.");
}

} // namespace

void LocalWorkspaceClient::setJobs(ImportJobs *imports, ExportJobs *exports, ExportSchedules *schedules)
{
    m_imports = imports;
    m_exports = exports;
    m_schedules = schedules;
}

QFuture<ImportPreviewReply> LocalWorkspaceClient::previewImport(
    const QString &path, ImportOptions::Format format, const ImportMapping &mapping)
{
    return QtConcurrent::run(
        &m_pool, [path, format, mapping] { return ImportPreviewReply { ImportPreview::read(path, format, mapping) }; });
}

QFuture<ImportPresetsReply> LocalWorkspaceClient::importPresets()
{
    return onPool(ImportPresetsReply {}, [workspace = &m_workspace](ImportPresetsReply &reply) {
        reply.presets = ImportPresetStore(*workspace).list();
    });
}

QFuture<ImportPresetReply> LocalWorkspaceClient::saveImportPreset(const QString &name, const ImportMapping &mapping)
{
    QFuture<ImportPresetReply> future
        = onPool(ImportPresetReply {}, [workspace = &m_workspace, name, mapping](ImportPresetReply &reply) {
              if (std::optional<ImportPreset> saved = ImportPresetStore(*workspace).save(name, mapping, &reply.error))
                  reply.preset = *saved;
          });
    return announceIfOk(std::move(future), [this] { Q_EMIT importPresetsChanged(); });
}

QFuture<ImportPresetReply> LocalWorkspaceClient::deleteImportPreset(qint64 id)
{
    QFuture<ImportPresetReply> future
        = onPool(ImportPresetReply {}, [workspace = &m_workspace, id](ImportPresetReply &reply) {
              if (!ImportPresetStore(*workspace).remove(id))
                  reply.error = tr("The preset no longer exists; it may have been deleted meanwhile.");
          });
    return announceIfOk(std::move(future), [this] { Q_EMIT importPresetsChanged(); });
}

QFuture<ImportJobReply> LocalWorkspaceClient::startImport(const ImportStart &start)
{
    QFuture<ImportJobReply> future = onPool(ImportJobReply {}, [imports = m_imports, start](ImportJobReply &reply) {
        if (!imports) {
            reply.error = importsNotRunning();
            return;
        }
        const QFileInfo source(start.path);
        if (!source.isFile() || !source.isReadable()) {
            reply.error = tr("%1 cannot be read; choose the file again.").arg(QDir::toNativeSeparators(start.path));
            return;
        }
        if (source.size() == 0) {
            reply.error = tr("%1 is empty.").arg(source.fileName());
            return;
        }
        NewImportJob job;
        job.siteId = start.siteId;
        job.fileName = source.fileName();
        job.format
            = start.format == ImportOptions::Format::Auto ? EventImporter::formatForFileName(start.path) : start.format;
        job.preset = start.preset;
        if (start.mapping && job.format == ImportOptions::Format::Csv)
            job.mapping = start.mapping->toJson();
        const QString copy
            = QDir(imports->uploadFolder())
                  .filePath(QStringLiteral("desktop-%1.part").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
        if (!QFile::copy(start.path, copy)) {
            QFile::remove(copy);
            reply.error
                = tr("%1 could not be copied into the data folder; check its free space.").arg(source.fileName());
            return;
        }
        try { // caught here, not by onPool: the copy must go when the job does not start
            if (std::optional<ImportJob> queued = imports->submit(job, copy, &reply.error))
                reply.job = *queued;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        if (!reply.ok())
            QFile::remove(copy);
    });
    return announceIfOk(std::move(future), [this, siteId = start.siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ImportJobsReply> LocalWorkspaceClient::importJobs(qint64 siteId)
{
    ImportJobsReply reply;
    reply.siteId = siteId;
    return onPool(reply, [imports = m_imports, siteId](ImportJobsReply &r) {
        if (!imports)
            r.error = importsNotRunning();
        else
            r.jobs = imports->jobs(siteId);
    });
}

QFuture<ImportJobReply> LocalWorkspaceClient::cancelImport(qint64 siteId, qint64 id)
{
    QFuture<ImportJobReply> future
        = onPool(ImportJobReply {}, [imports = m_imports, siteId, id](ImportJobReply &reply) {
              if (!imports) {
                  reply.error = importsNotRunning();
                  return;
              }
              switch (imports->cancel(siteId, id)) {
              case ImportJobs::CancelResult::Cancelled:
              case ImportJobs::CancelResult::Cancelling:
                  reply.job = imports->job(siteId, id).value_or(ImportJob {});
                  break;
              case ImportJobs::CancelResult::NotFound:
                  reply.error = tr("The import no longer exists.");
                  break;
              case ImportJobs::CancelResult::AlreadyFinished:
                  reply.error = tr("The import has already ended.");
                  break;
              }
          });
    return announceIfOk(std::move(future), [this, siteId] { Q_EMIT jobsChanged(siteId); });
}

QFuture<ImportRejectionsReply> LocalWorkspaceClient::importRejections(qint64 siteId, qint64 id)
{
    ImportRejectionsReply reply;
    reply.jobId = id;
    return onPool(reply, [imports = m_imports, siteId, id](ImportRejectionsReply &r) {
        if (!imports)
            r.error = importsNotRunning();
        else if (!imports->job(siteId, id))
            r.error = tr("The import no longer exists.");
        else
            r.rejections = imports->rejections(id);
    });
}

} // namespace pulse::ui
