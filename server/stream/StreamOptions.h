// The live stream's limits and timing (docs/stream.md "Limits"). The interval comes from
// --stream-interval; the rest are fixed here and shrunk by tests.
#pragma once

#include <QtGlobal>

namespace pulse {

struct StreamOptions {
    qint64 intervalMs = 10 * 1000; // aggregates and pings, per subscribed site
    bool autoTick = true; // false: nothing is sent until tick() is called (tests drive time by hand)
    int maxClients = 256; // WebSocket connections in total, handshakes included
    int maxSubscriptions = 50; // sites one connection may watch
    qint64 maxQueuedBytes = 256 * 1024; // per client: nothing more is queued while Qt holds this much
    int maxBehindIntervals = 3; // over the cap this many intervals in a row: closed as too slow
    int pongTimeoutIntervals = 2; // a ping unanswered this long (and nothing queued): closed as dead
    int maxFeedEventsPerInterval = 20; // per subscribed site, the newest; the rest are skipped
    qint64 maxMessageBytes = 4 * 1024; // a client message past this gets an error and is ignored
    qint64 hardMaxMessageBytes = 64 * 1024; // past this Qt closes the connection (1009) without reading on
};

} // namespace pulse
