// UtmParams::fromQuery: what a campaign link's query string turns into, including the malformed
// and hostile query strings clients send.
#include "ingest/enrich/UtmParams.h"

#include <QTest>

using pulse::UtmParams;

namespace {

UtmParams make(const QString &source, const QString &medium = {}, const QString &campaign = {},
    const QString &term = {}, const QString &content = {})
{
    UtmParams params;
    params.source = source;
    params.medium = medium;
    params.campaign = campaign;
    params.term = term;
    params.content = content;
    return params;
}

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

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(UtmParams)

class TestUtmParams final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesQueryStrings_data();
    void parsesQueryStrings();
    void isEmptyOnlyWithoutAnyValue();
    void valuesAreCutAt200Characters();
    void cutNeverSplitsASurrogatePair();
    void hostileQueriesGiveCleanValues_data();
    void hostileQueriesGiveCleanValues();
    void hugeQueryIsHandledQuickly();
};

void TestUtmParams::parsesQueryStrings_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<UtmParams>("expected");

    QTest::newRow("all five with leading ?")
        << QStringLiteral("?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_term=running+shoes"
                          "&utm_content=logolink")
        << make(QStringLiteral("google"), QStringLiteral("cpc"), QStringLiteral("spring_sale"),
               QStringLiteral("running shoes"), QStringLiteral("logolink"));
    QTest::newRow("without leading ?") << QStringLiteral("utm_source=newsletter&utm_medium=email")
                                       << make(QStringLiteral("newsletter"), QStringLiteral("email"));
    QTest::newRow("keys are case-insensitive")
        << QStringLiteral("UTM_Source=Google&Utm_MEDIUM=CPC") << make(QStringLiteral("Google"), QStringLiteral("CPC"));
    QTest::newRow("other parameters ignored")
        << QStringLiteral("?id=7&ref=hn&utm_source=hn&page=2") << make(QStringLiteral("hn"));
    QTest::newRow("percent-decoded UTF-8") << QStringLiteral("utm_campaign=caf%C3%A9%20au%20lait&utm_term=%E2%9C%93")
                                           << make({}, {}, QStringLiteral("café au lait"), QStringLiteral("✓"));
    QTest::newRow("plus is a space, %2B a plus")
        << QStringLiteral("utm_term=c%2B%2B+jobs") << make({}, {}, {}, QStringLiteral("c++ jobs"));
    QTest::newRow("lower-case escapes") << QStringLiteral("utm_source=a%2fb") << make(QStringLiteral("a/b"));
    QTest::newRow("values are trimmed") << QStringLiteral("utm_source=+%20google%09+")
                                        << make(QStringLiteral("google"));
    QTest::newRow("equals sign inside a value")
        << QStringLiteral("utm_content=a=b") << make({}, {}, {}, {}, QStringLiteral("a=b"));
    QTest::newRow("first non-empty value wins")
        << QStringLiteral("utm_source=&utm_source=a&utm_source=b") << make(QStringLiteral("a"));
    QTest::newRow("key without value ignored")
        << QStringLiteral("utm_source&utm_medium=email") << make({}, QStringLiteral("email"));
    QTest::newRow("fragment is not part of the query")
        << QStringLiteral("utm_source=a#utm_medium=b") << make(QStringLiteral("a"));
    QTest::newRow("near-miss keys ignored")
        << QStringLiteral("utm_=x&utm_sourcex=y&xutm_source=z&utm_sourc=w") << UtmParams();
    QTest::newRow("raw unicode kept") << QStringLiteral("utm_campaign=Öl+& Ärger")
                                      << make({}, {}, QStringLiteral("Öl"));
    QTest::newRow("empty") << QString() << UtmParams();
    QTest::newRow("only ?") << QStringLiteral("?") << UtmParams();
}

void TestUtmParams::parsesQueryStrings()
{
    QFETCH(QString, query);
    QFETCH(UtmParams, expected);
    const UtmParams actual = UtmParams::fromQuery(query);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.medium, expected.medium);
    QCOMPARE(actual.campaign, expected.campaign);
    QCOMPARE(actual.term, expected.term);
    QCOMPARE(actual.content, expected.content);
    QVERIFY(actual == expected);
}

void TestUtmParams::isEmptyOnlyWithoutAnyValue()
{
    QVERIFY(UtmParams().isEmpty());
    QVERIFY(UtmParams::fromQuery(u"?page=2&sort=asc").isEmpty());
    QVERIFY(UtmParams::fromQuery(u"utm_source=%20").isEmpty());
    QVERIFY(!UtmParams::fromQuery(u"utm_content=x").isEmpty());
    QVERIFY(!UtmParams::fromQuery(u"utm_term=x").isEmpty());
}

void TestUtmParams::valuesAreCutAt200Characters()
{
    const QString longValue(500, u'x');
    const QString query = QStringLiteral("utm_campaign=") + longValue;
    const UtmParams params = UtmParams::fromQuery(query);
    QCOMPARE(params.campaign.size(), UtmParams::MaxValueLength);
    QCOMPARE(params.campaign, QString(200, u'x'));
}

void TestUtmParams::cutNeverSplitsASurrogatePair()
{
    // 199 letters and then U+1F600 (two UTF-16 units, four UTF-8 bytes): keeping it would make 201.
    const QString query = QStringLiteral("utm_source=") + QString(199, u'a') + QStringLiteral("%F0%9F%98%80tail");
    const UtmParams params = UtmParams::fromQuery(query);
    QCOMPARE(params.source, QString(199, u'a'));
}

void TestUtmParams::hostileQueriesGiveCleanValues_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedSource"); // "*" when only cleanliness is checked

    QTest::newRow("malformed escapes kept literally")
        << QStringLiteral("utm_source=%zz%4%") << QStringLiteral("%zz%4%");
    QTest::newRow("escaped NUL and controls removed")
        << QStringLiteral("utm_source=a%00b%0D%0Ac%7F%C2%85d") << QStringLiteral("abcd");
    QTest::newRow("raw controls removed") << QStringLiteral("utm_source=a\x01\x1f"
                                                            "b")
                                          << QStringLiteral("ab");
    QTest::newRow("invalid UTF-8 becomes U+FFFD")
        << QStringLiteral("utm_source=%C3%28") << (QString(QChar(QChar::ReplacementCharacter)) + u'(');
    QTest::newRow("overlong UTF-8 slash") << QStringLiteral("utm_source=%C0%AF") << QStringLiteral("*");
    QTest::newRow("escaped lone surrogate") << QStringLiteral("utm_source=%ED%A0%80") << QStringLiteral("*");
    QTest::newRow("raw lone high surrogate")
        << (QStringLiteral("utm_source=a") + QChar(0xd800) + u'b') << QStringLiteral("*");
    QTest::newRow("raw lone low surrogate at end")
        << (QStringLiteral("utm_source=a") + QChar(0xdfff)) << QStringLiteral("*");
    QTest::newRow("separators only") << QStringLiteral("&&&===&=&?#") << QString();
    QTest::newRow("only controls") << QStringLiteral("utm_source=%01%02%03") << QString();
}

void TestUtmParams::hostileQueriesGiveCleanValues()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedSource);
    const UtmParams params = UtmParams::fromQuery(query);
    if (expectedSource != u"*")
        QCOMPARE(params.source, expectedSource);
    for (const QString *value : { &params.source, &params.medium, &params.campaign, &params.term, &params.content }) {
        QVERIFY(isValidUtf16(*value));
        QVERIFY(!hasControlCharacters(*value));
        QVERIFY(value->size() <= UtmParams::MaxValueLength);
        QCOMPARE(value->trimmed(), *value);
    }
}

void TestUtmParams::hugeQueryIsHandledQuickly()
{
    // A megabyte of parameters and a megabyte-long value: linear work, values still capped.
    QString query;
    for (int i = 0; i < 50000; ++i)
        query += QStringLiteral("p%1=%2&").arg(i).arg(i);
    query += QStringLiteral("utm_medium=") + QString(1 << 20, u'%') + QStringLiteral("&utm_source=late");
    const UtmParams params = UtmParams::fromQuery(query);
    QCOMPARE(params.source, QStringLiteral("late"));
    QCOMPARE(params.medium.size(), UtmParams::MaxValueLength);
}

QTEST_GUILESS_MAIN(TestUtmParams)
#include "TestUtmParams.moc"
