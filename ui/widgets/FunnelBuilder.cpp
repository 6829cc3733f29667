// Funnel builder. Steps are widgets in a vertical layout; reordering moves the step values rather
// than the widgets, so focus and tab order stay simple.
#include "widgets/FunnelBuilder.h"

#include "widgets/CohortBreakdown.h"
#include "widgets/FunnelExclusionEditor.h"
#include "widgets/FunnelStepEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 unitMs(FunnelBuilder::WindowUnit unit)
{
    switch (unit) {
    case FunnelBuilder::WindowUnit::Minutes:
        return kMinuteMs;
    case FunnelBuilder::WindowUnit::Hours:
        return kHourMs;
    case FunnelBuilder::WindowUnit::Days:
        return kDayMs;
    }
    return kDayMs;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}
} // namespace

FunnelBuilder::FunnelBuilder(QWidget *parent)
    : QWidget(parent),
      m_stepLayout(new QVBoxLayout),
      m_exclusionLayout(new QVBoxLayout),
      m_addStep(new QPushButton(tr("+ Add step"), this)),
      m_addExclusion(new QPushButton(tr("+ Add exclusion"), this)),
      m_order(new QComboBox(this)),
      m_window(new QSpinBox(this)),
      m_windowUnit(new QComboBox(this)),
      m_breakdown(new QComboBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Steps"), this));
    m_stepLayout->setSpacing(6);
    layout->addLayout(m_stepLayout);
    m_addStep->setToolTip(tr("Add a step at the end (up to %1)").arg(FunnelQuery::kMaxSteps));
    layout->addWidget(m_addStep, 0, Qt::AlignLeft);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_order->addItem(tr("In order"), int(FunnelQuery::Order::Ordered));
    m_order->setItemData(0, tr("Steps happen in this order; other events may come in between"), Qt::ToolTipRole);
    m_order->addItem(tr("Strict order"), int(FunnelQuery::Order::Strict));
    m_order->setItemData(1, tr("Steps happen in this order with no other event in between"), Qt::ToolTipRole);
    m_order->addItem(tr("Any order"), int(FunnelQuery::Order::Any));
    m_order->setItemData(2, tr("All steps happen within the window, in any order"), Qt::ToolTipRole);
    form->addRow(tr("Order"), m_order);
    auto *window = new QHBoxLayout;
    m_windowUnit->addItem(tr("minutes"), int(WindowUnit::Minutes));
    m_windowUnit->addItem(tr("hours"), int(WindowUnit::Hours));
    m_windowUnit->addItem(tr("days"), int(WindowUnit::Days));
    m_window->setToolTip(tr("How long users have from the first step to the last (1 minute to 365 days)"));
    window->addWidget(m_window, 1);
    window->addWidget(m_windowUnit, 1);
    form->addRow(tr("Convert within"), window);
    m_breakdown->setToolTip(tr("Split every step by the value the property had at the first step"));
    form->addRow(tr("Breakdown"), m_breakdown);
    m_cohorts = new CohortBreakdown(m_breakdown, form, FunnelQuery::kMaxBreakdownCohorts, this);
    layout->addLayout(form);

    layout->addWidget(sectionTitle(tr("Exclusions"), this));
    m_exclusionLayout->setSpacing(4);
    layout->addLayout(m_exclusionLayout);
    m_addExclusion->setToolTip(tr("Drop users who do an event between two steps"));
    layout->addWidget(m_addExclusion, 0, Qt::AlignLeft);

    connect(m_addStep, &QPushButton::clicked, this, [this] {
        addStep()->eventEdit()->setFocus();
        Q_EMIT changed();
    });
    connect(m_addExclusion, &QPushButton::clicked, this, [this] {
        addExclusion()->eventEdit()->setFocus();
        Q_EMIT changed();
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, &FunnelBuilder::changed);
    connect(m_window, &QSpinBox::valueChanged, this, &FunnelBuilder::changed);
    connect(m_windowUnit, &QComboBox::currentIndexChanged, this, &FunnelBuilder::onUnitChanged);
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &FunnelBuilder::changed);
    connect(m_cohorts, &CohortBreakdown::changed, this, &FunnelBuilder::changed);
    setBreakdownItems(EventFilter::builtInProperties());
    clear();
}

void FunnelBuilder::setBreakdownItems(const QStringList &properties)
{
    const QString current = m_breakdown->currentData().toString();
    const QSignalBlocker blocker(m_breakdown);
    m_breakdown->clear();
    m_breakdown->addItem(tr("None"), QString());
    m_cohorts->addItem();
    for (const QString &property : properties)
        m_breakdown->addItem(property, property);
    if (!current.isEmpty() && m_breakdown->findData(current) < 0)
        m_breakdown->addItem(current, current); // a saved funnel's property the catalog has not seen
    m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(current)));
}

void FunnelBuilder::setCohorts(const QList<Cohort> &cohorts)
{
    m_cohorts->setCohorts(cohorts);
}

CohortChecklist *FunnelBuilder::cohortChecklist() const
{
    return m_cohorts->checklist();
}

void FunnelBuilder::setCompletions(const FunnelCompletions &completions)
{
    m_completions = completions;
    for (FunnelStepEditor *step : std::as_const(m_steps))
        step->setCompletions(completions);
    for (FunnelExclusionEditor *exclusion : std::as_const(m_exclusions))
        exclusion->setCompletions(completions);
    setBreakdownItems(completions.properties.isEmpty() ? EventFilter::builtInProperties() : completions.properties);
}

FunnelStepEditor *FunnelBuilder::addStep()
{
    auto *editor = new FunnelStepEditor(this);
    editor->setCompletions(m_completions);
    m_steps.append(editor);
    m_stepLayout->addWidget(editor);
    connect(editor, &FunnelStepEditor::changed, this, &FunnelBuilder::changed);
    connect(editor, &FunnelStepEditor::removeRequested, this, [this, editor] {
        removeStep(int(m_steps.indexOf(editor)));
        Q_EMIT changed();
    });
    connect(editor, &FunnelStepEditor::moveRequested, this, [this, editor](int delta) {
        moveStep(int(m_steps.indexOf(editor)), delta);
        Q_EMIT changed();
    });
    renumber();
    return editor;
}

void FunnelBuilder::removeStep(int index)
{
    if (index < 0 || index >= m_steps.size())
        return;
    FunnelStepEditor *editor = m_steps.takeAt(index);
    editor->hide();
    editor->deleteLater();
    renumber();
}

void FunnelBuilder::moveStep(int index, int delta)
{
    const int to = index + delta;
    if (index < 0 || index >= m_steps.size() || to < 0 || to >= m_steps.size())
        return;
    const FunnelStep moving = m_steps.at(index)->step();
    m_steps.at(index)->setStep(m_steps.at(to)->step());
    m_steps.at(to)->setStep(moving);
    m_steps.at(to)->eventEdit()->setFocus();
}

void FunnelBuilder::renumber()
{
    const int count = int(m_steps.size());
    for (int i = 0; i < count; ++i) {
        m_steps.at(i)->setPosition(i + 1, count);
        m_steps.at(i)->removeButton()->setEnabled(count > FunnelQuery::kMinSteps);
        m_steps.at(i)->removeButton()->setToolTip(count > FunnelQuery::kMinSteps
                ? tr("Remove this step")
                : tr("A funnel needs at least %1 steps").arg(FunnelQuery::kMinSteps));
    }
    m_addStep->setEnabled(count < FunnelQuery::kMaxSteps);
    for (FunnelExclusionEditor *exclusion : std::as_const(m_exclusions))
        exclusion->setStepCount(count);
}

FunnelExclusionEditor *FunnelBuilder::addExclusion()
{
    auto *editor = new FunnelExclusionEditor(this);
    editor->setCompletions(m_completions);
    editor->setStepCount(int(m_steps.size()));
    m_exclusions.append(editor);
    m_exclusionLayout->addWidget(editor);
    m_addExclusion->setEnabled(m_exclusions.size() < FunnelQuery::kMaxExclusions);
    connect(editor, &FunnelExclusionEditor::changed, this, &FunnelBuilder::changed);
    connect(editor, &FunnelExclusionEditor::removeRequested, this, [this, editor] { removeExclusion(editor); });
    return editor;
}

void FunnelBuilder::removeExclusion(FunnelExclusionEditor *editor)
{
    m_exclusions.removeOne(editor);
    editor->hide();
    editor->deleteLater();
    m_addExclusion->setEnabled(m_exclusions.size() < FunnelQuery::kMaxExclusions);
    Q_EMIT changed();
}

void FunnelBuilder::onUnitChanged()
{
    const WindowUnit unit = WindowUnit(m_windowUnit->currentData().toInt());
    // The window spans 1 minute to 365 days whatever the unit.
    m_window->setRange(1, int(FunnelQuery::kMaxWindowMs / unitMs(unit)));
    Q_EMIT changed();
}

FunnelQuery FunnelBuilder::query() const
{
    FunnelQuery out;
    for (const FunnelStepEditor *step : m_steps)
        out.steps.append(step->step());
    out.order = FunnelQuery::Order(m_order->currentData().toInt());
    out.windowMs = qint64(m_window->value()) * unitMs(WindowUnit(m_windowUnit->currentData().toInt()));
    for (const FunnelExclusionEditor *exclusion : m_exclusions)
        out.exclusions.append(exclusion->exclusion());
    out.breakdown = m_breakdown->currentData().toString();
    out.breakdownCohorts = m_cohorts->seriesIds();
    return out;
}

void FunnelBuilder::setQuery(const FunnelQuery &query)
{
    {
        const QSignalBlocker blocker(this); // one changed() at the end, not one per field
        while (m_steps.size() > query.steps.size())
            removeStep(int(m_steps.size()) - 1);
        while (m_steps.size() < std::max<qsizetype>(query.steps.size(), FunnelQuery::kMinSteps))
            addStep();
        for (int i = 0; i < m_steps.size(); ++i)
            m_steps.at(i)->setStep(query.steps.value(i));
        while (!m_exclusions.isEmpty())
            removeExclusion(m_exclusions.constLast());
        for (const FunnelExclusion &exclusion : query.exclusions)
            addExclusion()->setExclusion(exclusion);
        m_order->setCurrentIndex(std::max(0, m_order->findData(int(query.order))));
        // The largest unit that states the window exactly: 14 days, not 336 hours.
        WindowUnit unit = WindowUnit::Minutes;
        if (query.windowMs % kDayMs == 0)
            unit = WindowUnit::Days;
        else if (query.windowMs % kHourMs == 0)
            unit = WindowUnit::Hours;
        m_windowUnit->setCurrentIndex(m_windowUnit->findData(int(unit)));
        onUnitChanged();
        m_window->setValue(int(std::max<qint64>(1, query.windowMs / unitMs(unit))));
        if (!query.breakdown.isEmpty() && m_breakdown->findData(query.breakdown) < 0)
            m_breakdown->addItem(query.breakdown, query.breakdown);
        m_breakdown->setCurrentIndex(std::max(0, m_breakdown->findData(query.breakdown)));
        m_cohorts->setSeriesIds(query.breakdownCohorts);
        renumber();
    }
    Q_EMIT changed();
}

void FunnelBuilder::clear()
{
    setQuery(FunnelQuery {});
}

QString FunnelBuilder::problem() const
{
    if (m_steps.size() < FunnelQuery::kMinSteps)
        return tr("Add at least %1 steps: a funnel shows how many users go on from one step to the next.")
            .arg(FunnelQuery::kMinSteps);
    for (int i = 0; i < m_steps.size(); ++i) {
        const QString problem = m_steps.at(i)->problem();
        if (!problem.isEmpty())
            return tr("Step %1: %2.").arg(i + 1).arg(problem);
    }
    for (int i = 0; i < m_exclusions.size(); ++i) {
        const QString problem = m_exclusions.at(i)->problem();
        if (!problem.isEmpty())
            return tr("Exclusion %1: %2.").arg(i + 1).arg(problem);
    }
    return m_cohorts->problem();
}

} // namespace pulse::ui
