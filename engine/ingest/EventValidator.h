// Turns decoded items into stored events or quarantined rejections: checks every field against the
// documented limits (IngestLimits, docs/collect-api.md) and enriches what passes with the visitor id,
// path, UTM parameters, referrer source and user-agent classes. Thread-safe: runs on network threads.
//
// There is one implementation of the rules, over EventFields: the collector's JSON objects are read
// into EventFields (one pass over the object), and imports fill EventFields straight from a file's
// row without building a JSON object, so both reject exactly the same things with the same reasons.
#pragma once

#include "access/SiteStore.h"
#include "ingest/EventDecoder.h"
#include "ingest/EventRecord.h"
#include "ingest/IngestLimits.h"
#include "ingest/enrich/UserAgentClassifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>
#include <utility>

namespace pulse {

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
    // The collector's request: its Origin header (empty when not sent, as from servers and apps) and
    // whether it said "DNT: 1". Checked against the site's settings (docs/sites-and-keys.md).
    QByteArray origin;
    bool doNotTrack = false;
};

// One event's members as the rules read them: for each, whether it was given and with which JSON
// type, and its value. Reusable: clear() keeps the allocated capacity for the next event.
struct EventFields
{
    // Absent: missing or null. Other: a boolean, an array or an object.
    enum class Type : quint8 { Absent, String, Number, Other };
    struct Value
    {
        Type type = Type::Absent;
        QString text;      // Type::String
        double number = 0; // Type::Number

        bool isAbsent() const { return type == Type::Absent; }
        bool isString() const { return type == Type::String; }
        bool isNumber() const { return type == Type::Number; }
        void setString(QString value)
        {
            type = Type::String;
            text = std::move(value);
        }
        void setNumber(double value)
        {
            type = Type::Number;
            number = value;
        }
        void clear() { type = Type::Absent; }
    };
    Value site, domain, name, url, path, referrer, id, timestamp, userAgent, userId;

    // Properties: a JSON object (the collector's), or string properties as name and UTF-8 value
    // (imports; names need not be sorted, a later one replaces an earlier one of the same name, as in
    // a JSON object). The views in propsList must stay valid while validate() runs.
    enum class Props : quint8 { Absent, Object, List, NotAnObject };
    Props props = Props::Absent;
    QJsonObject propsObject;
    QList<std::pair<QString, QByteArrayView>> propsList;

    void clear();
    // Reads the members the rules know from a JSON object in one pass; unknown members are ignored.
    void readJson(const QJsonObject &object);
    static EventFields fromJson(const QJsonObject &object)
    {
        EventFields fields;
        fields.readJson(object);
        return fields;
    }
};

class EventValidator final
{
public:
    // What repeats from event to event of one request or import (usually all of them: one site, one
    // client, one user agent, runs of one user) is looked up, classified and hashed once, not per event.
    struct Cache
    {
        QString siteKey;
        std::optional<Site> site;
        bool haveSite = false;
        QByteArray userAgent;
        UserAgentInfo ua;
        bool haveUa = false;
        qint64 visitorSite = 0;
        QByteArray visitorUserAgent;
        qint64 visitorId = 0;
        bool haveVisitor = false;
        // Visitor ids of user ids (a SHA-256 each), for userSite; bounded, cleared when full.
        qint64 userSite = 0;
        QHash<QString, qint64> userVisitorIds;
    };

    EventValidator(const SiteStore &sites, VisitorHasher &hasher, IngestLimits limits);

    // One item: true with *event filled, or false with *rejection saying why.
    bool validate(const DecodedItem &item, int index, const RequestContext &context, EventRecord *event,
                  Rejection *rejection) const;
    void validateAll(const DecodeResult &decoded, const RequestContext &context, QList<EventRecord> *events,
                     QList<Rejection> *rejections) const;
    // The same rules over fields already extracted (imports). The rejection carries no payload; *event
    // and *rejection are overwritten. cache may be kept across calls for as long as the sites do not change.
    bool validate(const EventFields &fields, int index, const RequestContext &context, Cache &cache,
                  EventRecord *event, Rejection *rejection) const;
    const IngestLimits &limits() const { return m_limits; }

private:
    bool validate(const DecodedItem &item, int index, const RequestContext &context, Cache &cache,
                  EventFields &fields, EventRecord *event, Rejection *rejection) const;
    bool check(const EventFields &fields, const RequestContext &context, Cache &cache, EventRecord *event,
               Rejection *rejection) const;
    bool checkProps(const EventFields &fields, EventRecord *event, Rejection *rejection) const;

    const SiteStore &m_sites;
    VisitorHasher &m_hasher;
    IngestLimits m_limits;
};

} // namespace pulse
