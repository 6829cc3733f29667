#include "access/SiteSettings.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace pulse {

namespace {
bool readWholeNumber(
    const QJsonObject &object, const char *key, qint64 max, qint64 *out, QString *error, const QString &meaning)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 0 || d > double(max) || d != std::floor(d)) {
        *error = QStringLiteral("\"%1\" must be a whole number from 0 to %2 (%3).")
                     .arg(QLatin1String(key))
                     .arg(max)
                     .arg(meaning);
        return false;
    }
    *out = qint64(d);
    return true;
}

bool readFlag(const QJsonObject &object, const char *key, bool *out, QString *error)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = QStringLiteral("\"%1\" must be true or false.").arg(QLatin1String(key));
        return false;
    }
    *out = value.toBool();
    return true;
}
} // namespace

QString SiteSettings::identityModeName(IdentityMode mode)
{
    return mode == IdentityMode::UserId ? QStringLiteral("user_id") : QStringLiteral("cookieless");
}

void SiteSettings::writeJson(QJsonObject *o) const
{
    o->insert(QStringLiteral("allowed_origins"), QJsonArray::fromStringList(allowedOrigins));
    o->insert(QStringLiteral("retention_days"), retentionDays);
    o->insert(QStringLiteral("bot_filtering"), botFiltering);
    o->insert(QStringLiteral("respect_dnt"), respectDnt);
    o->insert(QStringLiteral("identity_mode"), identityModeName(identityMode));
    o->insert(QStringLiteral("ingest_quota_per_minute"), ingestQuotaPerMinute);
}

bool SiteSettings::readJson(const QJsonObject &object, SiteSettings *settings, QString *error)
{
    SiteSettings s = *settings;
    const QJsonValue origins = object.value(QStringLiteral("allowed_origins"));
    if (!origins.isUndefined()) {
        if (!origins.isArray()) {
            *error = QStringLiteral("\"allowed_origins\" must be an array of origins such as "
                                    "[\"https://example.com\"] (empty: every origin).");
            return false;
        }
        const QJsonArray list = origins.toArray();
        if (list.size() > kMaxOrigins) {
            *error = QStringLiteral("\"allowed_origins\" has %1 entries; at most %2 are allowed.")
                         .arg(list.size())
                         .arg(kMaxOrigins);
            return false;
        }
        s.allowedOrigins.clear();
        for (const QJsonValue &v : list) {
            QString why;
            const QString origin = v.isString() ? normalizeOrigin(v.toString(), &why) : QString();
            if (origin.isEmpty()) {
                *error = QStringLiteral("\"allowed_origins\": %1")
                             .arg(v.isString() ? why : QStringLiteral("every entry must be a string."));
                return false;
            }
            if (!s.allowedOrigins.contains(origin))
                s.allowedOrigins << origin;
        }
    }
    qint64 retention = s.retentionDays;
    if (!readWholeNumber(object, "retention_days", kMaxRetentionDays, &retention, error,
            QStringLiteral("days events are kept; 0 keeps them forever")))
        return false;
    s.retentionDays = int(retention);
    if (!readFlag(object, "bot_filtering", &s.botFiltering, error)
        || !readFlag(object, "respect_dnt", &s.respectDnt, error))
        return false;
    const QJsonValue mode = object.value(QStringLiteral("identity_mode"));
    if (!mode.isUndefined()) {
        if (mode == QJsonValue(QStringLiteral("cookieless")))
            s.identityMode = IdentityMode::Cookieless;
        else if (mode == QJsonValue(QStringLiteral("user_id")))
            s.identityMode = IdentityMode::UserId;
        else {
            *error = QStringLiteral("\"identity_mode\" must be \"cookieless\" (a daily visitor id without cookies) "
                                    "or \"user_id\" (every event carries the app's user_id).");
            return false;
        }
    }
    if (!readWholeNumber(object, "ingest_quota_per_minute", 1000000000, &s.ingestQuotaPerMinute, error,
            QStringLiteral("events a minute the site key may send; 0 is unlimited")))
        return false;
    *settings = s;
    return true;
}

QString SiteSettings::normalizeOrigin(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const auto refuse = [&](const QString &why) {
        *error = QStringLiteral("'%1' is not an origin: %2; write it like https://example.com or "
                                "http://localhost:3000.")
                     .arg(trimmed.left(100), why);
        return QString();
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(QStringLiteral("it needs a scheme and a host"));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return refuse(QStringLiteral("only http and https are origins of web pages"));
    if (!url.userInfo().isEmpty())
        return refuse(QStringLiteral("it must not contain a user name or password"));
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return refuse(QStringLiteral("an origin has no path, query or fragment"));
    QString origin = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != defaultPort)
        origin += QLatin1Char(':') + QString::number(port);
    return origin;
}

bool SiteSettings::allowsOrigin(const QString &origin) const
{
    if (allowedOrigins.isEmpty())
        return true;
    QString ignored;
    const QString normalized = normalizeOrigin(origin, &ignored);
    return !normalized.isEmpty() && allowedOrigins.contains(normalized);
}

} // namespace pulse
