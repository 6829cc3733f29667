// Funnel step editor. Event and path are editable combo boxes: the catalog only lists what has been
// seen so far, and a funnel may well be defined before its last step ever happened.
#include "widgets/FunnelStepEditor.h"

#include "widgets/EventFilterEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
QComboBox *editableCombo(QWidget *parent, const QString &placeholder)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setAutoRaise(true);
    return button;
}

// Replaces the items and keeps what the user typed: the text is the value, the list only a suggestion.
void setItemsKeepingText(QComboBox *combo, const QStringList &items)
{
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    combo->setEditText(text);
}
} // namespace

FunnelStepEditor::FunnelStepEditor(QWidget *parent)
    : QFrame(parent),
      m_number(new QLabel(this)),
      m_event(editableCombo(this, tr("event name, e.g. pageview"))),
      m_match(new QComboBox(this)),
      m_path(editableCombo(this, tr("any path"))),
      m_up(toolButton(this, tr("↑"), tr("Move this step up"))),
      m_down(toolButton(this, tr("↓"), tr("Move this step down"))),
      m_remove(toolButton(this, tr("×"), tr("Remove this step"))),
      m_filterLayout(new QVBoxLayout),
      m_addFilter(new QPushButton(tr("+ Filter"), this))
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
    m_filterLayout->setSpacing(4);
    grid->addLayout(m_filterLayout, 2, 1, 1, 3);
    m_addFilter->setFlat(true);
    m_addFilter->setToolTip(tr("Count only events whose property matches, e.g. prop.plan is pro"));
    grid->addWidget(m_addFilter, 3, 1, Qt::AlignLeft);
    grid->setColumnStretch(2, 1);

    connect(m_event, &QComboBox::currentTextChanged, this, &FunnelStepEditor::changed);
    connect(m_path, &QComboBox::currentTextChanged, this, &FunnelStepEditor::changed);
    connect(m_match, &QComboBox::currentIndexChanged, this, &FunnelStepEditor::changed);
    connect(m_up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(+1); });
    connect(m_remove, &QToolButton::clicked, this, &FunnelStepEditor::removeRequested);
    connect(m_addFilter, &QPushButton::clicked, this, [this] {
        addFilter()->propertyEdit()->setFocus();
        Q_EMIT changed();
    });
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
    setItemsKeepingText(m_event, completions.events);
    setItemsKeepingText(m_path, completions.paths);
    for (EventFilterEditor *editor : std::as_const(m_filters))
        editor->setProperties(completions.properties);
}

EventFilterEditor *FunnelStepEditor::addFilter()
{
    auto *editor = new EventFilterEditor(this);
    if (!m_completions.properties.isEmpty())
        editor->setProperties(m_completions.properties);
    m_filters.append(editor);
    m_filterLayout->addWidget(editor);
    m_addFilter->setEnabled(m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
    connect(editor, &EventFilterEditor::changed, this, &FunnelStepEditor::changed);
    connect(editor, &EventFilterEditor::removeRequested, this, [this, editor] { removeFilter(editor); });
    return editor;
}

void FunnelStepEditor::removeFilter(EventFilterEditor *editor)
{
    m_filters.removeOne(editor);
    editor->deleteLater();
    m_addFilter->setEnabled(m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
    Q_EMIT changed();
}

FunnelStep FunnelStepEditor::step() const
{
    FunnelStep out;
    out.event = m_event->currentText().trimmed();
    out.path = m_path->currentText().trimmed();
    out.pathMatch = FunnelStep::PathMatch(m_match->currentData().toInt());
    for (const EventFilterEditor *editor : m_filters)
        out.filters.append(editor->filter());
    return out;
}

void FunnelStepEditor::setStep(const FunnelStep &step)
{
    m_event->setEditText(step.event);
    m_path->setEditText(step.path);
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(step.pathMatch))));
    for (EventFilterEditor *editor : std::as_const(m_filters))
        delete editor;
    m_filters.clear();
    for (const EventFilter &filter : step.filters)
        addFilter()->setFilter(filter);
    m_addFilter->setEnabled(m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
}

QString FunnelStepEditor::problem() const
{
    if (m_event->currentText().trimmed().isEmpty())
        return tr("choose the event this step counts (for page visits: pageview)");
    for (int i = 0; i < m_filters.size(); ++i) {
        const QString problem = m_filters.at(i)->problem();
        if (!problem.isEmpty())
            return tr("filter %1: %2").arg(i + 1).arg(problem);
    }
    return {};
}

} // namespace pulse::ui
