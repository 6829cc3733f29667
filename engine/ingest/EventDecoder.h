// Splits a collect request body into its event items: one JSON object, a JSON array of objects, or
// NDJSON (one object per line). Each item keeps its raw bytes so a bad one can be quarantined as
// sent, while its neighbours are still accepted.
#pragma once

#include "ingest/IngestLimits.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pulse {

struct DecodedItem
{
    QJsonObject object;
    // The item's bytes in the body given to decode(): valid only while that body lives (the
    // validator copies them into the quarantine for a rejected item). Parsed items get no copy.
    QByteArrayView span;
    QByteArray raw; // a copy, cut to the quarantine limit, for items the decoder itself rejected
    QString errorReason; // empty when the item parsed
    QString errorMessage;
};

struct DecodeResult
{
    QList<DecodedItem> items;
    // A failure of the whole body (nothing could be split out): reason code and message.
    QString errorReason;
    QString errorMessage;
    bool ok() const { return errorReason.isEmpty(); }
};

class EventDecoder final
{
public:
    enum class Format { Json, Ndjson };
    static Format formatForContentType(QByteArrayView contentType);
    static DecodeResult decode(QByteArrayView body, Format format, const IngestLimits &limits);

private:
    static DecodedItem decodeItem(QByteArrayView raw, int depth, const IngestLimits &limits);
};

} // namespace pulse
