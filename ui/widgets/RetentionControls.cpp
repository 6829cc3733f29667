// Retention form. Every control reports changed(); the page debounces and runs, so there is no Run
// button to forget. Checks that need the user's words (a breakdown over recurring cohorts, an
// unfinished filter) live in problem(); the engine's validation stays the last word.
#include "widgets/RetentionControls.h"

#include "analytics/funnel/FunnelQuery.h"
#include "widgets/CohortBreakdown.h"
#include "widgets/RetentionEventEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

#include <algorithm>

namespace pulse::ui {

namespace {
// The cohort filter goes right after the two events: it narrows who is counted, like they do.
constexpr int kCohortFilterRow = 2;
} // namespace

RetentionControls::RetentionControls(QWidget *parent)
    : QWidget(parent),
      m_form(new QFormLayout(this)),
      m_start(new RetentionEventEditor(this)),
      m_return(new RetentionEventEditor(this)),
      m_type(new QComboBox(this)),
      m_period(new QComboBox(this)),
      m_periods(new QSpinBox(this)),
      m_breakdown(new QComboBox(this)),
      m_bots(new QCheckBox(tr("Include bots"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_start->setToolTip(tr("The event that puts a user in a cohort"));
    m_start->eventCombo()->setAccessibleName(tr("Start event"));
    m_form->addRow(tr("Start event"), m_start);
    m_return->setToolTip(tr("The event that counts as coming back"));
    m_return->eventCombo()->setAccessibleName(tr("Return event"));
    m_form->addRow(tr("Return event"), m_return);

    m_type->addItem(tr("First time"), int(RetentionQuery::Type::FirstTime));
    m_type->setItemData(0, tr("Each user once: in the period they first did the start event"), Qt::ToolTipRole);
    m_type->addItem(tr("Recurring"), int(RetentionQuery::Type::Recurring));
    m_type->setItemData(1, tr("A user joins a cohort in every period they did the start event"), Qt::ToolTipRole);
    m_form->addRow(tr("Cohorts"), m_type);

    m_period->addItem(tr("Day"), int(RetentionQuery::Period::Day));
    m_period->addItem(tr("Week"), int(RetentionQuery::Period::Week));
    m_period->addItem(tr("Month"), int(RetentionQuery::Period::Month));
    m_period->setCurrentIndex(1);
    m_period->setToolTip(tr("Calendar periods in the site's time zone; weeks start on Monday"));
    m_form->addRow(tr("Period"), m_period);
    m_periods->setRange(1, RetentionQuery::kMaxPeriods);
    m_periods->setValue(RetentionQuery::kDefaultPeriods);
    m_periods->setToolTip(tr("How many periods after the cohort's own to follow (columns of the grid)"));
    m_periods->setAccessibleName(tr("Number of periods"));
    m_form->addRow(tr("Follow for"), m_periods);

    m_breakdown->addItem(tr("None"), QString());
    for (const QString &property : EventFilter::builtInProperties())
        m_breakdown->addItem(property, property);
    m_breakdown->setToolTip(tr("Split the cohorts by the value the property had on the start event"));
    m_breakdown->setAccessibleName(tr("Breakdown"));
    m_form->addRow(tr("Breakdown"), m_breakdown);
    m_cohorts = new CohortBreakdown(m_breakdown, m_form, RetentionQuery::kMaxBreakdownCohorts, this);
    m_bots->setToolTip(tr("Count events from crawlers and other automated clients too"));
    m_form->addRow(QString(), m_bots);
    updatePeriodsSuffix();

    connect(m_start, &RetentionEventEditor::changed, this, &RetentionControls::changed);
    connect(m_return, &RetentionEventEditor::changed, this, &RetentionControls::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RetentionControls::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodsSuffix();
        Q_EMIT changed();
    });
    connect(m_periods, &QSpinBox::valueChanged, this, [this] {
        updatePeriodsSuffix();
        Q_EMIT changed();
    });
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &RetentionControls::changed);
    connect(m_cohorts, &CohortBreakdown::changed, this, &RetentionControls::changed);
    connect(m_bots, &QCheckBox::toggled, this, &RetentionControls::changed);
}

void RetentionControls::updatePeriodsSuffix()
{
    const bool one = m_periods->value() == 1;
    switch (RetentionQuery::Period(m_period->currentData().toInt())) {
    case RetentionQuery::Period::Day:
        m_periods->setSuffix(one ? tr(" day") : tr(" days"));
        break;
    case RetentionQuery::Period::Week:
        m_periods->setSuffix(one ? tr(" week") : tr(" weeks"));
        break;
    case RetentionQuery::Period::Month:
        m_periods->setSuffix(one ? tr(" month") : tr(" months"));
        break;
    }
}

void RetentionControls::setCatalog(const EventCatalog &catalog)
{
    QStringList events;
    for (const CatalogEntry &entry : catalog.eventNames)
        events.append(entry.value);
    QStringList properties = EventFilter::builtInProperties();
    for (const CatalogEntry &entry : catalog.propertyKeys)
        properties.append(QStringLiteral("prop.") + entry.value);
    m_start->setCatalog(events, properties);
    m_return->setCatalog(events, properties);

    const QString current = m_breakdown->currentData().toString();
    const QSignalBlocker blocker(m_breakdown);
    m_breakdown->clear();
    m_breakdown->addItem(tr("None"), QString());
    m_cohorts->addItem();
    for (const QString &property : std::as_const(properties))
        m_breakdown->addItem(property, property);
    if (!current.isEmpty() && m_breakdown->findData(current) < 0)
        m_breakdown->addItem(current, current); // a property the catalog has not seen (yet)
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(current)));
}

void RetentionControls::apply(RetentionQuery *query) const
{
    query->startEvent = m_start->step();
    query->returnEvent = m_return->step();
    query->type = RetentionQuery::Type(m_type->currentData().toInt());
    query->period = RetentionQuery::Period(m_period->currentData().toInt());
    query->periods = m_periods->value();
    query->breakdown = m_breakdown->currentData().toString();
    query->breakdownCohorts = m_cohorts->seriesIds();
    query->includeBots = m_bots->isChecked();
    query->cohortId = m_cohortId;
}

void RetentionControls::setQuery(const RetentionQuery &query)
{
    {
        // One changed() at the end rather than one per field.
        const QSignalBlocker blockStart(m_start);
        const QSignalBlocker blockReturn(m_return);
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockPeriods(m_periods);
        const QSignalBlocker blockBreakdown(m_breakdown);
        const QSignalBlocker blockBots(m_bots);
        m_start->setStep(query.startEvent);
        m_return->setStep(query.returnEvent);
        m_type->setCurrentIndex(std::max(0, m_type->findData(int(query.type))));
        m_period->setCurrentIndex(std::max(0, m_period->findData(int(query.period))));
        m_periods->setValue(query.periods);
        if (!query.breakdown.isEmpty() && m_breakdown->findData(query.breakdown) < 0)
            m_breakdown->addItem(query.breakdown, query.breakdown);
        m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(query.breakdown)));
        m_cohorts->setSeriesIds(query.breakdownCohorts);
        m_bots->setChecked(query.includeBots);
        m_cohortId = query.cohortId;
        updatePeriodsSuffix();
        m_cohorts->updateVisibility();
    }
    Q_EMIT changed();
}

QString RetentionControls::problem() const
{
    const QString start = m_start->problem();
    if (!start.isEmpty())
        return tr("Start event, %1").arg(start);
    const QString back = m_return->problem();
    if (!back.isEmpty())
        return tr("Return event, %1").arg(back);
    const QString breakdown = m_breakdown->currentData().toString();
    const QString cohorts = m_cohorts->problem();
    if (!cohorts.isEmpty())
        return cohorts;
    if (!breakdown.isEmpty() && breakdown != QLatin1String("cohort")
        && RetentionQuery::Type(m_type->currentData().toInt()) == RetentionQuery::Type::Recurring)
        return tr("A breakdown needs first-time cohorts: with recurring cohorts one user is in many cohorts, "
                  "with different values. Choose “First time”, or no breakdown.");
    return {};
}

void RetentionControls::setCohortFilter(const QString &label, QWidget *editor)
{
    if (m_cohortFilter)
        m_form->removeRow(m_cohortFilter); // deletes the old editor and its label
    m_cohortFilter = editor;
    if (editor)
        m_form->insertRow(kCohortFilterRow, label, editor);
}

void RetentionControls::setCohorts(const QList<Cohort> &cohorts)
{
    m_cohorts->setCohorts(cohorts);
}

CohortChecklist *RetentionControls::cohortChecklist() const
{
    return m_cohorts->checklist();
}

void RetentionControls::setCohortId(qint64 id)
{
    if (id == m_cohortId)
        return;
    m_cohortId = id;
    Q_EMIT changed();
}

} // namespace pulse::ui
