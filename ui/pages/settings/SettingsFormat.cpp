#include "pages/settings/SettingsFormat.h"

#include <QDateTime>
#include <QLocale>

namespace pulse::ui {

QList<Scope> SettingsFormat::scopes()
{
    return { Scope::Read, Scope::Write, Scope::Export, Scope::Stream, Scope::Ingest, Scope::Admin };
}

QString SettingsFormat::scopeName(Scope scope)
{
    switch (scope) {
    case Scope::Ingest:
        return tr("Ingest");
    case Scope::Read:
        return tr("Read");
    case Scope::Write:
        return tr("Write");
    case Scope::Export:
        return tr("Export");
    case Scope::Stream:
        return tr("Stream");
    case Scope::Admin:
        return tr("Admin");
    }
    return QString();
}

QString SettingsFormat::scopeDescription(Scope scope)
{
    switch (scope) {
    case Scope::Ingest:
        return tr("Reserved for authenticated ingestion; the collector itself needs only the public site key.");
    case Scope::Read:
        return tr("Reads stats, funnels, retention, cohorts, imports and sites.");
    case Scope::Write:
        return tr("Creates and changes saved reports, cohorts, imports, sites and their settings.");
    case Scope::Export:
        return tr("Runs exports and manages their schedules.");
    case Scope::Stream:
        return tr("Follows the live stream over WebSocket.");
    case Scope::Admin:
        return tr("Everything above, plus managing keys and deleting sites.");
    }
    return QString();
}

QString SettingsFormat::scopeList(int scopes)
{
    if (scopes & int(Scope::Admin))
        return scopeName(Scope::Admin);
    QStringList names;
    for (const Scope scope : SettingsFormat::scopes()) {
        if (scopes & int(scope))
            names << scopeName(scope);
    }
    return names.join(QStringLiteral(", "));
}

QString SettingsFormat::time(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : QString();
}

QString SettingsFormat::keyState(const ApiKey &key, qint64 nowMs)
{
    if (key.revokedAtMs > 0 && key.revokedAtMs <= nowMs)
        return tr("Revoked");
    if (key.expiresAtMs > 0 && key.expiresAtMs <= nowMs)
        return tr("Expired");
    if (key.previousExpiresAtMs > nowMs)
        //: The key was rotated; its old secret keeps working until the time given.
        return tr("Rotating until %1").arg(time(key.previousExpiresAtMs));
    return tr("Active");
}

QString SettingsFormat::retention(int days)
{
    // Singular and plural spelled out: without a loaded translation Qt prints "%n day(s)" literally.
    if (days <= 0)
        return tr("Forever");
    return days == 1 ? tr("1 day") : tr("%1 days").arg(QLocale().toString(days));
}

QString SettingsFormat::quota(qint64 perMinute)
{
    return perMinute > 0 ? tr("%1 a minute").arg(QLocale().toString(perMinute)) : tr("Unlimited");
}

QString SettingsFormat::identityMode(SiteSettings::IdentityMode mode)
{
    return mode == SiteSettings::IdentityMode::UserId ? tr("User id") : tr("Cookieless");
}

QString SettingsFormat::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("domain"))
        return tr("Domain");
    if (field == QLatin1String("timezone"))
        return tr("Time zone");
    if (field == QLatin1String("allowed_origins"))
        return tr("Allowed origins");
    if (field == QLatin1String("retention_days"))
        return tr("Keep events");
    if (field == QLatin1String("bot_filtering"))
        return tr("Bot filtering");
    if (field == QLatin1String("respect_dnt"))
        return tr("Do Not Track");
    if (field == QLatin1String("identity_mode"))
        return tr("Visitors");
    if (field == QLatin1String("ingest_quota_per_minute"))
        return tr("Quota");
    if (field == QLatin1String("scopes"))
        return tr("Scopes");
    if (field == QLatin1String("site"))
        return tr("Site");
    if (field == QLatin1String("expires_at"))
        return tr("Expires");
    if (field == QLatin1String("grace_seconds"))
        return tr("Old secret works");
    return field;
}

QString SettingsFormat::refusal(const QString &field, const QString &error)
{
    if (field.isEmpty())
        return error;
    // The engine's messages name the JSON member ("\"allowed_origins\": ..."), as REST needs; the dialog
    // names the field by its label instead.
    QString what = error;
    const QString member = QLatin1Char('"') + field + QLatin1Char('"');
    if (what.startsWith(member)) {
        what = what.mid(member.size());
        if (what.startsWith(QLatin1Char(':')))
            what = what.mid(1);
        what = what.trimmed();
    }
    //: A refused setting: the field's label, then what to change.
    return tr("%1: %2").arg(fieldLabel(field), what);
}

} // namespace pulse::ui
