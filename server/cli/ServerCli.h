// pulse-server's command line: `serve` (the default) runs the server; `site …`, `key …` and `demo`
// manage a workspace for first set-up; `import` loads a file of historical events. Output goes to the given streams so
// tests run it in-process.
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace pulse {

class Workspace;
struct ServerConfig;

class ServerCli final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ServerCli)

public:
    ServerCli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    // arguments include the program name, as QCoreApplication::arguments() gives them. Returns the exit code.
    int run(const QStringList &arguments);

private:
    int serve(const ServerConfig &config);
    int siteCommand(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser);
    int keyCommand(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser);
    int importCommand(Workspace &workspace, const QStringList &words, const QCommandLineParser &parser, int batchRows);
    // baseUrl: where the server will listen, for the example request it prints (empty: not known).
    int demoCommand(Workspace &workspace, const QString &baseUrl);
    int usageError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pulse
