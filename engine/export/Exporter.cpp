#include "export/Exporter.h"

#include "analytics/AnalysisEngine.h"
#include "analytics/StatsResult.h"
#include "analytics/cohort/CohortService.h"
#include "analytics/cohort/CohortStore.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/retention/RetentionQuery.h"
#include "export/EventExporter.h"
#include "export/TableWriter.h"
#include "storage/EventWriter.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QDateTime>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

namespace pulse {

namespace {

QJsonObject sitedQuery(const ExportRequest &request)
{
    QJsonObject query = request.query;
    query.insert(QStringLiteral("site_id"), request.siteId);
    return query;
}

[[noreturn]] void invalid(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs); // "…Z"
}

Exporter::Outcome finished(TableWriter &writer, qint64 rows, bool cancelled = false)
{
    Exporter::Outcome outcome;
    outcome.rows = rows;
    outcome.cancelled = cancelled;
    if (!writer.finish())
        outcome.error = writer.errorString();
    outcome.bytes = writer.bytesWritten();
    return outcome;
}

Exporter::Outcome writeStats(Workspace &workspace, const ExportRequest &request, QIODevice &out)
{
    QString error;
    const StatsQuery query = StatsQuery::fromJson(sitedQuery(request), &error);
    if (!error.isEmpty())
        invalid(error);
    StatsResult result;
    {
        ReadPool::Lease lease = workspace.reads().acquire();
        result = workspace.analysis().stats(lease.db(), query);
    }
    if (request.table == QLatin1String("overview")) {
        TableWriter writer(out, request.format,
            { QStringLiteral("visitors"), QStringLiteral("pageviews"), QStringLiteral("sessions"),
                QStringLiteral("events"), QStringLiteral("bounce_rate"), QStringLiteral("visit_duration_seconds"),
                QStringLiteral("views_per_visit") });
        writer.beginRow();
        writer.number(result.visitors);
        writer.number(result.pageviews);
        writer.number(result.sessions);
        writer.number(result.events);
        writer.number(result.bounceRate);
        writer.number(result.visitDurationSeconds);
        writer.number(result.viewsPerVisit);
        writer.endRow();
        return finished(writer, 1);
    }
    if (request.table == QLatin1String("timeseries")) {
        TableWriter writer(out, request.format,
            { QStringLiteral("bucket_start"), QStringLiteral("visitors"), QStringLiteral("pageviews"),
                QStringLiteral("events"), QStringLiteral("sessions") });
        for (const TimePoint &point : std::as_const(result.timeseries)) {
            writer.beginRow();
            writer.text(isoUtc(point.bucketStartMs));
            writer.number(point.visitors);
            writer.number(point.pageviews);
            writer.number(point.events);
            writer.number(point.sessions);
            writer.endRow();
        }
        return finished(writer, result.timeseries.size());
    }
    for (const StatsResult::Table &table : StatsResult::tables()) {
        if (request.table != QLatin1String(table.name))
            continue;
        TableWriter writer(out, request.format,
            { QStringLiteral("value"), QStringLiteral("visitors"), QStringLiteral("pageviews"),
                QStringLiteral("events") });
        const QList<BreakdownRow> &rows = result.*(table.member);
        for (const BreakdownRow &row : rows) {
            writer.beginRow();
            writer.text(row.value);
            writer.number(row.visitors);
            writer.number(row.pageviews);
            writer.number(row.events);
            writer.endRow();
        }
        return finished(writer, rows.size());
    }
    invalid(QStringLiteral("Field 'table' must be one of %1 for a stats export.")
                .arg(ExportRequest::statsTableNames().join(QStringLiteral(", "))));
}

Exporter::Outcome writeFunnel(Workspace &workspace, const ExportRequest &request, QIODevice &out)
{
    FunnelQuery query;
    query.siteId = request.siteId; // fromJson keeps the caller's site
    QString error;
    if (!FunnelQuery::fromJson(sitedQuery(request), &query, &error))
        invalid(error);
    const FunnelResult result = workspace.cohorts().funnel(query);
    TableWriter writer(out, request.format,
        { QStringLiteral("breakdown"), QStringLiteral("step"), QStringLiteral("label"), QStringLiteral("users"),
            QStringLiteral("conversion_from_previous"), QStringLiteral("conversion_from_first"),
            QStringLiteral("drop_off"), QStringLiteral("median_seconds_from_previous"),
            QStringLiteral("p25_seconds_from_previous"), QStringLiteral("p75_seconds_from_previous") });
    qint64 rows = 0;
    QList<FunnelSeries> series { result.total };
    series += result.breakdown;
    for (const FunnelSeries &s : std::as_const(series)) {
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            const FunnelStepResult &step = s.steps.at(i);
            writer.beginRow();
            writer.text(s.breakdownValue.isEmpty() ? QString() : s.breakdownValue); // null: the total
            writer.number(qint64(i + 1));
            writer.text(step.label);
            writer.number(step.users);
            writer.number(step.conversionFromPrevious);
            writer.number(step.conversionFromFirst);
            writer.number(step.dropOff);
            if (i == 0) { // the first step has no time from a previous one
                writer.null();
                writer.null();
                writer.null();
            } else {
                writer.number(step.timeFromPrevious.medianSeconds);
                writer.number(step.timeFromPrevious.p25Seconds);
                writer.number(step.timeFromPrevious.p75Seconds);
            }
            writer.endRow();
            ++rows;
        }
    }
    return finished(writer, rows);
}

Exporter::Outcome writeFunnelUsers(
    Workspace &workspace, const ExportRequest &request, QIODevice &out, const Exporter::Progress &progress)
{
    FunnelUsersQuery query;
    query.funnel.siteId = request.siteId;
    QString error;
    if (!FunnelUsersQuery::fromJson(sitedQuery(request), &query, &error))
        invalid(error);
    TableWriter writer(out, request.format,
        { QStringLiteral("user_id"), QStringLiteral("visitor_id"), QStringLiteral("steps_reached"),
            QStringLiteral("first_step_at"), QStringLiteral("last_step_at") });
    query.limit = FunnelUsersQuery::kMaxLimit;
    qint64 rows = 0;
    for (query.offset = 0;; query.offset += query.limit) {
        const FunnelUsersPage page = workspace.cohorts().funnelUsers(query);
        for (const FunnelUser &user : page.users) {
            writer.beginRow();
            writer.text(user.userId.isEmpty() ? QString() : user.userId);
            writer.text(user.visitorId);
            writer.number(qint64(user.level));
            writer.text(isoUtc(user.firstStepMs));
            writer.text(isoUtc(user.lastStepMs));
            ++rows;
            if (!writer.endRow())
                return finished(writer, rows);
        }
        if (progress && !progress(rows))
            return finished(writer, rows, true);
        if (page.users.size() < query.limit)
            break;
    }
    return finished(writer, rows);
}

Exporter::Outcome writeRetention(Workspace &workspace, const ExportRequest &request, QIODevice &out)
{
    RetentionQuery query;
    query.siteId = request.siteId;
    QString error;
    if (!RetentionQuery::fromJson(sitedQuery(request), &query, &error))
        invalid(error);
    const RetentionResult result = workspace.cohorts().retention(query);
    QStringList columns { QStringLiteral("breakdown"), QStringLiteral("cohort"), QStringLiteral("cohort_start"),
        QStringLiteral("users") };
    for (int k = 0; k < result.periods; ++k)
        columns << QStringLiteral("%1_%2").arg(result.period).arg(k);
    TableWriter writer(out, request.format, columns);
    qint64 rows = 0;
    QList<RetentionSeries> series { result.total };
    series += result.breakdown;
    for (const RetentionSeries &s : std::as_const(series)) {
        for (const RetentionRow &row : s.rows) {
            writer.beginRow();
            writer.text(s.breakdownValue.isEmpty() ? QString() : s.breakdownValue); // null: the total
            writer.text(row.label);
            writer.text(isoUtc(row.startMs));
            writer.number(row.users);
            for (int k = 0; k < result.periods; ++k) {
                if (k < row.returned.size())
                    writer.number(row.returned.at(k));
                else
                    writer.null(); // not observed yet: the range ends before that period
            }
            writer.endRow();
            ++rows;
        }
    }
    return finished(writer, rows);
}

Exporter::Outcome writeCohortMembers(
    Workspace &workspace, const ExportRequest &request, QIODevice &out, const Exporter::Progress &progress)
{
    const qint64 cohortId = request.query.value(QStringLiteral("cohort_id")).toInteger();
    if (!workspace.cohorts().store().get(request.siteId, cohortId))
        invalid(QStringLiteral("This site has no cohort %1 (see GET /api/v1/cohorts).").arg(cohortId));
    TableWriter writer(out, request.format, { QStringLiteral("user_id"), QStringLiteral("visitor_id") });
    constexpr int kPage = 10000;
    qint64 rows = 0;
    for (int offset = 0;; offset += kPage) {
        const CohortMembersPage page = workspace.cohorts().store().members(cohortId, QString(), offset, kPage);
        for (const CohortMember &member : page.members) {
            writer.beginRow();
            writer.text(member.userId.isEmpty() ? QString() : member.userId);
            writer.text(member.visitorId.isEmpty() ? QString() : member.visitorId);
            ++rows;
            if (!writer.endRow())
                return finished(writer, rows);
        }
        if (progress && !progress(rows))
            return finished(writer, rows, true);
        if (page.members.size() < kPage)
            break;
    }
    return finished(writer, rows);
}

} // namespace

Exporter::Outcome Exporter::write(
    Workspace &workspace, const ExportRequest &request, QIODevice &out, const Progress &progress)
{
    const QString problem = request.validationError();
    if (!problem.isEmpty())
        invalid(problem);
    switch (request.kind) {
    case ExportRequest::Kind::Events: {
        QString error;
        const EventExportQuery query = EventExportQuery::fromJson(sitedQuery(request), &error);
        TableWriter writer(out, request.format, EventExporter::columns());
        EventExporter::Outcome outcome;
        {
            // A reader per core, up to four: SQLite's row decoding is most of a large export's time.
            const int readers = std::clamp(int(std::thread::hardware_concurrency()), 2, 4);
            std::vector<std::unique_ptr<SqliteDatabase>> connections;
            ParallelReads reads;
            for (int i = 0; i < readers; ++i) {
                connections.push_back(workspace.reads().openConnection());
                reads.connections.push_back(connections.back().get());
            }
            EventWriter &commits = workspace.writer();
            reads.betweenCommits = [&commits](const std::function<void()> &start) {
                if (commits.isRunning())
                    commits.execute([&start](SqliteDatabase &) { start(); });
                else
                    start(); // nothing commits without the writer
            };
            outcome = EventExporter::write(reads, query, writer, progress);
        }
        if (!outcome.writeError.isEmpty()) {
            Outcome failed;
            failed.rows = outcome.rows;
            failed.error = outcome.writeError;
            failed.bytes = writer.bytesWritten();
            return failed;
        }
        return finished(writer, outcome.rows, outcome.cancelled);
    }
    case ExportRequest::Kind::Stats:
        return writeStats(workspace, request, out);
    case ExportRequest::Kind::Funnel:
        return writeFunnel(workspace, request, out);
    case ExportRequest::Kind::FunnelUsers:
        return writeFunnelUsers(workspace, request, out, progress);
    case ExportRequest::Kind::Retention:
        return writeRetention(workspace, request, out);
    case ExportRequest::Kind::CohortMembers:
        return writeCohortMembers(workspace, request, out, progress);
    }
    invalid(QStringLiteral("Field 'kind' is not known."));
}

} // namespace pulse
