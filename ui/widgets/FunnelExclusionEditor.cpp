// Exclusion row: the event is a name only; paths and filters on exclusions stay available to the API.
#include "widgets/FunnelExclusionEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace pulse::ui {

FunnelExclusionEditor::FunnelExclusionEditor(QWidget *parent)
    : QWidget(parent),
      m_event(new QComboBox(this)),
      m_from(new QSpinBox(this)),
      m_to(new QSpinBox(this)),
      m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_event->setEditable(true);
    m_event->setInsertPolicy(QComboBox::NoInsert);
    m_event->lineEdit()->setPlaceholderText(tr("event name"));
    m_event->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_event->setMinimumContentsLength(10);
    m_event->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_event->completer()->setFilterMode(Qt::MatchContains);
    m_remove->setText(tr("×"));
    m_remove->setToolTip(tr("Remove this exclusion"));
    m_remove->setAutoRaise(true);
    layout->addWidget(m_event, 1);
    layout->addWidget(new QLabel(tr("between step"), this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("and"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_remove);
    setToolTip(tr("Users who do this event after reaching the first step and before the second drop out"));
    setStepCount(2);
    m_to->setValue(2);

    connect(m_event, &QComboBox::currentTextChanged, this, &FunnelExclusionEditor::changed);
    connect(m_from, &QSpinBox::valueChanged, this, &FunnelExclusionEditor::changed);
    connect(m_to, &QSpinBox::valueChanged, this, &FunnelExclusionEditor::changed);
    connect(m_remove, &QToolButton::clicked, this, &FunnelExclusionEditor::removeRequested);
}

void FunnelExclusionEditor::setEvents(const QStringList &events)
{
    const QString text = m_event->currentText();
    const QSignalBlocker blocker(m_event);
    m_event->clear();
    m_event->addItems(events);
    m_event->setEditText(text);
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
    out.fromStep = m_from->value();
    out.toStep = m_to->value();
    return out;
}

void FunnelExclusionEditor::setExclusion(const FunnelExclusion &exclusion)
{
    m_event->setEditText(exclusion.event.event);
    m_from->setValue(exclusion.fromStep);
    m_to->setValue(exclusion.toStep);
}

QString FunnelExclusionEditor::problem() const
{
    if (m_event->currentText().trimmed().isEmpty())
        return tr("choose the event that makes users drop out");
    if (m_from->value() >= m_to->value())
        return tr("the first step (%1) must come before the second (%2)").arg(m_from->value()).arg(m_to->value());
    return {};
}

} // namespace pulse::ui
