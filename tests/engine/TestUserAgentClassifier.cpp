// UserAgentClassifier against a corpus of real User-Agent strings (tests/data/user-agents.tsv) and
// against hostile input: every result must come from the documented vocabulary.
#include "ingest/enrich/UserAgentClassifier.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using pulse::UserAgentClassifier;
using pulse::UserAgentInfo;

Q_DECLARE_METATYPE(UserAgentInfo)

namespace {

QString sourceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("PULSE_SOURCE_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef PULSE_SOURCE_DIR
    return QStringLiteral(PULSE_SOURCE_DIR);
#else
    return QString();
#endif
}

struct CorpusRow {
    int line = 0;
    QString userAgent;
    UserAgentInfo expected;
};

QList<CorpusRow> readCorpus()
{
    QList<CorpusRow> rows;
    QFile file(sourceDir() + QStringLiteral("/tests/data/user-agents.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    int line = 0;
    bool headerSeen = false;
    while (!file.atEnd()) {
        ++line;
        QString text = QString::fromUtf8(file.readLine());
        if (text.endsWith(u'\n'))
            text.chop(1);
        if (text.startsWith(u'#') || text.isEmpty())
            continue;
        if (!headerSeen) { // the column names
            headerSeen = true;
            continue;
        }
        const QStringList fields = text.split(u'\t');
        CorpusRow row;
        row.line = line;
        if (fields.size() == 7) {
            row.userAgent = fields[0];
            row.expected.browser = fields[1];
            row.expected.browserVersion = fields[2];
            row.expected.os = fields[3];
            row.expected.osVersion = fields[4];
            row.expected.device = fields[5];
            row.expected.bot = fields[6] == u"true";
        }
        rows.append(row);
    }
    return rows;
}

QString describe(const UserAgentInfo &info)
{
    return QStringList { info.browser, info.browserVersion, info.os, info.osVersion, info.device,
        info.bot ? QStringLiteral("true") : QStringLiteral("false") }
        .join(u" | ");
}

const QSet<QString> &knownBrowsers()
{
    static const QSet<QString> names = {
        QStringLiteral("Chrome"),
        QStringLiteral("Edge"),
        QStringLiteral("Firefox"),
        QStringLiteral("Safari"),
        QStringLiteral("Opera"),
        QStringLiteral("Samsung Internet"),
        QStringLiteral("Yandex"),
        QStringLiteral("Vivaldi"),
        QStringLiteral("UC Browser"),
        QStringLiteral("DuckDuckGo"),
        QStringLiteral("Internet Explorer"),
        QStringLiteral("Android WebView"),
        QStringLiteral("Android Browser"),
        QStringLiteral("Facebook"),
        QStringLiteral("Instagram"),
        QStringLiteral("Other"),
    };
    return names;
}

const QSet<QString> &knownSystems()
{
    static const QSet<QString> names = { QStringLiteral("Windows"), QStringLiteral("macOS"), QStringLiteral("iOS"),
        QStringLiteral("iPadOS"), QStringLiteral("Android"), QStringLiteral("Linux"), QStringLiteral("Chrome OS"),
        QStringLiteral("Other") };
    return names;
}

bool isDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// What any input must produce: a closed vocabulary (bot names aside), short numeric versions.
void verifyWellFormed(const UserAgentInfo &info, const QString &context)
{
    if (info.bot) {
        QVERIFY2(info.device == u"bot" || info.device == u"other", qPrintable(context));
        QVERIFY2(!info.browser.isEmpty() && info.browser.size() < 40, qPrintable(context));
    } else {
        QVERIFY2(knownBrowsers().contains(info.browser), qPrintable(context + u" browser " + info.browser));
        const QSet<QString> devices = { QStringLiteral("desktop"), QStringLiteral("mobile"), QStringLiteral("tablet"),
            QStringLiteral("other") };
        QVERIFY2(devices.contains(info.device), qPrintable(context + u" device " + info.device));
    }
    QVERIFY2(knownSystems().contains(info.os), qPrintable(context + u" os " + info.os));
    QVERIFY2(isDigits(info.browserVersion) && info.browserVersion.size() <= 6, qPrintable(context));
    QVERIFY2(info.osVersion.size() <= 8, qPrintable(context));
}

} // namespace

class TestUserAgentClassifier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void corpusHasEnoughRealStrings();
    void classifiesCorpus_data();
    void classifiesCorpus();
    void blankUserAgentIsABotWithDeviceOther_data();
    void blankUserAgentIsABotWithDeviceOther();
    void brandsOfBraveAndChromeAreIndistinguishable();
    void cubotPhonesAreNotBots();
    void botSignaturesMatchCaseInsensitively();
    void onlyTheFirstKilobyteIsRead();
    void hostileInputYieldsWellFormedResults_data();
    void hostileInputYieldsWellFormedResults();
    void mutatedCorpusYieldsWellFormedResults();
};

void TestUserAgentClassifier::corpusHasEnoughRealStrings()
{
    const QList<CorpusRow> rows = readCorpus();
    QVERIFY2(!rows.isEmpty(), "tests/data/user-agents.tsv not found: set PULSE_SOURCE_DIR");
    QVERIFY(rows.size() >= 80);
    for (const CorpusRow &row : rows)
        QVERIFY2(!row.expected.browser.isEmpty(), qPrintable(QStringLiteral("malformed line %1").arg(row.line)));
}

void TestUserAgentClassifier::classifiesCorpus_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::addColumn<UserAgentInfo>("expected");
    for (const CorpusRow &row : readCorpus()) {
        const QString name = QStringLiteral("line %1: %2").arg(row.line).arg(row.userAgent.left(60));
        QTest::newRow(qPrintable(name)) << row.userAgent << row.expected;
    }
}

void TestUserAgentClassifier::classifiesCorpus()
{
    QFETCH(QString, userAgent);
    QFETCH(UserAgentInfo, expected);
    const UserAgentInfo actual = UserAgentClassifier::classify(userAgent);
    QCOMPARE(describe(actual), describe(expected));
    QVERIFY(actual == expected);
    verifyWellFormed(actual, userAgent.left(200));
}

void TestUserAgentClassifier::blankUserAgentIsABotWithDeviceOther_data()
{
    QTest::addColumn<QString>("userAgent");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tabs and newlines") << QStringLiteral("\t\r\n ");
}

void TestUserAgentClassifier::blankUserAgentIsABotWithDeviceOther()
{
    QFETCH(QString, userAgent);
    const UserAgentInfo info = UserAgentClassifier::classify(userAgent);
    QVERIFY(info.bot);
    QCOMPARE(info.device, QStringLiteral("other"));
    QCOMPARE(info.browser, QStringLiteral("Other"));
    QCOMPARE(info.os, QStringLiteral("Other"));
}

void TestUserAgentClassifier::brandsOfBraveAndChromeAreIndistinguishable()
{
    // Brave sends Chrome's User-Agent unchanged; only client-side checks could tell them apart.
    const UserAgentInfo brave = UserAgentClassifier::classify(
        u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 "
        u"Safari/537.36");
    QCOMPARE(brave.browser, QStringLiteral("Chrome"));
    QVERIFY(!brave.bot);
}

void TestUserAgentClassifier::cubotPhonesAreNotBots()
{
    const UserAgentInfo info = UserAgentClassifier::classify(
        u"Mozilla/5.0 (Linux; Android 11; CUBOT_X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile "
        u"Safari/537.36");
    QVERIFY(!info.bot);
    QCOMPARE(info.device, QStringLiteral("mobile"));
    // ...while a robot that happens to follow "cu" elsewhere still is one.
    QVERIFY(UserAgentClassifier::classify(u"SomeRobot/1.0").bot);
}

void TestUserAgentClassifier::botSignaturesMatchCaseInsensitively()
{
    QCOMPARE(UserAgentClassifier::classify(u"GOOGLEBOT/2.1").browser, QStringLiteral("Googlebot"));
    QCOMPARE(UserAgentClassifier::classify(u"CURL/8.0.1").browser, QStringLiteral("curl"));
    QCOMPARE(UserAgentClassifier::classify(u"my-crawler").browser, QStringLiteral("Other"));
    QVERIFY(UserAgentClassifier::classify(u"my-crawler").bot);
}

void TestUserAgentClassifier::onlyTheFirstKilobyteIsRead()
{
    // A signature beyond the first 1024 code units is not seen: real User-Agents are far shorter,
    // and the cap bounds the work a hostile header can cause.
    const QString padded = QString(1024, u'x') + QStringLiteral(" Googlebot/2.1");
    QVERIFY(!UserAgentClassifier::classify(padded).bot);
    const QString early = QStringLiteral("Googlebot/2.1 ") + QString(100000, u'x');
    QCOMPARE(UserAgentClassifier::classify(early).browser, QStringLiteral("Googlebot"));
}

void TestUserAgentClassifier::hostileInputYieldsWellFormedResults_data()
{
    QTest::addColumn<QString>("userAgent");
    const QChar loneHigh(0xd800);
    const QChar loneLow(0xdc00);
    QTest::newRow("lone high surrogate") << QString(loneHigh);
    QTest::newRow("lone low surrogate in a browser string")
        << (QStringLiteral("Mozilla/5.0 (Windows NT 10.0") + loneLow + QStringLiteral(") Chrome/1") + loneHigh);
    QTest::newRow("surrogates in a bot needle") << (QStringLiteral("Google") + loneHigh + QStringLiteral("bot"));
    QTest::newRow("control characters") << QStringLiteral("Mozilla/5.0 (\x01\x02\x7f; Android \x1b 14) Chrome/\x00");
    QTest::newRow("embedded NULs") << QString(64, QChar(0));
    QTest::newRow("deep nesting") << (QStringLiteral("Mozilla/5.0 ") + QString(100000, u'('));
    QTest::newRow("unbalanced closers") << QString(5000, u')');
    QTest::newRow("brackets") << (QString(3000, u'[') + QStringLiteral("FBAV/") + QString(3000, u']'));
    QTest::newRow("facebook without version") << QStringLiteral("[FBAN/]");
    QTest::newRow("instagram at the end") << QStringLiteral("Instagram");
    QTest::newRow("slashes") << QString(4000, u'/');
    QTest::newRow("percent garbage") << QStringLiteral("%00%zz%%%C3%28Mozilla%2F5.0");
    QTest::newRow("huge version numbers")
        << QStringLiteral("Mozilla/5.0 (iPhone; CPU iPhone OS 99999999999999999999_1 like Mac OS X) "
                          "Version/99999999999999 Safari/1 Windows NT 99.99");
    QTest::newRow("mac version with no minor") << QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10) Safari/1");
    QTest::newRow("mac version 10.99") << QStringLiteral("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_99) Safari/1");
    QTest::newRow("windows nt at the end") << QStringLiteral("(Windows NT ");
    QTest::newRow("android at the end") << QStringLiteral("(Android ");
    QTest::newRow("non-latin text") << QStringLiteral("Мозилла/5.0 (Виндоус) 浏览器/1.0 🦊/2");
    QTest::newRow("one megabyte") << QString(1 << 20, u'A');
}

void TestUserAgentClassifier::hostileInputYieldsWellFormedResults()
{
    QFETCH(QString, userAgent);
    verifyWellFormed(UserAgentClassifier::classify(userAgent), QString::fromLatin1(QTest::currentDataTag()));
}

void TestUserAgentClassifier::mutatedCorpusYieldsWellFormedResults()
{
    // Cheap deterministic fuzzing: cut, splice and corrupt real strings.
    QRandomGenerator random(20240101);
    const QList<CorpusRow> rows = readCorpus();
    QVERIFY(!rows.isEmpty());
    for (int round = 0; round < 20000; ++round) {
        QString text = rows[random.bounded(static_cast<int>(rows.size()))].userAgent;
        const int edits = random.bounded(1, 6);
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const int at = random.bounded(static_cast<int>(text.size()));
            switch (random.bounded(4)) {
            case 0:
                text.truncate(at);
                break;
            case 1:
                text[at] = QChar(static_cast<char16_t>(random.bounded(0x10000)));
                break;
            case 2:
                text.insert(at, rows[random.bounded(static_cast<int>(rows.size()))].userAgent.left(random.bounded(40)));
                break;
            default:
                text.remove(at, random.bounded(1, 10));
                break;
            }
        }
        verifyWellFormed(UserAgentClassifier::classify(text), QStringLiteral("round %1").arg(round));
        if (QTest::currentTestFailed())
            return;
    }
}

QTEST_GUILESS_MAIN(TestUserAgentClassifier)
#include "TestUserAgentClassifier.moc"
