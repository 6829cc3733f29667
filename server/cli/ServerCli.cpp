#include "cli/ServerCli.h"

#include "PulseBuildInfo.h"
#include "ServerConfig.h"
#include "ServiceHost.h"
#include "TerminationSignals.h"
#include "access/KeyStore.h"
#include "access/SecretKey.h"
#include "access/SiteStore.h"
#include "core/Clock.h"
#include "demo/DemoDataGenerator.h"
#include "cli/ExportCommand.h"
#include "import/EventImporter.h"
#include "import/ImportPresetStore.h"
#include "storage/Sqlite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTimeZone>

namespace pulse {

namespace {
QString isoDate(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate) : QStringLiteral("-");
}
} // namespace

int ServerCli::usageError(const QString &message)
{
    m_err << "pulse-server: " << message << "\nRun 'pulse-server --help' for usage.\n";
    m_err.flush();
    return 2;
}

int ServerCli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pulse analytics server: collector, REST API and tracker script over one workspace.\n\n"
        "Commands:\n"
        "  serve                      Run the server (the default).\n"
        "  demo                       Load the demo site with thirteen weeks of traffic.\n"
        "  site add DOMAIN            Add a site; prints its public site key last.\n"
        "  site list                  List sites.\n"
        "  key create --scope S       Create a secret API key; prints the key last (shown once).\n"
        "  key list                   List keys (never their secrets).\n"
        "  key rotate ID [--grace S]  Give a key a new secret; the old one works S more seconds\n"
        "                             (default 86400); prints the new key last (shown once).\n"
        "  key revoke ID              Revoke a key at once.\n"
        "  import FILE --site SITE    Import historical events from CSV, JSON or NDJSON (gzip too);\n"
        "                             [--preset pulse-bench] [--mapping FILE] [--format csv|json|ndjson]\n"
        "                             [--report rejected.csv]. See docs/imports.md.\n"
        "  export --site SITE --output FILE\n"
        "                             Export raw events or a query result as CSV, NDJSON or JSON;\n"
        "                             [--kind events|stats|funnel|…] [--from DATE] [--to DATE]\n"
        "                             [--event NAME] [--query FILE] [--table T]. See docs/exports.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfig::declareOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("name"), QStringLiteral("Name of a new site or key."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("timezone"), QStringLiteral("Time zone of a new site (IANA, default UTC)."), QStringLiteral("zone")));
    parser.addOption(QCommandLineOption(QStringLiteral("scope"),
                                        QStringLiteral("Scopes of a new key: ingest, read, write, export, stream, admin (comma-separated)."),
                                        QStringLiteral("scopes")));
    parser.addOption(QCommandLineOption(QStringLiteral("site"), QStringLiteral("Limit a new key to one site, or name the site an import goes to (key, id or domain)."), QStringLiteral("site")));
    parser.addOption(QCommandLineOption(QStringLiteral("grace"), QStringLiteral("Seconds the old secret keeps working after 'key rotate' (default 86400, 0: none)."), QStringLiteral("seconds")));
    parser.addOption(QCommandLineOption(QStringLiteral("expires-days"), QStringLiteral("A new key expires after this many days."), QStringLiteral("days")));
    parser.addOption(QCommandLineOption(QStringLiteral("preset"),
                                        tr("Column mapping preset for an import: %1, or one saved in the workspace.")
                                            .arg(ImportMapping::presetNames().join(QStringLiteral(", "))),
                                        QStringLiteral("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("mapping"),
                                        tr("Column mapping for an import, as a JSON file (docs/imports.md)."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        tr("Format of an import or export file: csv, json or ndjson (default: from its name)."),
                                        QStringLiteral("format")));
    parser.addOption(QCommandLineOption(QStringLiteral("report"),
                                        tr("Write an import's rejected rows to this CSV file."),
                                        QStringLiteral("file")));

    parser.addOptions(ExportCommand::options());

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        m_out.flush();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << buildinfo::versionLine(QStringLiteral("pulse-server")) << '\n';
        m_out.flush();
        return 0;
    }

    ServerConfig config;
    QString error;
    if (!ServerConfig::resolve(parser, &config, &error))
        return usageError(error);
    const QStringList words = config.command;
    if (words.isEmpty() || words.first() == QLatin1String("serve"))
        return serve(config);

    const QString command = words.first();
    if (command != QLatin1String("site") && command != QLatin1String("key") && command != QLatin1String("demo")
        && command != QLatin1String("import") && command != QLatin1String("export"))
        return usageError(QStringLiteral("unknown command '%1'").arg(command));

    // Imports and the demo write events: their projection is built as they go and stored in blocks,
    // so the next open reads blocks instead of every row. The other commands rarely need it.
    config.workspace.projectionAtOpen = command == QLatin1String("import") || command == QLatin1String("demo");
    Workspace workspace(SystemClock::instance());
    if (!workspace.open(config.workspace, &error)) {
        m_err << "pulse-server: " << error << '\n';
        m_err.flush();
        return 1;
    }
    try {
        if (command == QLatin1String("site"))
            return siteCommand(workspace, words.mid(1), parser);
        if (command == QLatin1String("key"))
            return keyCommand(workspace, words.mid(1), parser);
        if (command == QLatin1String("import"))
            return importCommand(workspace, words.mid(1), parser, config.service.importBatchRows);
        if (command == QLatin1String("export"))
            return ExportCommand(m_out, m_err).run(workspace, words.mid(1), parser);
        return demoCommand(workspace, QStringLiteral("http://127.0.0.1:8420"));
    } catch (const SqlError &e) {
        m_err << "pulse-server: the workspace could not be changed: " << e.what() << '\n';
        m_err.flush();
        return 1;
    }
}

int ServerCli::siteCommand(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser)
{
    if (words.value(0) == QLatin1String("add")) {
        if (words.size() != 2)
            return usageError(QStringLiteral("site add takes one domain, for example: pulse-server site add example.com"));
        QString error;
        const std::optional<Site> site = workspace.sites().add(words.at(1), parser.value(QStringLiteral("name")),
                                                               parser.value(QStringLiteral("timezone")), &error);
        if (!site)
            return usageError(error);
        m_out << "Added site " << site->domain << " (id " << site->id << ", time zone " << site->timeZone << ").\n"
              << "Paste this into your pages:\n"
              << "  <script defer data-site=\"" << site->key << "\" src=\"http://127.0.0.1:8420/pulse.js\"></script>\n"
              << "Site key:\n"
              << site->key << '\n';
        m_out.flush();
        return 0;
    }
    if (words.value(0) == QLatin1String("list") && words.size() == 1) {
        const QList<Site> sites = workspace.sites().list();
        if (sites.isEmpty())
            m_out << "No sites yet; add one with: pulse-server site add example.com\n";
        for (const Site &s : sites)
            m_out << s.id << '\t' << s.domain << '\t' << s.key << '\t' << s.timeZone << '\t' << s.name << '\n';
        m_out.flush();
        return 0;
    }
    return usageError(QStringLiteral("use 'site add DOMAIN' or 'site list'"));
}

int ServerCli::keyCommand(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser)
{
    const QString sub = words.value(0);
    if (sub == QLatin1String("create") && words.size() == 1) {
        QString error;
        const int scopes = SecretKey::parseScopes(parser.value(QStringLiteral("scope")), &error);
        if (scopes < 0)
            return usageError(error);
        qint64 siteId = 0;
        if (parser.isSet(QStringLiteral("site"))) {
            const std::optional<Site> site = workspace.sites().find(parser.value(QStringLiteral("site")));
            if (!site)
                return usageError(QStringLiteral("no site '%1' (see 'pulse-server site list')").arg(parser.value(QStringLiteral("site"))));
            siteId = site->id;
        }
        qint64 expires = 0;
        if (parser.isSet(QStringLiteral("expires-days"))) {
            bool ok = false;
            const int days = parser.value(QStringLiteral("expires-days")).toInt(&ok);
            if (!ok || days < 1 || days > 3650)
                return usageError(QStringLiteral("--expires-days must be a number of days from 1 to 3650"));
            expires = workspace.clock().nowMs() + qint64(days) * 86400000;
        }
        const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : QStringLiteral("cli");
        const KeyStore::Created created = workspace.keys().create(name, scopes, siteId, expires);
        m_out << "Created key " << created.key.id << " (" << SecretKey::scopeNames(scopes).join(QLatin1Char(','))
              << (siteId ? QStringLiteral(", site %1").arg(siteId) : QString())
              << (expires ? QStringLiteral(", expires %1").arg(isoDate(expires)) : QString()) << ").\n"
              << "Store it now: it is shown only once and Pulse keeps only a hash.\n"
              << created.secret << '\n';
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("list") && words.size() == 1) {
        const QList<ApiKey> keys = workspace.keys().list();
        if (keys.isEmpty())
            m_out << "No keys yet; create one with: pulse-server key create --scope read\n";
        for (const ApiKey &k : keys) {
            const QString state = k.revokedAtMs ? QStringLiteral("revoked") : QStringLiteral("active");
            m_out << k.id << '\t' << k.prefix << "…\t" << SecretKey::scopeNames(k.scopes).join(QLatin1Char(',')) << '\t'
                  << state << "\tcreated " << isoDate(k.createdAtMs) << "\tlast used " << isoDate(k.lastUsedAtMs) << '\t'
                  << k.name << '\n';
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("revoke") && words.size() == 2) {
        bool ok = false;
        const qint64 id = words.at(1).toLongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("key revoke takes the key's id from 'key list'"));
        if (!workspace.keys().revoke(id))
            return usageError(QStringLiteral("no active key has id %1").arg(id));
        m_out << "Revoked key " << id << ".\n";
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("rotate") && words.size() == 2) {
        bool ok = false;
        const qint64 id = words.at(1).toLongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("key rotate takes the key's id from 'key list'"));
        qint64 graceSeconds = KeyStore::kDefaultGraceSeconds;
        if (parser.isSet(QStringLiteral("grace"))) {
            graceSeconds = parser.value(QStringLiteral("grace")).toLongLong(&ok);
            if (!ok || graceSeconds < 0 || graceSeconds > KeyStore::kMaxGraceSeconds)
                return usageError(QStringLiteral("--grace must be a number of seconds from 0 to %1 (30 days)")
                                      .arg(KeyStore::kMaxGraceSeconds));
        }
        const std::optional<KeyStore::Created> rotated = workspace.keys().rotate(id, graceSeconds * 1000);
        if (!rotated)
            return usageError(QStringLiteral("no active key has id %1 (see 'pulse-server key list')").arg(id));
        m_out << "Rotated key " << id << "; the previous secret works until "
              << isoDate(rotated->key.previousExpiresAtMs) << ".\n"
              << "Store it now: it is shown only once and Pulse keeps only a hash.\n"
              << rotated->secret << '\n';
        m_out.flush();
        return 0;
    }
    return usageError(
        QStringLiteral("use 'key create --scope read', 'key list', 'key rotate ID [--grace SECONDS]' or 'key revoke ID'"));
}

int ServerCli::importCommand(
    Workspace &workspace, const QStringList &words, const QCommandLineParser &parser, int batchRows)
{
    if (words.size() != 1)
        return usageError(tr("import takes one file, for example: pulse-server import events.csv --site example.com"));
    const QString path = words.first();
    if (!parser.isSet(QStringLiteral("site")))
        return usageError(tr("import needs --site with the site's domain or key (see 'pulse-server site list')"));
    const std::optional<Site> site = workspace.sites().find(parser.value(QStringLiteral("site")));
    if (!site)
        return usageError(tr("no site '%1' (see 'pulse-server site list')").arg(parser.value(QStringLiteral("site"))));

    ImportOptions options;
    options.batchRows = batchRows;
    if (parser.isSet(QStringLiteral("format"))) {
        const std::optional<ImportOptions::Format> format = EventImporter::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return usageError(tr("--format must be csv, json or ndjson, not '%1'").arg(parser.value(QStringLiteral("format"))));
        options.format = *format;
    }
    if (parser.isSet(QStringLiteral("preset")) && parser.isSet(QStringLiteral("mapping")))
        return usageError(tr("give --preset or --mapping, not both"));
    if (parser.isSet(QStringLiteral("preset"))) {
        // Built-in presets and the ones saved in this workspace (desktop Imports page, REST).
        const ImportPresetStore presets(workspace);
        const std::optional<ImportPreset> preset = presets.find(parser.value(QStringLiteral("preset")));
        if (!preset) {
            QStringList names;
            for (const ImportPreset &known : presets.list())
                names << known.name;
            return usageError(tr("no import preset '%1'; presets: %2")
                                  .arg(parser.value(QStringLiteral("preset")), names.join(QStringLiteral(", "))));
        }
        options.mapping = preset->mapping;
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        QFile file(parser.value(QStringLiteral("mapping")));
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << "pulse-server: " << tr("the mapping %1 cannot be read: %2").arg(file.fileName(), file.errorString()) << '\n';
            m_err.flush();
            return 1;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024));
        options.mapping = doc.isObject() ? ImportMapping::fromJson(doc.object(), &error) : std::nullopt;
        if (!options.mapping)
            return usageError(tr("the mapping %1 is not usable: %2")
                                  .arg(file.fileName(), doc.isObject() ? error : tr("it is not a JSON object")));
    }
    QFile reportFile;
    if (parser.isSet(QStringLiteral("report"))) {
        reportFile.setFileName(parser.value(QStringLiteral("report")));
        if (!reportFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_err << "pulse-server: " << tr("the report %1 cannot be written: %2").arg(reportFile.fileName(), reportFile.errorString())
                  << '\n';
            m_err.flush();
            return 1;
        }
    }

    // Progress at most once a second on stderr, so stdout keeps only the summary for scripts.
    EventImporter importer(workspace, *site, options);
    QElapsedTimer sinceLine;
    sinceLine.start();
    importer.setProgressCallback([&](const ImportProgress &p) {
        if (sinceLine.elapsed() < 1000)
            return;
        sinceLine.restart();
        const QString share = p.totalBytes > 0 ? QStringLiteral(" (%1 %)").arg(100 * p.bytesRead / p.totalBytes) : QString();
        m_err << tr("%1 rows read%2: %3 imported, %4 already stored, %5 rejected")
                     .arg(p.rowsRead)
                     .arg(share)
                     .arg(p.rowsImported)
                     .arg(p.duplicates)
                     .arg(p.rowsRejected)
              << '\n';
        m_err.flush();
    });
    const ImportReport report = importer.importFile(path);

    if (!report.rejections.isEmpty() && !reportFile.isOpen()) {
        for (const ImportRejection &r : report.rejections.first(qMin(report.rejections.size(), qsizetype(10))))
            m_err << tr("row %1%2: %3 (%4)")
                         .arg(r.row)
                         .arg(r.column.isEmpty() ? QString() : QStringLiteral(", ") + r.column, r.message, r.reason)
                  << '\n';
        if (report.rowsRejected > 10)
            m_err << tr("… and %1 more rejected rows; --report FILE lists them all.").arg(report.rowsRejected - 10) << '\n';
    }
    if (reportFile.isOpen()) {
        if (!report.writeRejectionsCsv(&reportFile) || !reportFile.flush())
            m_err << "pulse-server: " << tr("the report %1 could not be written: %2").arg(reportFile.fileName(), reportFile.errorString())
                  << '\n';
        else if (report.rowsRejected > 0)
            m_err << tr("Rejected rows are listed in %1.").arg(reportFile.fileName()) << '\n';
    }
    m_err.flush();
    // A run that stopped says so, with what it did before (a resumed run skips those rows); one that
    // stopped before its first row has nothing to sum up.
    if (report.error.isEmpty())
        m_out << tr("Imported into %1: %2").arg(site->domain, report.summary()) << '\n';
    else if (report.rowsRead > 0)
        m_out << tr("Stopped importing into %1 after: %2").arg(site->domain, report.summary()) << '\n';
    m_out.flush();
    if (!report.error.isEmpty()) {
        m_err << "pulse-server: " << tr("the import stopped: %1").arg(report.error) << '\n';
        m_err.flush();
        return 1;
    }
    return 0;
}

int ServerCli::demoCommand(Workspace &workspace, const QString &baseUrl)
{
    const DemoDataGenerator::Outcome outcome = DemoDataGenerator::ensureDemoSite(workspace);
    if (outcome.created) {
        m_out << "Loaded the demo site " << outcome.site.domain << " with " << outcome.events << " events.\n";
        // A read key for the demo site only, so a newcomer can query at once without stopping the server.
        const KeyStore::Created key = workspace.keys().create(QStringLiteral("demo"), int(Scope::Read), outcome.site.id, 0);
        m_out << "A read key for the demo site (shown once; Pulse keeps only a hash):\n  " << key.secret << '\n';
        if (!baseUrl.isEmpty())
            m_out << "Try: curl -H 'Authorization: Bearer " << key.secret << "' '" << baseUrl
                  << "/api/v1/stats?site=" << outcome.site.domain << "'\n";
    } else
        m_out << "The demo site " << outcome.site.domain << " is already loaded.\n";
    m_out << "Site key:\n" << outcome.site.key << '\n';
    m_out.flush();
    return 0;
}

int ServerCli::serve(const ServerConfig &config)
{
    Workspace workspace(SystemClock::instance());
    QString error;
    if (!workspace.open(config.workspace, &error)) {
        m_err << "pulse-server: " << error << '\n';
        m_err.flush();
        return 1;
    }
    if (config.demo) {
        try {
            const quint16 port = config.service.port;
            demoCommand(workspace, port == 0 ? QString()
                                             : QStringLiteral("http://%1:%2").arg(config.service.address.toString()).arg(port));
        } catch (const SqlError &e) {
            m_err << "pulse-server: the demo data could not be loaded: " << e.what() << '\n';
            m_err.flush();
            return 1;
        }
    }
    int code = 0;
    {
        // Installed before the "listening" line, which supervisors and scripts take as "ready": a SIGTERM
        // from then on stops the server cleanly (it waits in the pipe until the event loop runs) instead
        // of killing it with the default action.
        TerminationSignals termination;
        ServiceHost host(workspace, SystemClock::instance());
        if (!host.start(config.service, &error)) {
            m_err << "pulse-server: " << error << '\n';
            m_err.flush();
            return 1;
        }
        QObject::connect(&termination, &TerminationSignals::terminationRequested, &host, [&host, this](int) {
            m_out << "Stopping: answering requests in flight and committing accepted events…\n";
            m_out.flush();
            host.shutdown();
        });
        QObject::connect(&host, &ServiceHost::stopped, QCoreApplication::instance(), [] { QCoreApplication::exit(0); },
                         Qt::QueuedConnection);
        const QString base = QStringLiteral("http://%1:%2").arg(host.address().toString()).arg(host.port());
        m_out << "Pulse is listening on " << base << " (workspace " << workspace.dataDir() << ").\n";
        if (workspace.sites().list().isEmpty())
            m_out << "No sites yet: add one with 'pulse-server site add example.com', or start with --demo.\n";
        m_out << "Tracker: " << base << "/pulse.js   Collect: POST " << base << "/api/v1/collect   Stop: Ctrl+C\n";
        m_out.flush();
        code = QCoreApplication::exec();
    }
    // The host goes before the workspace closes: destroying it stops the HTTP server and waits for its
    // worker pool, which may still be validating a request that completed during the drain and would
    // otherwise reach the writer and site store while close() destroys them.
    workspace.close();
    m_out << "Stopped.\n";
    m_out.flush();
    return code;
}

} // namespace pulse
