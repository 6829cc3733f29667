// Funnel step editor. Event and path are editable combo boxes: the catalog only lists what has been
// seen so far, and a funnel may well be defined before its last step ever happened.
#include "widgets/FunnelStepEditor.h"

#include "widgets/CompletionCombo.h"
#include "widgets/EventFilterList.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FunnelStepEditor::FunnelStepEditor(QWidget *parent)
    : QFrame(parent),
      m_number(new QLabel(this)),
      m_event(completionCombo(this, tr("event name, e.g. pageview"), 12)),
      m_match(new QComboBox(this)),
      m_path(completionCombo(this, tr("any path"), 12)),
      m_up(toolButton(this, tr("↑"), tr("Move this step up"))),
      m_down(toolButton(this, tr("↓"), tr("Move this step down"))),
      m_remove(toolButton(this, tr("×"), tr("Remove this step"))),
      m_filters(new EventFilterList(this)),
      m_label(new QLineEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 6, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    QFont bold = m_number->font();
    bold.setBold(true);
    m_number->setFont(bold);
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("20")) + 4);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(0);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_remove);
    grid->addWidget(m_number, 0, 0);
    grid->addWidget(m_event, 0, 1, 1, 2);
    grid->addLayout(buttons, 0, 3);
    m_match->addItem(tr("path is"), int(FunnelStep::PathMatch::Exact));
    m_match->addItem(tr("path starts with"), int(FunnelStep::PathMatch::Prefix));
    m_match->addItem(tr("path matches"), int(FunnelStep::PathMatch::Glob));
    m_match->setItemData(2, tr("A pattern: * matches any run of characters, ? one character"), Qt::ToolTipRole);
    grid->addWidget(m_match, 1, 1);
    grid->addWidget(m_path, 1, 2, 1, 2);
    grid->addWidget(m_filters, 2, 1, 1, 3);
    m_label->setPlaceholderText(tr("label in the results (optional)"));
    m_label->setToolTip(tr("How the step is named in the chart and the table; empty: from its event and path"));
    m_label->setAccessibleName(tr("Step label"));
    m_label->setMaxLength(FunnelStep::kMaxTextLength);
    m_label->setClearButtonEnabled(true);
    m_filters->setTrailingWidget(m_label);
    grid->setColumnStretch(2, 1);

    connect(m_event, &QComboBox::currentTextChanged, this, &FunnelStepEditor::changed);
    connect(m_path, &QComboBox::currentTextChanged, this, &FunnelStepEditor::changed);
    connect(m_match, &QComboBox::currentIndexChanged, this, &FunnelStepEditor::changed);
    connect(m_up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(+1); });
    connect(m_remove, &QToolButton::clicked, this, &FunnelStepEditor::removeRequested);
    connect(m_filters, &EventFilterList::changed, this, &FunnelStepEditor::changed);
    connect(m_label, &QLineEdit::textChanged, this, &FunnelStepEditor::changed);
    setPosition(1, 1);
}

void FunnelStepEditor::setPosition(int number, int count)
{
    m_number->setText(QString::number(number));
    m_up->setEnabled(number > 1);
    m_down->setEnabled(number < count);
}

void FunnelStepEditor::setCompletions(const FunnelCompletions &completions)
{
    m_completions = completions;
    setSuggestions(m_event, completions.events);
    setSuggestions(m_path, completions.paths);
    m_filters->setProperties(completions.properties);
}

EventFilterEditor *FunnelStepEditor::addFilter()
{
    return m_filters->addFilter();
}

QList<EventFilterEditor *> FunnelStepEditor::filterEditors() const
{
    return m_filters->editors();
}

QPushButton *FunnelStepEditor::addFilterButton() const
{
    return m_filters->addButton();
}

FunnelStep FunnelStepEditor::step() const
{
    FunnelStep out;
    out.event = m_event->currentText().trimmed();
    out.path = m_path->currentText().trimmed();
    out.pathMatch = FunnelStep::PathMatch(m_match->currentData().toInt());
    out.filters = m_filters->filters();
    out.label = m_label->text().trimmed();
    return out;
}

void FunnelStepEditor::setStep(const FunnelStep &step)
{
    m_event->setEditText(step.event);
    m_path->setEditText(step.path);
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(step.pathMatch))));
    m_filters->setFilters(step.filters);
    m_label->setText(step.label);
}

QString FunnelStepEditor::problem() const
{
    if (m_event->currentText().trimmed().isEmpty())
        return tr("choose the event this step counts (for page visits: pageview)");
    return m_filters->problem();
}

} // namespace pulse::ui
