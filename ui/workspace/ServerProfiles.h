// The remote servers the analyst has connected to, and which workspace the workbench opens with.
// Names and addresses are ordinary settings (QSettings); each server's secret key is only in the
// system keychain (Keychain), under keychainName().
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace pulse::ui {

struct ServerProfile {
    QString name; // what the menu shows: "Production"
    QUrl url; // "https://pulse.example.com"
    bool operator==(const ServerProfile &) const = default;
};

class ServerProfiles final {
    Q_DECLARE_TR_FUNCTIONS(ServerProfiles)
public:
    // "https://Pulse.Example.com:443/" -> "https://pulse.example.com"; an empty URL with *error for
    // anything that is not an http(s) address of a server (a path is kept, for servers behind a proxy).
    static QUrl normalizeUrl(const QString &text, QString *error);
    // Where a server's key is kept in the keychain.
    static QString keychainName(const QUrl &url);

    static QList<ServerProfile> list();
    // Adds or renames the profile of profile.url.
    static void save(const ServerProfile &profile);
    static void remove(const QUrl &url);
    static std::optional<ServerProfile> find(const QUrl &url);

    // The workspace to open with: a server's URL, or empty for the one on this computer.
    static QUrl current();
    static void setCurrent(const QUrl &url);
};

} // namespace pulse::ui
