// Referrer and campaign classification. The tables below are the whole rule set: a source is
// "known" only if listed here, everything else is reported by its host under "other". Lookups
// work on views and a stack buffer, so direct, internal and known referrers allocate nothing.
#include "ingest/enrich/ReferrerClassifier.h"

#include "ingest/enrich/PathNormalizer.h"

#include <QHash>
#include <QVarLengthArray>

namespace pulse {

namespace {

enum class SourceClass : quint8 { Direct, Search, Social, Email, Paid, Internal, Other };

QString className(SourceClass sourceClass)
{
    switch (sourceClass) {
    case SourceClass::Direct:
        return QStringLiteral("direct");
    case SourceClass::Search:
        return QStringLiteral("search");
    case SourceClass::Social:
        return QStringLiteral("social");
    case SourceClass::Email:
        return QStringLiteral("email");
    case SourceClass::Paid:
        return QStringLiteral("paid");
    case SourceClass::Internal:
        return QStringLiteral("internal");
    case SourceClass::Other:
        break;
    }
    return QStringLiteral("other");
}

// Views into static storage become QStrings without copying or allocating.
QString staticString(QStringView literal)
{
    return QString::fromRawData(literal.data(), literal.size());
}

struct KnownSource {
    QStringView key; // lower-case host, app package or utm_source spelling
    QStringView name;
    SourceClass sourceClass;
};

// Hosts match themselves and their subdomains (m.facebook.com, uk.search.yahoo.com); the longest
// listed suffix wins, so mail.google.com is webmail while google.com is search.
constexpr KnownSource KnownHosts[] = {
    // Search engines (Google's and Yandex's country domains are matched by brandOf()).
    { u"bing.com", u"Bing", SourceClass::Search },
    { u"duckduckgo.com", u"DuckDuckGo", SourceClass::Search },
    { u"search.yahoo.com", u"Yahoo", SourceClass::Search },
    { u"search.yahoo.co.jp", u"Yahoo", SourceClass::Search },
    { u"baidu.com", u"Baidu", SourceClass::Search },
    { u"ecosia.org", u"Ecosia", SourceClass::Search },
    { u"search.brave.com", u"Brave Search", SourceClass::Search },
    { u"startpage.com", u"Startpage", SourceClass::Search },
    { u"qwant.com", u"Qwant", SourceClass::Search },
    { u"naver.com", u"Naver", SourceClass::Search },
    { u"seznam.cz", u"Seznam", SourceClass::Search },
    { u"ya.ru", u"Yandex", SourceClass::Search },
    // Social networks and messengers.
    { u"facebook.com", u"Facebook", SourceClass::Social },
    { u"fb.com", u"Facebook", SourceClass::Social },
    { u"fb.me", u"Facebook", SourceClass::Social },
    { u"instagram.com", u"Instagram", SourceClass::Social },
    { u"t.co", u"Twitter", SourceClass::Social },
    { u"twitter.com", u"Twitter", SourceClass::Social },
    { u"x.com", u"Twitter", SourceClass::Social },
    { u"linkedin.com", u"LinkedIn", SourceClass::Social },
    { u"lnkd.in", u"LinkedIn", SourceClass::Social },
    { u"reddit.com", u"Reddit", SourceClass::Social },
    { u"youtube.com", u"YouTube", SourceClass::Social },
    { u"youtu.be", u"YouTube", SourceClass::Social },
    { u"tiktok.com", u"TikTok", SourceClass::Social },
    { u"news.ycombinator.com", u"Hacker News", SourceClass::Social },
    { u"whatsapp.com", u"WhatsApp", SourceClass::Social },
    { u"wa.me", u"WhatsApp", SourceClass::Social },
    { u"t.me", u"Telegram", SourceClass::Social },
    { u"telegram.org", u"Telegram", SourceClass::Social },
    { u"discord.com", u"Discord", SourceClass::Social },
    { u"discordapp.com", u"Discord", SourceClass::Social },
    { u"bsky.app", u"Bluesky", SourceClass::Social },
    { u"threads.net", u"Threads", SourceClass::Social },
    { u"vk.com", u"VK", SourceClass::Social },
    // Mastodon is federated: only the largest instances are known; the rest show as their host.
    { u"mastodon.social", u"Mastodon", SourceClass::Social },
    { u"mastodon.online", u"Mastodon", SourceClass::Social },
    { u"mas.to", u"Mastodon", SourceClass::Social },
    { u"fosstodon.org", u"Mastodon", SourceClass::Social },
    { u"hachyderm.io", u"Mastodon", SourceClass::Social },
    { u"infosec.exchange", u"Mastodon", SourceClass::Social },
    // Webmail.
    { u"mail.google.com", u"Gmail", SourceClass::Email },
    { u"outlook.live.com", u"Outlook", SourceClass::Email },
    { u"outlook.office.com", u"Outlook", SourceClass::Email },
    { u"outlook.office365.com", u"Outlook", SourceClass::Email },
    { u"mail.yahoo.com", u"Yahoo Mail", SourceClass::Email },
    { u"mail.proton.me", u"Proton Mail", SourceClass::Email },
};

// Sites with a domain per country: google.com, google.co.uk, google.com.br, yandex.ru, ...
// Only the bare domain counts (docs.google.com is not a search engine).
constexpr KnownSource Brands[] = {
    { u"google", u"Google", SourceClass::Search },
    { u"yandex", u"Yandex", SourceClass::Search },
    { u"pinterest", u"Pinterest", SourceClass::Social },
};

// android-app:// referrers name the app that opened the link.
constexpr KnownSource KnownApps[] = {
    { u"com.google.android.gm", u"Gmail", SourceClass::Email },
    { u"com.microsoft.office.outlook", u"Outlook", SourceClass::Email },
    { u"com.google.android.googlequicksearchbox", u"Google", SourceClass::Search },
    { u"com.facebook.katana", u"Facebook", SourceClass::Social },
    { u"com.instagram.android", u"Instagram", SourceClass::Social },
    { u"com.twitter.android", u"Twitter", SourceClass::Social },
    { u"com.linkedin.android", u"LinkedIn", SourceClass::Social },
    { u"com.reddit.frontpage", u"Reddit", SourceClass::Social },
    { u"org.telegram.messenger", u"Telegram", SourceClass::Social },
    { u"com.whatsapp", u"WhatsApp", SourceClass::Social },
};

// utm_source spellings people use for the sites above (matched case-insensitively).
constexpr KnownSource KnownUtmSources[] = {
    { u"google", u"Google", SourceClass::Search },
    { u"bing", u"Bing", SourceClass::Search },
    { u"duckduckgo", u"DuckDuckGo", SourceClass::Search },
    { u"yahoo", u"Yahoo", SourceClass::Search },
    { u"yandex", u"Yandex", SourceClass::Search },
    { u"baidu", u"Baidu", SourceClass::Search },
    { u"ecosia", u"Ecosia", SourceClass::Search },
    { u"brave", u"Brave Search", SourceClass::Search },
    { u"startpage", u"Startpage", SourceClass::Search },
    { u"qwant", u"Qwant", SourceClass::Search },
    { u"naver", u"Naver", SourceClass::Search },
    { u"seznam", u"Seznam", SourceClass::Search },
    { u"facebook", u"Facebook", SourceClass::Social },
    { u"fb", u"Facebook", SourceClass::Social },
    { u"instagram", u"Instagram", SourceClass::Social },
    { u"ig", u"Instagram", SourceClass::Social },
    { u"twitter", u"Twitter", SourceClass::Social },
    { u"x", u"Twitter", SourceClass::Social },
    { u"linkedin", u"LinkedIn", SourceClass::Social },
    { u"reddit", u"Reddit", SourceClass::Social },
    { u"youtube", u"YouTube", SourceClass::Social },
    { u"pinterest", u"Pinterest", SourceClass::Social },
    { u"tiktok", u"TikTok", SourceClass::Social },
    { u"hackernews", u"Hacker News", SourceClass::Social },
    { u"hacker news", u"Hacker News", SourceClass::Social },
    { u"hn", u"Hacker News", SourceClass::Social },
    { u"mastodon", u"Mastodon", SourceClass::Social },
    { u"whatsapp", u"WhatsApp", SourceClass::Social },
    { u"telegram", u"Telegram", SourceClass::Social },
    { u"discord", u"Discord", SourceClass::Social },
    { u"bluesky", u"Bluesky", SourceClass::Social },
    { u"threads", u"Threads", SourceClass::Social },
    { u"gmail", u"Gmail", SourceClass::Email },
    { u"outlook", u"Outlook", SourceClass::Email },
};

const QHash<QStringView, const KnownSource *> &hostTable()
{
    static const QHash<QStringView, const KnownSource *> table = [] {
        QHash<QStringView, const KnownSource *> hosts;
        for (const KnownSource &site : KnownHosts)
            hosts.insert(site.key, &site);
        return hosts;
    }();
    return table;
}

// "com", "de", "co.uk", "com.br": the public suffixes a country edition of a site uses.
bool isCountrySuffix(QStringView suffix)
{
    const auto isTwoLetters = [](QStringView s) {
        return s.size() == 2 && s[0].unicode() >= u'a' && s[0].unicode() <= u'z' && s[1].unicode() >= u'a'
            && s[1].unicode() <= u'z';
    };
    if (suffix == u"com" || isTwoLetters(suffix))
        return true;
    if (suffix.startsWith(u"co."))
        return isTwoLetters(suffix.sliced(3));
    if (suffix.startsWith(u"com."))
        return isTwoLetters(suffix.sliced(4));
    return false;
}

const KnownSource *brandOf(QStringView host)
{
    for (const KnownSource &brand : Brands) {
        if (host.size() > brand.key.size() + 1 && host.startsWith(brand.key) && host[brand.key.size()] == u'.'
            && isCountrySuffix(host.sliced(brand.key.size() + 1)))
            return &brand;
    }
    return nullptr;
}

// host is lower case without "www.".
const KnownSource *knownHost(QStringView host)
{
    if (const KnownSource *brand = brandOf(host))
        return brand;
    const QHash<QStringView, const KnownSource *> &table = hostTable();
    QStringView suffix = host;
    while (!suffix.isEmpty()) {
        const auto found = table.constFind(suffix);
        if (found != table.cend())
            return found.value();
        const qsizetype dot = suffix.indexOf(u'.');
        if (dot < 0)
            break;
        suffix = suffix.sliced(dot + 1);
    }
    return nullptr;
}

using HostBuffer = QVarLengthArray<QChar, 256>;

// Lower-cases host into buffer, drops a leading "www.", and returns a view of the result.
QStringView normalizedHost(QStringView host, HostBuffer &buffer)
{
    buffer.resize(host.size());
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char16_t c = host[i].unicode();
        buffer[i] = c < 0x80 ? QChar(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + 32) : c) : host[i].toLower();
    }
    QStringView lower(buffer.constData(), buffer.size());
    if (lower.startsWith(u"www.") && lower.size() > 4)
        lower = lower.sliced(4);
    return lower;
}

bool isInternal(QStringView host, QStringView ownHost)
{
    QStringView own = ownHost.trimmed();
    if (own.contains(u"://"))
        own = PathNormalizer::hostView(own);
    const qsizetype portAfter = own.startsWith(u'[') ? own.indexOf(u']') + 1 : 0; // IPv6 literals hold colons
    const qsizetype colon = own.indexOf(u':', portAfter);
    if (colon >= 0)
        own = own.first(colon);
    if (own.endsWith(u'.'))
        own.chop(1);
    if (own.startsWith(u"www.", Qt::CaseInsensitive) && own.size() > 4)
        own = own.sliced(4);
    if (own.isEmpty())
        return false;
    if (host.compare(own, Qt::CaseInsensitive) == 0)
        return true;
    return host.size() > own.size() && host[host.size() - own.size() - 1] == u'.'
        && host.last(own.size()).compare(own, Qt::CaseInsensitive) == 0;
}

struct Classified {
    QString source;
    SourceClass sourceClass;
};

Classified fromKnown(const KnownSource &known)
{
    return { staticString(known.name), known.sourceClass };
}

Classified fromAndroidApp(QStringView rest)
{
    // Package names are dotted Java identifiers; stop at the first character that cannot be one.
    qsizetype end = 0;
    while (end < rest.size() && end < 128) {
        const char16_t c = rest[end].unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
                || c == u'_'))
            break;
        ++end;
    }
    const QStringView package = rest.first(end);
    if (package.isEmpty())
        return { QString(), SourceClass::Direct };
    for (const KnownSource &app : KnownApps) {
        if (package.compare(app.key, Qt::CaseInsensitive) == 0)
            return fromKnown(app);
    }
    return { package.toString().toLower(), SourceClass::Other };
}

Classified fromReferrer(QStringView referrerUrl, QStringView ownHost)
{
    const QStringView referrer = referrerUrl.trimmed();
    constexpr QStringView androidApp = u"android-app://";
    if (referrer.startsWith(androidApp, Qt::CaseInsensitive))
        return fromAndroidApp(referrer.sliced(androidApp.size()));

    const QStringView rawHost = PathNormalizer::hostView(referrer);
    if (rawHost.isEmpty())
        return { QString(), SourceClass::Direct };
    HostBuffer buffer;
    const QStringView host = normalizedHost(rawHost, buffer);
    if (isInternal(host, ownHost))
        return { QString(), SourceClass::Internal };
    if (const KnownSource *known = knownHost(host))
        return fromKnown(*known);
    return { host.toString(), SourceClass::Other };
}

// The class utm_medium asks for, or Direct when it names none of them.
SourceClass mediumClass(QStringView medium)
{
    static constexpr QStringView paid[] = { u"cpc", u"ppc", u"paid", u"paidsearch", u"paid_search", u"paid-search",
        u"cpm", u"paid_social", u"paidsocial", u"paid-social" };
    static constexpr QStringView email[] = { u"email", u"e-mail", u"e_mail", u"newsletter" };
    static constexpr QStringView social[]
        = { u"social", u"social-network", u"social_network", u"social-media", u"social_media" };
    const auto anyOf = [medium](const auto &names) {
        for (const QStringView name : names) {
            if (medium.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (medium.isEmpty())
        return SourceClass::Direct;
    if (anyOf(paid))
        return SourceClass::Paid;
    if (anyOf(email))
        return SourceClass::Email;
    if (anyOf(social))
        return SourceClass::Social;
    return SourceClass::Direct;
}

// utm_source=google, =Facebook, =news.ycombinator.com or =www.reddit.com name a known source.
const KnownSource *knownUtmSource(QStringView source)
{
    for (const KnownSource &known : KnownUtmSources) {
        if (source.compare(known.key, Qt::CaseInsensitive) == 0)
            return &known;
    }
    if (!source.contains(u'.') || source.size() > 253)
        return nullptr;
    for (const QChar c : source) {
        if (c.unicode() >= 0x80 || !(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            return nullptr;
    }
    HostBuffer buffer;
    return knownHost(normalizedHost(source, buffer));
}

} // namespace

ReferrerInfo ReferrerClassifier::classify(QStringView referrerUrl, QStringView ownHost, const UtmParams &utm)
{
    const SourceClass medium = mediumClass(utm.medium);
    if (!utm.source.isEmpty()) {
        const KnownSource *known = knownUtmSource(utm.source);
        const SourceClass sourceClass
            = medium != SourceClass::Direct ? medium : (known ? known->sourceClass : SourceClass::Other);
        return { known ? staticString(known->name) : utm.source, className(sourceClass) };
    }

    Classified result = fromReferrer(referrerUrl, ownHost);
    // An email link without utm_source still says what it is: mail clients send no Referer.
    if (medium != SourceClass::Direct && result.sourceClass != SourceClass::Internal)
        result.sourceClass = medium;
    return { std::move(result.source), className(result.sourceClass) };
}

} // namespace pulse
