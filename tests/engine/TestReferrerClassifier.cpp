// ReferrerClassifier: the source and channel a visit is credited to, from the Referer header, the
// site's own host and campaign parameters.
#include "ingest/enrich/ReferrerClassifier.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using pulse::ReferrerClassifier;
using pulse::ReferrerInfo;
using pulse::UtmParams;

Q_DECLARE_METATYPE(UtmParams)

namespace {

const QString OwnHost = QStringLiteral("example.com");

UtmParams utm(const QString &source, const QString &medium = {})
{
    UtmParams params;
    params.source = source;
    params.medium = medium;
    return params;
}

} // namespace

class TestReferrerClassifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classifiesReferrers_data();
    void classifiesReferrers();
    void campaignParametersWin_data();
    void campaignParametersWin();
    void internalNeedsAnOwnHost();
    void hostileReferrersStayInVocabulary_data();
    void hostileReferrersStayInVocabulary();
    void randomBytesStayInVocabulary();
};

void TestReferrerClassifier::classifiesReferrers_data()
{
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QString>("ownHost");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourceClass");

    const auto row = [](const char *name, const QString &referrer, const QString &source, const char *sourceClass,
                         const QString &own = OwnHost) {
        QTest::newRow(name) << referrer << own << source << QString::fromLatin1(sourceClass);
    };

    // Direct: nothing usable.
    row("empty", QString(), QString(), "direct");
    row("blank", QStringLiteral("   "), QString(), "direct");
    row("not a URL", QStringLiteral("not a url"), QString(), "direct");
    row("about:blank", QStringLiteral("about:blank"), QString(), "direct");
    row("host-less file URL", QStringLiteral("file:///C:/index.html"), QString(), "direct");

    // Search engines.
    row("google", QStringLiteral("https://www.google.com/"), QStringLiteral("Google"), "search");
    row("google uk", QStringLiteral("https://www.google.co.uk/search?q=pulse"), QStringLiteral("Google"), "search");
    row("google brazil", QStringLiteral("https://google.com.br/"), QStringLiteral("Google"), "search");
    row("google germany", QStringLiteral("https://www.google.de/"), QStringLiteral("Google"), "search");
    row("google upper case", QStringLiteral("HTTPS://WWW.GOOGLE.FR/"), QStringLiteral("Google"), "search");
    row("google lookalike", QStringLiteral("https://google.evil.com/"), QStringLiteral("google.evil.com"), "other");
    row("google docs is not search", QStringLiteral("https://docs.google.com/document/d/1"),
        QStringLiteral("docs.google.com"), "other");
    row("bing", QStringLiteral("https://www.bing.com/search?q=x"), QStringLiteral("Bing"), "search");
    row("bing china", QStringLiteral("https://cn.bing.com/"), QStringLiteral("Bing"), "search");
    row("duckduckgo", QStringLiteral("https://duckduckgo.com/"), QStringLiteral("DuckDuckGo"), "search");
    row("yahoo", QStringLiteral("https://search.yahoo.com/"), QStringLiteral("Yahoo"), "search");
    row("yahoo uk", QStringLiteral("https://uk.search.yahoo.com/"), QStringLiteral("Yahoo"), "search");
    row("yandex", QStringLiteral("https://yandex.ru/"), QStringLiteral("Yandex"), "search");
    row("yandex turkey", QStringLiteral("https://yandex.com.tr/search/"), QStringLiteral("Yandex"), "search");
    row("baidu", QStringLiteral("https://www.baidu.com/link?url=x"), QStringLiteral("Baidu"), "search");
    row("ecosia", QStringLiteral("https://www.ecosia.org/"), QStringLiteral("Ecosia"), "search");
    row("brave search", QStringLiteral("https://search.brave.com/"), QStringLiteral("Brave Search"), "search");
    row("startpage", QStringLiteral("https://www.startpage.com/"), QStringLiteral("Startpage"), "search");
    row("qwant", QStringLiteral("https://www.qwant.com/"), QStringLiteral("Qwant"), "search");
    row("naver", QStringLiteral("https://search.naver.com/search.naver?query=x"), QStringLiteral("Naver"), "search");
    row("seznam", QStringLiteral("https://search.seznam.cz/"), QStringLiteral("Seznam"), "search");

    // Social networks, including their link shims and mobile hosts.
    row("facebook link shim", QStringLiteral("https://l.facebook.com/l.php?u=x"), QStringLiteral("Facebook"), "social");
    row("facebook lite shim", QStringLiteral("https://lm.facebook.com/"), QStringLiteral("Facebook"), "social");
    row("facebook mobile", QStringLiteral("https://m.facebook.com/"), QStringLiteral("Facebook"), "social");
    row("instagram", QStringLiteral("https://l.instagram.com/"), QStringLiteral("Instagram"), "social");
    row("t.co", QStringLiteral("https://t.co/abc123"), QStringLiteral("Twitter"), "social");
    row("twitter", QStringLiteral("https://twitter.com/someone"), QStringLiteral("Twitter"), "social");
    row("mobile twitter", QStringLiteral("https://mobile.twitter.com/"), QStringLiteral("Twitter"), "social");
    row("x.com", QStringLiteral("https://x.com/"), QStringLiteral("Twitter"), "social");
    row("linkedin", QStringLiteral("https://www.linkedin.com/feed/"), QStringLiteral("LinkedIn"), "social");
    row("lnkd.in", QStringLiteral("https://lnkd.in/abc"), QStringLiteral("LinkedIn"), "social");
    row("reddit", QStringLiteral("https://old.reddit.com/r/cpp/"), QStringLiteral("Reddit"), "social");
    row("youtube mobile", QStringLiteral("https://m.youtube.com/watch?v=x"), QStringLiteral("YouTube"), "social");
    row("pinterest uk", QStringLiteral("https://www.pinterest.co.uk/"), QStringLiteral("Pinterest"), "social");
    row("tiktok", QStringLiteral("https://www.tiktok.com/"), QStringLiteral("TikTok"), "social");
    row("hacker news", QStringLiteral("https://news.ycombinator.com/item?id=1"), QStringLiteral("Hacker News"),
        "social");
    row("known mastodon", QStringLiteral("https://mastodon.social/@someone"), QStringLiteral("Mastodon"), "social");
    row("unknown mastodon", QStringLiteral("https://social.example.org/@someone"), QStringLiteral("social.example.org"),
        "other");
    row("whatsapp", QStringLiteral("https://web.whatsapp.com/"), QStringLiteral("WhatsApp"), "social");
    row("telegram", QStringLiteral("https://t.me/channel"), QStringLiteral("Telegram"), "social");
    row("discord", QStringLiteral("https://discord.com/channels/1/2"), QStringLiteral("Discord"), "social");

    // Webmail.
    row("gmail", QStringLiteral("https://mail.google.com/"), QStringLiteral("Gmail"), "email");
    row("outlook", QStringLiteral("https://outlook.live.com/"), QStringLiteral("Outlook"), "email");
    row("yahoo mail", QStringLiteral("https://mail.yahoo.com/d/folders/1"), QStringLiteral("Yahoo Mail"), "email");

    // Internal navigation.
    row("same host", QStringLiteral("https://example.com/a"), QString(), "internal");
    row("www of own host", QStringLiteral("https://www.example.com/"), QString(), "internal");
    row("subdomain", QStringLiteral("https://blog.example.com/post"), QString(), "internal");
    row("own host with www", QStringLiteral("https://example.com/"), QString(), "internal",
        QStringLiteral("www.example.com"));
    row("own host with port and case", QStringLiteral("http://EXAMPLE.com:8080/"), QString(), "internal",
        QStringLiteral("Example.COM:443"));
    row("own host as URL", QStringLiteral("https://example.com/"), QString(), "internal",
        QStringLiteral("https://example.com/"));
    row("IPv6 own host with port", QStringLiteral("http://[::1]:8080/"), QString(), "internal",
        QStringLiteral("[::1]:8080"));
    row("suffix is not a subdomain", QStringLiteral("https://notexample.com/"), QStringLiteral("notexample.com"),
        "other");

    // Everything else: the host, lower case, without "www.".
    row("unknown site", QStringLiteral("https://Blog.Example.ORG/post"), QStringLiteral("blog.example.org"), "other");
    row("www stripped", QStringLiteral("https://www.some-site.io/"), QStringLiteral("some-site.io"), "other");
    row("IP address", QStringLiteral("http://192.168.1.10:8000/"), QStringLiteral("192.168.1.10"), "other");

    // Android apps.
    row("gmail app", QStringLiteral("android-app://com.google.android.gm"), QStringLiteral("Gmail"), "email");
    row("gmail app with path", QStringLiteral("android-app://com.google.android.gm/"), QStringLiteral("Gmail"),
        "email");
    row("google app", QStringLiteral("android-app://com.google.android.googlequicksearchbox/https/www.google.com"),
        QStringLiteral("Google"), "search");
    row("unknown app", QStringLiteral("android-app://com.Example.App/http/host/path"),
        QStringLiteral("com.example.app"), "other");
    row("app without package", QStringLiteral("android-app://"), QString(), "direct");
}

void TestReferrerClassifier::classifiesReferrers()
{
    QFETCH(QString, referrer);
    QFETCH(QString, ownHost);
    QFETCH(QString, source);
    QFETCH(QString, sourceClass);
    const ReferrerInfo info = ReferrerClassifier::classify(referrer, ownHost, UtmParams());
    QCOMPARE(info.source, source);
    QCOMPARE(info.sourceClass, sourceClass);
}

void TestReferrerClassifier::campaignParametersWin_data()
{
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<UtmParams>("campaign");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("sourceClass");

    const QString google = QStringLiteral("https://www.google.com/");
    QTest::newRow("paid search") << google << utm(QStringLiteral("google"), QStringLiteral("cpc"))
                                 << QStringLiteral("Google") << QStringLiteral("paid");
    QTest::newRow("ppc, any case") << QString() << utm(QStringLiteral("Bing"), QStringLiteral("PPC"))
                                   << QStringLiteral("Bing") << QStringLiteral("paid");
    QTest::newRow("paidsearch") << QString() << utm(QStringLiteral("google"), QStringLiteral("paidsearch"))
                                << QStringLiteral("Google") << QStringLiteral("paid");
    QTest::newRow("paid") << QString() << utm(QStringLiteral("partner"), QStringLiteral("paid"))
                          << QStringLiteral("partner") << QStringLiteral("paid");
    QTest::newRow("newsletter") << QString() << utm(QStringLiteral("newsletter"), QStringLiteral("email"))
                                << QStringLiteral("newsletter") << QStringLiteral("email");
    QTest::newRow("medium newsletter") << QString() << utm(QStringLiteral("weekly"), QStringLiteral("Newsletter"))
                                       << QStringLiteral("weekly") << QStringLiteral("email");
    QTest::newRow("social medium") << QString() << utm(QStringLiteral("facebook"), QStringLiteral("social"))
                                   << QStringLiteral("Facebook") << QStringLiteral("social");
    QTest::newRow("known source without medium")
        << QString() << utm(QStringLiteral("fb")) << QStringLiteral("Facebook") << QStringLiteral("social");
    QTest::newRow("search source, organic medium")
        << QString() << utm(QStringLiteral("google"), QStringLiteral("organic")) << QStringLiteral("Google")
        << QStringLiteral("search");
    QTest::newRow("source given as a host") << QString() << utm(QStringLiteral("news.ycombinator.com"))
                                            << QStringLiteral("Hacker News") << QStringLiteral("social");
    QTest::newRow("source given as a www host")
        << QString() << utm(QStringLiteral("www.Reddit.com")) << QStringLiteral("Reddit") << QStringLiteral("social");
    QTest::newRow("unknown source kept as written") << QString() << utm(QStringLiteral("Some Partner"))
                                                    << QStringLiteral("Some Partner") << QStringLiteral("other");
    QTest::newRow("utm beats the referrer")
        << google << utm(QStringLiteral("bing")) << QStringLiteral("Bing") << QStringLiteral("search");
    QTest::newRow("utm beats an internal referrer")
        << QStringLiteral("https://example.com/") << utm(QStringLiteral("twitter")) << QStringLiteral("Twitter")
        << QStringLiteral("social");
    QTest::newRow("medium alone classifies a direct visit")
        << QString() << utm(QString(), QStringLiteral("email")) << QString() << QStringLiteral("email");
    QTest::newRow("medium alone keeps the referrer's source")
        << google << utm(QString(), QStringLiteral("cpc")) << QStringLiteral("Google") << QStringLiteral("paid");
    QTest::newRow("medium alone does not relabel internal")
        << QStringLiteral("https://example.com/") << utm(QString(), QStringLiteral("email")) << QString()
        << QStringLiteral("internal");
    QTest::newRow("unknown medium alone is ignored")
        << google << utm(QString(), QStringLiteral("banner")) << QStringLiteral("Google") << QStringLiteral("search");
}

void TestReferrerClassifier::campaignParametersWin()
{
    QFETCH(QString, referrer);
    QFETCH(UtmParams, campaign);
    QFETCH(QString, source);
    QFETCH(QString, sourceClass);
    const ReferrerInfo info = ReferrerClassifier::classify(referrer, OwnHost, campaign);
    QCOMPARE(info.source, source);
    QCOMPARE(info.sourceClass, sourceClass);
}

void TestReferrerClassifier::internalNeedsAnOwnHost()
{
    const ReferrerInfo info = ReferrerClassifier::classify(u"https://example.com/", u"", UtmParams());
    QCOMPARE(info.source, QStringLiteral("example.com"));
    QCOMPARE(info.sourceClass, QStringLiteral("other"));
}

void TestReferrerClassifier::hostileReferrersStayInVocabulary_data()
{
    QTest::addColumn<QString>("referrer");
    QTest::newRow("percent host") << QStringLiteral("https://%zz%zz/");
    QTest::newRow("unclosed IPv6") << QStringLiteral("http://[");
    QTest::newRow("at signs") << QStringLiteral("https://@@@/");
    QTest::newRow("controls") << QStringLiteral("https://exa\x01mple.com/\x7f");
    QTest::newRow("lone surrogates") << (QStringLiteral("https://") + QChar(0xd800) + QChar(0xdc00) + QChar(0xd800));
    QTest::newRow("android NUL") << QStringLiteral("android-app://\x00\x01");
    QTest::newRow("android huge") << (QStringLiteral("android-app://") + QString(100000, u'a'));
    QTest::newRow("huge host") << (QStringLiteral("https://") + QString(100000, u'a') + QStringLiteral(".com/"));
    QTest::newRow("huge path") << (QStringLiteral("https://ok.com/") + QString(1 << 20, u'/'));
    QTest::newRow("only dots") << QStringLiteral("https://....../");
    QTest::newRow("brand with dots") << QStringLiteral("https://google./");
    QTest::newRow("brand with short suffix") << QStringLiteral("https://google.c/");
}

void TestReferrerClassifier::hostileReferrersStayInVocabulary()
{
    QFETCH(QString, referrer);
    const ReferrerInfo info = ReferrerClassifier::classify(referrer, OwnHost, UtmParams());
    const QSet<QString> classes = { QStringLiteral("direct"), QStringLiteral("search"), QStringLiteral("social"),
        QStringLiteral("email"), QStringLiteral("paid"), QStringLiteral("internal"), QStringLiteral("other") };
    QVERIFY(classes.contains(info.sourceClass));
    QVERIFY(info.source.size() <= 253);
    QCOMPARE(info.source.isEmpty(), info.sourceClass == u"direct" || info.sourceClass == u"internal");
}

void TestReferrerClassifier::randomBytesStayInVocabulary()
{
    QRandomGenerator random(42);
    const QString prefixes[] = { QStringLiteral("https://"), QStringLiteral("android-app://"), QString() };
    for (int round = 0; round < 20000; ++round) {
        QString text = prefixes[random.bounded(3)];
        const int length = random.bounded(60);
        for (int i = 0; i < length; ++i) {
            // Mostly URL-ish ASCII, sometimes anything at all.
            const char16_t c = random.bounded(8) == 0 ? static_cast<char16_t>(random.bounded(0x10000))
                                                      : static_cast<char16_t>(random.bounded(0x20, 0x7f));
            text.append(QChar(c));
        }
        const ReferrerInfo info = ReferrerClassifier::classify(text, OwnHost, UtmParams());
        QVERIFY2(!info.sourceClass.isEmpty(), qPrintable(text));
        for (const QChar c : info.source)
            QVERIFY2(!c.isSurrogate() && c.unicode() >= 0x20, qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestReferrerClassifier)
#include "TestReferrerClassifier.moc"
