#include "ServerConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace pulse {

namespace {
struct Setting {
    const char *option;
    const char *env;
    const char *valueName;
    const char *help;
};

constexpr Setting kSettings[] = {
    { "data-dir", "PULSE_DATA_DIR", "dir", "Workspace folder (default: the standard data folder)." },
    { "listen", "PULSE_LISTEN", "address", "Address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)." },
    { "port", "PULSE_PORT", "port", "TCP port (default 8420; 0 picks a free one)." },
    { "durable", "PULSE_DURABLE", "bool", "Commit with synchronous=FULL to survive power loss (default false)." },
    { "trust-proxy", "PULSE_TRUST_PROXY", "bool", "Take the client address from X-Forwarded-For (behind a proxy)." },
    { "max-batch-events", "PULSE_MAX_BATCH_EVENTS", "n", "Most events in one group commit (default 1000)." },
    { "query-threads", "PULSE_QUERY_THREADS", "n", "Threads that run queries (default 2)." },
    { "max-import-bytes", "PULSE_MAX_IMPORT_BYTES", "size",
        "Largest file POST /api/v1/imports accepts, as sent: bytes, or with K, M or G (default 1G)." },
    { "import-batch-rows", "PULSE_IMPORT_BATCH_ROWS", "n",
        "Rows per import transaction and progress checkpoint (default 1000)." },
    { "webhooks-allow-local", "PULSE_WEBHOOKS_ALLOW_LOCAL", "bool",
        "Let webhooks reach private, loopback and link-local addresses (on-premises receivers; default false)." },
    { "stream-interval", "PULSE_STREAM_INTERVAL", "seconds",
        "Seconds between live-stream aggregates and pings, 1 to 3600 (default 10)." },
    { "session-ttl", "PULSE_SESSION_TTL", "seconds",
        "Seconds a session token lasts before it must be refreshed, 60 to 43200 (default 900)." },
};

bool parseBool(const QString &text, bool *ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t == QLatin1String("1") || t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("0") || t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    *ok = false;
    return false;
}
// "1073741824", "512M", "1G", "64k": binary multiples; -1 when not a size.
qint64 parseByteSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B')))
        t.chop(1);
    if (t.endsWith(QLatin1Char('I')))
        t.chop(1); // "MiB"
    qint64 unit = 1;
    if (t.endsWith(QLatin1Char('K')))
        unit = qint64(1) << 10;
    else if (t.endsWith(QLatin1Char('M')))
        unit = qint64(1) << 20;
    else if (t.endsWith(QLatin1Char('G')))
        unit = qint64(1) << 30;
    if (unit > 1)
        t.chop(1);
    bool ok = false;
    const qint64 n = t.trimmed().toLongLong(&ok);
    if (!ok || n < 0 || n > (qint64(1) << 50) / unit)
        return -1;
    return n * unit;
}
} // namespace

void ServerConfig::declareOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("config"),
        QStringLiteral("INI file with the settings below as keys (also $PULSE_CONFIG)."), QStringLiteral("file")));
    for (const Setting &s : kSettings) {
        const QString help
            = QString::fromLatin1(s.help) + QStringLiteral(" Env: ") + QLatin1String(s.env) + QLatin1Char('.');
        if (QLatin1String(s.valueName) == QLatin1String("bool"))
            parser.addOption(QCommandLineOption(QLatin1String(s.option), help));
        else
            parser.addOption(QCommandLineOption(QLatin1String(s.option), help, QLatin1String(s.valueName)));
    }
    parser.addOption(QCommandLineOption(QStringLiteral("demo"),
        QStringLiteral("Load the demo site (thirteen weeks of traffic) if it is not there yet.")));
}

bool ServerConfig::resolve(const QCommandLineParser &parser, ServerConfig *config, QString *error)
{
    QString file = parser.value(QStringLiteral("config"));
    if (file.isEmpty())
        file = qEnvironmentVariable("PULSE_CONFIG");
    std::unique_ptr<QSettings> settings;
    if (!file.isEmpty()) {
        if (!QFileInfo(file).isReadable()) {
            *error = QStringLiteral("the config file %1 cannot be read").arg(file);
            return false;
        }
        settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
        if (settings->status() != QSettings::NoError) {
            *error = QStringLiteral("the config file %1 is not a valid INI file").arg(file);
            return false;
        }
    }

    // Returns the value and where it came from, for messages.
    auto lookup = [&](const Setting &s, QString *source) -> QString {
        const QString option = QLatin1String(s.option);
        if (parser.isSet(option)) {
            *source = QStringLiteral("--") + option;
            return QLatin1String(s.valueName) == QLatin1String("bool") ? QStringLiteral("true") : parser.value(option);
        }
        if (qEnvironmentVariableIsSet(s.env)) {
            *source = QLatin1String(s.env);
            return qEnvironmentVariable(s.env);
        }
        if (settings && settings->contains(option)) {
            *source = file + QStringLiteral(": ") + option;
            return settings->value(option).toString();
        }
        return {};
    };
    auto fail = [&](const QString &source, const QString &what) {
        *error = QStringLiteral("%1: %2").arg(source, what);
        return false;
    };

    for (const Setting &s : kSettings) {
        QString source;
        const QString value = lookup(s, &source);
        if (value.isNull())
            continue;
        const QLatin1String name(s.option);
        bool ok = true;
        if (name == QLatin1String("data-dir")) {
            config->workspace.dataDir = value;
        } else if (name == QLatin1String("listen")) {
            QHostAddress address;
            if (value == QLatin1String("localhost"))
                address = QHostAddress::LocalHost;
            else if (!address.setAddress(value))
                return fail(
                    source, QStringLiteral("'%1' is not an IP address (use 127.0.0.1, ::1 or 0.0.0.0)").arg(value));
            config->service.address = address;
        } else if (name == QLatin1String("port")) {
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535)
                return fail(source, QStringLiteral("'%1' is not a port number (0 to 65535)").arg(value));
            config->service.port = quint16(port);
        } else if (name == QLatin1String("durable")) {
            config->workspace.durable = parseBool(value, &ok);
            if (!ok)
                return fail(source, QStringLiteral("'%1' is not true or false").arg(value));
        } else if (name == QLatin1String("trust-proxy")) {
            config->service.trustProxy = parseBool(value, &ok);
            if (!ok)
                return fail(source, QStringLiteral("'%1' is not true or false").arg(value));
        } else if (name == QLatin1String("webhooks-allow-local")) {
            config->service.webhooksAllowLocal = parseBool(value, &ok);
            if (!ok)
                return fail(source, QStringLiteral("'%1' is not true or false").arg(value));
        } else if (name == QLatin1String("max-batch-events")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 100000)
                return fail(source, QStringLiteral("'%1' must be a number from 1 to 100000").arg(value));
            config->workspace.maxBatchEvents = n;
        } else if (name == QLatin1String("query-threads")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 64)
                return fail(source, QStringLiteral("'%1' must be a number from 1 to 64").arg(value));
            config->service.queryThreads = n;
        } else if (name == QLatin1String("import-batch-rows")) {
            const int n = value.toInt(&ok);
            if (!ok || n < 1 || n > 100000)
                return fail(source, QStringLiteral("'%1' must be a number from 1 to 100000").arg(value));
            config->service.importBatchRows = n;
        } else if (name == QLatin1String("stream-interval")) {
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return fail(source, QStringLiteral("'%1' must be a number of seconds from 1 to 3600").arg(value));
            config->service.streamIntervalMs = qint64(seconds) * 1000;
        } else if (name == QLatin1String("session-ttl")) {
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 60 || seconds > 43200)
                return fail(
                    source, QStringLiteral("'%1' must be a number of seconds from 60 to 43200 (12 hours)").arg(value));
            config->service.sessionTtlMs = qint64(seconds) * 1000;
        } else if (name == QLatin1String("max-import-bytes")) {
            const qint64 bytes = parseByteSize(value);
            if (bytes < 1)
                return fail(source,
                    QStringLiteral("'%1' must be a size in bytes, optionally with K, M or G (1G = 1024M)").arg(value));
            config->service.maxImportBytes = bytes;
        }
    }
    config->demo = parser.isSet(QStringLiteral("demo"));
    config->command = parser.positionalArguments();
    return true;
}

} // namespace pulse
