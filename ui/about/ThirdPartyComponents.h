// What Pulse links or ships that others wrote, with each licence: the About dialog lists it, and
// docs/third-party-licenses.md holds the full notices. Keep both in step with the link lines in the
// CMake files (engine/, server/, ui/) when a dependency comes or goes.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace pulse::ui {

struct ThirdPartyComponent {
    QString name;
    QString purpose; // translated: what Pulse uses it for
    QString licence; // SPDX identifier, or "Public domain"
    QUrl licenceUrl; // the licence text
    QUrl homepage;
};

class ThirdPartyComponents final {
    Q_DECLARE_TR_FUNCTIONS(ThirdPartyComponents)
public:
    static QList<ThirdPartyComponent> all();

    // Pulse's own licence.
    static QString pulseLicence() { return QStringLiteral("GPL-3.0-or-later"); }
    static QUrl pulseLicenceUrl();
};

} // namespace pulse::ui
