// Cohort group editor. Conditions come before nested groups, as CohortGroup holds them, so what the
// editor shows is the order the engine numbers them in.
#include "widgets/CohortGroupEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

CohortGroupEditor::CohortGroupEditor(int depth, QWidget *parent)
    : QFrame(parent),
      m_depth(depth),
      m_match(new QComboBox(this)),
      m_remove(new QToolButton(this)),
      m_rowLayout(new QVBoxLayout),
      m_groupLayout(new QVBoxLayout),
      m_addCondition(new QPushButton(tr("+ Condition"), this)),
      m_addGroup(new QPushButton(tr("+ Group"), this))
{
    // The top level is the editor itself; nested groups get a frame so their extent is visible.
    if (depth > 1)
        setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(depth > 1 ? 8 : 0, depth > 1 ? 6 : 0, depth > 1 ? 4 : 0, depth > 1 ? 6 : 0);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    m_match->addItem(tr("Users matching all of"), int(CohortGroup::Match::All));
    m_match->addItem(tr("Users matching any of"), int(CohortGroup::Match::Any));
    m_match->setAccessibleName(tr("Combine the conditions"));
    m_match->setToolTip(tr("All: every condition must hold (AND). Any: one is enough (OR)."));
    top->addWidget(m_match);
    top->addStretch(1);
    m_remove->setText(tr("×"));
    m_remove->setToolTip(tr("Remove this group"));
    m_remove->setAccessibleName(tr("Remove this group"));
    m_remove->setAutoRaise(true);
    m_remove->setVisible(depth > 1);
    top->addWidget(m_remove);
    layout->addLayout(top);
    m_rowLayout->setSpacing(6);
    m_groupLayout->setSpacing(6);
    layout->addLayout(m_rowLayout);
    layout->addLayout(m_groupLayout);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    m_addCondition->setFlat(true);
    m_addGroup->setFlat(true);
    m_addGroup->setToolTip(tr("A nested group combines its own conditions with All or Any"));
    m_addGroup->setVisible(depth < CohortGroup::kMaxDepth);
    buttons->addWidget(m_addCondition);
    buttons->addWidget(m_addGroup);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_match, &QComboBox::currentIndexChanged, this, &CohortGroupEditor::changed);
    connect(m_remove, &QToolButton::clicked, this, &CohortGroupEditor::removeRequested);
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        addCondition()->eventEdit()->setFocus();
        Q_EMIT changed();
    });
    connect(m_addGroup, &QPushButton::clicked, this, [this] {
        addGroup()->addCondition();
        Q_EMIT changed();
    });
}

void CohortGroupEditor::setContext(const CohortEditorContext &context)
{
    m_context = context;
    for (CohortConditionRow *row : std::as_const(m_rows))
        row->setContext(context);
    for (CohortGroupEditor *group : std::as_const(m_groups))
        group->setContext(context);
}

CohortConditionRow *CohortGroupEditor::addCondition()
{
    auto *row = new CohortConditionRow(this);
    row->setContext(m_context);
    m_rows.append(row);
    m_rowLayout->addWidget(row);
    connect(row, &CohortConditionRow::changed, this, &CohortGroupEditor::changed);
    connect(row, &CohortConditionRow::removeRequested, this, [this, row] { removeCondition(row); });
    return row;
}

CohortGroupEditor *CohortGroupEditor::addGroup()
{
    auto *group = new CohortGroupEditor(m_depth + 1, this);
    group->setContext(m_context);
    m_groups.append(group);
    m_groupLayout->addWidget(group);
    connect(group, &CohortGroupEditor::changed, this, &CohortGroupEditor::changed);
    connect(group, &CohortGroupEditor::removeRequested, this, [this, group] { removeGroup(group); });
    return group;
}

void CohortGroupEditor::removeCondition(CohortConditionRow *row)
{
    if (!m_rows.removeOne(row))
        return;
    row->hide();
    row->deleteLater(); // the click that asked for it is still being delivered
    Q_EMIT changed();
}

void CohortGroupEditor::removeGroup(CohortGroupEditor *group)
{
    if (!m_groups.removeOne(group))
        return;
    group->hide();
    group->deleteLater();
    Q_EMIT changed();
}

void CohortGroupEditor::clear()
{
    for (CohortConditionRow *row : std::as_const(m_rows))
        delete row;
    for (CohortGroupEditor *group : std::as_const(m_groups))
        delete group;
    m_rows.clear();
    m_groups.clear();
}

CohortGroup CohortGroupEditor::group() const
{
    CohortGroup out;
    out.match = CohortGroup::Match(m_match->currentData().toInt());
    for (const CohortConditionRow *row : m_rows)
        out.conditions.append(row->condition());
    for (const CohortGroupEditor *group : m_groups)
        out.groups.append(group->group());
    return out;
}

void CohortGroupEditor::setGroup(const CohortGroup &group)
{
    const QSignalBlocker blocker(this);
    clear();
    m_match->setCurrentIndex(std::max(0, m_match->findData(int(group.match))));
    for (const CohortCondition &c : group.conditions)
        addCondition()->setCondition(c);
    for (const CohortGroup &child : group.groups)
        addGroup()->setGroup(child);
}

QString CohortGroupEditor::problem(const QString &prefix) const
{
    if (m_rows.isEmpty() && m_groups.isEmpty())
        return prefix.isEmpty() ? tr("Add at least one condition.")
                                : tr("%1 is empty: add a condition to it or remove it.").arg(prefix);
    // Rows are numbered as the user sees them: "Condition 2", "Group 1, condition 3".
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString problem = m_rows.at(i)->problem();
        if (problem.isEmpty())
            continue;
        const QString name
            = prefix.isEmpty() ? tr("Condition %1").arg(i + 1) : tr("%1, condition %2").arg(prefix).arg(i + 1);
        return tr("%1: %2.").arg(name, problem);
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        const QString name = prefix.isEmpty() ? tr("Group %1").arg(i + 1) : tr("%1, group %2").arg(prefix).arg(i + 1);
        const QString problem = m_groups.at(i)->problem(name);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace pulse::ui
