// `pulse-server export`: writes raw events or a query result of one site to a file (or stdout) with
// the engine's Exporter, the same rows and formats as REST exports (docs/exports.md). Like the other
// management commands it opens the workspace itself, so the server must be stopped.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pulse {

class Workspace;
struct Site;

class ExportCommand final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ExportCommand)

public:
    ExportCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    // The options it reads besides --site and --format, for the shared parser.
    static QList<QCommandLineOption> options();
    // words: what follows "export" (nothing). Returns the exit code: 0 written, 1 failed, 2 usage.
    int run(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser);

private:
    int usageError(const QString &message);
    // --from and --to into the query's range, either end open: see docs/exports.md.
    bool resolveRange(Workspace &workspace, const Site &site, const QCommandLineParser &parser, bool rawEvents,
        qint64 *fromMs, qint64 *toMs, QString *error);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pulse
