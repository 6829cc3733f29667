// The file formats every export can be written in: CSV (RFC 4180, one header line), NDJSON (one JSON
// object a line) and JSON (one array of those objects). Names as users type them in REST and the CLI.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pulse {

enum class ExportFormat { Csv, Ndjson, Json };

struct ExportFormats {
    static QString name(ExportFormat format); // "csv", "ndjson", "json"
    static std::optional<ExportFormat> fromName(const QString &name);
    static QStringList names();
    static QString extension(ExportFormat format); // ".csv", ".ndjson", ".json"
    static QByteArray contentType(ExportFormat format);
};

} // namespace pulse
