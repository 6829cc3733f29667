// The funnel builder form: what is on screen becomes the FunnelQuery the engine runs and back, steps
// are added, reordered and removed, and an unfinished funnel says in words what to change.
#include "widgets/EventFilterEditor.h"
#include "widgets/EventFilterList.h"
#include "widgets/FunnelBuilder.h"
#include "widgets/FunnelExclusionEditor.h"
#include "widgets/FunnelStepEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace pulse;
using namespace pulse::ui;

namespace {
FunnelStep makeStep(
    const QString &event, const QString &path = QString(), FunnelStep::PathMatch match = FunnelStep::PathMatch::Exact)
{
    FunnelStep step;
    step.event = event;
    step.path = path;
    step.pathMatch = match;
    return step;
}

FunnelQuery fullQuery()
{
    FunnelQuery query;
    query.steps = { makeStep(QStringLiteral("pageview"), QStringLiteral("/blog/*"), FunnelStep::PathMatch::Glob),
        makeStep(QStringLiteral("signup")), makeStep(QStringLiteral("purchase")) };
    query.steps[1].filters
        = { { QStringLiteral("prop.plan"), EventFilter::Op::In, { QStringLiteral("pro"), QStringLiteral("team") } },
              { QStringLiteral("browser"), EventFilter::Op::NotEquals, { QStringLiteral("Safari") } } };
    query.order = FunnelQuery::Order::Strict;
    query.windowMs = 3 * 3600 * 1000;
    query.steps[2].label = QStringLiteral("Bought");
    FunnelExclusion exclusion;
    // An exclusion with a path and a filter, as the REST API allows.
    exclusion.event = makeStep(QStringLiteral("pageview"), QStringLiteral("/cancel"), FunnelStep::PathMatch::Prefix);
    exclusion.event.filters
        = { { QStringLiteral("prop.reason"), EventFilter::Op::Equals, { QStringLiteral("price") } } };
    exclusion.fromStep = 2;
    exclusion.toStep = 3;
    query.exclusions = { exclusion };
    query.breakdown = QStringLiteral("prop.plan");
    return query;
}
} // namespace

class TestFunnelBuilder final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsWithTwoEmptyStepsAndTheDefaults();
    void showsAQueryAndGivesItBack();
    void windowUsesTheLargestExactUnit();
    void stepsAreAddedReorderedAndRemoved();
    void offersCatalogCompletions();
    void saysWhatToChange();
};

void TestFunnelBuilder::startsWithTwoEmptyStepsAndTheDefaults()
{
    FunnelBuilder builder;
    QCOMPARE(builder.stepEditors().size(), 2);
    const FunnelQuery query = builder.query();
    QCOMPARE(query.windowMs, FunnelQuery::kDefaultWindowMs);
    QCOMPARE(builder.windowEdit()->value(), 14);
    QCOMPARE(builder.windowUnitEdit()->currentText(), QStringLiteral("days"));
    QCOMPARE(query.order, FunnelQuery::Order::Ordered);
    QVERIFY(query.breakdown.isEmpty());
    QCOMPARE(builder.breakdownEdit()->currentText(), QStringLiteral("None"));
    // A funnel needs two steps: neither can be removed.
    QVERIFY(!builder.stepEditors().at(0)->removeButton()->isEnabled());
    QVERIFY(!builder.stepEditors().at(0)->upButton()->isEnabled());
    QVERIFY(builder.stepEditors().at(0)->downButton()->isEnabled());
}

void TestFunnelBuilder::showsAQueryAndGivesItBack()
{
    FunnelBuilder builder;
    QSignalSpy changed(&builder, &FunnelBuilder::changed);
    builder.setQuery(fullQuery());
    QCOMPARE(changed.count(), 1); // one notification for the whole definition
    QCOMPARE(builder.query(), fullQuery());
    QCOMPARE(builder.stepEditors().size(), 3);
    FunnelStepEditor *signup = builder.stepEditors().at(1);
    QCOMPARE(signup->filterEditors().size(), 2);
    QCOMPARE(signup->filterEditors().at(0)->valueEdit()->text(), QStringLiteral("pro, team"));
    QCOMPARE(signup->filterEditors().at(0)->operatorEdit()->currentText(), QStringLiteral("is one of"));
    QCOMPARE(builder.stepEditors().at(0)->pathMatchEdit()->currentText(), QStringLiteral("path matches"));
    QCOMPARE(builder.orderEdit()->currentText(), QStringLiteral("Strict order"));
    QCOMPARE(builder.exclusionEditors().size(), 1);
    QCOMPARE(builder.exclusionEditors().at(0)->fromEdit()->value(), 2);
    QCOMPARE(builder.exclusionEditors().at(0)->pathEdit()->currentText(), QStringLiteral("/cancel"));
    QCOMPARE(builder.exclusionEditors().at(0)->pathMatchEdit()->currentText(), QStringLiteral("path starts with"));
    QCOMPARE(builder.exclusionEditors().at(0)->filterList()->editors().size(), 1);
    QCOMPARE(builder.stepEditors().at(2)->labelEdit()->text(), QStringLiteral("Bought"));
    QVERIFY(builder.stepEditors().at(1)->labelEdit()->text().isEmpty());
    // A breakdown property the catalog has not seen (yet) is kept, not lost.
    QCOMPARE(builder.breakdownEdit()->currentText(), QStringLiteral("prop.plan"));
    builder.clear();
    QCOMPARE(builder.query().steps, QList<FunnelStep>({ FunnelStep {}, FunnelStep {} }));
    QCOMPARE(builder.stepEditors().size(), 2);
    QVERIFY(builder.exclusionEditors().isEmpty());
    QVERIFY(builder.query().breakdown.isEmpty());
}

void TestFunnelBuilder::windowUsesTheLargestExactUnit()
{
    FunnelBuilder builder;
    FunnelQuery query = fullQuery();
    query.windowMs = 90 * 60 * 1000;
    builder.setQuery(query);
    QCOMPARE(builder.windowEdit()->value(), 90);
    QCOMPARE(builder.windowUnitEdit()->currentText(), QStringLiteral("minutes"));
    QCOMPARE(builder.query().windowMs, query.windowMs);
    query.windowMs = FunnelQuery::kMaxWindowMs;
    builder.setQuery(query);
    QCOMPARE(builder.windowEdit()->value(), 365);
    // Limits follow the unit: 1 minute up to 365 days.
    QCOMPARE(builder.windowEdit()->maximum(), 365);
    builder.windowUnitEdit()->setCurrentIndex(0);
    QCOMPARE(builder.windowEdit()->maximum(), 365 * 24 * 60);
    QCOMPARE(builder.windowEdit()->minimum(), 1);
}

void TestFunnelBuilder::stepsAreAddedReorderedAndRemoved()
{
    FunnelBuilder builder;
    builder.show();
    builder.stepEditors().at(0)->eventEdit()->setEditText(QStringLiteral("pageview"));
    builder.stepEditors().at(1)->eventEdit()->setEditText(QStringLiteral("signup"));
    builder.addStepButton()->click();
    QCOMPARE(builder.stepEditors().size(), 3);
    QTest::keyClicks(builder.stepEditors().at(2)->eventEdit()->lineEdit(), QStringLiteral("purchase"));
    QCOMPARE(builder.query().steps.at(2).event, QStringLiteral("purchase"));
    QVERIFY(builder.stepEditors().at(0)->removeButton()->isEnabled());

    builder.stepEditors().at(2)->upButton()->click();
    QCOMPARE(builder.query().steps.at(1).event, QStringLiteral("purchase"));
    QCOMPARE(builder.query().steps.at(2).event, QStringLiteral("signup"));
    builder.stepEditors().at(0)->downButton()->click();
    QCOMPARE(builder.query().steps.at(0).event, QStringLiteral("purchase"));
    QCOMPARE(builder.query().steps.at(1).event, QStringLiteral("pageview"));

    builder.stepEditors().at(0)->removeButton()->click();
    QCOMPARE(builder.stepEditors().size(), 2);
    QCOMPARE(builder.query().steps.at(0).event, QStringLiteral("pageview"));
    QCOMPARE(builder.query().steps.at(1).event, QStringLiteral("signup"));
    QVERIFY(!builder.stepEditors().at(1)->removeButton()->isEnabled());

    // A filter on a step, then removed again.
    builder.stepEditors().at(1)->addFilterButton()->click();
    EventFilterEditor *filter = builder.stepEditors().at(1)->filterEditors().at(0);
    filter->propertyEdit()->setEditText(QStringLiteral("prop.plan"));
    filter->valueEdit()->setText(QStringLiteral("pro"));
    QCOMPARE(builder.query().steps.at(1).filters,
        QList<EventFilter>({ { QStringLiteral("prop.plan"), EventFilter::Op::Equals, { QStringLiteral("pro") } } }));
    filter->removeButton()->click();
    QVERIFY(builder.query().steps.at(1).filters.isEmpty());
}

void TestFunnelBuilder::offersCatalogCompletions()
{
    FunnelBuilder builder;
    EventCatalog catalog;
    catalog.eventNames = { { QStringLiteral("pageview"), 100 }, { QStringLiteral("signup"), 10 } };
    catalog.paths = { { QStringLiteral("/"), 50 }, { QStringLiteral("/pricing"), 20 } };
    catalog.propertyKeys = { { QStringLiteral("plan"), 10 } };
    builder.stepEditors().at(0)->eventEdit()->setEditText(QStringLiteral("typed"));
    builder.setCompletions(FunnelCompletions::fromCatalog(catalog));
    QComboBox *event = builder.stepEditors().at(0)->eventEdit();
    QCOMPARE(event->count(), 2);
    QCOMPARE(event->itemText(1), QStringLiteral("signup"));
    QCOMPARE(event->currentText(), QStringLiteral("typed")); // completions never overwrite input
    QCOMPARE(builder.stepEditors().at(0)->pathEdit()->itemText(1), QStringLiteral("/pricing"));
    QComboBox *breakdown = builder.breakdownEdit();
    QCOMPARE(breakdown->count(), 1 + EventFilter::builtInProperties().size() + 1);
    QCOMPARE(breakdown->itemText(breakdown->count() - 1), QStringLiteral("prop.plan"));
    builder.stepEditors().at(1)->addFilterButton()->click();
    QComboBox *property = builder.stepEditors().at(1)->filterEditors().at(0)->propertyEdit();
    QVERIFY(property->findText(QStringLiteral("prop.plan")) >= 0);
    QVERIFY(property->findText(QStringLiteral("utm_campaign")) >= 0);
}

void TestFunnelBuilder::saysWhatToChange()
{
    FunnelBuilder builder;
    QCOMPARE(
        builder.problem(), QStringLiteral("Step 1: choose the event this step counts (for page visits: pageview)."));
    builder.stepEditors().at(0)->eventEdit()->setEditText(QStringLiteral("pageview"));
    QVERIFY(builder.problem().startsWith(QStringLiteral("Step 2: choose the event")));
    builder.stepEditors().at(1)->eventEdit()->setEditText(QStringLiteral("signup"));
    QVERIFY(builder.problem().isEmpty());

    builder.stepEditors().at(1)->addFilter();
    QCOMPARE(builder.problem(), QStringLiteral("Step 2: filter 1: pick a property to filter on."));
    builder.stepEditors().at(1)->filterEditors().at(0)->propertyEdit()->setEditText(QStringLiteral("plan"));
    QVERIFY2(builder.problem().contains(QStringLiteral("prop.KEY")), qPrintable(builder.problem()));
    builder.stepEditors().at(1)->filterEditors().at(0)->propertyEdit()->setEditText(QStringLiteral("prop.plan"));
    QCOMPARE(builder.problem(), QStringLiteral("Step 2: filter 1: enter a value for prop.plan."));
    builder.stepEditors().at(1)->filterEditors().at(0)->valueEdit()->setText(QStringLiteral("pro"));
    QVERIFY(builder.problem().isEmpty());

    FunnelExclusionEditor *exclusion = builder.addExclusion();
    QCOMPARE(builder.problem(), QStringLiteral("Exclusion 1: choose the event that makes users drop out."));
    exclusion->eventEdit()->setEditText(QStringLiteral("cancel"));
    exclusion->fromEdit()->setValue(2);
    exclusion->toEdit()->setValue(2);
    QCOMPARE(builder.problem(), QStringLiteral("Exclusion 1: the first step (2) must come before the second (2)."));
    exclusion->fromEdit()->setValue(1);
    QVERIFY(builder.problem().isEmpty());
    exclusion->filterList()->addButton()->click();
    QCOMPARE(builder.problem(), QStringLiteral("Exclusion 1: filter 1: pick a property to filter on."));
    exclusion->filterList()->editors().at(0)->propertyEdit()->setEditText(QStringLiteral("prop.reason"));
    exclusion->filterList()->editors().at(0)->valueEdit()->setText(QStringLiteral("price"));
    QVERIFY(builder.problem().isEmpty());
    QCOMPARE(builder.query().exclusions.at(0).event.filters.size(), 1);

    // A step's label is what the user typed, trimmed; empty means "from its event and path".
    builder.stepEditors().at(0)->labelEdit()->setText(QStringLiteral("  Landed "));
    QCOMPARE(builder.query().steps.at(0).label, QStringLiteral("Landed"));
    QCOMPARE(builder.query().steps.at(0).validationError(), QString());

    builder.removeStep(1);
    QCOMPARE(builder.problem(),
        QStringLiteral("Add at least 2 steps: a funnel shows how many users go on from one step to the next."));
}

QTEST_MAIN(TestFunnelBuilder)
#include "TestFunnelBuilder.moc"
