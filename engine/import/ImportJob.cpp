#include "import/ImportJob.h"

#include "core/IsoTime.h"

namespace pulse {

namespace {

constexpr std::pair<ImportJob::State, const char *> kStates[] = {
    { ImportJob::State::Queued, "queued" },
    { ImportJob::State::Running, "running" },
    { ImportJob::State::Completed, "completed" },
    { ImportJob::State::Failed, "failed" },
    { ImportJob::State::Cancelled, "cancelled" },
};

} // namespace

QString ImportJob::stateName(State state)
{
    for (const auto &[value, name] : kStates) {
        if (value == state)
            return QLatin1String(name);
    }
    return QStringLiteral("queued");
}

std::optional<ImportJob::State> ImportJob::stateFromName(const QString &name)
{
    for (const auto &[value, text] : kStates) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString ImportJob::formatName(ImportOptions::Format format)
{
    switch (format) {
    case ImportOptions::Format::Json:
        return QStringLiteral("json");
    case ImportOptions::Format::Ndjson:
        return QStringLiteral("ndjson");
    case ImportOptions::Format::Auto:
    case ImportOptions::Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QJsonObject ImportJob::toJson() const
{
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("site_id"), siteId },
        { QStringLiteral("file_name"), fileName },
        { QStringLiteral("format"), formatName(format) },
        { QStringLiteral("preset"), preset.isEmpty() ? QJsonValue() : QJsonValue(preset) },
        { QStringLiteral("mapping"), mapping.isEmpty() ? QJsonValue() : QJsonValue(mapping) },
        { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("cancel_requested"), cancelRequested },
        { QStringLiteral("rows_read"), rowsRead },
        { QStringLiteral("rows_imported"), rowsImported },
        { QStringLiteral("duplicates"), duplicates },
        { QStringLiteral("rows_rejected"), rowsRejected },
        { QStringLiteral("rejections_not_listed"), rejectionsNotListed },
        { QStringLiteral("bytes_done"), bytesDone },
        { QStringLiteral("bytes_total"), bytesTotal },
        { QStringLiteral("rows_per_second"), rowsPerSecond },
        { QStringLiteral("seconds_left"), secondsLeft >= 0 ? QJsonValue(secondsLeft) : QJsonValue() },
        { QStringLiteral("created_at"), iso::utcOrNull(createdAtMs) },
        { QStringLiteral("started_at"), iso::utcOrNull(startedAtMs) },
        { QStringLiteral("finished_at"), iso::utcOrNull(finishedAtMs) },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) },
    };
    return json;
}

} // namespace pulse
