// The demo site a newcomer loads to see real charts at once: thirteen weeks of plausible traffic
// (weekly rhythm, growth, search, social, newsletter and paid campaigns, desktop and mobile, signups
// and purchases), stored through the same writer, enrichment and session logic as live events.
#pragma once

#include "access/SiteStore.h"

namespace pulse {

class Workspace;

class DemoDataGenerator final
{
public:
    static constexpr const char *kDemoDomain = "demo.pulse.local";

    struct Outcome
    {
        Site site;
        bool created = false;
        qint64 events = 0;
    };

    // Adds the demo site with its history ending now, unless a site with the demo domain exists.
    // Deterministic for a given day. Throws SqlError when the workspace cannot be written.
    static Outcome ensureDemoSite(Workspace &workspace, int days = 91);
};

} // namespace pulse
