// The documented limits every incoming event is held to (docs/collect-api.md lists them for users).
#pragma once

#include <QtGlobal>

namespace pulse {

struct IngestLimits
{
    int maxEventsPerRequest = 5000;
    int maxNameLength = 200;
    int maxProps = 64;
    int maxPropKeyLength = 200;
    int maxPropValueBytes = 1024;
    int maxEventBytes = 32 * 1024;
    int maxDepth = 32; // nesting levels within one event (the event object itself is level 1)
    int maxUrlLength = 2048;
    int maxIdLength = 200;
    qint64 maxFutureSkewMs = 10 * 60 * 1000;          // client clocks may run up to 10 minutes ahead
    qint64 maxPastMs = 7LL * 24 * 60 * 60 * 1000;      // older events belong in an import
    int quarantinePayloadBytes = 4096;
    int quarantineCapacityPerSite = 10000;
};

} // namespace pulse
