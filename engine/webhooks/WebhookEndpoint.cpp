#include "webhooks/WebhookEndpoint.h"

#include "core/IsoTime.h"

#include <QJsonArray>
#include <QUrl>

namespace pulse {

const QStringList &WebhookEndpoint::knownEventTypes()
{
    static const QStringList types { QStringLiteral("alert.triggered"), QStringLiteral("alert.resolved"),
        QStringLiteral("import.completed"), QStringLiteral("export.completed"), testEventType() };
    return types;
}

QStringList WebhookEndpoint::signingSecrets(qint64 nowMs) const
{
    QStringList secrets { secret };
    if (!previousSecret.isEmpty() && nowMs < previousSecretExpiresAtMs)
        secrets << previousSecret;
    return secrets;
}

QJsonObject WebhookEndpoint::toJson(bool withSecret) const
{
    QJsonObject json {
        { QStringLiteral("id"), id },
        { QStringLiteral("site_id"), siteId },
        { QStringLiteral("url"), url },
        { QStringLiteral("description"), description },
        { QStringLiteral("event_types"), QJsonArray::fromStringList(eventTypes) },
        { QStringLiteral("enabled"), enabled },
        { QStringLiteral("disabled_reason"), disabledReason.isEmpty() ? QJsonValue() : QJsonValue(disabledReason) },
        { QStringLiteral("previous_secret_expires_at"),
            previousSecret.isEmpty() ? QJsonValue() : iso::utcOrAbsent(previousSecretExpiresAtMs) },
        { QStringLiteral("created_at"), iso::utcOrAbsent(createdAtMs) },
        { QStringLiteral("updated_at"), iso::utcOrAbsent(updatedAtMs) },
    };
    if (withSecret)
        json.insert(QStringLiteral("secret"), secret);
    return json;
}

QString WebhookEndpoint::urlError(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("Give the endpoint's URL, such as https://example.com/hooks/pulse.");
    if (text.size() > kMaxUrlLength)
        return QStringLiteral("The URL is longer than %1 characters.").arg(kMaxUrlLength);
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return QStringLiteral("'%1' is not a valid URL.").arg(text.left(200));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("The URL must start with https:// or http:// (not '%1').").arg(url.scheme().left(20));
    if (url.host().isEmpty())
        return QStringLiteral("The URL has no host name.");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("The URL must not carry a user name or password; authenticate the request through "
                              "its signature.");
    if (url.hasFragment())
        return QStringLiteral("The URL must not have a #fragment.");
    return {};
}

bool WebhookEndpoint::fromJson(const QJsonObject &json, WebhookEndpoint *out, QString *field, QString *error)
{
    const auto fail = [&](const char *name, const QString &message) {
        *field = QLatin1String(name);
        *error = message;
        return false;
    };
    static const QStringList allowed { QStringLiteral("url"), QStringLiteral("description"),
        QStringLiteral("event_types"), QStringLiteral("enabled") };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail("body",
                QStringLiteral("Unknown field '%1'; an endpoint has url, description, event_types and enabled.")
                    .arg(it.key().left(100)));
    }
    const QJsonValue url = json.value(QStringLiteral("url"));
    if (!url.isString())
        return fail("url", QStringLiteral("Field 'url' must be a string such as https://example.com/hooks/pulse."));
    const QString urlProblem = urlError(url.toString());
    if (!urlProblem.isEmpty())
        return fail("url", QStringLiteral("Field 'url': ") + urlProblem);

    const QJsonValue description = json.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        return fail("description", QStringLiteral("Field 'description' must be a string."));
    if (description.toString().size() > kMaxDescriptionLength)
        return fail("description",
            QStringLiteral("Field 'description' is limited to %1 characters.").arg(kMaxDescriptionLength));

    const QJsonValue types = json.value(QStringLiteral("event_types"));
    if (!types.isArray() || types.toArray().isEmpty())
        return fail("event_types",
            QStringLiteral("Field 'event_types' must be a non-empty array of event types: %1.")
                .arg(knownEventTypes().join(QStringLiteral(", "))));
    QStringList eventTypes;
    for (const QJsonValue &v : types.toArray()) {
        if (!v.isString() || !knownEventTypes().contains(v.toString()))
            return fail("event_types",
                QStringLiteral("Field 'event_types': '%1' is not an event type; use %2.")
                    .arg(v.isString() ? v.toString().left(100) : QStringLiteral("(not a string)"),
                        knownEventTypes().join(QStringLiteral(", "))));
        if (!eventTypes.contains(v.toString()))
            eventTypes << v.toString();
    }

    const QJsonValue enabled = json.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail("enabled", QStringLiteral("Field 'enabled' must be true or false."));

    out->url = url.toString().trimmed();
    out->description = description.toString();
    out->eventTypes = eventTypes;
    out->enabled = enabled.toBool(true);
    return true;
}

} // namespace pulse
