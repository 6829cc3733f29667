#include "export/ExportJob.h"

#include <QDateTime>

namespace pulse {

namespace {

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs); // "…Z"
}

} // namespace

QJsonObject ExportJob::toJson() const
{
    QJsonObject o = request.toJson();
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("site_id"), siteId);
    o.insert(QStringLiteral("state"), stateName(state));
    o.insert(QStringLiteral("rows"), rows);
    o.insert(QStringLiteral("bytes"), bytes);
    o.insert(QStringLiteral("file_name"), fileName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(fileName));
    o.insert(QStringLiteral("created_at"), isoOrNull(createdAtMs));
    o.insert(QStringLiteral("started_at"), isoOrNull(startedAtMs));
    o.insert(QStringLiteral("finished_at"), isoOrNull(finishedAtMs));
    o.insert(QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error));
    o.insert(QStringLiteral("schedule_id"), scheduleId > 0 ? QJsonValue(scheduleId) : QJsonValue(QJsonValue::Null));
    return o;
}

QString ExportJob::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ExportJob::State> ExportJob::stateFromName(const QString &name)
{
    for (State state : { State::Queued, State::Running, State::Completed, State::Failed, State::Cancelled }) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

} // namespace pulse
