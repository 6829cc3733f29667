// Import mappings: the JSON codec round-trips (so presets can be saved), the pulse-bench preset is
// the reference CSV's layout, and binding to a header finds columns or says what is missing.
#include "import/ImportMapping.h"

#include <QTest>

using namespace pulse;

class TestImportMapping : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrips()
    {
        ImportMapping m;
        m.hasHeader = true;
        m.delimiter = ';';
        m.timestamp = ImportColumn::named(QStringLiteral("created_at"));
        m.timeFormat = ImportMapping::Time::Iso8601;
        m.name = ImportColumn::named(QStringLiteral("action"));
        m.userId = ImportColumn::at(2);
        m.props = { { QStringLiteral("plan"), ImportColumn::named(QStringLiteral("tier")) } };
        m.otherColumnsAsProps = false;
        QString error;
        const std::optional<ImportMapping> back = ImportMapping::fromJson(m.toJson(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, m);
        const std::optional<ImportMapping> bench = ImportMapping::preset(QStringLiteral("pulse-bench"));
        QCOMPARE(ImportMapping::fromJson(bench->toJson(), &error), bench);
    }

    void badJsonIsRefusedWithAReason()
    {
        QString error;
        QVERIFY(
            !ImportMapping::fromJson({ { QStringLiteral("timestamp_format"), QStringLiteral("stardate") } }, &error));
        QVERIFY2(error.contains(QLatin1String("stardate")), qPrintable(error));
        QVERIFY(!ImportMapping::fromJson({ { QStringLiteral("delimiter"), QStringLiteral("|") } }, &error));
        QVERIFY(!ImportMapping::fromJson(
            { { QStringLiteral("columns"), QJsonObject { { QStringLiteral("name"), -1 } } } }, &error));
        QVERIFY2(error.contains(QLatin1String("columns.name")), qPrintable(error));
    }

    void benchPresetIsTheReferenceLayout()
    {
        const std::optional<ImportMapping> m = ImportMapping::preset(QStringLiteral("pulse-bench"));
        QVERIFY(m.has_value());
        QString error;
        const std::optional<ResolvedMapping> r = m->resolve({}, 7, &error);
        QVERIFY2(r.has_value(), qPrintable(error));
        QCOMPARE(r->timestamp, 0);
        QCOMPARE(r->timeFormat, ResolvedMapping::Time::EpochSeconds);
        QCOMPARE(r->userId, 1);
        QCOMPARE(r->name, 2);
        QCOMPARE(r->location, 3);
        QCOMPARE(r->referrer, 4);
        QCOMPARE(r->eventId, -1);
        const QList<std::pair<int, QString>> props { { 5, QStringLiteral("country") },
            { 6, QStringLiteral("device") } };
        QCOMPARE(r->props, props);
        QVERIFY(!m->resolve({}, 5, &error));
        QVERIFY2(error.contains(QLatin1String("only 5 columns")), qPrintable(error));
        QVERIFY(!ImportMapping::preset(QStringLiteral("nope")));
    }

    void automaticMappingReadsHeaderNames()
    {
        QString error;
        const QStringList header { QStringLiteral("Event"), QStringLiteral(" TS "), QStringLiteral("user_id"),
            QStringLiteral("page"), QStringLiteral("plan"), QStringLiteral("country") };
        const std::optional<ResolvedMapping> r = ImportMapping::automatic().resolve(header, header.size(), &error);
        QVERIFY2(r.has_value(), qPrintable(error));
        QCOMPARE(r->name, 0);
        QCOMPARE(r->timestamp, 1);
        QCOMPARE(r->userId, 2);
        QCOMPARE(r->location, 3);
        QCOMPARE(r->referrer, -1);
        const QList<std::pair<int, QString>> props { { 5, QStringLiteral("country") }, { 4, QStringLiteral("plan") } };
        QCOMPARE(r->props, props);
        QCOMPARE(r->columnName(1), QStringLiteral("TS"));

        QVERIFY(!ImportMapping::automatic().resolve({ QStringLiteral("ts"), QStringLiteral("user_id") }, 2, &error));
        QVERIFY2(error.contains(QLatin1String("event name")), qPrintable(error));
        ImportMapping named;
        named.timestamp = ImportColumn::named(QStringLiteral("when"));
        QVERIFY(!named.resolve({ QStringLiteral("ts") }, 1, &error));
        QVERIFY2(error.contains(QLatin1String("no column 'when'")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "TestImportMapping.moc"
