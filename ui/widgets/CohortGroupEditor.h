// An AND / OR group of a dynamic cohort's definition: "All of" or "Any of" its condition rows and its
// nested groups, with buttons to add either. Nested groups have a remove button; a group at the
// engine's deepest level offers no "+ Group".
#pragma once

#include "analytics/cohort/CohortDefinition.h"
#include "widgets/CohortConditionRow.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace pulse::ui {

class CohortGroupEditor final : public QFrame {
    Q_OBJECT
public:
    // depth: 1 for the top-level group.
    explicit CohortGroupEditor(int depth, QWidget *parent = nullptr);

    void setContext(const CohortEditorContext &context);
    CohortGroup group() const;
    void setGroup(const CohortGroup &group);
    // What to change first, naming the condition ("Condition 2: …"); empty when every row is complete.
    QString problem(const QString &prefix = QString()) const;
    int depth() const { return m_depth; }

    CohortConditionRow *addCondition();
    CohortGroupEditor *addGroup();
    void removeCondition(CohortConditionRow *row);
    void removeGroup(CohortGroupEditor *group);
    QList<CohortConditionRow *> conditionRows() const { return m_rows; }
    QList<CohortGroupEditor *> groupEditors() const { return m_groups; }
    QComboBox *matchEdit() const { return m_match; }
    QPushButton *addConditionButton() const { return m_addCondition; }
    QPushButton *addGroupButton() const { return m_addGroup; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void clear();

    int m_depth;
    CohortEditorContext m_context;
    QComboBox *m_match;
    QToolButton *m_remove;
    QVBoxLayout *m_rowLayout;
    QVBoxLayout *m_groupLayout;
    QPushButton *m_addCondition;
    QPushButton *m_addGroup;
    QList<CohortConditionRow *> m_rows;
    QList<CohortGroupEditor *> m_groups;
};

} // namespace pulse::ui
