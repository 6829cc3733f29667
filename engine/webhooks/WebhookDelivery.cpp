#include "webhooks/WebhookDelivery.h"

#include "core/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pulse {

QJsonObject WebhookAttempt::toJson() const
{
    return {
        { QStringLiteral("attempt"), attempt },
        { QStringLiteral("attempted_at"), iso::utcOrAbsent(attemptedAtMs) },
        { QStringLiteral("status"), status > 0 ? QJsonValue(status) : QJsonValue() },
        { QStringLiteral("latency_ms"), latencyMs },
        { QStringLiteral("response_excerpt"), responseExcerpt.isEmpty() ? QJsonValue() : QJsonValue(responseExcerpt) },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) },
    };
}

QString WebhookDelivery::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<WebhookDelivery::State> WebhookDelivery::stateFromName(const QString &name)
{
    for (State s : { State::Pending, State::Succeeded, State::Failed }) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QJsonObject WebhookDelivery::toJson() const
{
    QJsonArray log;
    for (const WebhookAttempt &a : attemptLog)
        log.append(a.toJson());
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("endpoint_id"), endpointId },
        { QStringLiteral("webhook_id"), webhookId },
        { QStringLiteral("event_type"), eventType },
        { QStringLiteral("payload"), QJsonDocument::fromJson(body).object() },
        { QStringLiteral("state"), stateName(state) },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("next_attempt_at"),
            state == State::Pending ? iso::utcOrAbsent(nextAttemptAtMs) : QJsonValue() },
        { QStringLiteral("last_status"), lastStatus > 0 ? QJsonValue(lastStatus) : QJsonValue() },
        { QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError) },
        { QStringLiteral("created_at"), iso::utcOrAbsent(createdAtMs) },
        { QStringLiteral("updated_at"), iso::utcOrAbsent(updatedAtMs) },
        { QStringLiteral("attempt_log"), log },
    };
}

} // namespace pulse
