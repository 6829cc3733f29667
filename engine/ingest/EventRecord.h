// The value types that flow from the decoder through validation to the writer: a validated and
// enriched event ready to store, and a rejection kept in the quarantine with its reason.
#pragma once

#include <QByteArray>
#include <QString>

namespace pulse {

struct EventRecord
{
    qint64 siteId = 0;
    QString eventId; // the client's id; null when not given
    qint64 timestampMs = 0;
    qint64 receivedAtMs = 0;
    QString name;
    qint64 visitorId = 0;
    QString userId;
    qint64 sessionId = 0; // assigned by the writer, which owns session state
    QString path;
    QString host;
    QString referrer;
    QString source;
    QString sourceClass;
    QString utmSource, utmMedium, utmCampaign, utmTerm, utmContent;
    QString browser, os, device;
    bool isBot = false;
    QByteArray propsJson; // compact JSON object; empty when there are none

    bool isPageview() const { return name == QLatin1String("pageview"); }
    bool operator==(const EventRecord &) const = default;
};

struct Rejection
{
    qint64 siteId = 0; // 0 when the site is unknown
    QString siteKey;
    qint64 receivedAtMs = 0;
    int index = -1;     // position in the request's batch
    QString reason;     // stable code, e.g. "name_too_long"
    QString message;    // what to fix
    QByteArray payload; // the item as sent, cut to the quarantine limit

    bool operator==(const Rejection &) const = default;
};

} // namespace pulse
