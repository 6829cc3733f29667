#include "alerts/AlertEvent.h"

#include "core/IsoTime.h"

namespace pulse {

QString AlertEvent::kindName(Kind kind)
{
    return kind == Kind::Resolved ? QStringLiteral("resolved") : QStringLiteral("fired");
}

QString AlertEvent::webhookType() const
{
    return kind == Kind::Resolved ? QStringLiteral("alert.resolved") : QStringLiteral("alert.triggered");
}

QJsonObject AlertEvent::toJson() const
{
    QJsonObject json {
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("rule_id"), ruleId },
        { QStringLiteral("site_id"), siteId },
        { QStringLiteral("at"), iso::utc(atMs) },
        { QStringLiteral("at_ms"), atMs },
        { QStringLiteral("window_from"), iso::utc(windowFromMs) },
        { QStringLiteral("value"), value },
        { QStringLiteral("threshold"), threshold },
        { QStringLiteral("baseline"), baseline ? QJsonValue(*baseline) : QJsonValue() },
        { QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue() },
    };
    if (id > 0)
        json.insert(QStringLiteral("id"), id);
    return json;
}

} // namespace pulse
