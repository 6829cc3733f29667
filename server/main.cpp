// pulse-server: the headless Pulse. All behaviour lives in ServerCli so tests can run it in-process.
#include "PulseBuildInfo.h"
#include "cli/ServerCli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Pulse"));
    QCoreApplication::setApplicationVersion(QLatin1String(pulse::buildinfo::kVersion));
    QTextStream out(stdout);
    QTextStream err(stderr);
    pulse::ServerCli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
