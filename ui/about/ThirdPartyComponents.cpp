// The third-party components Pulse's desktop binary is built from (see ThirdPartyComponents.h).
#include "ThirdPartyComponents.h"

namespace pulse::ui {

namespace {
QUrl webAddress(const char *address)
{
    return QUrl(QString::fromLatin1(address));
}
} // namespace

QList<ThirdPartyComponent> ThirdPartyComponents::all()
{
    // Qt Charts is GPL-3.0 in Qt's open-source edition (the other modules are LGPL-3.0): that alone makes
    // the desktop binary GPL-3.0, so the project as a whole is GPL-3.0-or-later.
    QList<ThirdPartyComponent> components {
        { QStringLiteral("Qt"),
            tr("Qt Core, GUI, Widgets, Network, WebSockets, Concurrent and OpenGL: the application framework"),
            QStringLiteral("LGPL-3.0-only"), webAddress("https://www.gnu.org/licenses/lgpl-3.0.html"),
            webAddress("https://www.qt.io/") },
        { QStringLiteral("Qt Charts"), tr("The charts"), QStringLiteral("GPL-3.0-only"),
            webAddress("https://www.gnu.org/licenses/gpl-3.0.html"),
            webAddress("https://doc.qt.io/qt-6/qtcharts-index.html") },
        { QStringLiteral("SQLite"), tr("The workspace database"), tr("Public domain"),
            webAddress("https://www.sqlite.org/copyright.html"), webAddress("https://www.sqlite.org/") },
        { QStringLiteral("zlib"), tr("Gzip-compressed requests and imports"), QStringLiteral("Zlib"),
            webAddress("https://zlib.net/zlib_license.html"), webAddress("https://zlib.net/") },
        { QStringLiteral("http-parser"), tr("HTTP parsing in the built-in collector"), QStringLiteral("MIT"),
            webAddress("https://spdx.org/licenses/MIT.html"), webAddress("https://github.com/nodejs/http-parser") },
        { QStringLiteral("OpenSSL"), tr("SHA-256 digests of imported rows and visitor ids"),
            QStringLiteral("Apache-2.0"), webAddress("https://www.openssl.org/source/apache-license-2.0.txt"),
            webAddress("https://www.openssl.org/") },
        { QStringLiteral("QtKeychain"), tr("Remote servers' keys in the system keychain"),
            QStringLiteral("BSD-2-Clause"), webAddress("https://spdx.org/licenses/BSD-2-Clause.html"),
            webAddress("https://github.com/frankosterfeld/qtkeychain") },
    };
#ifdef PULSE_WITH_JEMALLOC
    components.append({ QStringLiteral("jemalloc"), tr("Memory allocation"), QStringLiteral("BSD-2-Clause"),
        webAddress("https://spdx.org/licenses/BSD-2-Clause.html"), webAddress("https://jemalloc.net/") });
#endif
    return components;
}

QUrl ThirdPartyComponents::pulseLicenceUrl()
{
    return webAddress("https://www.gnu.org/licenses/gpl-3.0.html");
}

} // namespace pulse::ui
