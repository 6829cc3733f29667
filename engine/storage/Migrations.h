// Numbered schema migrations, compiled in from resources/migrations/NNNN_*.sql and applied stepwise,
// each in its own transaction, recording the version in PRAGMA user_version.
#pragma once

#include <QStringList>

namespace pulse {

class SqliteDatabase;

class Migrations final
{
public:
    // The scripts in order; index i holds the step from version i to version i + 1.
    static QStringList scripts();
    static int latestVersion();
    static int currentVersion(SqliteDatabase &db);
    // Brings the database to the latest version. Throws SqlError (and leaves the database at the last
    // completed version) when a step fails, or when the file is newer than this build understands.
    static void apply(SqliteDatabase &db);
    // For tests that build fixtures of earlier versions: applies steps up to (and including) version.
    static void applyUpTo(SqliteDatabase &db, int version);
};

} // namespace pulse
