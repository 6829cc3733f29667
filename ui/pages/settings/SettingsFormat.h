// Sites' settings and API keys in words for the Settings page and its dialogs: scope names with a
// sentence each, a key's state ("Active", "Rotating until …", "Revoked", "Expired"), retention, quota
// and identity mode, and the label of a field a refusal names. One place, so the tables and the dialogs
// say it the same way.
#pragma once

#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pulse::ui {

class SettingsFormat final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ui::SettingsFormat)
public:
    // Every scope, in the order the create dialog lists them.
    static QList<Scope> scopes();
    static QString scopeName(Scope scope);
    // What the scope allows, in one sentence.
    static QString scopeDescription(Scope scope);
    // "Read, Export"; "Admin" alone when admin is granted (it implies the rest).
    static QString scopeList(int scopes);
    // "Active", "Rotating until 31/03/2024 13:00", "Revoked", "Expired".
    static QString keyState(const ApiKey &key, qint64 nowMs);
    static QString time(qint64 ms);
    static QString retention(int days);
    static QString quota(qint64 perMinute);
    static QString identityMode(SiteSettings::IdentityMode mode);
    // The label of a form field a refusal names ("allowed_origins" -> "Allowed origins").
    static QString fieldLabel(const QString &field);
    // "Allowed origins: 'x' is not an origin: …", or the message alone when no field is named.
    static QString refusal(const QString &field, const QString &error);
};

} // namespace pulse::ui
