// The first rows of an import file as the mapping step shows them: the columns (a CSV file's header,
// or the fields of the first JSON events), up to N rows as text, what each column looks like it holds
// (a time in seconds, milliseconds or ISO 8601, a number, a URL, a path, text), and, for CSV, which
// column each role of the mapping picks. Reads only the head of the file, however large it is, and
// gzip-compressed files alike.
#pragma once

#include "import/EventImporter.h"
#include "import/ImportMapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pulse {

struct ImportPreview {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportPreview)

public:
    enum class ColumnType { Empty, Text, Number, EpochSeconds, EpochMillis, Iso8601, Url, Path };

    QString path;
    ImportOptions::Format format = ImportOptions::Format::Csv; // never Auto once read
    qint64 fileBytes = 0;
    bool compressed = false;
    char delimiter = 0; // CSV: the one in use
    // CSV: header names ("column N" without a header); JSON: the collector's fields (timestamp, name,
    // user_id, url, path, referrer, id) as found, then the other fields by name.
    QStringList columns;
    QList<QStringList> rows; // up to maxRows, one text per column (nested JSON as compact JSON)
    QList<ColumnType> types; // one per column, from the rows shown
    std::optional<ResolvedMapping> resolved; // CSV: the mapping bound to these columns
    QString mappingError; // CSV: why the mapping does not fit this file
    QString error; // the file cannot be read (nothing else is set)

    bool ok() const { return error.isEmpty(); }

    // format Auto: from the file's name, as imports do. The mapping applies to CSV only.
    static ImportPreview read(
        const QString &path, ImportOptions::Format format, const ImportMapping &mapping, int maxRows = 20);
    // What the values say about their column: every non-empty value must fit the type.
    static ColumnType detectType(const QStringList &values);
    static QString typeName(ColumnType type); // for people, translated
};

} // namespace pulse
