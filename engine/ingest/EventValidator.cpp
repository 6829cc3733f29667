#include "ingest/EventValidator.h"

#include "access/SiteStore.h"
#include "ingest/VisitorHasher.h"
#include "ingest/enrich/PathNormalizer.h"
#include "ingest/enrich/ReferrerClassifier.h"
#include "ingest/enrich/UserAgentClassifier.h"
#include "ingest/enrich/UtmParams.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace pulse {

namespace {

struct Failure
{
    QString reason;
    QString message;
};

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// Strings or numbers are accepted for ids (apps often send numeric user ids); both end up as text.
bool readIdLike(const QJsonValue &value, QString *out)
{
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15) {
            *out = QString::number(qint64(d));
            return true;
        }
    }
    return false;
}

// The members validation reads, found in one pass over the object: looking each up by name scanned
// the object's keys eleven times per event (~12 % of validation in batches). Unknown members are
// ignored, as before; absent ones stay undefined.
struct Members
{
    QJsonValue site, domain, name, url, path, referrer, id, timestamp, props, userAgent, userId;

    explicit Members(const QJsonObject &o)
    {
        struct Slot
        {
            QLatin1String key;
            QJsonValue Members::*member;
        };
        static const Slot kSlots[] = {
            {QLatin1String("site"), &Members::site},         {QLatin1String("name"), &Members::name},
            {QLatin1String("url"), &Members::url},           {QLatin1String("id"), &Members::id},
            {QLatin1String("path"), &Members::path},         {QLatin1String("domain"), &Members::domain},
            {QLatin1String("referrer"), &Members::referrer}, {QLatin1String("timestamp"), &Members::timestamp},
            {QLatin1String("props"), &Members::props},       {QLatin1String("user_agent"), &Members::userAgent},
            {QLatin1String("user_id"), &Members::userId},
        };
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const QString key = it.key();
            for (const Slot &slot : kSlots) {
                if (key == slot.key) {
                    this->*slot.member = it.value();
                    break;
                }
            }
        }
    }
};

QString timeText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate); }

} // namespace

// What repeats from event to event of one request (usually all of them: one site, one client, one
// user agent) is looked up, classified and hashed once, not per event.
struct EventValidator::RequestCache
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
};

EventValidator::EventValidator(const SiteStore &sites, VisitorHasher &hasher, IngestLimits limits)
    : m_sites(sites), m_hasher(hasher), m_limits(limits)
{
}

void EventValidator::validateAll(const DecodeResult &decoded, const RequestContext &context,
                                 QList<EventRecord> *events, QList<Rejection> *rejections) const
{
    events->reserve(decoded.items.size());
    RequestCache cache;
    for (qsizetype i = 0; i < decoded.items.size(); ++i) {
        EventRecord event;
        Rejection rejection;
        if (validate(decoded.items.at(i), int(i), context, cache, &event, &rejection))
            events->append(std::move(event));
        else
            rejections->append(std::move(rejection));
    }
}

bool EventValidator::validate(const DecodedItem &item, int index, const RequestContext &context, EventRecord *event,
                              Rejection *rejection) const
{
    RequestCache cache;
    return validate(item, index, context, cache, event, rejection);
}

bool EventValidator::validate(const DecodedItem &item, int index, const RequestContext &context,
                              RequestCache &cache, EventRecord *event, Rejection *rejection) const
{
    rejection->index = index;
    rejection->receivedAtMs = context.receivedAtMs;
    auto reject = [&](const QString &reason, const QString &message) {
        // The bytes as sent are copied only for a rejected event (the quarantine keeps them).
        rejection->payload = !item.raw.isNull()
                                 ? item.raw
                                 : item.span.first(qMin(item.span.size(), qsizetype(m_limits.quarantinePayloadBytes)))
                                       .toByteArray();
        rejection->reason = reason;
        rejection->message = message;
        return false;
    };
    if (!item.errorReason.isEmpty())
        return reject(item.errorReason, item.errorMessage);

    const Members m(item.object);

    // Site: the public site key ("site"), or the site's domain ("domain", as Plausible clients send).
    const QJsonValue siteValue = m.site;
    const QJsonValue domainValue = m.domain;
    std::optional<Site> site;
    if (siteValue.isString()) {
        const QString key = siteValue.toString();
        rejection->siteKey = key.left(100);
        if (!cache.haveSite || key != cache.siteKey) {
            cache.site = m_sites.byKey(key);
            cache.siteKey = key;
            cache.haveSite = true;
        }
        site = cache.site;
    } else if (domainValue.isString()) {
        rejection->siteKey = domainValue.toString().left(100);
        site = m_sites.find(domainValue.toString());
    } else {
        return reject(QStringLiteral("missing_site"),
                      QStringLiteral("Add \"site\" with the site key (pk_…) that `pulse-server site add` printed."));
    }
    if (!site)
        return reject(QStringLiteral("unknown_site"),
                      QStringLiteral("No site has the key or domain '%1'; check the snippet's data-site attribute or "
                                     "create the site with `pulse-server site add DOMAIN`.")
                          .arg(rejection->siteKey));
    rejection->siteId = site->id;
    event->siteId = site->id;

    // Name.
    const QJsonValue nameValue = m.name;
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
        return reject(QStringLiteral("missing_name"),
                      QStringLiteral("Add \"name\", a non-empty string such as \"pageview\" or \"signup\"."));
    event->name = nameValue.toString().trimmed();
    if (event->name.size() > m_limits.maxNameLength)
        return reject(QStringLiteral("name_too_long"), QStringLiteral("The name has %1 characters; at most %2 are allowed.")
                                                           .arg(event->name.size())
                                                           .arg(m_limits.maxNameLength));
    if (hasControlCharacters(event->name))
        return reject(QStringLiteral("name_invalid"), QStringLiteral("The name contains control characters; remove them."));

    // Where it happened.
    const QJsonValue urlValue = m.url;
    const QJsonValue pathValue = m.path;
    QString location;
    if (!urlValue.isUndefined() && !urlValue.isNull()) {
        if (!urlValue.isString())
            return reject(QStringLiteral("invalid_url"), QStringLiteral("\"url\" must be a string."));
        location = urlValue.toString();
        event->host = PathNormalizer::hostOf(location);
    } else if (!pathValue.isUndefined() && !pathValue.isNull()) {
        if (!pathValue.isString())
            return reject(QStringLiteral("invalid_path"), QStringLiteral("\"path\" must be a string such as \"/pricing\"."));
        location = pathValue.toString();
    }
    if (location.size() > m_limits.maxUrlLength)
        return reject(QStringLiteral("url_too_long"), QStringLiteral("The url has %1 characters; at most %2 are allowed.")
                                                          .arg(location.size())
                                                          .arg(m_limits.maxUrlLength));
    event->path = PathNormalizer::normalize(location);
    const qsizetype queryStart = location.indexOf(QLatin1Char('?'));
    UtmParams utm;
    if (queryStart >= 0) {
        qsizetype queryEnd = location.indexOf(QLatin1Char('#'), queryStart);
        if (queryEnd < 0)
            queryEnd = location.size();
        utm = UtmParams::fromQuery(QStringView(location).sliced(queryStart + 1, queryEnd - queryStart - 1));
    }
    event->utmSource = utm.source;
    event->utmMedium = utm.medium;
    event->utmCampaign = utm.campaign;
    event->utmTerm = utm.term;
    event->utmContent = utm.content;

    // Referrer.
    const QJsonValue referrerValue = m.referrer;
    if (!referrerValue.isUndefined() && !referrerValue.isNull()) {
        if (!referrerValue.isString())
            return reject(QStringLiteral("invalid_referrer"), QStringLiteral("\"referrer\" must be a string (a URL)."));
        event->referrer = referrerValue.toString();
        if (event->referrer.size() > m_limits.maxUrlLength)
            return reject(QStringLiteral("referrer_too_long"),
                          QStringLiteral("The referrer has %1 characters; at most %2 are allowed.")
                              .arg(event->referrer.size())
                              .arg(m_limits.maxUrlLength));
    }
    const ReferrerInfo referrer = ReferrerClassifier::classify(event->referrer, site->domain, utm);
    event->source = referrer.source;
    event->sourceClass = referrer.sourceClass;

    // Client event id, for dropping retried duplicates.
    const QJsonValue idValue = m.id;
    if (!idValue.isUndefined() && !idValue.isNull()) {
        if (!readIdLike(idValue, &event->eventId) || event->eventId.isEmpty())
            return reject(QStringLiteral("invalid_id"), QStringLiteral("\"id\" must be a non-empty string or an integer."));
        if (event->eventId.size() > m_limits.maxIdLength)
            return reject(QStringLiteral("id_too_long"), QStringLiteral("\"id\" has %1 characters; at most %2 are allowed.")
                                                             .arg(event->eventId.size())
                                                             .arg(m_limits.maxIdLength));
    }

    // Timestamp: the client's, within the skew window, else the receive time.
    event->receivedAtMs = context.receivedAtMs;
    event->timestampMs = context.receivedAtMs;
    const QJsonValue tsValue = m.timestamp;
    if (!tsValue.isUndefined() && !tsValue.isNull()) {
        qint64 ms = 0;
        if (tsValue.isDouble()) {
            const double d = tsValue.toDouble();
            if (!(d >= 0 && d < 1.0e15))
                return reject(QStringLiteral("invalid_timestamp"),
                              QStringLiteral("\"timestamp\" must be milliseconds since 1970 or an ISO 8601 time."));
            ms = qint64(d);
            if (ms < 100000000000LL)
                return reject(QStringLiteral("invalid_timestamp"),
                              QStringLiteral("\"timestamp\" %1 looks like seconds; send milliseconds since 1970 "
                                             "(multiply by 1000) or an ISO 8601 time.")
                                  .arg(ms));
        } else if (tsValue.isString()) {
            QDateTime parsed = QDateTime::fromString(tsValue.toString(), Qt::ISODateWithMs);
            if (!parsed.isValid())
                return reject(QStringLiteral("invalid_timestamp"),
                              QStringLiteral("\"timestamp\" '%1' is not an ISO 8601 time like 2024-05-01T12:30:00Z.")
                                  .arg(tsValue.toString().left(60)));
            if (parsed.timeSpec() == Qt::LocalTime)
                parsed.setTimeZone(QTimeZone::utc()); // a time without a zone is read as UTC, not server-local
            ms = parsed.toMSecsSinceEpoch();
        } else {
            return reject(QStringLiteral("invalid_timestamp"),
                          QStringLiteral("\"timestamp\" must be milliseconds since 1970 or an ISO 8601 string."));
        }
        if (ms > context.receivedAtMs + m_limits.maxFutureSkewMs)
            return reject(QStringLiteral("timestamp_in_future"),
                          QStringLiteral("\"timestamp\" %1 is more than %2 minutes ahead of the server (%3); check the "
                                         "client's clock.")
                              .arg(timeText(ms))
                              .arg(m_limits.maxFutureSkewMs / 60000)
                              .arg(timeText(context.receivedAtMs)));
        if (!context.historical && ms < context.receivedAtMs - m_limits.maxPastMs)
            return reject(QStringLiteral("timestamp_too_old"),
                          QStringLiteral("\"timestamp\" %1 is more than %2 days old; load history through an import "
                                         "instead.")
                              .arg(timeText(ms))
                              .arg(m_limits.maxPastMs / 86400000));
        event->timestampMs = ms;
    }

    // Properties: a flat object of strings, numbers, booleans or nulls.
    const QJsonValue propsValue = m.props;
    if (!propsValue.isUndefined() && !propsValue.isNull()) {
        if (!propsValue.isObject())
            return reject(QStringLiteral("invalid_props"),
                          QStringLiteral("\"props\" must be an object such as {\"plan\": \"pro\"}."));
        const QJsonObject props = propsValue.toObject();
        if (props.size() > m_limits.maxProps)
            return reject(QStringLiteral("too_many_props"), QStringLiteral("The event has %1 properties; at most %2 are allowed.")
                                                                .arg(props.size())
                                                                .arg(m_limits.maxProps));
        for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
            if (it.key().isEmpty() || it.key().size() > m_limits.maxPropKeyLength || hasControlCharacters(it.key()))
                return reject(QStringLiteral("invalid_prop_key"),
                              QStringLiteral("Property names must be 1 to %1 characters without control characters; "
                                             "'%2' is not.")
                                  .arg(m_limits.maxPropKeyLength)
                                  .arg(it.key().left(60)));
            const QJsonValue v = it.value();
            if (v.isObject() || v.isArray())
                return reject(QStringLiteral("invalid_prop_value"),
                              QStringLiteral("Property '%1' is an object or array; values must be strings, numbers, "
                                             "booleans or null (flatten it, e.g. \"%1_id\").")
                                  .arg(it.key().left(60)));
            if (v.isString() && v.toString().toUtf8().size() > m_limits.maxPropValueBytes)
                return reject(QStringLiteral("prop_value_too_long"),
                              QStringLiteral("Property '%1' is %2 bytes; values may be at most %3 bytes.")
                                  .arg(it.key().left(60))
                                  .arg(v.toString().toUtf8().size())
                                  .arg(m_limits.maxPropValueBytes));
        }
        if (!props.isEmpty())
            event->propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
    }

    // Who: the app's user id when given, else a cookieless daily id.
    QByteArray userAgent = context.userAgent;
    const QJsonValue uaValue = m.userAgent;
    if (uaValue.isString())
        userAgent = uaValue.toString().left(1024).toUtf8();
    const QJsonValue userValue = m.userId;
    if (!userValue.isUndefined() && !userValue.isNull()) {
        if (!readIdLike(userValue, &event->userId) || event->userId.isEmpty())
            return reject(QStringLiteral("invalid_user_id"),
                          QStringLiteral("\"user_id\" must be a non-empty string or an integer."));
        if (event->userId.size() > m_limits.maxIdLength)
            return reject(QStringLiteral("user_id_too_long"),
                          QStringLiteral("\"user_id\" has %1 characters; at most %2 are allowed.")
                              .arg(event->userId.size())
                              .arg(m_limits.maxIdLength));
        event->visitorId = VisitorHasher::userId(site->id, event->userId);
    } else {
        if (!cache.haveVisitor || cache.visitorSite != site->id || cache.visitorUserAgent != userAgent) {
            cache.visitorId = m_hasher.anonymousId(site->id, context.clientIp, userAgent);
            cache.visitorSite = site->id;
            cache.visitorUserAgent = userAgent;
            cache.haveVisitor = true;
        }
        event->visitorId = cache.visitorId;
    }

    if (!cache.haveUa || cache.userAgent != userAgent) {
        cache.ua = UserAgentClassifier::classify(QString::fromUtf8(userAgent));
        cache.userAgent = userAgent;
        cache.haveUa = true;
    }
    event->browser = cache.ua.browser;
    event->os = cache.ua.os;
    event->device = cache.ua.device;
    event->isBot = cache.ua.bot;
    // UTF-8 for the writer, encoded here on the validating thread instead of on the single writer.
    event->encodeText();
    return true;
}

} // namespace pulse
