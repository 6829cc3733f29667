// The validator's two entries apply one set of rules: an event given as the collector's JSON object
// and the same event given as extracted fields (as imports do, with properties as a name/value list)
// are stored identically, or rejected with the same reason and message.
#include "ingest/EventValidator.h"
#include "ingest/VisitorHasher.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {
constexpr qint64 kNow = 1704067200000;

struct Outcome
{
    bool ok = false;
    EventRecord event;
    Rejection rejection;
};
} // namespace

class TestEventValidator : public QObject
{
    Q_OBJECT

    // Validates the object through the JSON entry, and the same event as fields with its string
    // properties as a list in the given order (names may repeat: the later value wins).
    void compare(const QJsonObject &base, const QList<std::pair<QString, QString>> &props)
    {
        TestWorkspace tw(kNow);
        const qint64 site = tw.addSite(QStringLiteral("example.com"));
        const QString key = tw.workspace().sites().byId(site)->key;
        VisitorHasher hasher(tw.clock());
        const EventValidator validator(tw.workspace().sites(), hasher, IngestLimits());
        RequestContext context;
        context.receivedAtMs = kNow;
        context.historical = true;

        QJsonObject object = base;
        object.insert(QStringLiteral("site"), key);
        QJsonObject propsObject;
        for (const auto &[name, value] : props)
            propsObject.insert(name, value);
        if (!props.isEmpty())
            object.insert(QStringLiteral("props"), propsObject);
        DecodedItem item;
        item.object = object;
        Outcome json;
        json.ok = validator.validate(item, 0, context, &json.event, &json.rejection);

        EventFields fields = EventFields::fromJson(base);
        fields.site.setString(key);
        QList<QByteArray> utf8; // the views in propsList point here
        utf8.reserve(props.size());
        for (const auto &[name, value] : props) {
            utf8.append(value.toUtf8());
            fields.propsList.append({name, QByteArrayView(utf8.last())});
        }
        if (!props.isEmpty())
            fields.props = EventFields::Props::List;
        EventValidator::Cache cache;
        Outcome list;
        list.ok = validator.validate(fields, 0, context, cache, &list.event, &list.rejection);

        QCOMPARE(list.ok, json.ok);
        if (json.ok) {
            QCOMPARE(list.event, json.event);
            QCOMPARE(list.event.propsJson, json.event.propsJson);
        } else {
            QCOMPARE(list.rejection.reason, json.rejection.reason);
            QCOMPARE(list.rejection.message, json.rejection.message);
        }
    }

    static QJsonObject event()
    {
        return QJsonObject{{QStringLiteral("name"), QStringLiteral("pageview")},
                           {QStringLiteral("timestamp"), double(kNow - 1000)},
                           {QStringLiteral("user_id"), QStringLiteral("u-1")},
                           {QStringLiteral("path"), QStringLiteral("/pricing?utm_source=news")},
                           {QStringLiteral("referrer"), QStringLiteral("https://www.google.com/")},
                           {QStringLiteral("id"), QStringLiteral("imp-1")}};
    }

private Q_SLOTS:
    void propertyListsAreStoredAsTheSameJson_data()
    {
        // Names and values alternate.
        QTest::addColumn<QStringList>("props");
        using P = QStringList;
        QTest::newRow("none") << P{};
        QTest::newRow("sorted plain") << P{QStringLiteral("country"), QStringLiteral("BR"), QStringLiteral("device"), QStringLiteral("desktop")};
        QTest::newRow("unsorted") << P{QStringLiteral("device"), QStringLiteral("desktop"), QStringLiteral("country"), QStringLiteral("BR")};
        QTest::newRow("repeated name") << P{QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("2")};
        QTest::newRow("quote and backslash") << P{QStringLiteral("q"), QStringLiteral("a\"b\\c"), QStringLiteral("s/l"), QStringLiteral("x/y")};
        QTest::newRow("control characters") << P{QStringLiteral("t"), QStringLiteral("a\tb\nc\x01"), QStringLiteral("u"), QStringLiteral("\x7f")};
        QTest::newRow("non-ASCII") << P{QStringLiteral("ünï"), QStringLiteral("cødé ✓ 😀"), QStringLiteral("a"), QStringLiteral("é")};
        QTest::newRow("empty value") << P{QStringLiteral("a"), QString()};
        QTest::newRow("empty name") << P{QString(), QStringLiteral("v")};
        QTest::newRow("name too long") << P{QString(201, QLatin1Char('k')), QStringLiteral("v")};
        QTest::newRow("control in name") << P{QStringLiteral("a\x02"), QStringLiteral("v")};
        QTest::newRow("value too long") << P{QStringLiteral("a"), QString(1025, QLatin1Char('v'))};
        QTest::newRow("value too long in bytes") << P{QStringLiteral("a"), QString(600, QChar(0xe9))};
        P many;
        for (int i = 0; i < 65; ++i)
            many << QStringLiteral("p%1").arg(i, 2, 10, QLatin1Char('0')) << QStringLiteral("v");
        QTest::newRow("too many") << many;
        many.removeLast();
        many.removeLast();
        QTest::newRow("as many as allowed") << many;
    }

    void propertyListsAreStoredAsTheSameJson()
    {
        QFETCH(QStringList, props);
        QList<std::pair<QString, QString>> list;
        for (qsizetype i = 0; i + 1 < props.size(); i += 2)
            list.append({props.at(i), props.at(i + 1)});
        compare(event(), list);
    }

    void otherRulesAgreeToo_data()
    {
        QTest::addColumn<QJsonObject>("changes");
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject e = event();
            if (value.isUndefined())
                e.remove(key);
            else
                e.insert(key, value);
            return e;
        };
        QTest::newRow("valid") << event();
        QTest::newRow("no name") << with(QStringLiteral("name"), QJsonValue());
        QTest::newRow("blank name") << with(QStringLiteral("name"), QStringLiteral("  "));
        QTest::newRow("numeric name") << with(QStringLiteral("name"), 5);
        QTest::newRow("url") << with(QStringLiteral("url"), QStringLiteral("https://example.com/a?utm_campaign=x#f"));
        QTest::newRow("url not a string") << with(QStringLiteral("url"), true);
        QTest::newRow("path not a string") << with(QStringLiteral("path"), QJsonArray{1});
        QTest::newRow("referrer not a string") << with(QStringLiteral("referrer"), 3);
        QTest::newRow("numeric id") << with(QStringLiteral("id"), 77);
        QTest::newRow("empty id") << with(QStringLiteral("id"), QString());
        QTest::newRow("seconds") << with(QStringLiteral("timestamp"), 1704067200);
        QTest::newRow("iso time") << with(QStringLiteral("timestamp"), QStringLiteral("2023-12-31T23:00:00Z"));
        QTest::newRow("bad time") << with(QStringLiteral("timestamp"), QStringLiteral("yesterday"));
        QTest::newRow("future") << with(QStringLiteral("timestamp"), double(kNow + 3600000));
        QTest::newRow("numeric user") << with(QStringLiteral("user_id"), 42);
        QTest::newRow("fractional user") << with(QStringLiteral("user_id"), 4.5);
        QTest::newRow("no user") << with(QStringLiteral("user_id"), QJsonValue());
    }

    void otherRulesAgreeToo()
    {
        QFETCH(QJsonObject, changes);
        compare(changes, {{QStringLiteral("plan"), QStringLiteral("pro")}});
    }

    void propsThatAreNotAnObjectAreRejected()
    {
        EventFields fields = EventFields::fromJson(QJsonObject{{QStringLiteral("props"), QJsonArray{1}}});
        QCOMPARE(fields.props, EventFields::Props::NotAnObject);
        fields = EventFields::fromJson(QJsonObject{{QStringLiteral("props"), QJsonValue()}});
        QCOMPARE(fields.props, EventFields::Props::Absent);
    }
};

QTEST_GUILESS_MAIN(TestEventValidator)
#include "TestEventValidator.moc"
