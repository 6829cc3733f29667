#include "import/ImportPreview.h"

#include "import/CsvReader.h"
#include "import/JsonItemReader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace pulse {

namespace {

// Epoch times from 2001-09-09 to 2286-11-20: seconds have 10 digits, milliseconds 13.
constexpr qint64 kMinEpochSeconds = 1'000'000'000;
constexpr qint64 kMaxEpochSeconds = 9'999'999'999;

bool looksIso(const QString &value)
{
    // At least a date with a time; a bare number is never read as a date.
    if (value.size() < 16 || !value.at(0).isDigit() || value.at(4) != QLatin1Char('-'))
        return false;
    return QDateTime::fromString(value, Qt::ISODateWithMs).isValid()
        || QDateTime::fromString(value, Qt::ISODate).isValid();
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

void readCsv(QFile &file, const ImportMapping &mapping, int maxRows, ImportPreview &preview)
{
    CsvReader::Options options;
    options.delimiter = mapping.delimiter;
    CsvReader reader(&file, options);
    QStringList header;
    qsizetype columnCount = 0;
    bool first = true;
    while (preview.rows.size() < maxRows && reader.next()) {
        const QStringList fields = reader.fieldTexts();
        if (first) {
            first = false;
            columnCount = fields.size();
            header = fields;
            if (mapping.hasHeader)
                continue;
        }
        preview.rows << fields;
    }
    if (reader.hasError() && first) {
        preview.error = reader.error();
        return;
    }
    preview.delimiter = reader.delimiter();
    if (first) {
        preview.error = ImportPreview::tr("The file is empty.");
        return;
    }
    for (qsizetype i = 0; i < columnCount; ++i) {
        const QString name = mapping.hasHeader ? header.value(i) : QString();
        preview.columns << (name.isEmpty() ? ImportPreview::tr("column %1").arg(i + 1) : name);
    }
    QString why;
    preview.resolved = mapping.resolve(header, columnCount, &why);
    if (!preview.resolved)
        preview.mappingError = why;
}

void readJson(QFile &file, JsonItemReader::Format format, int maxRows, ImportPreview &preview)
{
    JsonItemReader reader(&file, format);
    QList<QJsonObject> objects;
    while (objects.size() < maxRows && reader.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(reader.item().toByteArray());
        if (!doc.isObject())
            continue; // the import reports it; the preview shows the events it can
        objects << doc.object();
        for (auto it = objects.constLast().begin(); it != objects.constLast().end(); ++it) {
            if (!preview.columns.contains(it.key()))
                preview.columns << it.key();
        }
    }
    // The collector's own fields first, in the order people read an event; the rest by name.
    static const QStringList known { QStringLiteral("timestamp"), QStringLiteral("name"), QStringLiteral("user_id"),
        QStringLiteral("url"), QStringLiteral("path"), QStringLiteral("referrer"), QStringLiteral("id") };
    std::sort(preview.columns.begin(), preview.columns.end(), [](const QString &a, const QString &b) {
        const qsizetype ra = known.contains(a) ? known.indexOf(a) : known.size();
        const qsizetype rb = known.contains(b) ? known.indexOf(b) : known.size();
        return ra != rb ? ra < rb : a < b;
    });
    if (reader.hasError() && objects.isEmpty()) {
        preview.error = reader.error();
        return;
    }
    if (objects.isEmpty()) {
        preview.error = ImportPreview::tr("The file holds no JSON objects.");
        return;
    }
    for (const QJsonObject &object : objects) {
        QStringList row;
        for (const QString &column : std::as_const(preview.columns))
            row << jsonText(object.value(column));
        preview.rows << row;
    }
}

} // namespace

ImportPreview ImportPreview::read(
    const QString &path, ImportOptions::Format format, const ImportMapping &mapping, int maxRows)
{
    ImportPreview preview;
    preview.path = path;
    preview.format = format == ImportOptions::Format::Auto ? EventImporter::formatForFileName(path) : format;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return preview;
    }
    preview.fileBytes = file.size();
    {
        const QByteArray magic = file.peek(2);
        preview.compressed = magic.size() == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b;
    }
    switch (preview.format) {
    case ImportOptions::Format::Json:
        readJson(file, JsonItemReader::Format::Array, maxRows, preview);
        break;
    case ImportOptions::Format::Ndjson:
        readJson(file, JsonItemReader::Format::Lines, maxRows, preview);
        break;
    default:
        readCsv(file, mapping, maxRows, preview);
        break;
    }
    if (!preview.ok())
        return preview;
    for (qsizetype c = 0; c < preview.columns.size(); ++c) {
        QStringList values;
        for (const QStringList &row : std::as_const(preview.rows))
            values << row.value(c);
        preview.types << detectType(values);
    }
    return preview;
}

ImportPreview::ColumnType ImportPreview::detectType(const QStringList &values)
{
    bool any = false, integers = true, numbers = true, iso = true, urls = true, paths = true;
    qint64 low = std::numeric_limits<qint64>::max(), high = std::numeric_limits<qint64>::min();
    for (const QString &raw : values) {
        const QString value = raw.trimmed();
        if (value.isEmpty())
            continue;
        any = true;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (ok) {
            low = std::min(low, n);
            high = std::max(high, n);
        } else {
            integers = false;
        }
        if (!ok) {
            value.toDouble(&ok);
            numbers = numbers && ok;
        }
        iso = iso && looksIso(value);
        urls = urls && (value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://")));
        paths = paths && value.startsWith(QLatin1Char('/'));
    }
    if (!any)
        return ColumnType::Empty;
    if (integers && low >= kMinEpochSeconds && high <= kMaxEpochSeconds)
        return ColumnType::EpochSeconds;
    if (integers && low >= kMinEpochSeconds * 1000 && high <= kMaxEpochSeconds * 1000)
        return ColumnType::EpochMillis;
    if (integers || numbers)
        return ColumnType::Number;
    if (iso)
        return ColumnType::Iso8601;
    if (urls)
        return ColumnType::Url;
    if (paths)
        return ColumnType::Path;
    return ColumnType::Text;
}

QString ImportPreview::typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Empty:
        return tr("empty");
    case ColumnType::Text:
        return tr("text");
    case ColumnType::Number:
        return tr("number");
    case ColumnType::EpochSeconds:
        return tr("time (epoch seconds)");
    case ColumnType::EpochMillis:
        return tr("time (epoch milliseconds)");
    case ColumnType::Iso8601:
        return tr("time (ISO 8601)");
    case ColumnType::Url:
        return tr("URL");
    case ColumnType::Path:
        return tr("path");
    }
    return QString();
}

} // namespace pulse
