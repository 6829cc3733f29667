#include "widgets/EventFilterList.h"

#include "analytics/funnel/FunnelQuery.h"
#include "widgets/EventFilterEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulse::ui {

EventFilterList::EventFilterList(QWidget *parent)
    : QWidget(parent),
      m_rows(new QVBoxLayout),
      m_buttonRow(new QHBoxLayout),
      m_add(new QPushButton(tr("+ Filter"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    layout->addLayout(m_rows);
    m_add->setFlat(true);
    m_buttonRow->setSpacing(6);
    m_buttonRow->addWidget(m_add, 0, Qt::AlignLeft);
    m_buttonRow->addStretch(1);
    layout->addLayout(m_buttonRow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addFilter()->propertyEdit()->setFocus();
        Q_EMIT changed();
    });
    updateButton();
}

void EventFilterList::setTrailingWidget(QWidget *widget)
{
    // Replaces the stretch that kept the button on the left.
    delete m_buttonRow->takeAt(m_buttonRow->count() - 1);
    m_buttonRow->addWidget(widget, 1);
}

void EventFilterList::setProperties(const QStringList &properties)
{
    m_properties = properties;
    for (EventFilterEditor *editor : std::as_const(m_editors))
        editor->setProperties(properties);
}

EventFilterEditor *EventFilterList::addFilter()
{
    auto *editor = new EventFilterEditor(this);
    if (!m_properties.isEmpty())
        editor->setProperties(m_properties);
    m_editors.append(editor);
    m_rows->addWidget(editor);
    editor->setVisible(m_available);
    connect(editor, &EventFilterEditor::changed, this, &EventFilterList::changed);
    connect(editor, &EventFilterEditor::removeRequested, this, [this, editor] { remove(editor); });
    updateButton();
    return editor;
}

void EventFilterList::remove(EventFilterEditor *editor)
{
    m_editors.removeOne(editor);
    editor->deleteLater();
    updateButton();
    Q_EMIT changed();
}

QList<EventFilter> EventFilterList::filters() const
{
    QList<EventFilter> out;
    for (const EventFilterEditor *editor : m_editors)
        out.append(editor->filter());
    return out;
}

void EventFilterList::setFilters(const QList<EventFilter> &filters)
{
    for (EventFilterEditor *editor : std::as_const(m_editors))
        delete editor;
    m_editors.clear();
    for (const EventFilter &filter : filters)
        addFilter()->setFilter(filter);
    updateButton();
}

void EventFilterList::setAvailable(bool available, const QString &whyNot)
{
    m_available = available;
    m_whyNot = whyNot;
    for (EventFilterEditor *editor : std::as_const(m_editors))
        editor->setVisible(available);
    updateButton();
}

QString EventFilterList::problem() const
{
    for (int i = 0; i < m_editors.size(); ++i) {
        const QString problem = m_editors.at(i)->problem();
        if (!problem.isEmpty())
            return tr("filter %1: %2").arg(i + 1).arg(problem);
    }
    return {};
}

void EventFilterList::updateButton()
{
    m_add->setEnabled(m_available && m_editors.size() < FunnelQuery::kMaxFiltersPerStep);
    m_add->setToolTip(m_available ? tr("Count only events whose property matches, e.g. prop.plan is pro") : m_whyNot);
}

} // namespace pulse::ui
