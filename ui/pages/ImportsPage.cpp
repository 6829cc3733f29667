#include "pages/ImportsPage.h"

#include "widgets/FileExport.h"
#include "widgets/ImportMappingForm.h"
#include "widgets/ListTable.h"
#include "workspace/FutureWatch.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pulse::ui {

namespace {

constexpr int kImportPollMs = 500;

QString importState(const ImportJob &job)
{
    switch (job.state) {
    case ImportJob::State::Queued:
        return ImportsPage::tr("Queued");
    case ImportJob::State::Running:
        return job.cancelRequested ? ImportsPage::tr("Cancelling…") : ImportsPage::tr("Importing…");
    case ImportJob::State::Completed:
        return ImportsPage::tr("Done");
    case ImportJob::State::Failed:
        return ImportsPage::tr("Failed: %1").arg(job.error);
    case ImportJob::State::Cancelled:
        return ImportsPage::tr("Cancelled");
    }
    return QString();
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 1000)
        return ImportsPage::tr("%1 ms").arg(ms);
    if (ms < 60000)
        return ImportsPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return ImportsPage::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

} // namespace

ImportsPage::ImportsPage(WorkspaceClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_file(new QLineEdit(this)),
      m_choose(new QPushButton(tr("&Choose file…"), this)),
      m_format(new QComboBox(this)),
      m_presets(new QComboBox(this)),
      m_savePreset(new QPushButton(tr("Save as pre&set…"), this)),
      m_deletePreset(new QPushButton(tr("Delete preset"), this)),
      m_form(new ImportMappingForm(this)),
      m_mappingMessage(new QLabel(this)),
      m_previewTable(new QTableWidget(this)),
      m_start(new QPushButton(tr("&Start import"), this)),
      m_message(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_progressLabel(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cancel import"), this)),
      m_jobTable(listTable(
          { tr("Started"), tr("File"), tr("State"), tr("Imported"), tr("Already stored"), tr("Rejected"), tr("Took") },
          this)),
      m_report(new QLabel(this)),
      m_rejectionTable(listTable({ tr("Row"), tr("Line"), tr("Column"), tr("Reason"), tr("What to fix") }, this)),
      m_saveRejections(new QPushButton(tr("Save rejected rows as CSV…"), this))
{
    setAcceptDrops(true);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CSV, JSON or NDJSON file, or drop one on this page"));
    m_format->addItem(tr("Detect from the name"), int(ImportOptions::Format::Auto));
    m_format->addItem(tr("CSV"), int(ImportOptions::Format::Csv));
    m_format->addItem(tr("JSON array"), int(ImportOptions::Format::Json));
    m_format->addItem(tr("NDJSON (one event per line)"), int(ImportOptions::Format::Ndjson));
    m_mappingMessage->setWordWrap(true);
    m_message->setWordWrap(true);
    m_report->setWordWrap(true);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setAlternatingRowColors(true);
    m_start->setDefault(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File"), this));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    fileRow->addSpacing(12);
    fileRow->addWidget(new QLabel(tr("Format"), this));
    fileRow->addWidget(m_format);

    auto *mapping = new QGroupBox(tr("Columns"), this);
    auto *mappingLayout = new QVBoxLayout(mapping);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset"), this));
    presetRow->addWidget(m_presets, 1);
    mappingLayout->addLayout(presetRow);
    auto *presetButtons = new QHBoxLayout;
    presetButtons->addWidget(m_savePreset);
    presetButtons->addWidget(m_deletePreset);
    presetButtons->addStretch(1);
    mappingLayout->addLayout(presetButtons);
    mappingLayout->addWidget(m_form);
    mappingLayout->addWidget(m_mappingMessage);
    mappingLayout->addStretch(1);
    auto *mappingScroll = new QScrollArea(this);
    mappingScroll->setWidget(mapping);
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setFrameShape(QFrame::NoFrame);
    mappingScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mappingScroll->setMinimumWidth(mapping->sizeHint().width() + 24);
    // The start button stays in view however far the form scrolls.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(mappingScroll, 1);
    leftLayout->addWidget(m_start, 0, Qt::AlignLeft);

    auto *previewBox = new QGroupBox(tr("First rows"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(left);
    top->addWidget(previewBox);
    top->setStretchFactor(1, 1);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *history = new QGroupBox(tr("Imports"), this);
    auto *historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_jobTable, 2);
    historyLayout->addWidget(m_report);
    historyLayout->addWidget(m_rejectionTable, 3);
    historyLayout->addWidget(m_saveRejections, 0, Qt::AlignLeft);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_message);
    layout->addLayout(progressRow);
    layout->addWidget(split, 1);

    m_poll.setInterval(kImportPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ImportsPage::loadJobs);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import events from"), QDir::homePath(),
            tr("Event files (*.csv *.tsv *.txt *.json *.ndjson *.jsonl *.gz);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_path.isEmpty())
            loadPreview(m_form->mapping());
    });
    connect(m_presets, &QComboBox::activated, this, [this] { choosePreset(m_presets->currentData().toString()); });
    connect(m_form, &ImportMappingForm::readingChanged, this, [this] {
        m_presetName.clear();
        loadPreview(m_form->mappingByPosition());
    });
    connect(m_form, &ImportMappingForm::edited, this, [this] {
        m_presetName.clear(); // edited by hand: the job names no preset
        if (m_preview && m_preview->format == ImportOptions::Format::Csv) {
            QString why;
            const QStringList header = m_form->mapping().hasHeader ? m_preview->columns : QStringList {};
            const bool fits = m_form->mapping().resolve(header, m_preview->columns.size(), &why).has_value();
            m_mappingMessage->setText(fits ? QString() : why);
        }
        updateStart();
    });
    connect(m_savePreset, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save as preset"),
            tr("Name of the preset (a preset of the same name is replaced):"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            savePreset(name);
    });
    connect(m_deletePreset, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete preset"), tr("Delete the preset %1?").arg(m_presets->currentText()))
            == QMessageBox::Yes)
            deleteCurrentPreset();
    });
    connect(m_start, &QPushButton::clicked, this, &ImportsPage::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportsPage::cancelRunning);
    connect(m_jobTable, &QTableWidget::itemSelectionChanged, this, &ImportsPage::showReport);
    connect(m_saveRejections, &QPushButton::clicked, this, [this] {
        const std::optional<ImportJob> job = selectedJob();
        if (!job)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"),
            QDir::home().filePath(QStringLiteral("import-%1-rejections.csv").arg(job->id)), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveRejections(path);
    });
    connect(&m_client, &WorkspaceClient::importPresetsChanged, this, &ImportsPage::loadPresets);
    connect(&m_client, &WorkspaceClient::jobsChanged, this, [this](qint64 siteId) {
        if (m_site && m_site->id == siteId)
            loadJobs();
    });
    m_form->setMapping(ImportMapping::automatic());
    loadPresets();
    showPreview();
    showJobs();
}

void ImportsPage::setSite(const std::optional<Site> &site)
{
    const bool changed = site.has_value() != m_site.has_value() || (site && m_site && site->id != m_site->id);
    m_site = site;
    if (changed) {
        m_rejections.clear();
        m_rejectionsJob = 0;
        loadJobs();
    }
    updateStart();
}

void ImportsPage::refresh()
{
    loadPresets();
    loadJobs();
}

void ImportsPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ImportsPage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        setFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

void ImportsPage::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_message->clear();
    const std::optional<ImportPreset> preset = [&]() -> std::optional<ImportPreset> {
        for (const ImportPreset &p : std::as_const(m_presetList)) {
            if (p.name == m_presetName)
                return p;
        }
        return std::nullopt;
    }();
    const ImportMapping mapping = preset ? preset->mapping : m_form->mapping();
    m_form->setMapping(preset ? preset->mapping : ImportMapping::automatic());
    loadPreview(preset ? preset->mapping : ImportMapping::automatic());
    Q_UNUSED(mapping);
}

void ImportsPage::choosePreset(const QString &name)
{
    ImportMapping mapping = ImportMapping::automatic();
    m_presetName.clear();
    for (const ImportPreset &p : std::as_const(m_presetList)) {
        if (p.name == name) {
            mapping = p.mapping;
            m_presetName = p.name;
        }
    }
    m_presets->setCurrentIndex(std::max(0, m_presets->findData(m_presetName)));
    m_deletePreset->setEnabled(!m_presetName.isEmpty() && [&] {
        for (const ImportPreset &p : std::as_const(m_presetList)) {
            if (p.name == m_presetName)
                return !p.isBuiltIn();
        }
        return false;
    }());
    m_form->setMapping(mapping);
    if (!m_path.isEmpty())
        loadPreview(mapping);
}

ImportOptions::Format ImportsPage::chosenFormat() const
{
    return ImportOptions::Format(m_format->currentData().toInt());
}

void ImportsPage::loadPreview(const ImportMapping &mapping)
{
    if (m_path.isEmpty())
        return;
    const int serial = ++m_previewSerial;
    m_start->setEnabled(false);
    whenFinished(this, m_client.previewImport(m_path, chosenFormat(), mapping),
        [this, serial, mapping](const ImportPreviewReply &reply) {
            if (serial != m_previewSerial)
                return; // a newer preview is on its way
            m_preview = reply.preview;
            m_form->setMapping(mapping);
            m_form->setColumns(
                reply.preview.format == ImportOptions::Format::Csv ? reply.preview.columns : QStringList {},
                reply.preview.resolved ? &*reply.preview.resolved : nullptr);
            showPreview();
            Q_EMIT previewLoaded();
        });
}

void ImportsPage::showPreview()
{
    const bool csv = m_preview && m_preview->ok() && m_preview->format == ImportOptions::Format::Csv;
    m_form->setEnabled(csv);
    m_presets->setEnabled(csv || !m_preview);
    m_savePreset->setEnabled(csv);
    m_previewTable->clear();
    if (!m_preview) {
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        m_mappingMessage->clear();
        updateStart();
        return;
    }
    if (!m_preview->ok()) {
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        m_mappingMessage->clear();
        m_message->setText(m_preview->error);
        updateStart();
        return;
    }
    m_message->clear();
    m_previewTable->setColumnCount(int(m_preview->columns.size()));
    m_previewTable->setRowCount(int(m_preview->rows.size()));
    for (int c = 0; c < m_preview->columns.size(); ++c) {
        //: A column of the preview: its name, then what its values look like.
        m_previewTable->setHorizontalHeaderItem(c,
            new QTableWidgetItem(
                tr("%1\n%2").arg(m_preview->columns.at(c), ImportPreview::typeName(m_preview->types.value(c)))));
    }
    for (int r = 0; r < m_preview->rows.size(); ++r) {
        const QStringList &row = m_preview->rows.at(r);
        for (int c = 0; c < row.size() && c < m_preview->columns.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    m_previewTable->resizeColumnsToContents();
    if (csv) {
        m_mappingMessage->setText(m_preview->mappingError);
    } else {
        m_mappingMessage->setText(
            tr("JSON events use the collector's field names (name, timestamp, user_id, url or path, referrer, props), "
               "so there is nothing to map."));
    }
    updateStart();
}

void ImportsPage::updateStart()
{
    bool ready = m_site && m_preview && m_preview->ok();
    if (ready && m_preview->format == ImportOptions::Format::Csv) {
        QString why;
        const QStringList header = m_form->mapping().hasHeader ? m_preview->columns : QStringList {};
        ready = m_form->mapping().resolve(header, m_preview->columns.size(), &why).has_value();
    }
    m_start->setEnabled(ready);
    m_start->setToolTip(m_site ? QString() : tr("Choose a site first."));
}

void ImportsPage::loadPresets()
{
    whenFinished(this, m_client.importPresets(), [this](const ImportPresetsReply &reply) {
        if (!reply.ok()) {
            m_message->setText(reply.error);
            return;
        }
        m_presetList = reply.presets;
        const QSignalBlocker blocker(m_presets);
        m_presets->clear();
        m_presets->addItem(tr("Automatic (columns found by their names)"), QString());
        for (const ImportPreset &p : std::as_const(m_presetList))
            m_presets->addItem(p.isBuiltIn() ? tr("%1 (built in)").arg(p.name) : p.name, p.name);
        m_presets->setCurrentIndex(std::max(0, m_presets->findData(m_presetName)));
        bool saved = false;
        for (const ImportPreset &p : std::as_const(m_presetList))
            saved = saved || (p.name == m_presetName && !p.isBuiltIn());
        m_deletePreset->setEnabled(saved);
        Q_EMIT presetsLoaded();
    });
}

void ImportsPage::savePreset(const QString &name)
{
    const ImportMapping mapping = m_form->mapping();
    whenFinished(this, m_client.saveImportPreset(name, mapping), [this](const ImportPresetReply &reply) {
        if (reply.ok()) {
            m_presetName = reply.preset.name;
            loadPresets(); // importPresetsChanged reloads too, but may answer before the name is set
        }
        finish(reply.ok() ? tr("Saved the preset %1.").arg(reply.preset.name) : reply.error);
    });
}

void ImportsPage::deleteCurrentPreset()
{
    for (const ImportPreset &p : std::as_const(m_presetList)) {
        if (p.name != m_presetName || p.isBuiltIn())
            continue;
        whenFinished(this, m_client.deleteImportPreset(p.id), [this](const ImportPresetReply &reply) {
            if (reply.ok())
                m_presetName.clear();
            finish(reply.ok() ? QString() : reply.error);
        });
        return;
    }
}

void ImportsPage::startImport()
{
    if (!m_site || m_path.isEmpty())
        return;
    ImportStart start;
    start.siteId = m_site->id;
    start.path = m_path;
    start.format = m_preview ? m_preview->format : chosenFormat();
    start.preset = m_presetName;
    if (start.format == ImportOptions::Format::Csv)
        start.mapping = m_form->mapping();
    m_start->setEnabled(false);
    whenFinished(this, m_client.startImport(start), [this](const ImportJobReply &reply) {
        updateStart();
        finish(reply.ok() ? tr("Importing %1.").arg(reply.job.fileName) : reply.error);
        if (reply.ok())
            loadJobs();
    });
}

void ImportsPage::cancelRunning()
{
    if (!m_site)
        return;
    for (const ImportJob &job : std::as_const(m_jobs)) {
        if (job.isFinished())
            continue;
        whenFinished(this, m_client.cancelImport(m_site->id, job.id),
            [this](const ImportJobReply &reply) { finish(reply.ok() ? QString() : reply.error); });
        return;
    }
}

void ImportsPage::loadJobs()
{
    if (!m_site) {
        m_jobs.clear();
        showJobs();
        return;
    }
    const qint64 siteId = m_site->id;
    whenFinished(this, m_client.importJobs(siteId), [this, siteId](const ImportJobsReply &reply) {
        if (!m_site || m_site->id != siteId)
            return;
        if (!reply.ok()) {
            m_message->setText(reply.error);
            m_poll.stop();
            return;
        }
        m_jobs = reply.jobs;
        showJobs();
        const bool active
            = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const ImportJob &j) { return !j.isFinished(); });
        if (active && !m_poll.isActive())
            m_poll.start();
        else if (!active)
            m_poll.stop();
        Q_EMIT jobsLoaded();
    });
}

void ImportsPage::showJobs()
{
    const std::optional<ImportJob> selected = selectedJob();
    {
        const QSignalBlocker blocker(m_jobTable);
        m_jobTable->setRowCount(int(m_jobs.size()));
        const QLocale locale;
        for (int row = 0; row < m_jobs.size(); ++row) {
            const ImportJob &job = m_jobs.at(row);
            const qint64 started = job.startedAtMs > 0 ? job.startedAtMs : job.createdAtMs;
            m_jobTable->setItem(
                row, 0, listCell(locale.toString(QDateTime::fromMSecsSinceEpoch(started), QLocale::ShortFormat)));
            m_jobTable->setItem(row, 1, listCell(job.fileName));
            m_jobTable->setItem(row, 2, listCell(importState(job)));
            m_jobTable->setItem(row, 3, listCell(locale.toString(job.rowsImported), true));
            m_jobTable->setItem(row, 4, listCell(locale.toString(job.duplicates), true));
            m_jobTable->setItem(row, 5, listCell(locale.toString(job.rowsRejected), true));
            m_jobTable->setItem(row, 6,
                listCell(job.finishedAtMs > 0 && job.startedAtMs > 0 ? duration(job.finishedAtMs - job.startedAtMs)
                                                                     : QString(),
                    true));
            if (selected && selected->id == job.id)
                m_jobTable->selectRow(row);
        }
        m_jobTable->resizeColumnsToContents();
    }
    // The progress of the job the worker is on (or the next one queued).
    const auto active = std::find_if(
        m_jobs.crbegin(), m_jobs.crend(), [](const ImportJob &j) { return j.state == ImportJob::State::Running; });
    const auto queued = std::find_if(
        m_jobs.crbegin(), m_jobs.crend(), [](const ImportJob &j) { return j.state == ImportJob::State::Queued; });
    const ImportJob *current = active != m_jobs.crend() ? &*active : queued != m_jobs.crend() ? &*queued : nullptr;
    m_progress->setVisible(current != nullptr);
    m_cancel->setVisible(current != nullptr);
    m_progressLabel->setVisible(current != nullptr);
    if (current) {
        const QLocale locale;
        const double done = current->bytesTotal > 0 ? double(current->bytesDone) / double(current->bytesTotal) : 0.0;
        m_progress->setValue(int(std::clamp(done, 0.0, 1.0) * 1000));
        m_progress->setFormat(QStringLiteral("%1 %").arg(locale.toString(done * 100.0, 'f', 0)));
        QString text = current->state == ImportJob::State::Queued
            ? tr("%1 waits for the import before it.").arg(current->fileName)
            : tr("Importing %1: %2 rows read").arg(current->fileName, locale.toString(current->rowsRead));
        if (current->state == ImportJob::State::Running && current->rowsPerSecond > 0)
            text += tr(", %1 rows/s").arg(locale.toString(current->rowsPerSecond, 'f', 0));
        if (current->state == ImportJob::State::Running && current->secondsLeft >= 0)
            text += tr(", about %1 left").arg(duration(current->secondsLeft * 1000));
        m_progressLabel->setText(text);
        m_cancel->setEnabled(!current->cancelRequested);
    }
    showReport();
}

std::optional<ImportJob> ImportsPage::selectedJob() const
{
    const int row = m_jobTable->currentRow();
    if (row < 0 || row >= m_jobs.size() || m_jobTable->selectedItems().isEmpty())
        return std::nullopt;
    return m_jobs.at(row);
}

void ImportsPage::showReport()
{
    const std::optional<ImportJob> job = selectedJob();
    m_saveRejections->setEnabled(job && job->rowsRejected > 0 && m_rejectionsJob == job->id);
    if (!job) {
        m_report->setText(m_jobs.isEmpty() ? tr("No imports yet.") : tr("Select an import to see its report."));
        m_rejectionTable->setRowCount(0);
        return;
    }
    const QLocale locale;
    QString text = tr("%1: %2 rows read, %3 imported, %4 already stored, %5 rejected.")
                       .arg(job->fileName, locale.toString(job->rowsRead), locale.toString(job->rowsImported),
                           locale.toString(job->duplicates), locale.toString(job->rowsRejected));
    if (job->rejectionsNotListed > 0)
        text += QLatin1Char(' ')
            + tr("The first rejections are listed; %1 more are only counted.")
                  .arg(locale.toString(job->rejectionsNotListed));
    m_report->setText(text);
    if (job->rowsRejected == 0) {
        m_rejectionTable->setRowCount(0);
        return;
    }
    if (m_rejectionsJob == job->id && job->isFinished())
        return; // shown already
    const qint64 id = job->id;
    whenFinished(this, m_client.importRejections(job->siteId, id), [this, id](const ImportRejectionsReply &reply) {
        const std::optional<ImportJob> still = selectedJob();
        if (!still || still->id != id)
            return;
        if (!reply.ok()) {
            m_report->setText(reply.error);
            return;
        }
        m_rejections = reply.rejections;
        m_rejectionsJob = id;
        m_rejectionTable->setRowCount(int(m_rejections.size()));
        const QLocale numbers;
        for (int r = 0; r < m_rejections.size(); ++r) {
            const ImportRejection &rej = m_rejections.at(r);
            m_rejectionTable->setItem(r, 0, listCell(numbers.toString(rej.row), true));
            m_rejectionTable->setItem(r, 1, listCell(numbers.toString(rej.line), true));
            m_rejectionTable->setItem(r, 2, listCell(rej.column));
            m_rejectionTable->setItem(r, 3, listCell(rej.reason));
            m_rejectionTable->setItem(r, 4, listCell(rej.message));
        }
        m_rejectionTable->resizeColumnsToContents();
        m_saveRejections->setEnabled(!m_rejections.isEmpty());
        Q_EMIT rejectionsLoaded();
    });
}

void ImportsPage::saveRejections(const QString &path)
{
    ImportReport report;
    report.rejections = m_rejections;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    report.writeRejectionsCsv(&buffer);
    const QString error = FileExport::write(path, buffer.data());
    const QString where = QDir::toNativeSeparators(path);
    if (!error.isEmpty())
        finish(error);
    else if (m_rejections.size() == 1)
        finish(tr("Saved 1 rejected row to %1.").arg(where));
    else
        finish(tr("Saved %1 rejected rows to %2.").arg(QLocale().toString(m_rejections.size()), where));
}

void ImportsPage::finish(const QString &error)
{
    m_message->setText(error);
    Q_EMIT actionFinished(error);
}

} // namespace pulse::ui
