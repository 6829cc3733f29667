// User-Agent classification: a small, documented rule set rather than a full device database.
//
// How a User-Agent is read (only its first 1024 UTF-16 code units; real ones are under 500):
//  1. One pass splits it into product tokens ("Chrome/120.0.0.0", "Mobile"), parenthesised
//     comments (nesting allowed; the first one is the platform, e.g. "Windows NT 10.0; Win64; x64")
//     and bracketed groups (Facebook's "[FBAN/FBIOS;FBAV/444.0...]").
//  2. A second pass looks, case-insensitively, for bot and tool signatures. A named crawler
//     (Googlebot, Bingbot, UptimeRobot, HeadlessChrome, Lighthouse, ...) beats an HTTP library
//     (curl, Wget, python-requests, Go-http-client, node-fetch, axios, ...), which beats a generic
//     word ("bot", "crawl", "spider", "+http"); the earliest match wins among equals. "Cubot" (a
//     phone brand) is not a bot. Bots get device "bot", browser = the bot's name ("Other" for
//     generic matches) and keep whatever OS their string claims. An empty or blank User-Agent is
//     a bot with device "other": browsers always send one.
//  3. Browser, first matching rule wins, version = major number of the named token:
//       [FBAN/ or [FB_IAB/ .. FBAV/ -> Facebook   | Instagram <ver>      -> Instagram
//       Edg/ EdgA/ EdgiOS/ Edge/     -> Edge      | OPR/ OPiOS/ Opera/   -> Opera (Presto: Version/)
//       SamsungBrowser/              -> Samsung Internet | YaBrowser/    -> Yandex
//       Vivaldi/ -> Vivaldi (since 2019 it mostly omits the token and counts as Chrome)
//       UCBrowser/ -> UC Browser     | DuckDuckGo/ Ddg/ -> DuckDuckGo
//       CriOS/ -> Chrome (iOS)       | FxiOS/ -> Firefox (iOS)
//       MSIE <ver> or Trident/<n>    -> Internet Explorer (Trident n = IE n+4)
//       Firefox/                     -> Firefox
//       Android and ("; wv" or Version/ next to Chrome/) -> Android WebView (Chrome's version)
//       Chrome/ Chromium/            -> Chrome (Brave, Arc and Electron apps look exactly like it)
//       Safari/ + Version/ on macOS, iOS or iPadOS -> Safari (desktop and mobile alike)
//       Safari/ + Version/ on Android -> Android Browser (the pre-Chrome stock browser)
//       anything else                -> Other
//  4. OS from the platform comment: iPad -> iPadOS, iPhone/iPod -> iOS, Android, Windows (NT
//     version mapped to the marketing name; Windows 11 still says "NT 10.0", so it reports "10"),
//     CrOS -> Chrome OS, Macintosh -> macOS ("10.15": Safari, Chrome and Firefox freeze the
//     version there, so newer Macs also say 10.15), Linux, else Other. iPadOS 13+ Safari asks for
//     desktop sites by default and sends a Macintosh User-Agent that no server-side rule can tell
//     from a Mac; only the browser (navigator.maxTouchPoints > 1) can, so those iPads count as
//     macOS desktops here.
//  5. Device: iPhone/iPod and Android with a "Mobile" token -> mobile; iPad and Android without
//     one -> tablet; Windows, macOS, Linux, Chrome OS and other X11 systems -> desktop; bots ->
//     "bot"; anything else -> "other".
#include "ingest/enrich/UserAgentClassifier.h"

#include <QVarLengthArray>

#include <array>

namespace pulse {

namespace {

constexpr qsizetype MaxScanLength = 1024;

// Views into static storage become QStrings without copying or allocating.
QString staticString(QStringView literal)
{
    return QString::fromRawData(literal.data(), literal.size());
}

char16_t lowerAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Plain search for the short literal needles used here: on strings of a few dozen characters it
// beats QStringView::indexOf(), whose set-up costs more than the scan. Taking the literal as an
// array gives its length at compile time.
template<size_t N> qsizetype find(QStringView haystack, const char16_t (&needle)[N], qsizetype from = 0)
{
    constexpr qsizetype length = N - 1;
    const qsizetype last = haystack.size() - length;
    for (qsizetype i = from; i <= last; ++i) {
        qsizetype k = 0;
        while (k < length && haystack[i + k].unicode() == needle[k])
            ++k;
        if (k == length)
            return i;
    }
    return -1;
}

// Whether word occurs in text at position at.
template<size_t N> bool wordAt(QStringView text, qsizetype at, const char16_t (&word)[N])
{
    constexpr qsizetype length = N - 1;
    if (text.size() - at < length)
        return false;
    for (qsizetype k = 0; k < length; ++k) {
        if (text[at + k].unicode() != word[k])
            return false;
    }
    return true;
}

// The leading decimal number of text, or -1 if there is none or it has more than six digits (no
// real version does; the cap also keeps garbage from overflowing).
int leadingNumber(QStringView text)
{
    int value = 0;
    qsizetype digits = 0;
    for (; digits < text.size() && isAsciiDigit(text[digits]); ++digits) {
        if (digits == 6)
            return -1;
        value = value * 10 + (text[digits].unicode() - u'0');
    }
    return digits > 0 ? value : -1;
}

// Versions repeat endlessly across events. Strings over static storage make classify() allocate
// nothing for them and, unlike shared heap strings, touch no reference count that ingest threads
// would contend on.
QString numberString(int value)
{
    struct Table {
        QChar text[1000][3];
        quint8 length[1000];
    };
    static const Table table = [] {
        Table t {};
        for (int i = 0; i < 1000; ++i) {
            const QString digits = QString::number(i);
            for (qsizetype k = 0; k < digits.size(); ++k)
                t.text[i][k] = digits[k];
            t.length[i] = static_cast<quint8>(digits.size());
        }
        return t;
    }();
    if (value < 0)
        return QString();
    if (value < 1000)
        return QString::fromRawData(table.text[value], table.length[value]);
    return QString::number(value);
}

QString majorVersion(QStringView version)
{
    return numberString(leadingNumber(version));
}

enum class Product : quint8 {
    None,
    Chrome,
    Chromium,
    CriOS,
    Edg,
    EdgA,
    EdgiOS,
    Edge,
    Firefox,
    FxiOS,
    Opr,
    OpiOS,
    Opera,
    Samsung,
    Yandex,
    Vivaldi,
    UcBrowser,
    DuckDuckGo,
    Ddg,
    Version,
    Safari,
    Instagram,
    Mobile,
    Count
};

struct ProductName {
    QStringView name;
    Product product;
};

// The two tokens nearly every User-Agent starts with come first, so their lookup ends at once.
constexpr ProductName ProductNames[] = {
    { u"Mozilla", Product::None },
    { u"AppleWebKit", Product::None },
    { u"Chrome", Product::Chrome },
    { u"Safari", Product::Safari },
    { u"Version", Product::Version },
    { u"Mobile", Product::Mobile },
    { u"Firefox", Product::Firefox },
    { u"Edg", Product::Edg },
    { u"Chromium", Product::Chromium },
    { u"CriOS", Product::CriOS },
    { u"EdgA", Product::EdgA },
    { u"EdgiOS", Product::EdgiOS },
    { u"Edge", Product::Edge },
    { u"FxiOS", Product::FxiOS },
    { u"OPR", Product::Opr },
    { u"OPiOS", Product::OpiOS },
    { u"Opera", Product::Opera },
    { u"SamsungBrowser", Product::Samsung },
    { u"YaBrowser", Product::Yandex },
    { u"Vivaldi", Product::Vivaldi },
    { u"UCBrowser", Product::UcBrowser },
    { u"DuckDuckGo", Product::DuckDuckGo },
    { u"Ddg", Product::Ddg },
    { u"Instagram", Product::Instagram },
};

Product productFor(QStringView name)
{
    if (name.isEmpty())
        return Product::None;
    for (const ProductName &entry : ProductNames) {
        if (entry.name.size() == name.size() && entry.name[0] == name[0] && entry.name == name)
            return entry.product;
    }
    return Product::None;
}

// What one pass over the User-Agent found.
struct Tokens {
    std::array<QStringView, static_cast<size_t>(Product::Count)> version {};
    std::array<bool, static_cast<size_t>(Product::Count)> seen {};
    QStringView platform; // contents of the first (...) comment
    quint32 platformWords = 0; // PlatformWord bits found in platform
    QStringView facebookVersion;
    bool facebook = false;

    bool has(Product p) const { return seen[static_cast<size_t>(p)]; }
    bool platformHas(quint32 words) const { return (platformWords & words) != 0; }
    QStringView versionOf(Product p) const { return version[static_cast<size_t>(p)]; }
};

void readFacebookGroup(QStringView group, Tokens &tokens)
{
    // "FBAN/FBIOS;FBAV/444.0.0.38.113;FBBV/..." or "FB_IAB/FB4A;FBAV/444.0.0.33.118;"
    qsizetype start = 0;
    while (start < group.size()) {
        qsizetype end = group.indexOf(u';', start);
        if (end < 0)
            end = group.size();
        const QStringView item = group.sliced(start, end - start);
        if (wordAt(item, 0, u"FBAN/") || wordAt(item, 0, u"FB_IAB/"))
            tokens.facebook = true;
        else if (wordAt(item, 0, u"FBAV/"))
            tokens.facebookVersion = item.sliced(5);
        start = end + 1;
    }
}

// Words of the platform comment that decide OS, device and a few browsers.
enum PlatformWord : quint32 {
    IPad = 1 << 0,
    IPhone = 1 << 1, // also iPod
    Android = 1 << 2,
    Windows = 1 << 3,
    CrOS = 1 << 4,
    Mac = 1 << 5, // "Macintosh" or "Mac OS X"
    Linux = 1 << 6,
    X11 = 1 << 7,
    Mobile = 1 << 8,
    Msie = 1 << 9, // "MSIE " or "Trident/"
    WebView = 1 << 10, // "; wv", Android's WebView marker
};

// One pass over the platform comment instead of a substring search per word.
quint32 scanPlatform(QStringView platform)
{
    quint32 words = 0;
    for (qsizetype i = 0; i < platform.size(); ++i) {
        switch (platform[i].unicode()) {
        case u'i':
            if (wordAt(platform, i, u"iPad"))
                words |= IPad;
            else if (wordAt(platform, i, u"iPhone") || wordAt(platform, i, u"iPod"))
                words |= IPhone;
            break;
        case u'A':
            if (wordAt(platform, i, u"Android"))
                words |= Android;
            break;
        case u'W':
            if (wordAt(platform, i, u"Windows"))
                words |= Windows;
            break;
        case u'C':
            if (wordAt(platform, i, u"CrOS"))
                words |= CrOS;
            break;
        case u'M':
            if (wordAt(platform, i, u"Macintosh") || wordAt(platform, i, u"Mac OS X"))
                words |= Mac;
            else if (wordAt(platform, i, u"Mobile"))
                words |= Mobile;
            else if (wordAt(platform, i, u"MSIE "))
                words |= Msie;
            break;
        case u'L':
            if (wordAt(platform, i, u"Linux"))
                words |= Linux;
            break;
        case u'X':
            if (wordAt(platform, i, u"X11"))
                words |= X11;
            break;
        case u'T':
            if (wordAt(platform, i, u"Trident/"))
                words |= Msie;
            break;
        case u';':
            if (wordAt(platform, i, u"; wv"))
                words |= WebView;
            break;
        default:
            break;
        }
    }
    return words;
}

Tokens tokenize(QStringView ua)
{
    Tokens tokens;
    bool havePlatform = false;
    bool instagramVersionNext = false; // Instagram writes "Instagram 309.1.1.28.108", no slash
    const qsizetype n = ua.size();
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = ua[i].unicode();
        if (c == u' ') {
            ++i;
        } else if (c == u'(') {
            const qsizetype start = ++i;
            qsizetype depth = 1; // device names nest, e.g. "moto g power (2022)"
            while (i < n && depth > 0) {
                if (ua[i] == u'(')
                    ++depth;
                else if (ua[i] == u')')
                    --depth;
                ++i;
            }
            if (!havePlatform) {
                tokens.platform = ua.sliced(start, (depth == 0 ? i - 1 : i) - start);
                havePlatform = true;
            }
            instagramVersionNext = false;
        } else if (c == u'[') {
            const qsizetype start = ++i;
            while (i < n && ua[i] != u']')
                ++i;
            readFacebookGroup(ua.sliced(start, i - start), tokens);
            if (i < n)
                ++i;
            instagramVersionNext = false;
        } else {
            const qsizetype start = i;
            qsizetype slash = -1; // within the token
            for (; i < n; ++i) {
                const char16_t t = ua[i].unicode();
                if (t == u' ' || t == u'(' || t == u'[')
                    break;
                if (t == u'/' && slash < 0)
                    slash = i - start;
            }
            const QStringView token = ua.sliced(start, i - start);
            if (instagramVersionNext) {
                tokens.version[static_cast<size_t>(Product::Instagram)] = token;
                instagramVersionNext = false;
                continue;
            }
            const Product product = productFor(slash < 0 ? token : token.first(slash));
            const auto index = static_cast<size_t>(product);
            if (product == Product::None || tokens.seen[index])
                continue;
            tokens.seen[index] = true;
            if (slash >= 0)
                tokens.version[index] = token.sliced(slash + 1);
            else if (product == Product::Instagram)
                instagramVersionNext = true;
        }
    }
    tokens.platformWords = scanPlatform(tokens.platform);
    return tokens;
}

// --- bots -------------------------------------------------------------------------------------

enum BotRank : quint8 { Generic = 1, Tool = 2, Crawler = 3 };

struct BotSignature {
    QStringView needle; // lowercase ASCII, matched case-insensitively
    QStringView name; // empty: report browser "Other"
    BotRank rank;
};

constexpr BotSignature BotSignatures[] = {
    // Named crawlers, link previewers, monitors and headless browsers.
    { u"googlebot", u"Googlebot", Crawler },
    { u"adsbot-google", u"Google AdsBot", Crawler },
    { u"mediapartners-google", u"Google AdSense", Crawler },
    { u"google-inspectiontool", u"Google Inspection Tool", Crawler },
    { u"storebot-google", u"Google StoreBot", Crawler },
    { u"feedfetcher-google", u"Google Feedfetcher", Crawler },
    { u"googleother", u"GoogleOther", Crawler },
    { u"bingbot", u"Bingbot", Crawler },
    { u"bingpreview", u"Bingbot", Crawler },
    { u"msnbot", u"Bingbot", Crawler },
    { u"slurp", u"Yahoo Slurp", Crawler },
    { u"duckduckbot", u"DuckDuckBot", Crawler },
    { u"baiduspider", u"Baiduspider", Crawler },
    { u"yandexbot", u"YandexBot", Crawler },
    { u"applebot", u"Applebot", Crawler },
    { u"facebookexternalhit", u"Facebook Crawler", Crawler },
    { u"facebookcatalog", u"Facebook Crawler", Crawler },
    { u"meta-externalagent", u"Facebook Crawler", Crawler },
    { u"twitterbot", u"Twitterbot", Crawler },
    { u"linkedinbot", u"LinkedInBot", Crawler },
    { u"slackbot", u"Slackbot", Crawler },
    { u"discordbot", u"Discordbot", Crawler },
    { u"telegrambot", u"TelegramBot", Crawler },
    { u"whatsapp/", u"WhatsApp", Crawler },
    { u"pinterestbot", u"Pinterestbot", Crawler },
    { u"ahrefsbot", u"AhrefsBot", Crawler },
    { u"semrushbot", u"SemrushBot", Crawler },
    { u"mj12bot", u"MJ12bot", Crawler },
    { u"dotbot", u"DotBot", Crawler },
    { u"petalbot", u"PetalBot", Crawler },
    { u"bytespider", u"Bytespider", Crawler },
    { u"amazonbot", u"Amazonbot", Crawler },
    { u"gptbot", u"GPTBot", Crawler },
    { u"chatgpt-user", u"ChatGPT-User", Crawler },
    { u"oai-searchbot", u"OAI-SearchBot", Crawler },
    { u"claudebot", u"ClaudeBot", Crawler },
    { u"claude-web", u"ClaudeBot", Crawler },
    { u"perplexitybot", u"PerplexityBot", Crawler },
    { u"ccbot", u"CCBot", Crawler },
    { u"headlesschrome", u"HeadlessChrome", Crawler },
    { u"lighthouse", u"Lighthouse", Crawler },
    { u"phantomjs", u"PhantomJS", Crawler },
    { u"uptimerobot", u"UptimeRobot", Crawler },
    { u"pingdom", u"Pingdom", Crawler },
    { u"statuscake", u"StatusCake", Crawler },
    { u"site24x7", u"Site24x7", Crawler },
    { u"gtmetrix", u"GTmetrix", Crawler },
    { u"newrelicpinger", u"New Relic", Crawler },
    { u"datadog", u"Datadog", Crawler },
    // HTTP clients and libraries: scripts, not people. okhttp and Dalvik are left out on purpose:
    // native Android apps send them for real users.
    { u"curl/", u"curl", Tool },
    { u"wget/", u"Wget", Tool },
    { u"python-requests", u"python-requests", Tool },
    { u"python-urllib", u"Python-urllib", Tool },
    { u"python-httpx", u"httpx", Tool },
    { u"aiohttp", u"aiohttp", Tool },
    { u"go-http-client", u"Go-http-client", Tool },
    { u"node-fetch", u"node-fetch", Tool },
    { u"undici", u"undici", Tool },
    { u"axios/", u"axios", Tool },
    { u"java/", u"Java", Tool },
    { u"apache-httpclient", u"Apache-HttpClient", Tool },
    { u"libwww-perl", u"libwww-perl", Tool },
    { u"scrapy", u"Scrapy", Tool },
    { u"postmanruntime", u"Postman", Tool },
    { u"insomnia/", u"Insomnia", Tool },
    { u"httpie/", u"HTTPie", Tool },
    { u"powershell/", u"PowerShell", Tool },
    // Words only robots use.
    { u"bot", {}, Generic },
    { u"crawl", {}, Generic },
    { u"spider", {}, Generic },
    { u"scraper", {}, Generic },
    { u"headless", {}, Generic },
    { u"+http", {}, Generic },
};

constexpr qsizetype BotSignatureCount = sizeof(BotSignatures) / sizeof(BotSignatures[0]);
static_assert(BotSignatureCount < 256);

// Built once: signatures by first character, and which two-character starts occur at all, so
// the scan skips almost every position after one table lookup.
// Built once: signatures by first character, and which two-character starts occur at all, so
// the scan costs a few table lookups per character and rarely compares a needle.
struct BotIndex {
    std::array<QVarLengthArray<quint8, 8>, 128> byFirst;
    std::array<std::array<quint64, 2>, 128> starts {}; // bit c1 of row c0: some needle starts "c0c1"
    std::array<quint8, 128> fold {}; // ASCII lower-casing; row 0 (NUL) starts no needle

    // The folded character, with everything outside ASCII mapped to NUL.
    quint8 folded(char16_t c) const { return c < 128 ? fold[c] : 0; }
    bool starts2(quint8 c0, quint8 c1) const { return (starts[c0][c1 >> 6] >> (c1 & 63)) & 1; }
};

const BotIndex &botIndex()
{
    static const BotIndex index = [] {
        BotIndex built;
        for (int c = 0; c < 128; ++c)
            built.fold[static_cast<size_t>(c)] = static_cast<quint8>(lowerAscii(static_cast<char16_t>(c)));
        for (qsizetype i = 0; i < BotSignatureCount; ++i) {
            const QStringView needle = BotSignatures[i].needle;
            built.byFirst[needle[0].unicode()].append(static_cast<quint8>(i));
            const char16_t second = needle[1].unicode();
            built.starts[needle[0].unicode()][second >> 6] |= quint64 { 1 } << (second & 63);
        }
        return built;
    }();
    return index;
}

bool matchesAt(QStringView text, qsizetype at, QStringView needle)
{
    if (text.size() - at < needle.size())
        return false;
    for (qsizetype k = 0; k < needle.size(); ++k) {
        if (lowerAscii(text[at + k].unicode()) != needle[k].unicode())
            return false;
    }
    return true;
}

struct BotMatch {
    const BotSignature *signature = nullptr;
    qsizetype end = 0; // index just past the match
};

BotMatch findBot(QStringView ua)
{
    const BotIndex &index = botIndex();
    BotMatch best;
    const char16_t *text = ua.utf16();
    quint8 c1 = ua.isEmpty() ? 0 : index.folded(text[0]);
    for (qsizetype i = 0; i + 1 < ua.size(); ++i) {
        const quint8 c0 = c1;
        c1 = index.folded(text[i + 1]);
        if (Q_LIKELY(!index.starts2(c0, c1)))
            continue;
        for (const quint8 candidate : index.byFirst[c0]) {
            const BotSignature &signature = BotSignatures[candidate];
            if ((best.signature && best.signature->rank >= signature.rank) || !matchesAt(ua, i, signature.needle))
                continue;
            // "Cubot" is an Android phone maker, and its models carry the name.
            if (signature.rank == Generic && signature.needle == u"bot" && i >= 2
                && lowerAscii(ua[i - 2].unicode()) == u'c' && lowerAscii(ua[i - 1].unicode()) == u'u')
                continue;
            best = { &signature, i + signature.needle.size() };
            if (signature.rank == Crawler)
                return best;
        }
    }
    return best;
}

// "Googlebot/2.1" -> "2", "Googlebot-Image/1.0" -> "1", "Slackbot-LinkExpanding 1.0" -> "".
QString botVersion(QStringView ua, qsizetype end)
{
    if (end > 0 && ua[end - 1] == u'/')
        return majorVersion(ua.sliced(end));
    while (end < ua.size() && (ua[end].isLetterOrNumber() || ua[end] == u'-' || ua[end] == u'_')
        && ua[end].unicode() < 128)
        ++end;
    if (end < ua.size() && ua[end] == u'/')
        return majorVersion(ua.sliced(end + 1));
    return QString();
}

// --- operating system -------------------------------------------------------------------------

enum class Os : quint8 { Other, Windows, MacOs, Ios, IpadOs, Android, Linux, ChromeOs };

struct OsResult {
    Os os = Os::Other;
    QString version;
};

// The number after the first occurrence of marker followed by a digit.
template<size_t N> int numberAfter(QStringView text, const char16_t (&marker)[N])
{
    qsizetype at = find(text, marker);
    while (at >= 0) {
        const qsizetype start = at + static_cast<qsizetype>(N - 1);
        if (start < text.size() && isAsciiDigit(text[start]))
            return leadingNumber(text.sliced(start));
        at = find(text, marker, start);
    }
    return -1;
}

QString windowsVersion(QStringView platform)
{
    const qsizetype at = find(platform, u"Windows NT ");
    if (at < 0)
        return QString();
    const QStringView nt = platform.sliced(at + 11);
    if (wordAt(nt, 0, u"10.0"))
        return QStringLiteral("10");
    if (wordAt(nt, 0, u"6.3"))
        return QStringLiteral("8.1");
    if (wordAt(nt, 0, u"6.2"))
        return QStringLiteral("8");
    if (wordAt(nt, 0, u"6.1"))
        return QStringLiteral("7");
    if (wordAt(nt, 0, u"6.0"))
        return QStringLiteral("Vista");
    if (wordAt(nt, 0, u"5.1") || wordAt(nt, 0, u"5.2"))
        return QStringLiteral("XP");
    return QString();
}

// "Intel Mac OS X 10_15_7" and "Intel Mac OS X 10.15" -> "10.15"; a future "14_1" -> "14".
QString macVersion(QStringView platform)
{
    const qsizetype at = find(platform, u"Mac OS X ");
    if (at < 0)
        return QString();
    const QStringView rest = platform.sliced(at + 9);
    const int major = leadingNumber(rest);
    if (major != 10)
        return numberString(major);
    struct Tens {
        QChar text[16][5];
        quint8 length[16];
    };
    static const Tens tens = [] {
        Tens t {};
        for (int i = 0; i < 16; ++i) {
            const QString version = QStringLiteral("10.") + QString::number(i);
            for (qsizetype k = 0; k < version.size(); ++k)
                t.text[i][k] = version[k];
            t.length[i] = static_cast<quint8>(version.size());
        }
        return t;
    }();
    const int minor = rest.size() > 3 && (rest[2] == u'_' || rest[2] == u'.') ? leadingNumber(rest.sliced(3)) : -1;
    if (minor < 0)
        return numberString(major);
    if (minor < 16)
        return QString::fromRawData(tens.text[minor], tens.length[minor]);
    return QStringLiteral("10.") + QString::number(minor);
}

OsResult detectOs(const Tokens &tokens)
{
    const QStringView platform = tokens.platform;
    if (tokens.platformHas(IPad))
        return { Os::IpadOs, numberString(numberAfter(platform, u" OS ")) };
    if (tokens.platformHas(IPhone))
        return { Os::Ios, numberString(numberAfter(platform, u" OS ")) };
    if (tokens.platformHas(Android))
        return { Os::Android, numberString(numberAfter(platform, u"Android ")) };
    if (tokens.platformHas(Windows))
        return { Os::Windows, windowsVersion(platform) };
    if (tokens.platformHas(CrOS))
        return { Os::ChromeOs, QString() };
    if (tokens.platformHas(Mac))
        return { Os::MacOs, macVersion(platform) };
    if (tokens.platformHas(Linux))
        return { Os::Linux, QString() };
    return {};
}

QString osName(Os os)
{
    switch (os) {
    case Os::Windows:
        return QStringLiteral("Windows");
    case Os::MacOs:
        return QStringLiteral("macOS");
    case Os::Ios:
        return QStringLiteral("iOS");
    case Os::IpadOs:
        return QStringLiteral("iPadOS");
    case Os::Android:
        return QStringLiteral("Android");
    case Os::Linux:
        return QStringLiteral("Linux");
    case Os::ChromeOs:
        return QStringLiteral("Chrome OS");
    case Os::Other:
        break;
    }
    return QStringLiteral("Other");
}

QString deviceFor(Os os, const Tokens &tokens)
{
    switch (os) {
    case Os::Ios:
        return QStringLiteral("mobile");
    case Os::IpadOs:
        return QStringLiteral("tablet");
    case Os::Android:
        // Android's convention: phones say "Mobile", tablets do not.
        return tokens.has(Product::Mobile) || tokens.platformHas(Mobile) ? QStringLiteral("mobile")
                                                                         : QStringLiteral("tablet");
    case Os::Windows:
    case Os::MacOs:
    case Os::Linux:
    case Os::ChromeOs:
        return QStringLiteral("desktop");
    case Os::Other:
        break;
    }
    return tokens.platformHas(X11) ? QStringLiteral("desktop") : QStringLiteral("other");
}

// --- browser ----------------------------------------------------------------------------------

struct BrowserResult {
    QString name;
    QString version;
};

// Browsers known by their own token, in priority order: Edge, Opera and the others also carry
// Chrome/ and Safari/, CriOS and FxiOS also carry Safari/.
struct NamedBrowser {
    std::array<Product, 4> products; // Product::None pads: it is never marked as seen
    QStringView name;
};

constexpr NamedBrowser NamedBrowsers[] = {
    { { Product::Edg, Product::EdgA, Product::EdgiOS, Product::Edge }, u"Edge" },
    { { Product::Opr, Product::OpiOS, Product::Opera }, u"Opera" },
    { { Product::Samsung }, u"Samsung Internet" },
    { { Product::Yandex }, u"Yandex" },
    { { Product::Vivaldi }, u"Vivaldi" },
    { { Product::UcBrowser }, u"UC Browser" },
    { { Product::DuckDuckGo, Product::Ddg }, u"DuckDuckGo" },
    { { Product::CriOS }, u"Chrome" },
    { { Product::FxiOS }, u"Firefox" },
};

QString internetExplorerVersion(QStringView platform)
{
    const int msie = numberAfter(platform, u"MSIE ");
    if (msie >= 0)
        return numberString(msie);
    const int trident = numberAfter(platform, u"Trident/");
    return trident >= 0 ? numberString(trident + 4) : QString();
}

BrowserResult detectBrowser(const Tokens &tokens, Os os)
{
    if (tokens.facebook)
        return { QStringLiteral("Facebook"), majorVersion(tokens.facebookVersion) };
    if (tokens.has(Product::Instagram))
        return { QStringLiteral("Instagram"), majorVersion(tokens.versionOf(Product::Instagram)) };

    if (tokens.has(Product::Opera) && tokens.has(Product::Version)) // Presto: "Opera/9.80 ... Version/12.18"
        return { QStringLiteral("Opera"), majorVersion(tokens.versionOf(Product::Version)) };
    for (const NamedBrowser &named : NamedBrowsers) {
        for (const Product p : named.products) {
            if (tokens.has(p))
                return { staticString(named.name), majorVersion(tokens.versionOf(p)) };
        }
    }

    if (tokens.platformHas(Msie))
        return { QStringLiteral("Internet Explorer"), internetExplorerVersion(tokens.platform) };
    if (tokens.has(Product::Firefox))
        return { QStringLiteral("Firefox"), majorVersion(tokens.versionOf(Product::Firefox)) };

    const bool chrome = tokens.has(Product::Chrome) || tokens.has(Product::Chromium);
    const QStringView chromeVersion
        = tokens.has(Product::Chrome) ? tokens.versionOf(Product::Chrome) : tokens.versionOf(Product::Chromium);
    if (os == Os::Android && chrome && (tokens.platformHas(WebView) || tokens.has(Product::Version)))
        return { QStringLiteral("Android WebView"), majorVersion(chromeVersion) };
    if (chrome)
        return { QStringLiteral("Chrome"), majorVersion(chromeVersion) };

    if (tokens.has(Product::Safari) && tokens.has(Product::Version)) {
        const QString version = majorVersion(tokens.versionOf(Product::Version));
        if (os == Os::MacOs || os == Os::Ios || os == Os::IpadOs)
            return { QStringLiteral("Safari"), version };
        if (os == Os::Android)
            return { QStringLiteral("Android Browser"), version };
    }
    return { QStringLiteral("Other"), QString() };
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (c != u' ' && c != u'\t' && c != u'\r' && c != u'\n')
            return false;
    }
    return true;
}

} // namespace

UserAgentInfo UserAgentClassifier::classify(QStringView userAgent)
{
    const QStringView ua = userAgent.first(qMin(userAgent.size(), MaxScanLength));
    UserAgentInfo info;
    if (isBlank(ua)) {
        info.browser = QStringLiteral("Other");
        info.os = QStringLiteral("Other");
        info.device = QStringLiteral("other");
        info.bot = true;
        return info;
    }

    const Tokens tokens = tokenize(ua);
    OsResult os = detectOs(tokens);
    info.os = osName(os.os);
    info.osVersion = std::move(os.version);

    const BotMatch bot = findBot(ua);
    if (bot.signature) {
        info.bot = true;
        info.device = QStringLiteral("bot");
        if (bot.signature->name.isEmpty()) {
            info.browser = QStringLiteral("Other");
        } else {
            info.browser = staticString(bot.signature->name);
            info.browserVersion = botVersion(ua, bot.end);
        }
        return info;
    }

    BrowserResult browser = detectBrowser(tokens, os.os);
    info.browser = std::move(browser.name);
    info.browserVersion = std::move(browser.version);
    info.device = deviceFor(os.os, tokens);
    return info;
}

} // namespace pulse
