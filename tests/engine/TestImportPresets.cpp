// Saved import mappings: the built-in preset comes first and its name is reserved, a saved preset
// round-trips its mapping, saving under a taken name (in any case) replaces it, bad names are refused
// with what to change, and deleting removes it. A job queued with a saved preset keeps its copy.
#include "import/ImportPresetStore.h"
#include "support/TestWorkspace.h"

#include <QTest>

using namespace pulse;
using namespace pulse::test;

namespace {

ImportMapping semicolonMapping()
{
    ImportMapping m;
    m.hasHeader = true;
    m.delimiter = ';';
    m.timestamp = ImportColumn::named(QStringLiteral("when"));
    m.timeFormat = ImportMapping::Time::Iso8601;
    m.name = ImportColumn::named(QStringLiteral("what"));
    m.userId = ImportColumn::at(2);
    m.props = { { QStringLiteral("plan"), ImportColumn::named(QStringLiteral("tier")) } };
    m.otherColumnsAsProps = false;
    return m;
}

} // namespace

class TestImportPresets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInPresetIsListedFirstAndReserved()
    {
        TestWorkspace ws;
        ImportPresetStore store(ws.workspace());
        const QList<ImportPreset> presets = store.list();
        QCOMPARE(presets.size(), 1);
        QCOMPARE(presets.at(0).name, QStringLiteral("pulse-bench"));
        QVERIFY(presets.at(0).isBuiltIn());
        QCOMPARE(presets.at(0).mapping, *ImportMapping::preset(QStringLiteral("pulse-bench")));
        QVERIFY(store.find(QStringLiteral("PULSE-BENCH")));

        QString error;
        QVERIFY(!store.save(QStringLiteral("Pulse-Bench"), semicolonMapping(), &error));
        QCOMPARE(error, QStringLiteral("'Pulse-Bench' is a built-in preset; choose another name."));
    }

    void savedPresetRoundTripsAndSurvivesReopening()
    {
        TestWorkspace ws;
        QString error;
        const std::optional<ImportPreset> saved
            = ImportPresetStore(ws.workspace()).save(QStringLiteral("  CRM export "), semicolonMapping(), &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->name, QStringLiteral("CRM export")); // trimmed
        QCOMPARE(saved->mapping, semicolonMapping());
        QCOMPARE(saved->createdAtMs, ws.clock().nowMs());
        ws.reopen();
        const std::optional<ImportPreset> found = ImportPresetStore(ws.workspace()).find(QStringLiteral("crm EXPORT"));
        QVERIFY(found);
        QCOMPARE(*found, *saved);
        QCOMPARE(found->toJson().value(QStringLiteral("mapping")).toObject(), semicolonMapping().toJson());
    }

    void savingUnderATakenNameReplacesTheMapping()
    {
        TestWorkspace ws;
        ImportPresetStore store(ws.workspace());
        QString error;
        const std::optional<ImportPreset> first = store.save(QStringLiteral("Shop"), semicolonMapping(), &error);
        QVERIFY(first);
        ws.clock().advanceMs(60000);
        const std::optional<ImportPreset> second
            = store.save(QStringLiteral("shop"), ImportMapping::automatic(), &error);
        QVERIFY(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->name, QStringLiteral("Shop")); // the stored spelling stays
        QCOMPARE(second->mapping, ImportMapping::automatic());
        QCOMPARE(second->createdAtMs, first->createdAtMs);
        QCOMPARE(second->updatedAtMs, first->createdAtMs + 60000);
        QCOMPARE(store.list().size(), 2);
    }

    void badNamesAreRefused()
    {
        TestWorkspace ws;
        ImportPresetStore store(ws.workspace());
        QString error;
        QVERIFY(!store.save(QStringLiteral("   "), semicolonMapping(), &error));
        QCOMPARE(error, QStringLiteral("Give the preset a name."));
        QVERIFY(!store.save(QString(101, QLatin1Char('x')), semicolonMapping(), &error));
        QCOMPARE(error, QStringLiteral("A preset name has at most 100 characters."));
        QCOMPARE(store.list().size(), 1);
    }

    void removeDeletesOnlyThatPreset()
    {
        TestWorkspace ws;
        ImportPresetStore store(ws.workspace());
        QString error;
        const std::optional<ImportPreset> a = store.save(QStringLiteral("A"), semicolonMapping(), &error);
        const std::optional<ImportPreset> b = store.save(QStringLiteral("B"), semicolonMapping(), &error);
        QVERIFY(a && b);
        QVERIFY(store.remove(a->id));
        QVERIFY(!store.remove(a->id));
        QVERIFY(!store.find(QStringLiteral("A")));
        QVERIFY(store.find(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestImportPresets)
#include "TestImportPresets.moc"
