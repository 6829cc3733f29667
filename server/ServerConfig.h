// pulse-server's settings, read from flags, then environment variables, then a config file, in that
// order of precedence (a flag beats the environment, which beats the file).
#pragma once

#include "ServiceHost.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QStringList>

namespace pulse {

struct ServerConfig
{
    WorkspaceOptions workspace;
    ServiceOptions service;
    bool demo = false;
    QStringList command; // positional words: empty or "serve" runs the server

    // Declares every option on parser (shared by --help and parsing).
    static void declareOptions(QCommandLineParser &parser);
    // Resolves the settings; returns false with a message naming the setting and its source on bad input.
    static bool resolve(const QCommandLineParser &parser, ServerConfig *config, QString *error);
};

} // namespace pulse
