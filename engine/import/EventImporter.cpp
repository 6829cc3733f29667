#include "import/EventImporter.h"

#include "core/Clock.h"
#include "import/CsvReader.h"
#include "import/ImportRowBuilder.h"
#include "import/JsonItemReader.h"
#include "ingest/EventDecoder.h"
#include "ingest/EventValidator.h"
#include "ingest/VisitorHasher.h"
#include "storage/EventWriter.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <utility>

namespace pulse {

namespace {

// Shared with the writer's callbacks, which run on the writer thread after each commit.
struct InFlight {
    std::mutex mutex;
    std::condition_variable done;
    int batches = 0;
    qint64 imported = 0;
    qint64 duplicates = 0;
    QString error;
    std::atomic<bool> failed { false };
    std::deque<ImportCheckpoint> committed; // checkpoints of committed batches, not yet reported
};

struct CsvProblem {
    CsvReader::Problem problem;
    const char *reason;
};
constexpr CsvProblem kCsvProblems[] = {
    { CsvReader::Problem::InvalidUtf8, "invalid_utf8" },
    { CsvReader::Problem::Ragged, "ragged_row" },
    { CsvReader::Problem::FieldTooLarge, "field_too_large" },
    { CsvReader::Problem::RecordTooLarge, "row_too_large" },
    { CsvReader::Problem::TextAfterQuote, "text_after_quote" },
    { CsvReader::Problem::UnclosedQuote, "unclosed_quote" },
};

QString reasonFor(CsvReader::Problem problem)
{
    for (const CsvProblem &p : kCsvProblems) {
        if (p.problem == problem)
            return QLatin1String(p.reason);
    }
    return QStringLiteral("invalid_row");
}

} // namespace

struct EventImporter::Run {
    EventImporter &importer;
    ImportReport report;
    VisitorHasher hasher;
    EventValidator validator;
    EventValidator::Cache cache; // one site, one (absent) user agent, runs of one user: kept across rows
    RequestContext context;
    std::optional<ImportRowBuilder> builder;
    EventFields fields; // reused from row to row
    QList<EventRecord> batch; // validated, not yet submitted
    std::shared_ptr<InFlight> flight = std::make_shared<InFlight>();
    qint64 totalBytes = -1;
    std::function<qint64()> bytesRead;
    qint64 progressRows = 0; // rowsRead at the last progress report
    qint64 lastRow = 0; // the file's row number of the row read last
    qsizetype rejectionsCheckpointed = 0; // report.rejections already handed to a checkpoint

    explicit Run(EventImporter &owner)
        : importer(owner),
          hasher(owner.m_workspace.clock()),
          validator(owner.m_workspace.sites(), hasher, owner.m_workspace.options().limits)
    {
        context.historical = true;
    }

    bool stopping() const
    {
        return importer.m_cancel.load(std::memory_order_relaxed) || flight->failed.load(std::memory_order_relaxed);
    }

    void reject(qint64 row, qint64 line, const QString &column, const QString &reason, const QString &message)
    {
        ++report.rowsRejected;
        if (report.rejections.size() < importer.m_options.maxListedRejections)
            report.rejections.append({ row, line, column, reason, message });
        else
            ++report.rejectionsNotListed;
        // Batches fill with valid rows only: a long run of bad ones still reports progress.
        if (report.rowsRead - progressRows >= importer.m_options.batchRows)
            progress();
    }

    // Validates the row's fields at once with the collector's rules (the fields may point into the
    // reader's buffer) and queues what passes for the next submission.
    void add(qint64 row, qint64 line)
    {
        if (batch.isEmpty()) {
            // One receive time per batch, as for the events of one collect request.
            context.receivedAtMs = importer.m_workspace.clock().nowMs();
            batch.reserve(importer.m_options.batchRows);
        }
        // Validated in place: an EventRecord is large enough for the move into the list to show.
        EventRecord &event = batch.emplaceBack();
        if (validator.validate(fields, int(batch.size() - 1), context, cache, &event, &m_rejection)) {
            if (batch.size() >= importer.m_options.batchRows)
                flush();
        } else {
            batch.removeLast();
            reject(row, line, builder->columnForReason(m_rejection.reason), m_rejection.reason, m_rejection.message);
        }
    }

    // Submits the batch after waiting for a free slot: the reader never runs more than
    // maxBatchesInFlight commits ahead of the writer.
    void flush()
    {
        if (!batch.isEmpty()) {
            {
                std::unique_lock lock(flight->mutex);
                flight->done.wait(lock, [&] { return flight->batches < importer.m_options.maxBatchesInFlight; });
                ++flight->batches;
            }
            std::shared_ptr<InFlight> state = flight;
            // Every row read so far is in this batch, an earlier one, or rejected: once this batch
            // commits, the rows up to lastRow are settled.
            ImportCheckpoint checkpoint;
            checkpoint.row = lastRow;
            checkpoint.rowsRead = report.rowsRead;
            checkpoint.rowsRejected = report.rowsRejected;
            checkpoint.rejectionsNotListed = report.rejectionsNotListed;
            if (importer.m_checkpoint)
                checkpoint.rejections = report.rejections.mid(rejectionsCheckpointed);
            rejectionsCheckpointed = report.rejections.size();
            const bool wantCheckpoints = bool(importer.m_checkpoint);
            importer.m_workspace.writer().submit(std::exchange(batch, {}), {},
                [state, checkpoint = std::move(checkpoint), wantCheckpoints](const WriteOutcome &outcome) mutable {
                    std::lock_guard lock(state->mutex);
                    --state->batches;
                    if (outcome.ok) {
                        state->imported += outcome.inserted;
                        state->duplicates += outcome.duplicates;
                        if (wantCheckpoints) {
                            checkpoint.rowsImported = state->imported;
                            checkpoint.duplicates = state->duplicates;
                            state->committed.push_back(std::move(checkpoint));
                        }
                    } else if (state->error.isEmpty()) {
                        state->error = outcome.error;
                        state->failed = true;
                    }
                    state->done.notify_all();
                });
        }
        progress();
    }

    void waitForWriter()
    {
        std::unique_lock lock(flight->mutex);
        flight->done.wait(lock, [&] { return flight->batches == 0; });
    }

    void progress()
    {
        progressRows = report.rowsRead;
        reportProgress();
        reportCheckpoints(); // after the progress, so whoever sees a checkpoint sees current progress
    }

    void reportProgress()
    {
        if (!importer.m_progress)
            return;
        ImportProgress p;
        p.rowsRead = report.rowsRead;
        p.bytesRead = bytesRead ? bytesRead() : 0;
        p.totalBytes = totalBytes;
        p.rowsRejected = report.rowsRejected;
        {
            std::lock_guard lock(flight->mutex);
            p.rowsImported = flight->imported;
            p.duplicates = flight->duplicates;
        }
        importer.m_progress(p);
    }

    void reportCheckpoints()
    {
        if (!importer.m_checkpoint)
            return;
        std::deque<ImportCheckpoint> ready;
        {
            std::lock_guard lock(flight->mutex);
            ready.swap(flight->committed);
        }
        for (const ImportCheckpoint &checkpoint : ready)
            importer.m_checkpoint(checkpoint);
    }

private:
    Rejection m_rejection; // reused: rejections are reported, not stored
};

EventImporter::EventImporter(Workspace &workspace, Site site, ImportOptions options)
    : m_workspace(workspace), m_site(std::move(site)), m_options(std::move(options))
{
    m_options.batchRows = qMax(1, m_options.batchRows);
    m_options.maxBatchesInFlight = qMax(1, m_options.maxBatchesInFlight);
}

std::optional<ImportOptions::Format> EventImporter::formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("csv") || n == QLatin1String("tsv"))
        return ImportOptions::Format::Csv;
    if (n == QLatin1String("json"))
        return ImportOptions::Format::Json;
    if (n == QLatin1String("ndjson") || n == QLatin1String("jsonl"))
        return ImportOptions::Format::Ndjson;
    return std::nullopt;
}

ImportOptions::Format EventImporter::formatForFileName(const QString &fileName)
{
    QString name = QFileInfo(fileName).fileName().toLower();
    if (name.endsWith(QLatin1String(".gz")))
        name.chop(3);
    return formatFromName(name.section(QLatin1Char('.'), -1)).value_or(ImportOptions::Format::Csv);
}

ImportReport EventImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportReport report;
        report.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return report;
    }
    if (m_options.format == ImportOptions::Format::Auto)
        m_options.format = formatForFileName(path);
    return import(&file, file.isSequential() ? -1 : file.size());
}

ImportReport EventImporter::import(QIODevice *device, qint64 totalBytes)
{
    QElapsedTimer timer;
    timer.start();
    Run run(*this);
    run.totalBytes = totalBytes;
    // The WAL is checkpointed into the database (two fsyncs) whenever a commit leaves it over 1000
    // pages: with the default that was almost every import batch. A larger WAL for the import's
    // length lets each checkpoint write a page once for many batches; restored afterwards.
    const int checkpointPages = m_options.walCheckpointPages;
    const bool checkpointsChanged = checkpointPages > 0;
    const int previousPages = checkpointsChanged ? m_workspace.writer().setCheckpointPages(checkpointPages) : 0;
    switch (m_options.format) {
    case ImportOptions::Format::Auto:
    case ImportOptions::Format::Csv:
        importCsv(run, device);
        break;
    case ImportOptions::Format::Json:
        importJson(run, device, false);
        break;
    case ImportOptions::Format::Ndjson:
        importJson(run, device, true);
        break;
    }
    if (!run.stopping() && run.builder)
        run.flush(); // the last, partial batch; a cancelled import drops it
    run.waitForWriter();
    if (checkpointsChanged)
        m_workspace.writer().setCheckpointPages(previousPages);

    ImportReport &report = run.report;
    // Rejections are listed as rows are read, so already in file order; kept sorted should that change.
    std::stable_sort(report.rejections.begin(), report.rejections.end(),
        [](const ImportRejection &a, const ImportRejection &b) { return a.row < b.row; });
    report.cancelled = m_cancel.load();
    report.rowsImported = run.flight->imported;
    report.duplicates = run.flight->duplicates;
    if (report.error.isEmpty() && !run.flight->error.isEmpty())
        report.error = tr("The events could not be stored: %1").arg(run.flight->error);
    report.bytesRead = run.bytesRead ? run.bytesRead() : 0;
    report.durationMs = timer.elapsed();
    run.progress();
    return report;
}

void EventImporter::importCsv(Run &run, QIODevice *device)
{
    const ImportMapping mapping = m_options.mapping.value_or(ImportMapping::automatic());
    CsvReader::Options csv;
    csv.delimiter = mapping.delimiter;
    csv.maxFieldBytes = m_options.maxFieldBytes;
    csv.maxRecordBytes = m_options.maxRecordBytes;
    CsvReader reader(device, csv);
    run.bytesRead = [&reader] { return reader.bytesRead(); };
    auto finish = [&] {
        if (reader.hasError())
            run.report.error = reader.error();
        run.bytesRead = [bytes = reader.bytesRead()] { return bytes; }; // the reader ends with this function
    };

    if (!reader.next()) {
        finish();
        return; // an empty file imports nothing
    }
    QStringList header;
    if (mapping.hasHeader) {
        if (reader.problem() != CsvReader::Problem::None) {
            run.report.error = tr("The header row cannot be read: %1").arg(reader.problemMessage());
            finish();
            return;
        }
        header = reader.fieldTexts();
    }
    QString error;
    const std::optional<ResolvedMapping> resolved = mapping.resolve(header, reader.fieldCount(), &error);
    if (!resolved) {
        run.report.error = error;
        finish();
        return;
    }
    run.builder.emplace(m_site.key, *resolved);
    bool haveRow = !mapping.hasHeader || reader.next(); // without a header the first record is data
    RowRejection rejection;
    while (haveRow && !run.stopping()) {
        if (reader.row() <= m_options.resumeAfterRow) {
            haveRow = reader.next(); // settled by an earlier run of this import
            continue;
        }
        ++run.report.rowsRead;
        run.lastRow = reader.row();
        if (reader.problem() != CsvReader::Problem::None)
            run.reject(reader.row(), reader.line(), resolved->columnName(int(reader.problemField())),
                reasonFor(reader.problem()), reader.problemMessage());
        else if (run.builder->fromCsv(reader, &run.fields, &rejection))
            run.add(reader.row(), reader.line());
        else
            run.reject(reader.row(), reader.line(), rejection.column, rejection.reason, rejection.message);
        haveRow = reader.next();
    }
    finish();
}

void EventImporter::importJson(Run &run, QIODevice *device, bool lines)
{
    const IngestLimits &limits = m_workspace.options().limits;
    JsonItemReader::Options options;
    options.maxItemBytes = limits.maxEventBytes;
    JsonItemReader reader(device, lines ? JsonItemReader::Format::Lines : JsonItemReader::Format::Array, options);
    run.bytesRead = [&reader] { return reader.bytesRead(); };
    run.builder.emplace(m_site.key, ImportRowBuilder::nativeJsonMapping());
    RowRejection rejection;
    while (!run.stopping() && reader.next()) {
        if (reader.row() <= m_options.resumeAfterRow)
            continue; // settled by an earlier run of this import
        ++run.report.rowsRead;
        const qint64 row = reader.row();
        run.lastRow = row;
        const qint64 line = reader.line();
        if (reader.tooLarge()) {
            run.reject(row, line, QString(), QStringLiteral("event_too_large"), reader.problemMessage());
            continue;
        }
        const QByteArrayView item = reader.item();
        if (!item.startsWith('{')) {
            run.reject(row, line, QString(), QStringLiteral("not_an_object"),
                tr("Each event must be a JSON object like {\"name\": \"pageview\", \"timestamp\": "
                   "\"2024-05-01T12:30:00Z\", \"user_id\": \"u-1\"}."));
            continue;
        }
        // The collector's decoder, so size, depth and syntax limits are the collector's.
        const DecodeResult decoded = EventDecoder::decode(item, EventDecoder::Format::Json, limits);
        const DecodedItem *parsed = decoded.items.isEmpty() ? nullptr : &decoded.items.first();
        if (!decoded.ok() || !parsed || !parsed->errorReason.isEmpty()) {
            run.reject(row, line, QString(), parsed ? parsed->errorReason : decoded.errorReason,
                parsed ? parsed->errorMessage : decoded.errorMessage);
            continue;
        }
        if (run.builder->fromJson(parsed->object, &run.fields, &rejection))
            run.add(row, line);
        else
            run.reject(row, line, rejection.column, rejection.reason, rejection.message);
    }
    if (reader.hasError())
        run.report.error = reader.error();
    run.bytesRead = [bytes = reader.bytesRead()] { return bytes; };
}

} // namespace pulse
