// What the funnel builder offers for completion: the site's event names and paths, and the properties
// filters and breakdowns accept (the built-in ones, then "prop.KEY" for each custom key seen).
#pragma once

#include "analytics/EventCatalog.h"
#include "analytics/funnel/FunnelQuery.h"

#include <QStringList>

namespace pulse::ui {

struct FunnelCompletions {
    QStringList events;
    QStringList paths;
    QStringList properties;

    bool operator==(const FunnelCompletions &) const = default;

    static FunnelCompletions fromCatalog(const EventCatalog &catalog)
    {
        FunnelCompletions out;
        for (const CatalogEntry &entry : catalog.eventNames)
            out.events.append(entry.value);
        for (const CatalogEntry &entry : catalog.paths)
            out.paths.append(entry.value);
        out.properties = EventFilter::builtInProperties();
        for (const CatalogEntry &entry : catalog.propertyKeys)
            out.properties.append(QStringLiteral("prop.") + entry.value);
        return out;
    }
};

} // namespace pulse::ui
