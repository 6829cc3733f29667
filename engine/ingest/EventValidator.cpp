#include "ingest/EventValidator.h"

#include "core/ControlCharacters.h"
#include "ingest/VisitorHasher.h"
#include "ingest/enrich/PathNormalizer.h"
#include "ingest/enrich/ReferrerClassifier.h"
#include "ingest/enrich/UtmParams.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace pulse {

namespace {

constexpr qsizetype kMaxCachedUserIds = 65536;

// Strings or numbers are accepted for ids (apps often send numeric user ids); both end up as text.
bool readIdLike(const EventFields::Value &value, QString *out)
{
    if (value.isString()) {
        *out = value.text;
        return true;
    }
    if (value.isNumber()) {
        const double d = value.number;
        // The range first: converting a double outside qint64's range is undefined behaviour.
        if (std::abs(d) < 9.0e15 && d == double(qint64(d))) {
            *out = QString::number(qint64(d));
            return true;
        }
    }
    return false;
}

void readValue(const QJsonValue &json, EventFields::Value *value)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        value->clear();
        break;
    case QJsonValue::String:
        value->setString(json.toString());
        break;
    case QJsonValue::Double:
        value->setNumber(json.toDouble());
        break;
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object:
        value->type = EventFields::Type::Other;
        break;
    }
}

QString timeText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate); }

bool fail(Rejection *rejection, const QString &reason, const QString &message)
{
    rejection->reason = reason;
    rejection->message = message;
    return false;
}

// Text that QJsonDocument writes between quotes unchanged: printable ASCII except quote and backslash.
bool isPlainJsonText(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c < 0x20 || c > 0x7e || c == '"' || c == '\\')
            return false;
    }
    return true;
}

bool isPlainJsonText(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            return false;
    }
    return true;
}

} // namespace

void EventFields::clear()
{
    for (Value *v : {&site, &domain, &name, &url, &path, &referrer, &id, &timestamp, &userAgent, &userId})
        v->clear();
    props = Props::Absent;
    propsObject = QJsonObject();
    propsList.clear(); // keeps its capacity
}

void EventFields::readJson(const QJsonObject &object)
{
    clear();
    // One pass over the object: looking each member up by name scanned the object's keys eleven
    // times per event (~12 % of validation in batches). Absent members stay absent; for a key given
    // twice the later value counts.
    struct Slot
    {
        QLatin1String key;
        Value EventFields::*member;
    };
    static const Slot kSlots[] = {
        {QLatin1String("site"), &EventFields::site},         {QLatin1String("name"), &EventFields::name},
        {QLatin1String("url"), &EventFields::url},           {QLatin1String("id"), &EventFields::id},
        {QLatin1String("path"), &EventFields::path},         {QLatin1String("domain"), &EventFields::domain},
        {QLatin1String("referrer"), &EventFields::referrer}, {QLatin1String("timestamp"), &EventFields::timestamp},
        {QLatin1String("user_agent"), &EventFields::userAgent}, {QLatin1String("user_id"), &EventFields::userId},
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("props")) {
            const QJsonValue v = it.value();
            if (v.isObject()) {
                props = Props::Object;
                propsObject = v.toObject();
            } else {
                props = v.isNull() || v.isUndefined() ? Props::Absent : Props::NotAnObject;
                propsObject = QJsonObject();
            }
            continue;
        }
        for (const Slot &slot : kSlots) {
            if (key == slot.key) {
                readValue(it.value(), &(this->*slot.member));
                break;
            }
        }
    }
}

EventValidator::EventValidator(const SiteStore &sites, VisitorHasher &hasher, IngestLimits limits)
    : m_sites(sites), m_hasher(hasher), m_limits(limits)
{
}

void EventValidator::validateAll(const DecodeResult &decoded, const RequestContext &context,
                                 QList<EventRecord> *events, QList<Rejection> *rejections) const
{
    events->reserve(decoded.items.size());
    Cache cache;
    EventFields fields;
    for (qsizetype i = 0; i < decoded.items.size(); ++i) {
        EventRecord event;
        Rejection rejection;
        if (validate(decoded.items.at(i), int(i), context, cache, fields, &event, &rejection))
            events->append(std::move(event));
        else
            rejections->append(std::move(rejection));
    }
}

bool EventValidator::validate(const DecodedItem &item, int index, const RequestContext &context, EventRecord *event,
                              Rejection *rejection) const
{
    Cache cache;
    EventFields fields;
    return validate(item, index, context, cache, fields, event, rejection);
}

bool EventValidator::validate(const DecodedItem &item, int index, const RequestContext &context, Cache &cache,
                              EventFields &fields, EventRecord *event, Rejection *rejection) const
{
    rejection->index = index;
    rejection->receivedAtMs = context.receivedAtMs;
    bool ok = false;
    if (!item.errorReason.isEmpty()) {
        fail(rejection, item.errorReason, item.errorMessage);
    } else {
        fields.readJson(item.object);
        ok = check(fields, context, cache, event, rejection);
    }
    if (!ok) {
        // The bytes as sent are copied only for a rejected event (the quarantine keeps them).
        rejection->payload = !item.raw.isNull()
                                 ? item.raw
                                 : item.span.first(qMin(item.span.size(), qsizetype(m_limits.quarantinePayloadBytes)))
                                       .toByteArray();
    }
    return ok;
}

bool EventValidator::validate(const EventFields &fields, int index, const RequestContext &context, Cache &cache,
                              EventRecord *event, Rejection *rejection) const
{
    rejection->index = index;
    rejection->receivedAtMs = context.receivedAtMs;
    return check(fields, context, cache, event, rejection);
}

bool EventValidator::check(const EventFields &f, const RequestContext &context, Cache &cache, EventRecord *event,
                           Rejection *rejection) const
{
    // Site: the public site key ("site"), or the site's domain ("domain", as Plausible clients send).
    std::optional<Site> byDomain;
    const Site *site = nullptr;
    if (f.site.isString()) {
        const QString &key = f.site.text;
        rejection->siteKey = key.left(100);
        if (!cache.haveSite || key != cache.siteKey) {
            cache.site = m_sites.byKey(key);
            cache.siteKey = key;
            cache.haveSite = true;
        }
        site = cache.site ? &*cache.site : nullptr;
    } else if (f.domain.isString()) {
        rejection->siteKey = f.domain.text.left(100);
        byDomain = m_sites.find(f.domain.text);
        site = byDomain ? &*byDomain : nullptr;
    } else {
        return fail(rejection, QStringLiteral("missing_site"),
                    QStringLiteral("Add \"site\" with the site key (pk_…) that `pulse-server site add` printed."));
    }
    if (!site)
        return fail(rejection, QStringLiteral("unknown_site"),
                    QStringLiteral("No site has the key or domain '%1'; check the snippet's data-site attribute or "
                                   "create the site with `pulse-server site add DOMAIN`.")
                        .arg(rejection->siteKey));
    rejection->siteId = site->id;
    event->siteId = site->id;

    // The site's own rules about who may send and what is kept (SiteSettings).
    const SiteSettings &settings = site->settings;
    if (!context.origin.isEmpty() && !settings.allowsOrigin(QString::fromUtf8(context.origin)))
        return fail(rejection, QStringLiteral("origin_not_allowed"),
                    QStringLiteral("The page's origin %1 is not among the site's allowed origins; add it to "
                                   "\"allowed_origins\" (PUT /api/v1/sites/%2) or send from an allowed page.")
                        .arg(QString::fromUtf8(context.origin.left(200)))
                        .arg(site->id));
    if (context.doNotTrack && settings.respectDnt)
        return fail(rejection, QStringLiteral("do_not_track"),
                    QStringLiteral("The browser sent \"DNT: 1\" and this site respects Do Not Track; nothing was "
                                   "stored."));

    // Name.
    const EventFields::Value &nameValue = f.name;
    if (!nameValue.isString() || nameValue.text.trimmed().isEmpty())
        return fail(rejection, QStringLiteral("missing_name"),
                      QStringLiteral("Add \"name\", a non-empty string such as \"pageview\" or \"signup\"."));
    event->name = nameValue.text.trimmed();
    if (event->name.size() > m_limits.maxNameLength)
        return fail(rejection, QStringLiteral("name_too_long"), QStringLiteral("The name has %1 characters; at most %2 are allowed.")
                                                           .arg(event->name.size())
                                                           .arg(m_limits.maxNameLength));
    if (hasControlCharacters(event->name))
        return fail(rejection, QStringLiteral("name_invalid"), QStringLiteral("The name contains control characters; remove them."));

    // Where it happened.
    const EventFields::Value &urlValue = f.url;
    const EventFields::Value &pathValue = f.path;
    QString location;
    if (!urlValue.isAbsent()) {
        if (!urlValue.isString())
            return fail(rejection, QStringLiteral("invalid_url"), QStringLiteral("\"url\" must be a string."));
        location = urlValue.text;
        event->host = PathNormalizer::hostOf(location);
    } else if (!pathValue.isAbsent()) {
        if (!pathValue.isString())
            return fail(rejection, QStringLiteral("invalid_path"), QStringLiteral("\"path\" must be a string such as \"/pricing\"."));
        location = pathValue.text;
    }
    if (location.size() > m_limits.maxUrlLength)
        return fail(rejection, QStringLiteral("url_too_long"), QStringLiteral("The url has %1 characters; at most %2 are allowed.")
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
    const EventFields::Value &referrerValue = f.referrer;
    if (!referrerValue.isAbsent()) {
        if (!referrerValue.isString())
            return fail(rejection, QStringLiteral("invalid_referrer"), QStringLiteral("\"referrer\" must be a string (a URL)."));
        event->referrer = referrerValue.text;
        if (event->referrer.size() > m_limits.maxUrlLength)
            return fail(rejection, QStringLiteral("referrer_too_long"),
                          QStringLiteral("The referrer has %1 characters; at most %2 are allowed.")
                              .arg(event->referrer.size())
                              .arg(m_limits.maxUrlLength));
    }
    const ReferrerInfo referrer = ReferrerClassifier::classify(event->referrer, site->domain, utm);
    event->source = referrer.source;
    event->sourceClass = referrer.sourceClass;

    // Client event id, for dropping retried duplicates.
    const EventFields::Value &idValue = f.id;
    if (!idValue.isAbsent()) {
        if (!readIdLike(idValue, &event->eventId) || event->eventId.isEmpty())
            return fail(rejection, QStringLiteral("invalid_id"),
                QStringLiteral("\"id\" must be a non-empty string or a whole number below 9e15 (send larger "
                               "numbers as strings)."));
        if (event->eventId.size() > m_limits.maxIdLength)
            return fail(rejection, QStringLiteral("id_too_long"), QStringLiteral("\"id\" has %1 characters; at most %2 are allowed.")
                                                             .arg(event->eventId.size())
                                                             .arg(m_limits.maxIdLength));
    }

    // Timestamp: the client's, within the skew window, else the receive time.
    event->receivedAtMs = context.receivedAtMs;
    event->timestampMs = context.receivedAtMs;
    const EventFields::Value &tsValue = f.timestamp;
    if (!tsValue.isAbsent()) {
        qint64 ms = 0;
        if (tsValue.isNumber()) {
            const double d = tsValue.number;
            if (!(d >= 0 && d < 1.0e15))
                return fail(rejection, QStringLiteral("invalid_timestamp"),
                              QStringLiteral("\"timestamp\" must be milliseconds since 1970 or an ISO 8601 time."));
            ms = qint64(d);
            if (ms < 100000000000LL)
                return fail(rejection, QStringLiteral("invalid_timestamp"),
                              QStringLiteral("\"timestamp\" %1 looks like seconds; send milliseconds since 1970 "
                                             "(multiply by 1000) or an ISO 8601 time.")
                                  .arg(ms));
        } else if (tsValue.isString()) {
            QDateTime parsed = QDateTime::fromString(tsValue.text, Qt::ISODateWithMs);
            if (!parsed.isValid())
                return fail(rejection, QStringLiteral("invalid_timestamp"),
                              QStringLiteral("\"timestamp\" '%1' is not an ISO 8601 time like 2024-05-01T12:30:00Z.")
                                  .arg(tsValue.text.left(60)));
            if (parsed.timeSpec() == Qt::LocalTime)
                parsed.setTimeZone(QTimeZone::utc()); // a time without a zone is read as UTC, not server-local
            ms = parsed.toMSecsSinceEpoch();
        } else {
            return fail(rejection, QStringLiteral("invalid_timestamp"),
                          QStringLiteral("\"timestamp\" must be milliseconds since 1970 or an ISO 8601 string."));
        }
        if (ms > context.receivedAtMs + m_limits.maxFutureSkewMs)
            return fail(rejection, QStringLiteral("timestamp_in_future"),
                          QStringLiteral("\"timestamp\" %1 is more than %2 minutes ahead of the server (%3); check the "
                                         "client's clock.")
                              .arg(timeText(ms))
                              .arg(m_limits.maxFutureSkewMs / 60000)
                              .arg(timeText(context.receivedAtMs)));
        if (!context.historical && ms < context.receivedAtMs - m_limits.maxPastMs)
            return fail(rejection, QStringLiteral("timestamp_too_old"),
                          QStringLiteral("\"timestamp\" %1 is more than %2 days old; load history through an import "
                                         "instead.")
                              .arg(timeText(ms))
                              .arg(m_limits.maxPastMs / 86400000));
        event->timestampMs = ms;
    }

    // Properties: a flat object of strings, numbers, booleans or nulls.
    if (!checkProps(f, event, rejection))
        return false;

    // Who: the app's user id when given, else a cookieless daily id.
    QByteArray userAgent = context.userAgent;
    if (f.userAgent.isString())
        userAgent = f.userAgent.text.left(1024).toUtf8();
    const EventFields::Value &userValue = f.userId;
    if (userValue.isAbsent() && settings.identityMode == SiteSettings::IdentityMode::UserId)
        return fail(rejection, QStringLiteral("user_id_required"),
                    QStringLiteral("This site counts people by user id (identity_mode \"user_id\"); add \"user_id\" "
                                   "to every event, or switch the site to \"cookieless\"."));
    if (!userValue.isAbsent()) {
        if (!readIdLike(userValue, &event->userId) || event->userId.isEmpty())
            return fail(rejection, QStringLiteral("invalid_user_id"),
                QStringLiteral("\"user_id\" must be a non-empty string or a whole number below 9e15 (send larger "
                               "numbers as strings)."));
        if (event->userId.size() > m_limits.maxIdLength)
            return fail(rejection, QStringLiteral("user_id_too_long"),
                          QStringLiteral("\"user_id\" has %1 characters; at most %2 are allowed.")
                              .arg(event->userId.size())
                              .arg(m_limits.maxIdLength));
        // The hash is the costly part, and an import sees each user many times.
        if (cache.userSite != site->id || cache.userVisitorIds.size() >= kMaxCachedUserIds) {
            cache.userVisitorIds.clear();
            cache.userSite = site->id;
        }
        auto known = cache.userVisitorIds.constFind(event->userId);
        if (known == cache.userVisitorIds.constEnd())
            known = cache.userVisitorIds.insert(event->userId, VisitorHasher::userId(site->id, event->userId));
        event->visitorId = *known;
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
    // The collector counts a request without a user agent as a bot: browsers always send one. Imported
    // history often has none (server-side events, other tools' exports), and is not bot traffic.
    event->isBot = cache.ua.bot && !(context.historical && userAgent.isEmpty());
    // Live traffic from an identified bot is refused when the site filters bots (the default).
    // Stored flagged either way: imported history (recorded elsewhere), and requests without any
    // user agent, which server-side senders often are.
    if (event->isBot && settings.botFiltering && !context.historical && !userAgent.isEmpty())
        return fail(rejection, QStringLiteral("bot"),
                    QStringLiteral("The request came from a bot or crawler (User-Agent '%1'); this site filters bots. "
                                   "Set \"bot_filtering\" to false to store them flagged instead.")
                        .arg(QString::fromUtf8(userAgent.left(120))));
    // UTF-8 for the writer, encoded here on the validating thread instead of on the single writer.
    event->encodeText();
    return true;
}

bool EventValidator::checkProps(const EventFields &f, EventRecord *event, Rejection *rejection) const
{
    if (f.props == EventFields::Props::Absent)
        return true;
    if (f.props == EventFields::Props::NotAnObject)
        return fail(rejection, QStringLiteral("invalid_props"),
                    QStringLiteral("\"props\" must be an object such as {\"plan\": \"pro\"}."));
    auto tooMany = [&](qsizetype count) {
        return fail(rejection, QStringLiteral("too_many_props"),
                    QStringLiteral("The event has %1 properties; at most %2 are allowed.").arg(count).arg(m_limits.maxProps));
    };
    auto badKey = [&](QStringView key) {
        if (!key.isEmpty() && key.size() <= m_limits.maxPropKeyLength && !hasControlCharacters(key))
            return false;
        fail(rejection, QStringLiteral("invalid_prop_key"),
             QStringLiteral("Property names must be 1 to %1 characters without control characters; '%2' is not.")
                 .arg(m_limits.maxPropKeyLength)
                 .arg(key.left(60)));
        return true;
    };
    auto tooLong = [&](QStringView key, qsizetype bytes) {
        if (bytes <= m_limits.maxPropValueBytes)
            return false;
        fail(rejection, QStringLiteral("prop_value_too_long"),
             QStringLiteral("Property '%1' is %2 bytes; values may be at most %3 bytes.")
                 .arg(key.left(60))
                 .arg(bytes)
                 .arg(m_limits.maxPropValueBytes));
        return true;
    };

    if (f.props == EventFields::Props::List) {
        // Names in strictly increasing order and plain ASCII text: the compact JSON text is written
        // directly, exactly as QJsonDocument writes it (a sorted object, nothing to escape). Anything
        // else takes the object path below, so the stored text never depends on the path taken.
        bool plain = true;
        for (qsizetype i = 0; plain && i < f.propsList.size(); ++i) {
            const auto &[key, value] = f.propsList.at(i);
            plain = isPlainJsonText(QStringView(key)) && isPlainJsonText(value)
                    && (i == 0 || f.propsList.at(i - 1).first < key);
        }
        if (plain) {
            if (f.propsList.size() > m_limits.maxProps)
                return tooMany(f.propsList.size());
            qsizetype bytes = 2;
            for (const auto &[key, value] : f.propsList) {
                if (badKey(key) || tooLong(key, value.size()))
                    return false;
                bytes += key.size() + value.size() + 6;
            }
            if (f.propsList.isEmpty())
                return true;
            QByteArray &json = event->propsJson;
            json.reserve(bytes);
            json.append('{');
            for (const auto &[key, value] : f.propsList) {
                if (json.size() > 1)
                    json.append(',');
                json.append('"');
                for (QChar c : key)
                    json.append(char(c.unicode()));
                json.append("\":\"", 3).append(value).append('"');
            }
            json.append('}');
            return true;
        }
    }

    QJsonObject list;
    if (f.props == EventFields::Props::List) {
        for (const auto &[key, value] : f.propsList)
            list.insert(key, QString::fromUtf8(value));
    }
    const QJsonObject &props = f.props == EventFields::Props::List ? list : f.propsObject;
    if (props.size() > m_limits.maxProps)
        return tooMany(props.size());
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        const QString key = it.key();
        if (badKey(key))
            return false;
        const QJsonValue v = it.value();
        if (v.isObject() || v.isArray())
            return fail(rejection, QStringLiteral("invalid_prop_value"),
                        QStringLiteral("Property '%1' is an object or array; values must be strings, numbers, "
                                       "booleans or null (flatten it, e.g. \"%1_id\").")
                            .arg(key.left(60)));
        if (v.isString() && tooLong(key, v.toString().toUtf8().size()))
            return false;
    }
    if (!props.isEmpty())
        event->propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace pulse
