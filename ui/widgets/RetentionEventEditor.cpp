// Retention event editor. The name list is not editable: retention over an event the site has never
// received is empty by definition, so typing one would only produce an empty grid. A name from a
// query set in code (or one that left the catalog) is still kept as an item.
#include "widgets/RetentionEventEditor.h"

#include "widgets/EventFilterList.h"

#include <QComboBox>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

RetentionEventEditor::RetentionEventEditor(QWidget *parent)
    : QWidget(parent), m_event(new QComboBox(this)), m_filters(new EventFilterList(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_event->addItem(tr("Any event"), QString());
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(14);
    layout->addWidget(m_event);
    layout->addWidget(m_filters);

    connect(m_event, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterButton();
        Q_EMIT changed();
    });
    connect(m_filters, &EventFilterList::changed, this, &RetentionEventEditor::changed);
    updateFilterButton();
}

void RetentionEventEditor::setCatalog(const QStringList &events, const QStringList &properties)
{
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
    m_filters->setProperties(properties);
    updateFilterButton();
}

EventFilterEditor *RetentionEventEditor::addFilter()
{
    return m_filters->addFilter();
}

QList<EventFilterEditor *> RetentionEventEditor::filterEditors() const
{
    return m_filters->editors();
}

QPushButton *RetentionEventEditor::addFilterButton() const
{
    return m_filters->addButton();
}

void RetentionEventEditor::updateFilterButton()
{
    // Filters narrow one named event; "any event" has no properties in common to filter on.
    // The rows stay, hidden, for when a named event comes back.
    const bool named = !m_event->currentData().toString().isEmpty();
    m_filters->setAvailable(named, tr("Choose an event first to filter it by its properties"));
}

std::optional<FunnelStep> RetentionEventEditor::step() const
{
    const QString name = m_event->currentData().toString();
    if (name.isEmpty())
        return std::nullopt;
    FunnelStep out;
    out.event = name;
    out.filters = m_filters->filters();
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
    {
        const QSignalBlocker quiet(m_filters);
        m_filters->setFilters(step ? step->filters : QList<EventFilter>());
    }
    updateFilterButton();
    Q_EMIT changed();
}

QString RetentionEventEditor::problem() const
{
    if (m_event->currentData().toString().isEmpty())
        return {}; // filters are ignored for any event
    return m_filters->problem();
}

} // namespace pulse::ui
