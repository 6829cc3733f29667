// The live stream's wire format, version 1 (docs/stream.md): a LiveSnapshot as an "aggregate" message
// and a fed event as an "event" message, both ways. Qt Core only, so the server encodes with it and a
// desktop client connected to a remote server decodes the same JSON into the same value types.
#pragma once

#include "ingest/EventRecord.h"
#include "live/LiveAggregator.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace pulse {

class LiveStreamCodec final {
public:
    static constexpr int kVersion = 1;

    // {"v":1,"type":"aggregate","site":…,"at":…,"events_per_minute":[…],…}; the feed is not part of it
    // (events travel one by one as "event" messages).
    static QJsonObject aggregate(const LiveSnapshot &snapshot);
    // nullopt with *error naming the member that is missing or of the wrong type.
    static std::optional<LiveSnapshot> snapshotFromAggregate(const QJsonObject &message, QString *error);

    // {"v":1,"type":"event","site":…,"event":{…}}: what a live feed shows of one event. The visitor and
    // user ids stay out: a stream key watches traffic, it does not identify people.
    static QJsonObject event(const EventRecord &event);
    static std::optional<EventRecord> eventFromMessage(const QJsonObject &message, QString *error);

    // The envelope every message has: "v" and "type". Empty when message is not version 1.
    static QString typeOf(const QJsonObject &message);
    static QJsonObject envelope(const QString &type);
};

} // namespace pulse
