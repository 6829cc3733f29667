#include "demo/DemoDataGenerator.h"

#include "core/Clock.h"
#include "ingest/VisitorHasher.h"
#include "ingest/enrich/ReferrerClassifier.h"
#include "ingest/enrich/UserAgentClassifier.h"
#include "ingest/enrich/UtmParams.h"
#include "storage/EventWriter.h"
#include "storage/Sqlite.h"
#include "storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cmath>
#include <future>

namespace pulse {

namespace {

constexpr qint64 kDayMs = 86400000;

struct Weighted
{
    const char *value;
    int weight;
};

template<size_t N>
const char *pick(QRandomGenerator &rng, const Weighted (&table)[N])
{
    int total = 0;
    for (const Weighted &w : table)
        total += w.weight;
    int r = int(rng.bounded(total));
    for (const Weighted &w : table) {
        if (r < w.weight)
            return w.value;
        r -= w.weight;
    }
    return table[0].value;
}

const Weighted kUserAgents[] = {
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 30},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15", 12},
    {"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 10},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0", 7},
    {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.51", 6},
    {"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36", 3},
    {"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", 14},
    {"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36", 10},
    {"Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0.0.0 Mobile Safari/537.36", 3},
    {"Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1", 3},
    {"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", 2},
};

// Referrer URL, or "utm:" followed by a query string for campaign traffic; "" is direct.
const Weighted kArrivals[] = {
    {"", 34},
    {"https://www.google.com/", 24},
    {"https://duckduckgo.com/", 4},
    {"https://www.bing.com/", 3},
    {"https://news.ycombinator.com/item?id=40001234", 5},
    {"https://www.reddit.com/r/analytics/comments/abc123/", 4},
    {"https://t.co/xYz123", 3},
    {"https://www.linkedin.com/feed/", 3},
    {"https://github.com/pulse-analytics/pulse", 4},
    {"https://dev.to/someone/product-analytics-without-the-cloud", 2},
    {"utm:utm_source=newsletter&utm_medium=email&utm_campaign=spring-launch", 6},
    {"utm:utm_source=google&utm_medium=cpc&utm_campaign=brand-search&utm_term=pulse+analytics", 5},
    {"utm:utm_source=twitter&utm_medium=social&utm_campaign=launch-week", 3},
};

const Weighted kEntryPages[] = {
    {"/", 38}, {"/blog/local-first-analytics", 10}, {"/blog/funnels-explained", 7}, {"/pricing", 14},
    {"/docs", 9}, {"/features", 10}, {"/docs/getting-started", 7}, {"/changelog", 5},
};

const Weighted kNextPages[] = {
    {"/pricing", 20}, {"/features", 16}, {"/docs", 14}, {"/docs/getting-started", 12}, {"/signup", 12},
    {"/blog", 8}, {"/about", 5}, {"/docs/api", 8}, {"/", 5},
};

} // namespace

DemoDataGenerator::Outcome DemoDataGenerator::ensureDemoSite(Workspace &workspace, int days)
{
    Outcome outcome;
    if (const std::optional<Site> existing = workspace.sites().find(QString::fromLatin1(kDemoDomain))) {
        outcome.site = *existing;
        return outcome;
    }
    QString error;
    const std::optional<Site> site = workspace.sites().add(QString::fromLatin1(kDemoDomain), QStringLiteral("Demo shop"),
                                                           QStringLiteral("UTC"), &error);
    if (!site)
        throw SqlError(error, 0);
    outcome.site = *site;
    outcome.created = true;

    const qint64 now = workspace.clock().nowMs();
    const qint64 firstDay = (now / kDayMs - days + 1) * kDayMs;
    QRandomGenerator rng(quint32(now / kDayMs)); // the same history for everyone who loads it on one day
    QList<EventRecord> pending;
    std::vector<std::future<WriteOutcome>> commits;

    auto flush = [&] {
        if (pending.isEmpty())
            return;
        auto promise = std::make_shared<std::promise<WriteOutcome>>();
        commits.push_back(promise->get_future());
        workspace.writer().submit(std::move(pending), {}, [promise](const WriteOutcome &o) { promise->set_value(o); });
        pending = {};
    };

    qint64 visitorNumber = 0;
    for (int day = 0; day < days; ++day) {
        const qint64 dayStart = firstDay + day * kDayMs;
        const int weekday = int(((dayStart / kDayMs) + 3) % 7); // 0 = Monday (1970-01-01 was a Thursday)
        const double weekly = weekday >= 5 ? 0.62 : 1.0;
        const double growth = 1.0 + 0.006 * day;
        const int visitors = int(260 * weekly * growth * (0.85 + 0.3 * rng.generateDouble()));
        for (int v = 0; v < visitors; ++v) {
            // Returning visitors: a fifth of today's visitors were seen before.
            const qint64 who = (visitorNumber > 50 && rng.bounded(5) == 0) ? qint64(rng.bounded(int(visitorNumber)))
                                                                            : visitorNumber++;
            const qint64 visitorId = VisitorHasher::userId(site->id, QStringLiteral("demo-%1").arg(who));
            const QString ua = QString::fromLatin1(kUserAgents[who % (sizeof kUserAgents / sizeof kUserAgents[0])].value);
            const UserAgentInfo uaInfo = UserAgentClassifier::classify(ua);

            const QString arrival = QString::fromLatin1(pick(rng, kArrivals));
            QString referrer;
            UtmParams utm;
            QString query;
            if (arrival.startsWith(QLatin1String("utm:"))) {
                query = arrival.mid(4);
                utm = UtmParams::fromQuery(query);
            } else {
                referrer = arrival;
            }
            const ReferrerInfo ref = ReferrerClassifier::classify(referrer, site->domain, utm);

            // Daytime-heavy arrival: a bell around 14:00 UTC.
            double hour = 14.0 + 4.0 * (rng.generateDouble() + rng.generateDouble() + rng.generateDouble() - 1.5);
            hour = std::clamp(hour, 0.0, 23.9);
            qint64 ts = dayStart + qint64(hour * 3600000.0) + qint64(rng.bounded(3600000));
            if (ts > now)
                continue;

            const bool bounces = rng.bounded(100) < 42;
            const int pages = bounces ? 1 : 2 + int(rng.bounded(5));
            QString path = QString::fromLatin1(pick(rng, kEntryPages));
            bool signedUp = false;
            for (int p = 0; p < pages && ts <= now; ++p) {
                EventRecord e;
                e.siteId = site->id;
                e.timestampMs = ts;
                e.receivedAtMs = ts;
                e.name = QStringLiteral("pageview");
                e.visitorId = visitorId;
                e.path = path;
                e.host = site->domain;
                if (p == 0) {
                    e.referrer = referrer;
                    e.utmSource = utm.source;
                    e.utmMedium = utm.medium;
                    e.utmCampaign = utm.campaign;
                    e.utmTerm = utm.term;
                }
                e.source = ref.source;
                e.sourceClass = ref.sourceClass;
                e.browser = uaInfo.browser;
                e.os = uaInfo.os;
                e.device = uaInfo.device;
                pending.append(e);

                if (path == QLatin1String("/signup") && !signedUp && rng.bounded(100) < 45) {
                    EventRecord s = e;
                    s.name = QStringLiteral("signup");
                    s.timestampMs = ts + 20000 + rng.bounded(90000);
                    s.receivedAtMs = s.timestampMs;
                    QJsonObject props;
                    props.insert(QStringLiteral("plan"), rng.bounded(100) < 70 ? QStringLiteral("free") : QStringLiteral("pro"));
                    s.propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
                    if (s.timestampMs <= now)
                        pending.append(s);
                    signedUp = true;
                    if (props.value(QStringLiteral("plan")).toString() == QLatin1String("pro") && rng.bounded(100) < 60) {
                        EventRecord buy = s;
                        buy.name = QStringLiteral("purchase");
                        buy.timestampMs = s.timestampMs + 60000 + rng.bounded(240000);
                        buy.receivedAtMs = buy.timestampMs;
                        QJsonObject buyProps;
                        buyProps.insert(QStringLiteral("plan"), QStringLiteral("pro"));
                        buyProps.insert(QStringLiteral("amount"), 29);
                        buy.propsJson = QJsonDocument(buyProps).toJson(QJsonDocument::Compact);
                        if (buy.timestampMs <= now)
                            pending.append(buy);
                    }
                }
                if (path.startsWith(QLatin1String("/docs")) && rng.bounded(100) < 12) {
                    EventRecord d = e;
                    d.name = QStringLiteral("download");
                    d.timestampMs = ts + 5000 + rng.bounded(30000);
                    d.receivedAtMs = d.timestampMs;
                    QJsonObject props;
                    props.insert(QStringLiteral("file"), rng.bounded(2) ? QStringLiteral("pulse-linux.deb")
                                                                        : QStringLiteral("pulse-windows.exe"));
                    d.propsJson = QJsonDocument(props).toJson(QJsonDocument::Compact);
                    if (d.timestampMs <= now)
                        pending.append(d);
                }
                ts += 15000 + rng.bounded(150000);
                path = QString::fromLatin1(pick(rng, kNextPages));
            }
            if (pending.size() >= 1000)
                flush();
        }
    }
    flush();
    for (std::future<WriteOutcome> &f : commits) {
        const WriteOutcome o = f.get();
        if (!o.ok)
            throw SqlError(o.error, 0);
        outcome.events += o.inserted;
    }
    return outcome;
}

} // namespace pulse
