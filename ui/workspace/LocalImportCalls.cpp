// LocalWorkspaceClient's import calls (WorkspaceClient.h): previews read the file on the pool; a
// started import copies the file into the data folder's upload area first, so the job survives the
// user moving the original and resumes after a restart, then queues it on the service's ImportJobs.
#include "workspace/LocalWorkspaceClient.h"

#include "import/ImportJobs.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

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
    Workspace *workspace = &m_workspace;
    return QtConcurrent::run(&m_pool, [workspace] {
        ImportPresetsReply reply;
        try {
            reply.presets = ImportPresetStore(*workspace).list();
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<ImportPresetReply> LocalWorkspaceClient::saveImportPreset(const QString &name, const ImportMapping &mapping)
{
    Workspace *workspace = &m_workspace;
    QFuture<ImportPresetReply> future = QtConcurrent::run(&m_pool, [workspace, name, mapping] {
        ImportPresetReply reply;
        try {
            if (std::optional<ImportPreset> saved = ImportPresetStore(*workspace).save(name, mapping, &reply.error))
                reply.preset = *saved;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this](const ImportPresetReply &reply) {
        if (reply.ok())
            Q_EMIT importPresetsChanged();
        return reply;
    });
}

QFuture<ImportPresetReply> LocalWorkspaceClient::deleteImportPreset(qint64 id)
{
    Workspace *workspace = &m_workspace;
    QFuture<ImportPresetReply> future = QtConcurrent::run(&m_pool, [workspace, id] {
        ImportPresetReply reply;
        try {
            if (!ImportPresetStore(*workspace).remove(id))
                reply.error = tr("The preset no longer exists; it may have been deleted meanwhile.");
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this](const ImportPresetReply &reply) {
        if (reply.ok())
            Q_EMIT importPresetsChanged();
        return reply;
    });
}

QFuture<ImportJobReply> LocalWorkspaceClient::startImport(const ImportStart &start)
{
    ImportJobs *imports = m_imports;
    QFuture<ImportJobReply> future = QtConcurrent::run(&m_pool, [imports, start] {
        ImportJobReply reply;
        if (!imports) {
            reply.error = importsNotRunning();
            return reply;
        }
        const QFileInfo source(start.path);
        if (!source.isFile() || !source.isReadable()) {
            reply.error = tr("%1 cannot be read; choose the file again.").arg(QDir::toNativeSeparators(start.path));
            return reply;
        }
        if (source.size() == 0) {
            reply.error = tr("%1 is empty.").arg(source.fileName());
            return reply;
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
            return reply;
        }
        try {
            if (std::optional<ImportJob> queued = imports->submit(job, copy, &reply.error))
                reply.job = *queued;
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        if (!reply.ok())
            QFile::remove(copy);
        return reply;
    });
    return future.then(this, [this, siteId = start.siteId](const ImportJobReply &reply) {
        if (reply.ok())
            Q_EMIT jobsChanged(siteId);
        return reply;
    });
}

QFuture<ImportJobsReply> LocalWorkspaceClient::importJobs(qint64 siteId)
{
    ImportJobs *imports = m_imports;
    return QtConcurrent::run(&m_pool, [imports, siteId] {
        ImportJobsReply reply;
        reply.siteId = siteId;
        if (!imports) {
            reply.error = importsNotRunning();
            return reply;
        }
        try {
            reply.jobs = imports->jobs(siteId);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

QFuture<ImportJobReply> LocalWorkspaceClient::cancelImport(qint64 siteId, qint64 id)
{
    ImportJobs *imports = m_imports;
    QFuture<ImportJobReply> future = QtConcurrent::run(&m_pool, [imports, siteId, id] {
        ImportJobReply reply;
        if (!imports) {
            reply.error = importsNotRunning();
            return reply;
        }
        try {
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
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
    return future.then(this, [this, siteId](const ImportJobReply &reply) {
        if (reply.ok())
            Q_EMIT jobsChanged(siteId);
        return reply;
    });
}

QFuture<ImportRejectionsReply> LocalWorkspaceClient::importRejections(qint64 siteId, qint64 id)
{
    ImportJobs *imports = m_imports;
    return QtConcurrent::run(&m_pool, [imports, siteId, id] {
        ImportRejectionsReply reply;
        reply.jobId = id;
        if (!imports) {
            reply.error = importsNotRunning();
            return reply;
        }
        try {
            if (!imports->job(siteId, id))
                reply.error = tr("The import no longer exists.");
            else
                reply.rejections = imports->rejections(id);
        } catch (const std::exception &e) {
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

} // namespace pulse::ui
