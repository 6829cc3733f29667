#include "cli/ExportCommand.h"

#include "access/SiteStore.h"
#include "api/EndpointSupport.h"
#include "core/Clock.h"
#include "export/Exporter.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>
#include <limits>
#include <memory>

namespace pulse {

QList<QCommandLineOption> ExportCommand::options()
{
    return {
        QCommandLineOption(QStringLiteral("kind"),
            tr("What an export writes: %1 (default events).")
                .arg(ExportRequest::kindNames().join(QStringLiteral(", "))),
            QStringLiteral("kind")),
        QCommandLineOption(QStringLiteral("output"), tr("File an export is written to; - for standard output."),
            QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("query"),
            tr("The export's query as a JSON file: the body of the kind's REST endpoint (docs/exports.md)."),
            QStringLiteral("file")),
        QCommandLineOption(QStringLiteral("table"),
            tr("For a stats export: overview, timeseries or a top table such as pages."), QStringLiteral("table")),
        QCommandLineOption(QStringLiteral("from"),
            tr("Start of an export's range: a date (YYYY-MM-DD, in the site's zone) or an ISO 8601 time."),
            QStringLiteral("date")),
        QCommandLineOption(QStringLiteral("to"),
            tr("End of an export's range, that day included: a date or an ISO 8601 time."), QStringLiteral("date")),
        QCommandLineOption(
            QStringLiteral("event"), tr("Export only events of this name (repeat for more)."), QStringLiteral("name")),
    };
}

int ExportCommand::usageError(const QString &message)
{
    m_err << "pulse-server: " << message << '\n';
    m_err.flush();
    return 2;
}

bool ExportCommand::resolveRange(Workspace &workspace, const Site &site, const QCommandLineParser &parser,
    bool rawEvents, qint64 *fromMs, qint64 *toMs, QString *error)
{
    QJsonObject range;
    if (parser.isSet(QStringLiteral("from")))
        range.insert(QStringLiteral("from"), parser.value(QStringLiteral("from")));
    if (parser.isSet(QStringLiteral("to")))
        range.insert(QStringLiteral("to"), parser.value(QStringLiteral("to")));
    constexpr qint64 kUnset = std::numeric_limits<qint64>::min();
    *fromMs = kUnset;
    *toMs = kUnset;
    if (!endpoint::readRangeEnds(range, site, fromMs, toMs, error)) {
        error->replace(QLatin1String("Field 'from'"), QLatin1String("--from"))
            .replace(QLatin1String("Field 'to'"), QLatin1String("--to"));
        return false;
    }
    // An open end. Raw events: from the first stored or up to the last (the collector takes client
    // clocks at most minutes ahead, so a day past now is past every event). A query result: through
    // today, and 30 days back from its end, the span the desktop opens with.
    const QTimeZone zone(site.timeZone.toUtf8());
    const qint64 nowMs = workspace.clock().nowMs();
    constexpr qint64 kDayMs = 86400 * 1000LL;
    if (*toMs == kUnset) {
        *toMs = rawEvents
            ? nowMs + kDayMs
            : QDateTime::fromMSecsSinceEpoch(nowMs, zone).date().addDays(1).startOfDay(zone).toMSecsSinceEpoch();
    }
    if (*fromMs == kUnset) {
        *fromMs = rawEvents
            ? 0
            : QDateTime::fromMSecsSinceEpoch(*toMs - 1, zone).date().addDays(-29).startOfDay(zone).toMSecsSinceEpoch();
        if (!rawEvents && !parser.isSet(QStringLiteral("to"))) {
            m_err << tr("No --from or --to: the 30 days through today, %1 to %2.")
                         .arg(QDateTime::fromMSecsSinceEpoch(*fromMs, zone).date().toString(Qt::ISODate),
                             QDateTime::fromMSecsSinceEpoch(*toMs - 1, zone).date().toString(Qt::ISODate))
                  << '\n';
            m_err.flush();
        }
    }
    if (*toMs <= *fromMs) {
        *error = tr("The range is empty: --to must come after --from.");
        return false;
    }
    // Raw events may span any length of history; a query result's range has the REST API's limits.
    if (!rawEvents && !endpoint::checkRange(*fromMs, *toMs, error)) {
        error->replace(QLatin1String("'from' and 'to'"), QLatin1String("--from and --to"));
        return false;
    }
    return true;
}

int ExportCommand::run(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser)
{
    if (!words.isEmpty())
        return usageError(tr("export takes no file name; give it with --output, for example: "
                             "pulse-server export --site example.com --output events.csv"));
    const QString siteName = parser.value(QStringLiteral("site"));
    if (siteName.isEmpty())
        return usageError(tr("export needs --site with the site's domain or key (see 'pulse-server site list')"));
    const std::optional<Site> site = workspace.sites().find(siteName);
    if (!site)
        return usageError(tr("no site '%1' (see 'pulse-server site list')").arg(siteName));
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usageError(tr("export needs --output FILE (or --output - for standard output)"));

    QJsonObject query;
    if (parser.isSet(QStringLiteral("query"))) {
        QFile file(parser.value(QStringLiteral("query")));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("cannot read the query %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject())
            return usageError(
                tr("the query %1 is not a JSON object (%2)").arg(file.fileName(), parseError.errorString()));
        query = document.object();
    }
    // Raw events are the default kind; the others are query results over a range.
    const bool rawEvents = parser.value(QStringLiteral("kind")).isEmpty()
        || parser.value(QStringLiteral("kind")) == QLatin1String("events");
    const bool queryHasRange = query.contains(QLatin1String("from_ms")) || query.contains(QLatin1String("to_ms"));
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to")) || (!rawEvents && !queryHasRange)) {
        qint64 fromMs = 0, toMs = 0;
        QString error;
        if (!resolveRange(workspace, *site, parser, rawEvents, &fromMs, &toMs, &error))
            return usageError(error);
        query.insert(QStringLiteral("from_ms"), fromMs);
        query.insert(QStringLiteral("to_ms"), toMs);
    }
    if (parser.isSet(QStringLiteral("event")))
        query.insert(QStringLiteral("events"), QJsonArray::fromStringList(parser.values(QStringLiteral("event"))));

    QJsonObject body { { QStringLiteral("query"), query } };
    if (parser.isSet(QStringLiteral("kind")))
        body.insert(QStringLiteral("kind"), parser.value(QStringLiteral("kind")));
    if (parser.isSet(QStringLiteral("table")))
        body.insert(QStringLiteral("table"), parser.value(QStringLiteral("table")));
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty())
        body.insert(QStringLiteral("format"), format);
    else if (output != QLatin1String("-")) { // from the file's name, like imports
        for (const QString &name : ExportFormats::names()) {
            if (output.endsWith(u'.' + name, Qt::CaseInsensitive))
                body.insert(QStringLiteral("format"), name);
        }
    }
    QString error;
    const std::optional<ExportRequest> request = ExportRequest::fromJson(body, site->id, &error);
    if (!request)
        return usageError(error);

    // A file appears under its name only once complete (QSaveFile); stdout is written as it goes.
    std::unique_ptr<QFileDevice> device;
    if (output == QLatin1String("-")) {
        auto out = std::make_unique<QFile>();
        if (!out->open(stdout, QIODevice::WriteOnly))
            return usageError(tr("cannot write to standard output"));
        device = std::move(out);
    } else {
        auto file = std::make_unique<QSaveFile>(output);
        if (!file->open(QIODevice::WriteOnly)) {
            m_err << "pulse-server: " << tr("cannot write %1: %2").arg(output, file->errorString()) << '\n';
            m_err.flush();
            return 1;
        }
        device = std::move(file);
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastReportMs = 0;
    Exporter::Outcome outcome;
    try {
        outcome = Exporter::write(workspace, *request, *device, [&](qint64 rows) {
            if (timer.elapsed() - lastReportMs >= 1000) {
                lastReportMs = timer.elapsed();
                m_err << tr("%1 rows written").arg(rows) << '\n';
                m_err.flush();
            }
            return true;
        });
    } catch (const std::invalid_argument &e) {
        if (auto *file = dynamic_cast<QSaveFile *>(device.get()))
            file->cancelWriting();
        m_err << "pulse-server: " << QString::fromUtf8(e.what()) << '\n';
        m_err.flush();
        return 1;
    }
    auto *file = dynamic_cast<QSaveFile *>(device.get());
    if (!outcome.error.isEmpty() || (file && !file->commit())) {
        if (file)
            file->cancelWriting();
        m_err << "pulse-server: "
              << tr("the export could not be written: %1")
                     .arg(outcome.error.isEmpty() && file ? file->errorString() : outcome.error)
              << '\n';
        m_err.flush();
        return 1;
    }
    if (!file)
        device->close(); // stdout; a QSaveFile was closed by commit()
    // The summary goes to stdout like the other commands', unless the data itself went there.
    QTextStream &summary = output == QLatin1String("-") ? m_err : m_out;
    summary << tr("Exported %1 rows (%2 bytes) of %3 in %4 s.")
                   .arg(outcome.rows)
                   .arg(outcome.bytes)
                   .arg(site->domain)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << '\n';
    summary.flush();
    return 0;
}

} // namespace pulse
