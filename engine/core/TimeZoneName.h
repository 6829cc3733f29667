#pragma once

// Whether a text names a time zone, by the rule every time zone Pulse takes from a user follows: a site's
// zone, a stats query's `tz`, a retention query's `time_zone`.

#include <QString>

namespace pulse {

// Qt on Linux also takes POSIX TZ strings, so QTimeZone("berlin") or QTimeZone("UTC+5") is valid and
// quietly means UTC (or a fixed offset with the sign reversed). Accept the platform's listed ids, and
// area/location names it can load (Etc/UTC and links like US/Pacific are loadable but not listed).
bool isTimeZoneName(const QString &id);

} // namespace pulse
