#include "export/ExportFormat.h"

namespace pulse {

QString ExportFormats::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Ndjson:
        return QStringLiteral("ndjson");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<ExportFormat> ExportFormats::fromName(const QString &name)
{
    for (ExportFormat format : { ExportFormat::Csv, ExportFormat::Ndjson, ExportFormat::Json }) {
        if (name.compare(ExportFormats::name(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QStringList ExportFormats::names()
{
    return { QStringLiteral("csv"), QStringLiteral("ndjson"), QStringLiteral("json") };
}

QString ExportFormats::extension(ExportFormat format)
{
    return u'.' + name(format);
}

QByteArray ExportFormats::contentType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QByteArrayLiteral("text/csv; charset=utf-8");
    case ExportFormat::Ndjson:
        return QByteArrayLiteral("application/x-ndjson");
    case ExportFormat::Json:
        return QByteArrayLiteral("application/json");
    }
    return {};
}

} // namespace pulse
