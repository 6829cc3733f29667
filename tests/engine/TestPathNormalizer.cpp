// PathNormalizer: the page path and host every event is reported under, from well-formed URLs,
// bare paths and hostile strings alike.
#include "ingest/enrich/PathNormalizer.h"

#include <QTest>

using pulse::PathNormalizer;

namespace {

bool isValidUtf16(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return false;
    }
    return true;
}

void verifyWellFormedPath(const QString &path)
{
    QVERIFY(path.startsWith(u'/'));
    QVERIFY(path.size() <= PathNormalizer::MaxLength);
    QVERIFY(isValidUtf16(path));
    QVERIFY(!path.contains(QStringLiteral("//")));
    QVERIFY(!path.contains(u'?'));
    for (const QChar c : path)
        QVERIFY(c.unicode() >= 0x20 && !(c.unicode() >= 0x7f && c.unicode() <= 0x9f));
}

} // namespace

class TestPathNormalizer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalizesPaths_data();
    void normalizesPaths();
    void cutsAt1024WithoutSplittingCharactersOrEscapes();
    void hostileInputGivesWellFormedPaths_data();
    void hostileInputGivesWellFormedPaths();
    void hugeInputIsBounded();
    void extractsHosts_data();
    void extractsHosts();
};

void TestPathNormalizer::normalizesPaths_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("root") << QStringLiteral("/") << QStringLiteral("/");
    QTest::newRow("empty") << QString() << QStringLiteral("/");
    QTest::newRow("blank") << QStringLiteral("  \t ") << QStringLiteral("/");
    QTest::newRow("plain path") << QStringLiteral("/pricing") << QStringLiteral("/pricing");
    QTest::newRow("trailing slash removed") << QStringLiteral("/pricing/") << QStringLiteral("/pricing");
    QTest::newRow("full URL") << QStringLiteral("https://example.com/pricing/?ref=hn#plans")
                              << QStringLiteral("/pricing");
    QTest::newRow("URL without path") << QStringLiteral("https://example.com") << QStringLiteral("/");
    QTest::newRow("URL with only a query") << QStringLiteral("https://example.com?x=1") << QStringLiteral("/");
    QTest::newRow("user info and port") << QStringLiteral("http://user:pw@example.com:8080/a//b///c/")
                                        << QStringLiteral("/a/b/c");
    QTest::newRow("upper-case scheme, path case kept")
        << QStringLiteral("HTTPS://EXAMPLE.COM/About/Team") << QStringLiteral("/About/Team");
    QTest::newRow("other scheme") << QStringLiteral("app+pulse://device/screens/home")
                                  << QStringLiteral("/screens/home");
    QTest::newRow("duplicate slashes") << QStringLiteral("//double//slashes") << QStringLiteral("/double/slashes");
    QTest::newRow("relative path gets a slash") << QStringLiteral("docs/intro") << QStringLiteral("/docs/intro");
    QTest::newRow("surrounding whitespace") << QStringLiteral("  /a/b  ") << QStringLiteral("/a/b");
    QTest::newRow("query only") << QStringLiteral("?a=1") << QStringLiteral("/");
    QTest::newRow("hash route kept") << QStringLiteral("/app#/settings") << QStringLiteral("/app#/settings");
    QTest::newRow("hash route after a query") << QStringLiteral("https://example.com/app/?x=1#/settings/profile/?tab=2")
                                              << QStringLiteral("/app#/settings/profile");
    QTest::newRow("hash route slashes collapsed") << QStringLiteral("/#//a//b/") << QStringLiteral("/#/a/b");
    QTest::newRow("bare hash route is the root") << QStringLiteral("/app/#/") << QStringLiteral("/app");
    QTest::newRow("anchor dropped") << QStringLiteral("/docs#install") << QStringLiteral("/docs");
    QTest::newRow("hashbang dropped") << QStringLiteral("/#!/old") << QStringLiteral("/");
    QTest::newRow("unreserved escapes decoded")
        << QStringLiteral("/%7Euser/%41b%63-%2E%5F") << QStringLiteral("/~user/Abc-._");
    QTest::newRow("reserved escapes kept, upper-cased")
        << QStringLiteral("/a%2fb%3f%20c") << QStringLiteral("/a%2Fb%3F%20c");
    QTest::newRow("UTF-8 escapes kept") << QStringLiteral("/caf%c3%a9") << QStringLiteral("/caf%C3%A9");
    QTest::newRow("raw unicode kept") << QStringLiteral("/café/日本") << QStringLiteral("/café/日本");
    QTest::newRow("stray percent kept") << QStringLiteral("/100%") << QStringLiteral("/100%");
    QTest::newRow("bad escapes kept") << QStringLiteral("/%zz/%4/%") << QStringLiteral("/%zz/%4/%");
    QTest::newRow("control characters removed") << QStringLiteral("/a\x01"
                                                                  "b\tc\x7f"
                                                                  "d")
                                                << QStringLiteral("/abcd");
    QTest::newRow("escaped NUL stays escaped") << QStringLiteral("/a%00b") << QStringLiteral("/a%00b");
    QTest::newRow("lone surrogates replaced")
        << (QStringLiteral("/a") + QChar(0xd800) + u'b' + QChar(0xdc00))
        << (QStringLiteral("/a") + QChar(QChar::ReplacementCharacter) + u'b' + QChar(QChar::ReplacementCharacter));
    QTest::newRow("surrogate pair kept") << QStringLiteral("/🦊") << QStringLiteral("/🦊");
    QTest::newRow("overlong authority is no host")
        << (QStringLiteral("https://") + QString(2000, u'a') + u'/' + u'p') << QStringLiteral("/");
    QTest::newRow("no scheme colon is a path") << QStringLiteral("about:blank") << QStringLiteral("/about:blank");
}

void TestPathNormalizer::normalizesPaths()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PathNormalizer::normalize(input), expected);
}

void TestPathNormalizer::cutsAt1024WithoutSplittingCharactersOrEscapes()
{
    const QString plain = PathNormalizer::normalize(QString(QStringLiteral("/") + QString(5000, u'a')));
    QCOMPARE(plain.size(), PathNormalizer::MaxLength);

    // 1022 characters then an emoji: the pair would straddle the limit, so it goes entirely.
    const QString emoji
        = PathNormalizer::normalize(QString(QStringLiteral("/") + QString(1022, u'a') + QStringLiteral("🦊x")));
    QCOMPARE(emoji, QStringLiteral("/") + QString(1022, u'a'));

    // An escape straddling the limit is dropped rather than left as "%2".
    const QString escape
        = PathNormalizer::normalize(QString(QStringLiteral("/") + QString(1021, u'a') + QStringLiteral("%2Fzz")));
    QCOMPARE(escape, QStringLiteral("/") + QString(1021, u'a'));

    // A slash left at the cut is trimmed like any trailing slash.
    const QString slash
        = PathNormalizer::normalize(QString(QStringLiteral("/") + QString(1022, u'a') + QStringLiteral("/b")));
    QCOMPARE(slash, QStringLiteral("/") + QString(1022, u'a'));
}

void TestPathNormalizer::hostileInputGivesWellFormedPaths_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("only slashes") << QString(10000, u'/');
    QTest::newRow("only percents") << QString(10000, u'%');
    QTest::newRow("only hashes") << QString(100, u'#');
    QTest::newRow("only lone surrogates") << QString(3000, QChar(0xdbff));
    QTest::newRow("only controls") << QString(3000, QChar(0x1f));
    QTest::newRow("NULs") << QString(64, QChar(0));
    QTest::newRow("scheme and nothing") << QStringLiteral("https://");
    QTest::newRow("scheme-like garbage") << QStringLiteral("1http://x/y");
    QTest::newRow("long scheme") << (QString(100, u'a') + QStringLiteral("://host/p"));
    QTest::newRow("huge authority") << (QStringLiteral("https://") + QString(100000, u'a') + QStringLiteral("/p"));
    QTest::newRow("hash route of garbage") << (QStringLiteral("/#/") + QString(3000, QChar(0xd800)));
    QTest::newRow("mixed") << QStringLiteral("\x01http://%%%/\x7f//%C3%28/../#/%zz//?\x00");
}

void TestPathNormalizer::hostileInputGivesWellFormedPaths()
{
    QFETCH(QString, input);
    verifyWellFormedPath(PathNormalizer::normalize(input));
    (void)PathNormalizer::hostOf(input);
}

void TestPathNormalizer::hugeInputIsBounded()
{
    // Only the first 8 KiB of input are read, so ten megabytes give a path of the documented length
    // (how fast that is belongs to a benchmark, not to this test).
    const QString huge = QStringLiteral("https://example.com/") + QString(10 << 20, u'a');
    QCOMPARE(PathNormalizer::normalize(huge).size(), PathNormalizer::MaxLength);
}

void TestPathNormalizer::extractsHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple") << QStringLiteral("https://example.com/a") << QStringLiteral("example.com");
    QTest::newRow("lower-cased, port dropped")
        << QStringLiteral("https://www.Example.COM:8080/x?y#z") << QStringLiteral("www.example.com");
    QTest::newRow("no path") << QStringLiteral("http://example.com") << QStringLiteral("example.com");
    QTest::newRow("query straight after host")
        << QStringLiteral("http://example.com?q=1") << QStringLiteral("example.com");
    QTest::newRow("protocol-relative") << QStringLiteral("//cdn.example.com/lib.js")
                                       << QStringLiteral("cdn.example.com");
    QTest::newRow("user info dropped") << QStringLiteral("https://user:p@ss@host.example/")
                                       << QStringLiteral("host.example");
    QTest::newRow("trailing dot dropped") << QStringLiteral("https://example.com./") << QStringLiteral("example.com");
    QTest::newRow("IPv4") << QStringLiteral("http://192.168.0.1:3000/") << QStringLiteral("192.168.0.1");
    QTest::newRow("IPv6") << QStringLiteral("http://[::1]:8080/") << QStringLiteral("[::1]");
    QTest::newRow("IPv6 upper-case") << QStringLiteral("http://[2001:DB8::1]/") << QStringLiteral("[2001:db8::1]");
    QTest::newRow("unicode host") << QStringLiteral("https://BÜCHER.de/") << QStringLiteral("bücher.de");
    QTest::newRow("whitespace around") << QStringLiteral("  https://example.com/ ") << QStringLiteral("example.com");
    QTest::newRow("no scheme") << QStringLiteral("example.com/path") << QString();
    QTest::newRow("bare path") << QStringLiteral("/path") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("scheme only") << QStringLiteral("https://") << QString();
    QTest::newRow("empty host") << QStringLiteral("https:///path") << QString();
    QTest::newRow("port only") << QStringLiteral("https://:80/") << QString();
    QTest::newRow("space in host") << QStringLiteral("https://exa mple.com/") << QString();
    QTest::newRow("percent in host") << QStringLiteral("https://%65xample.com/") << QString();
    QTest::newRow("control in host") << QStringLiteral("https://exa\x01mple.com/") << QString();
    QTest::newRow("surrogate in host") << (QStringLiteral("https://a") + QChar(0xd800) + QStringLiteral(".com/"))
                                       << QString();
    QTest::newRow("unclosed IPv6") << QStringLiteral("http://[::1/") << QString();
    QTest::newRow("garbage IPv6") << QStringLiteral("http://[evil.com]/") << QString();
    QTest::newRow("too long") << (QStringLiteral("https://") + QString(300, u'a') + QStringLiteral(".com/"))
                              << QString();
    QTest::newRow("dot only") << QStringLiteral("https://./") << QString();
}

void TestPathNormalizer::extractsHosts()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(PathNormalizer::hostOf(url), expected);
}

QTEST_GUILESS_MAIN(TestPathNormalizer)
#include "TestPathNormalizer.moc"
