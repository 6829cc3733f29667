// Exclusion row: the event, the two steps it sits between, and under it the same path and property
// conditions a step has, so anything the REST API accepts can be edited here too.
#include "widgets/FunnelExclusionEditor.h"

#include "widgets/CompletionCombo.h"
#include "widgets/EventFilterList.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

FunnelExclusionEditor::FunnelExclusionEditor(QWidget *parent)
    : QWidget(parent),
      m_event(completionCombo(this, tr("event name"), 10)),
      m_from(new QSpinBox(this)),
      m_to(new QSpinBox(this)),
      m_remove(new QToolButton(this)),
      m_match(new QComboBox(this)),
      m_path(completionCombo(this, tr("any path"), 10)),
      m_filters(new EventFilterList(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    m_remove->setText(tr("×"));
    m_remove->setToolTip(tr("Remove this exclusion"));
    m_remove->setAutoRaise(true);
    row->addWidget(m_event, 1);
    row->addWidget(new QLabel(tr("between step"), this));
    row->addWidget(m_from);
    row->addWidget(new QLabel(tr("and"), this));
    row->addWidget(m_to);
    row->addWidget(m_remove);
    layout->addLayout(row);

    // The event's conditions, indented under it as in a step.
    auto *conditions = new QVBoxLayout;
    conditions->setContentsMargins(16, 0, 0, 0);
    conditions->setSpacing(4);
    auto *path = new QHBoxLayout;
    path->setSpacing(4);
    m_match->addItem(tr("path is"), int(FunnelStep::PathMatch::Exact));
    m_match->addItem(tr("path starts with"), int(FunnelStep::PathMatch::Prefix));
    m_match->addItem(tr("path matches"), int(FunnelStep::PathMatch::Glob));
    m_match->setItemData(2, tr("A pattern: * matches any run of characters, ? one character"), Qt::ToolTipRole);
    path->addWidget(m_match);
    path->addWidget(m_path, 1);
    conditions->addLayout(path);
    conditions->addWidget(m_filters);
    layout->addLayout(conditions);

    setToolTip(tr("Users who do this event after reaching the first step and before the second drop out"));
    setStepCount(2);
    m_to->setValue(2);

    connect(m_event, &QComboBox::currentTextChanged, this, &FunnelExclusionEditor::changed);
    connect(m_from, &QSpinBox::valueChanged, this, &FunnelExclusionEditor::changed);
    connect(m_to, &QSpinBox::valueChanged, this, &FunnelExclusionEditor::changed);
    connect(m_match, &QComboBox::currentIndexChanged, this, &FunnelExclusionEditor::changed);
    connect(m_path, &QComboBox::currentTextChanged, this, &FunnelExclusionEditor::changed);
    connect(m_filters, &EventFilterList::changed, this, &FunnelExclusionEditor::changed);
    connect(m_remove, &QToolButton::clicked, this, &FunnelExclusionEditor::removeRequested);
}

void FunnelExclusionEditor::setCompletions(const FunnelCompletions &completions)
{
    setSuggestions(m_event, completions.events);
    setSuggestions(m_path, completions.paths);
    m_filters->setProperties(completions.properties);
}

void FunnelExclusionEditor::setStepCount(int count)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setRange(1, std::max(1, count));
    m_to->setRange(1, std::max(1, count));
}

FunnelExclusion FunnelExclusionEditor::exclusion() const
{
    FunnelExclusion out;
    out.event.event = m_event->currentText().trimmed();
    out.event.path = m_path->currentText().trimmed();
    out.event.pathMatch = FunnelStep::PathMatch(m_match->currentData().toInt());
    out.event.filters = m_filters->filters();
    out.fromStep = m_from->value();
    out.toStep = m_to->value();
    return out;
}

void FunnelExclusionEditor::setExclusion(const FunnelExclusion &exclusion)
{
    m_event->setEditText(exclusion.event.event);
    m_path->setEditText(exclusion.event.path);
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(exclusion.event.pathMatch))));
    m_filters->setFilters(exclusion.event.filters);
    m_from->setValue(exclusion.fromStep);
    m_to->setValue(exclusion.toStep);
}

QString FunnelExclusionEditor::problem() const
{
    if (m_event->currentText().trimmed().isEmpty())
        return tr("choose the event that makes users drop out");
    if (m_from->value() >= m_to->value())
        return tr("the first step (%1) must come before the second (%2)").arg(m_from->value()).arg(m_to->value());
    return m_filters->problem();
}

} // namespace pulse::ui
