#include "workspace/ServerProfiles.h"

#include <QCoreApplication>
#include <QSettings>

namespace pulse::ui {

namespace {
const QString kGroup = QStringLiteral("remote_servers");
} // namespace

QUrl ServerProfiles::normalizeUrl(const QString &text, QString *error)
{
    QString trimmed = text.trimmed();
    if (!trimmed.contains(QLatin1String("://")))
        trimmed.prepend(QStringLiteral("https://"));
    QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = tr("Enter the server's address, like https://pulse.example.com or http://10.0.0.5:8420.");
        return {};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *error = tr("Enter only the server's address: no user name, no ?query and no #fragment. The key goes in "
                    "its own field.");
        return {};
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("https") && url.port() == 443)
        || (scheme == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString ServerProfiles::keychainName(const QUrl &url)
{
    return QStringLiteral("server-key:") + url.toString();
}

QList<ServerProfile> ServerProfiles::list()
{
    QSettings settings;
    QList<ServerProfile> out;
    const int size = settings.beginReadArray(kGroup);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p { settings.value(QStringLiteral("name")).toString(),
            QUrl(settings.value(QStringLiteral("url")).toString()) };
        if (p.url.isValid() && !p.url.host().isEmpty())
            out.append(p);
    }
    settings.endArray();
    return out;
}

namespace {
void store(const QList<ServerProfile> &profiles)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profiles.at(i).name);
        settings.setValue(QStringLiteral("url"), profiles.at(i).url.toString());
    }
    settings.endArray();
}
} // namespace

void ServerProfiles::save(const ServerProfile &profile)
{
    QList<ServerProfile> profiles = list();
    auto it
        = std::find_if(profiles.begin(), profiles.end(), [&](const ServerProfile &p) { return p.url == profile.url; });
    if (it != profiles.end())
        *it = profile;
    else
        profiles.append(profile);
    store(profiles);
}

void ServerProfiles::remove(const QUrl &url)
{
    QList<ServerProfile> profiles = list();
    profiles.removeIf([&](const ServerProfile &p) { return p.url == url; });
    store(profiles);
    if (current() == url)
        setCurrent({});
}

std::optional<ServerProfile> ServerProfiles::find(const QUrl &url)
{
    for (const ServerProfile &p : list()) {
        if (p.url == url)
            return p;
    }
    return std::nullopt;
}

QUrl ServerProfiles::current()
{
    return QUrl(QSettings().value(QStringLiteral("workspace/current_server")).toString());
}

void ServerProfiles::setCurrent(const QUrl &url)
{
    QSettings settings;
    if (url.isEmpty())
        settings.remove(QStringLiteral("workspace/current_server"));
    else
        settings.setValue(QStringLiteral("workspace/current_server"), url.toString());
}

} // namespace pulse::ui
