// The dynamic cohort definition editor: every condition kind and nested groups read back exactly as
// they were set (in UTC and in a site zone, at midnight and at any time of day), a definition typed
// into the form reads as the engine's value, and unfinished or out-of-range input says what to change
// in words, naming the row.
#include "models/CohortFormat.h"
#include "widgets/CohortConditionRow.h"
#include "widgets/CohortDefinitionEditor.h"
#include "widgets/CohortGroupEditor.h"
#include "widgets/EventFilterEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace pulse;
using namespace pulse::ui;

namespace {
const QTimeZone kBerlin("Europe/Berlin");

qint64 midnight(int month, int day, const QTimeZone &zone = QTimeZone::utc())
{
    return QDateTime(QDate(2024, month, day), QTime(0, 0), zone).toMSecsSinceEpoch();
}

CohortCondition performed(const QString &name, CohortCondition::CountOp op, int count)
{
    CohortCondition c;
    c.kind = CohortCondition::Kind::Performed;
    c.event.event = name;
    c.countOp = op;
    c.count = count;
    return c;
}

// One condition of every kind and every time form, as the engine would store them.
QList<CohortCondition> everyKind(const QTimeZone &zone)
{
    QList<CohortCondition> out;
    CohortCondition recent = performed(QStringLiteral("purchase"), CohortCondition::CountOp::AtLeast, 3);
    recent.withinDays = 30;
    EventFilter plan;
    plan.property = QStringLiteral("prop.plan");
    plan.values = { QStringLiteral("pro") };
    EventFilter browsers;
    browsers.property = QStringLiteral("browser");
    browsers.op = EventFilter::Op::In;
    browsers.values = { QStringLiteral("Firefox"), QStringLiteral("Chrome") };
    recent.event.filters = { plan, browsers };
    out << recent;
    CohortCondition between = performed(QStringLiteral("signup"), CohortCondition::CountOp::AtMost, 2);
    between.fromMs = midnight(3, 1, zone);
    between.toMs = midnight(3, 15, zone);
    out << between;
    out << performed(QStringLiteral("pageview"), CohortCondition::CountOp::Exactly, 1); // ever
    CohortCondition never;
    never.kind = CohortCondition::Kind::NotPerformed;
    never.event.event = QStringLiteral("download");
    never.withinDays = 7;
    out << never;
    CohortCondition neverBetween = never;
    neverBetween.withinDays = 0;
    neverBetween.fromMs = midnight(2, 1, zone);
    neverBetween.toMs = midnight(3, 1, zone);
    out << neverBetween;
    CohortCondition first;
    first.kind = CohortCondition::Kind::FirstSeen;
    first.timeOp = CohortCondition::TimeOp::Before;
    first.atMs = midnight(1, 15, zone);
    out << first;
    CohortCondition last;
    last.kind = CohortCondition::Kind::LastSeen;
    last.timeOp = CohortCondition::TimeOp::After;
    last.atMs = midnight(3, 20, zone);
    out << last;
    CohortCondition browser;
    browser.kind = CohortCondition::Kind::Property;
    browser.property = QStringLiteral("browser");
    browser.value = QStringLiteral("Firefox");
    out << browser;
    CohortCondition custom;
    custom.kind = CohortCondition::Kind::Property;
    custom.property = QStringLiteral("prop.company");
    custom.propertyOp = CohortCondition::PropertyOp::Contains;
    custom.value = QStringLiteral("acme");
    out << custom;
    return out;
}

CohortEditorContext contextIn(const QTimeZone &zone)
{
    CohortEditorContext context;
    context.zone = zone;
    context.today = QDate(2024, 3, 31);
    context.completions.events = { QStringLiteral("pageview"), QStringLiteral("purchase"), QStringLiteral("signup") };
    context.completions.properties = EventFilter::builtInProperties();
    context.completions.properties << QStringLiteral("prop.plan");
    return context;
}
} // namespace

class TestUiCohortEditor final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyConditionKindReadsBackAsSet();
    void nestedGroupsReadBackAsSet();
    void timesOfDaySetThroughTheApiSurviveUntilTheDateChanges();
    void aDefinitionTypedIntoTheFormReadsAsTheEnginesValue();
    void unfinishedInputSaysWhatToChange();
    void theCountStaysWithinTheEnginesRange();
    void visitorPropertiesLeaveOutPathAndOfferCustomKeys();
};

void TestUiCohortEditor::everyConditionKindReadsBackAsSet()
{
    for (const QTimeZone &zone : { QTimeZone::utc(), kBerlin }) {
        CohortDefinitionEditor editor;
        editor.setContext(contextIn(zone));
        CohortGroup group;
        group.conditions = everyKind(zone);
        QVERIFY(group.validationError().isEmpty());
        editor.setDefinition(group);
        QCOMPARE(editor.root()->conditionRows().size(), group.conditions.size());
        QCOMPARE(editor.definition(), group);
        QCOMPARE(editor.problem(), QString());
        // Each row alone, too: a row shows only its kind's fields, and reads back only those.
        for (const CohortCondition &c : group.conditions) {
            CohortConditionRow row;
            row.setContext(contextIn(zone));
            row.setCondition(c);
            QCOMPARE(row.condition(), c);
        }
    }
}

void TestUiCohortEditor::nestedGroupsReadBackAsSet()
{
    const QList<CohortCondition> all = everyKind(QTimeZone::utc());
    CohortGroup inner;
    inner.match = CohortGroup::Match::All;
    inner.conditions = { all.at(5), all.at(6) };
    CohortGroup middle;
    middle.match = CohortGroup::Match::Any;
    middle.conditions = { all.at(7), all.at(8) };
    middle.groups = { inner };
    CohortGroup second;
    second.match = CohortGroup::Match::All;
    second.conditions = { all.at(3) };
    CohortGroup top;
    top.match = CohortGroup::Match::Any;
    top.conditions = { all.at(0), all.at(1) };
    top.groups = { middle, second };
    QVERIFY(top.validationError().isEmpty());

    CohortDefinitionEditor editor;
    editor.setContext(contextIn(QTimeZone::utc()));
    QSignalSpy changed(&editor, &CohortDefinitionEditor::changed);
    editor.setDefinition(top);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(editor.definition(), top);
    QCOMPARE(editor.root()->groupEditors().size(), 2);
    CohortGroupEditor *nested = editor.root()->groupEditors().at(0);
    QCOMPARE(nested->matchEdit()->currentText(), QStringLiteral("Users matching any of"));
    QCOMPARE(nested->groupEditors().size(), 1);
    // The engine nests three levels deep: the deepest group offers no further group.
    QCOMPARE(nested->groupEditors().at(0)->depth(), CohortGroup::kMaxDepth);
    QVERIFY(nested->groupEditors().at(0)->addGroupButton()->isHidden());
    QVERIFY(!nested->addGroupButton()->isHidden());
    QVERIFY(!nested->removeButton()->isHidden());
    QVERIFY(editor.root()->removeButton()->isHidden());

    // Removing the nested group takes its conditions with it.
    nested->removeButton()->click();
    CohortGroup expected = top;
    expected.groups.removeFirst();
    QCOMPARE(editor.definition(), expected);
}

void TestUiCohortEditor::timesOfDaySetThroughTheApiSurviveUntilTheDateChanges()
{
    CohortConditionRow row;
    row.setContext(contextIn(kBerlin));
    CohortCondition c = performed(QStringLiteral("purchase"), CohortCondition::CountOp::AtLeast, 1);
    c.fromMs = midnight(3, 1, kBerlin) + 9 * 3600 * 1000; // 09:00
    c.toMs = midnight(3, 10, kBerlin) + 17 * 3600 * 1000; // 17:00
    row.setCondition(c);
    QCOMPARE(row.fromEdit()->date(), QDate(2024, 3, 1));
    QCOMPARE(row.toEdit()->date(), QDate(2024, 3, 10));
    QCOMPARE(row.condition(), c);
    // A date the user picks means whole days in the site's zone, the end date included.
    row.toEdit()->setDate(QDate(2024, 3, 12));
    QCOMPARE(row.condition().fromMs, c.fromMs);
    QCOMPARE(row.condition().toMs, midnight(3, 13, kBerlin));
}

void TestUiCohortEditor::aDefinitionTypedIntoTheFormReadsAsTheEnginesValue()
{
    CohortDefinitionEditor editor;
    editor.setContext(contextIn(QTimeZone::utc()));
    CohortGroupEditor *root = editor.root();
    root->addConditionButton()->click();
    CohortConditionRow *row = root->conditionRows().at(0);
    // A new row: performed, at least once, in the last 30 days.
    QCOMPARE(row->kindEdit()->currentText(), QStringLiteral("Performed event"));
    QTest::keyClicks(row->eventEdit()->lineEdit(), QStringLiteral("purchase"));
    row->countEdit()->setValue(2);
    row->daysEdit()->setValue(14);
    row->addFilterButton()->click();
    row->filterEditors().at(0)->propertyEdit()->setEditText(QStringLiteral("prop.plan"));
    row->filterEditors().at(0)->valueEdit()->setText(QStringLiteral("pro"));

    root->addGroupButton()->click(); // a group with one new row
    CohortGroupEditor *group = root->groupEditors().at(0);
    group->matchEdit()->setCurrentIndex(1);
    CohortConditionRow *browser = group->conditionRows().at(0);
    browser->kindEdit()->setCurrentIndex(browser->kindEdit()->findData(int(CohortCondition::Kind::Property)));
    QVERIFY(!browser->eventEdit()->isVisibleTo(browser));
    QVERIFY(browser->propertyEdit()->isVisibleTo(browser));
    browser->propertyEdit()->setEditText(QStringLiteral("browser"));
    browser->valueEdit()->setText(QStringLiteral("Firefox"));
    group->addConditionButton()->click();
    CohortConditionRow *seen = group->conditionRows().at(1);
    seen->kindEdit()->setCurrentIndex(seen->kindEdit()->findData(int(CohortCondition::Kind::FirstSeen)));
    seen->timeOpEdit()->setCurrentIndex(1);
    seen->atEdit()->setDate(QDate(2024, 3, 1));

    CohortCondition expectedPurchase = performed(QStringLiteral("purchase"), CohortCondition::CountOp::AtLeast, 2);
    expectedPurchase.withinDays = 14;
    EventFilter plan;
    plan.property = QStringLiteral("prop.plan");
    plan.values = { QStringLiteral("pro") };
    expectedPurchase.event.filters = { plan };
    CohortCondition expectedBrowser;
    expectedBrowser.kind = CohortCondition::Kind::Property;
    expectedBrowser.property = QStringLiteral("browser");
    expectedBrowser.value = QStringLiteral("Firefox");
    CohortCondition expectedSeen;
    expectedSeen.kind = CohortCondition::Kind::FirstSeen;
    expectedSeen.timeOp = CohortCondition::TimeOp::After;
    expectedSeen.atMs = midnight(3, 1);
    CohortGroup nested;
    nested.match = CohortGroup::Match::Any;
    nested.conditions = { expectedBrowser, expectedSeen };
    CohortGroup expected;
    expected.conditions = { expectedPurchase };
    expected.groups = { nested };
    QCOMPARE(editor.definition(), expected);
    QCOMPARE(editor.problem(), QString());
    // How the page describes it afterwards.
    QCOMPARE(CohortFormat::definition(editor.definition(), QTimeZone::utc()),
        QStringLiteral("did purchase (prop.plan is pro) at least 2 times in the last 14 days and (have the browser "
                       "“Firefox” or were first seen on or after 2024-03-01)"));

    // "Between" takes two dates, "ever" none; "did not perform" has no count.
    row->whenEdit()->setCurrentIndex(row->whenEdit()->findData(int(CohortConditionRow::When::Between)));
    QVERIFY(!row->fromEdit()->isHidden());
    QVERIFY(row->daysEdit()->isHidden());
    row->fromEdit()->setDate(QDate(2024, 3, 1));
    row->toEdit()->setDate(QDate(2024, 3, 31));
    QCOMPARE(editor.definition().conditions.at(0).fromMs, midnight(3, 1));
    QCOMPARE(editor.definition().conditions.at(0).toMs, midnight(4, 1));
    QCOMPARE(editor.definition().conditions.at(0).withinDays, 0);
    row->whenEdit()->setCurrentIndex(row->whenEdit()->findData(int(CohortConditionRow::When::Ever)));
    QCOMPARE(editor.definition().conditions.at(0).fromMs, 0);
    QCOMPARE(editor.definition().conditions.at(0).toMs, 0);
    row->kindEdit()->setCurrentIndex(row->kindEdit()->findData(int(CohortCondition::Kind::NotPerformed)));
    QVERIFY(row->countEdit()->isHidden());
    QCOMPARE(editor.definition().conditions.at(0).kind, CohortCondition::Kind::NotPerformed);
    QCOMPARE(editor.definition().conditions.at(0).count, 1);
}

void TestUiCohortEditor::unfinishedInputSaysWhatToChange()
{
    CohortDefinitionEditor editor;
    editor.setContext(contextIn(QTimeZone::utc()));
    QCOMPARE(editor.problem(), QStringLiteral("Add at least one condition."));
    CohortConditionRow *row = editor.root()->addCondition();
    QCOMPARE(editor.problem(), QStringLiteral("Condition 1: choose the event (for page visits: pageview)."));
    row->eventEdit()->setEditText(QStringLiteral("purchase"));
    QCOMPARE(editor.problem(), QString());

    // At least 0 times is every user: out of range for a cohort, said so with the way out.
    row->countEdit()->setValue(0);
    QCOMPARE(editor.problem(),
        QStringLiteral("Condition 1: “at least 0 times” is true of every user: enter 1 or more, or choose “Did not "
                       "perform event” for users who never did purchase."));
    row->countOpEdit()->setCurrentIndex(row->countOpEdit()->findData(int(CohortCondition::CountOp::Exactly)));
    QCOMPARE(editor.problem(), QString()); // exactly 0 times is a fair question

    row->whenEdit()->setCurrentIndex(row->whenEdit()->findData(int(CohortConditionRow::When::Between)));
    row->fromEdit()->setDate(QDate(2024, 3, 10));
    row->toEdit()->setDate(QDate(2024, 3, 1));
    QCOMPARE(
        editor.problem(), QStringLiteral("Condition 1: the end date 2024-03-01 is before the start date 2024-03-10."));
    row->toEdit()->setDate(QDate(2024, 3, 10));

    row->addFilter();
    QCOMPARE(editor.problem(), QStringLiteral("Condition 1: property filter 1: pick a property to filter on."));
    row->filterEditors().at(0)->removeButton()->click();
    QTRY_COMPARE(editor.problem(), QString());

    CohortGroupEditor *group = editor.root()->addGroup();
    QCOMPARE(editor.problem(), QStringLiteral("Group 1 is empty: add a condition to it or remove it."));
    CohortConditionRow *property = group->addCondition();
    property->kindEdit()->setCurrentIndex(property->kindEdit()->findData(int(CohortCondition::Kind::Property)));
    QCOMPARE(editor.problem(), QStringLiteral("Group 1, condition 1: choose a property, such as browser or country."));
    property->propertyEdit()->setEditText(QStringLiteral("path"));
    QVERIFY2(
        editor.problem().contains(QStringLiteral("“path” is not a visitor property")), qPrintable(editor.problem()));
    property->propertyEdit()->setEditText(QStringLiteral("browser"));
    QCOMPARE(editor.problem(), QStringLiteral("Group 1, condition 1: enter a value for browser."));
    property->valueEdit()->setText(QStringLiteral("Safari"));
    QCOMPARE(editor.problem(), QString());

    // The engine's limit on conditions, counted over all groups.
    for (int i = 0; i < CohortGroup::kMaxConditions - 1; ++i)
        editor.root()->addCondition()->eventEdit()->setEditText(QStringLiteral("pageview"));
    QCOMPARE(editor.problem(), QStringLiteral("A cohort takes at most 20 conditions; this one has 21. Remove 1."));
}

void TestUiCohortEditor::theCountStaysWithinTheEnginesRange()
{
    CohortConditionRow row;
    row.setContext(contextIn(QTimeZone::utc()));
    row.eventEdit()->setEditText(QStringLiteral("purchase"));
    QCOMPARE(row.countEdit()->maximum(), CohortConditionRow::kMaxCount);
    QCOMPARE(row.daysEdit()->maximum(), CohortCondition::kMaxWithinDays);
    QCOMPARE(row.daysEdit()->minimum(), 1);
    row.countEdit()->selectAll();
    QTest::keyClicks(row.countEdit(), QStringLiteral("99999999"));
    QVERIFY(row.countEdit()->value() <= CohortConditionRow::kMaxCount);
    QVERIFY(row.condition().validationError().isEmpty());
}

void TestUiCohortEditor::visitorPropertiesLeaveOutPathAndOfferCustomKeys()
{
    CohortConditionRow row;
    row.setContext(contextIn(QTimeZone::utc()));
    QCOMPARE(row.propertyEdit()->findText(QStringLiteral("path")), -1);
    QVERIFY(row.propertyEdit()->findText(QStringLiteral("browser")) >= 0);
    QVERIFY(row.propertyEdit()->findText(QStringLiteral("prop.plan")) >= 0);
    QVERIFY(row.eventEdit()->findText(QStringLiteral("purchase")) >= 0);
    // Filters on the event may still use path.
    EventFilterEditor *filter = row.addFilter();
    QVERIFY(filter->propertyEdit()->findText(QStringLiteral("path")) >= 0);
}

QTEST_MAIN(TestUiCohortEditor)
#include "TestUiCohortEditor.moc"
