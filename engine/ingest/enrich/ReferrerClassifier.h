// Where a visit came from: a display source ("Google", "Hacker News", "example.org") and a class
// ("search", "social", ...) from campaign parameters or the Referer, for the acquisition reports.
#pragma once

#include "ingest/enrich/UtmParams.h"

#include <QString>
#include <QStringView>

namespace pulse {

struct ReferrerInfo {
    QString source; // display source e.g. "Google", "news.example.com", "" for direct and internal
    QString sourceClass; // "direct", "search", "social", "email", "paid", "internal" or "other"

    friend bool operator==(const ReferrerInfo &, const ReferrerInfo &) = default;
};

class ReferrerClassifier final {
public:
    // utm_source, when present, names the source and utm_medium decides the class; otherwise the
    // referrer's host is looked up in a table of known search engines, social sites and webmail.
    // ownHost (the site's own domain) marks internal navigation, subdomains included. See
    // docs/enrichment.md for the tables. Never fails: unparseable referrers count as direct.
    static ReferrerInfo classify(QStringView referrerUrl, QStringView ownHost, const UtmParams &utm);
};

} // namespace pulse
