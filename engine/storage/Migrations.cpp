#include "storage/Migrations.h"

#include "storage/Sqlite.h"

#include <QDir>
#include <QFile>

static void initEngineResources() { Q_INIT_RESOURCE(engine_resources); }

namespace pulse {

QStringList Migrations::scripts()
{
    initEngineResources();
    QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    QStringList result;
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result << QString::fromUtf8(file.readAll());
    }
    return result;
}

int Migrations::latestVersion() { return int(scripts().size()); }

int Migrations::currentVersion(SqliteDatabase &db) { return int(db.queryInt(QStringLiteral("PRAGMA user_version"))); }

void Migrations::apply(SqliteDatabase &db) { applyUpTo(db, latestVersion()); }

void Migrations::applyUpTo(SqliteDatabase &db, int version)
{
    const QStringList steps = scripts();
    const int current = currentVersion(db);
    if (current > steps.size())
        throw SqlError(QStringLiteral("the workspace was written by a newer Pulse (schema %1, this build knows %2); "
                                      "upgrade Pulse to open it")
                           .arg(current)
                           .arg(steps.size()),
                       0);
    for (int v = current; v < version && v < steps.size(); ++v) {
        SqlTransaction tx(db);
        db.exec(steps.at(v));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        tx.commit();
    }
}

} // namespace pulse
