#include "ingest/EventDecoder.h"

#include "core/JsonLimits.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace pulse {

EventDecoder::Format EventDecoder::formatForContentType(QByteArrayView contentType)
{
    const QByteArray type = contentType.toByteArray().toLower();
    if (type.startsWith("application/x-ndjson") || type.startsWith("application/ndjson")
        || type.startsWith("application/jsonl") || type.startsWith("application/x-jsonlines"))
        return Format::Ndjson;
    return Format::Json;
}

DecodedItem EventDecoder::decodeItem(QByteArrayView raw, int depth, const IngestLimits &limits)
{
    DecodedItem item;
    item.span = raw;
    // Only rejected items keep a copy of their bytes; a parsed one is referenced by span.
    auto keepRaw = [&] { item.raw = raw.first(qMin(raw.size(), qsizetype(limits.quarantinePayloadBytes))).toByteArray(); };
    if (raw.size() > limits.maxEventBytes) {
        keepRaw();
        item.errorReason = QStringLiteral("event_too_large");
        item.errorMessage = QStringLiteral("The event is %1 bytes; one event may be at most %2 bytes. "
                                           "Move large values out of props.")
                                .arg(raw.size())
                                .arg(limits.maxEventBytes);
        return item;
    }
    if (depth > limits.maxDepth) {
        keepRaw();
        item.errorReason = QStringLiteral("too_deep");
        item.errorMessage = QStringLiteral("The event nests %1 levels deep; at most %2 are allowed.")
                                .arg(depth)
                                .arg(limits.maxDepth);
        return item;
    }
    if (!raw.startsWith('{')) {
        keepRaw();
        item.errorReason = QStringLiteral("not_an_object");
        item.errorMessage = QStringLiteral("Each event must be a JSON object like {\"site\": \"pk_…\", \"name\": "
                                           "\"pageview\", \"url\": \"https://example.com/\"}.");
        return item;
    }
    QJsonParseError error;
    // fromRawData: the parser reads the body in place instead of a copy of every item.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), raw.size()), &error);
    if (error.error != QJsonParseError::NoError) {
        keepRaw();
        item.errorReason = QStringLiteral("invalid_json");
        item.errorMessage = QStringLiteral("The event is not valid JSON: %1 at byte %2.")
                                .arg(error.errorString())
                                .arg(error.offset);
        return item;
    }
    if (!doc.isObject()) {
        keepRaw();
        item.errorReason = QStringLiteral("not_an_object");
        item.errorMessage = QStringLiteral("Each event must be a JSON object like {\"site\": \"pk_…\", \"name\": "
                                           "\"pageview\", \"url\": \"https://example.com/\"}.");
        return item;
    }
    item.object = doc.object();
    return item;
}

DecodeResult EventDecoder::decode(QByteArrayView body, Format format, const IngestLimits &limits)
{
    DecodeResult result;
    auto tooMany = [&](qsizetype count) {
        result.errorReason = QStringLiteral("too_many_events");
        result.errorMessage = QStringLiteral("The request holds %1 events; send at most %2 per request.")
                                  .arg(count)
                                  .arg(limits.maxEventsPerRequest);
    };

    if (format == Format::Ndjson) {
        qsizetype pos = 0;
        while (pos < body.size()) {
            qsizetype nl = body.indexOf('\n', pos);
            if (nl < 0)
                nl = body.size();
            QByteArrayView line = body.sliced(pos, nl - pos).trimmed();
            pos = nl + 1;
            if (line.isEmpty())
                continue;
            if (result.items.size() >= limits.maxEventsPerRequest) {
                tooMany(result.items.size() + 1);
                result.items.clear();
                return result;
            }
            const JsonScan scan = JsonLimits::scan(line);
            if (scan.kind == JsonScan::Kind::Malformed) {
                DecodedItem item;
                item.span = line;
                item.raw = line.first(qMin(line.size(), qsizetype(limits.quarantinePayloadBytes))).toByteArray();
                item.errorReason = QStringLiteral("invalid_json");
                item.errorMessage = QStringLiteral("The line is not valid JSON: %1.").arg(scan.error);
                result.items.append(item);
                continue;
            }
            result.items.append(decodeItem(line, scan.maxDepth, limits));
        }
        if (result.items.isEmpty()) {
            result.errorReason = QStringLiteral("empty_body");
            result.errorMessage = QStringLiteral("The request body holds no events.");
        }
        return result;
    }

    const JsonScan scan = JsonLimits::scan(body);
    switch (scan.kind) {
    case JsonScan::Kind::Empty:
        result.errorReason = QStringLiteral("empty_body");
        result.errorMessage = QStringLiteral("The request body is empty; send one event as a JSON object, "
                                             "a JSON array of events, or NDJSON.");
        return result;
    case JsonScan::Kind::Malformed:
        result.errorReason = QStringLiteral("invalid_json");
        result.errorMessage = QStringLiteral("The request body is not valid JSON: %1.").arg(scan.error);
        return result;
    case JsonScan::Kind::Scalar:
        result.errorReason = QStringLiteral("not_an_object");
        result.errorMessage = QStringLiteral("The body must be a JSON object (one event) or an array of objects.");
        return result;
    case JsonScan::Kind::Object:
    case JsonScan::Kind::Array:
        break;
    }
    if (scan.items.size() > limits.maxEventsPerRequest) {
        tooMany(scan.items.size());
        return result;
    }
    if (scan.kind == JsonScan::Kind::Array && scan.items.isEmpty()) {
        result.errorReason = QStringLiteral("empty_body");
        result.errorMessage = QStringLiteral("The array holds no events.");
        return result;
    }
    result.items.reserve(scan.items.size());
    for (const JsonSpan &span : scan.items)
        result.items.append(decodeItem(body.sliced(span.offset, span.length), span.depth, limits));
    return result;
}

} // namespace pulse
