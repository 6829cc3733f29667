// Turns decoded items into stored events or quarantined rejections: checks every field against the
// documented limits (IngestLimits, docs/collect-api.md) and enriches what passes with the visitor id,
// path, UTM parameters, referrer source and user-agent classes. Thread-safe: runs on network threads.
#pragma once

#include "ingest/EventDecoder.h"
#include "ingest/EventRecord.h"
#include "ingest/IngestLimits.h"

#include <QByteArray>
#include <QJsonObject>

namespace pulse {

class SiteStore;
class VisitorHasher;

struct RequestContext
{
    QByteArray clientIp;
    QByteArray userAgent;
    qint64 receivedAtMs = 0;
    // Imports load history: timestamps older than IngestLimits::maxPastMs are accepted (the collector
    // refuses them so a live client with a wrong clock cannot write into closed periods). Future skew
    // is checked either way.
    bool historical = false;
};

class EventValidator final
{
public:
    EventValidator(const SiteStore &sites, VisitorHasher &hasher, IngestLimits limits);

    // One item: true with *event filled, or false with *rejection saying why.
    bool validate(const DecodedItem &item, int index, const RequestContext &context, EventRecord *event,
                  Rejection *rejection) const;
    void validateAll(const DecodeResult &decoded, const RequestContext &context, QList<EventRecord> *events,
                     QList<Rejection> *rejections) const;
    const IngestLimits &limits() const { return m_limits; }

private:
    struct RequestCache;
    bool validate(const DecodedItem &item, int index, const RequestContext &context, RequestCache &cache,
                  EventRecord *event, Rejection *rejection) const;

    const SiteStore &m_sites;
    VisitorHasher &m_hasher;
    IngestLimits m_limits;
};

} // namespace pulse
