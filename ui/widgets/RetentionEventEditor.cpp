// Retention event editor. The name list is not editable: retention over an event the site has never
// received is empty by definition, so typing one would only produce an empty grid. A name from a
// query set in code (or one that left the catalog) is still kept as an item.
#include "widgets/RetentionEventEditor.h"

#include "widgets/EventFilterEditor.h"

#include <QComboBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

RetentionEventEditor::RetentionEventEditor(QWidget *parent)
    : QWidget(parent),
      m_event(new QComboBox(this)),
      m_filterLayout(new QVBoxLayout),
      m_addFilter(new QPushButton(tr("+ Filter"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_event->addItem(tr("Any event"), QString());
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(14);
    layout->addWidget(m_event);
    m_filterLayout->setContentsMargins(0, 0, 0, 0);
    m_filterLayout->setSpacing(4);
    layout->addLayout(m_filterLayout);
    m_addFilter->setFlat(true);
    layout->addWidget(m_addFilter, 0, Qt::AlignLeft);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterButton();
        Q_EMIT changed();
    });
    connect(m_addFilter, &QPushButton::clicked, this, [this] {
        addFilter()->propertyEdit()->setFocus();
        Q_EMIT changed();
    });
    updateFilterButton();
}

void RetentionEventEditor::setCatalog(const QStringList &events, const QStringList &properties)
{
    m_properties = properties;
    const QString current = m_event->currentData().toString();
    {
        const QSignalBlocker blocker(m_event);
        m_event->clear();
        m_event->addItem(tr("Any event"), QString());
        for (const QString &name : events)
            m_event->addItem(name, name);
        if (!current.isEmpty() && m_event->findData(current) < 0)
            m_event->addItem(current, current);
        m_event->setCurrentIndex(std::max(0, m_event->findData(current)));
    }
    for (EventFilterEditor *editor : std::as_const(m_filters))
        editor->setProperties(properties);
    updateFilterButton();
}

EventFilterEditor *RetentionEventEditor::addFilter()
{
    auto *editor = new EventFilterEditor(this);
    if (!m_properties.isEmpty())
        editor->setProperties(m_properties);
    m_filters.append(editor);
    m_filterLayout->addWidget(editor);
    connect(editor, &EventFilterEditor::changed, this, &RetentionEventEditor::changed);
    connect(editor, &EventFilterEditor::removeRequested, this, [this, editor] { removeFilter(editor); });
    updateFilterButton();
    return editor;
}

void RetentionEventEditor::removeFilter(EventFilterEditor *editor)
{
    m_filters.removeOne(editor);
    editor->deleteLater();
    updateFilterButton();
    Q_EMIT changed();
}

void RetentionEventEditor::updateFilterButton()
{
    // Filters narrow one named event; "any event" has no properties in common to filter on.
    const bool named = !m_event->currentData().toString().isEmpty();
    m_addFilter->setEnabled(named && m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
    for (EventFilterEditor *editor : std::as_const(m_filters))
        editor->setVisible(named); // kept for when a named event comes back

    m_addFilter->setToolTip(named ? tr("Count only events whose property matches, e.g. prop.plan is pro")
                                  : tr("Choose an event first to filter it by its properties"));
}

std::optional<FunnelStep> RetentionEventEditor::step() const
{
    const QString name = m_event->currentData().toString();
    if (name.isEmpty())
        return std::nullopt;
    FunnelStep out;
    out.event = name;
    for (const EventFilterEditor *editor : m_filters)
        out.filters.append(editor->filter());
    return out;
}

void RetentionEventEditor::setStep(const std::optional<FunnelStep> &step)
{
    const QString name = step ? step->event : QString();
    {
        const QSignalBlocker blocker(m_event);
        if (!name.isEmpty() && m_event->findData(name) < 0)
            m_event->addItem(name, name);
        m_event->setCurrentIndex(std::max(0, m_event->findData(name)));
    }
    for (EventFilterEditor *editor : std::as_const(m_filters))
        delete editor;
    m_filters.clear();
    if (step) {
        for (const EventFilter &filter : step->filters)
            addFilter()->setFilter(filter);
    }
    updateFilterButton();
    Q_EMIT changed();
}

QString RetentionEventEditor::problem() const
{
    if (m_event->currentData().toString().isEmpty())
        return {}; // filters are ignored for any event
    for (int i = 0; i < m_filters.size(); ++i) {
        const QString problem = m_filters.at(i)->problem();
        if (!problem.isEmpty())
            return tr("filter %1: %2").arg(i + 1).arg(problem);
    }
    return {};
}

} // namespace pulse::ui
