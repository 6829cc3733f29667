// Cohort definition editor. The form's own checks come first because they name the row in the user's
// terms; the engine's validation is the last word for anything the form lets through.
#include "widgets/CohortDefinitionEditor.h"

#include "widgets/CohortGroupEditor.h"

#include <QVBoxLayout>

namespace pulse::ui {

CohortDefinitionEditor::CohortDefinitionEditor(QWidget *parent)
    : QWidget(parent), m_root(new CohortGroupEditor(1, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_root);
    // In a scroll area taller than the conditions, the spare height goes below them, not into the rows.
    layout->addStretch(1);
    connect(m_root, &CohortGroupEditor::changed, this, &CohortDefinitionEditor::changed);
}

void CohortDefinitionEditor::setContext(const CohortEditorContext &context)
{
    m_root->setContext(context);
}

CohortGroup CohortDefinitionEditor::definition() const
{
    return m_root->group();
}

void CohortDefinitionEditor::setDefinition(const CohortGroup &definition)
{
    m_root->setGroup(definition);
    Q_EMIT changed();
}

QString CohortDefinitionEditor::problem() const
{
    const QString problem = m_root->problem();
    if (!problem.isEmpty())
        return problem;
    const CohortGroup group = definition();
    const qsizetype count = group.leaves().size();
    if (count > CohortGroup::kMaxConditions)
        return tr("A cohort takes at most %1 conditions; this one has %2. Remove %3.")
            .arg(CohortGroup::kMaxConditions)
            .arg(count)
            .arg(count - CohortGroup::kMaxConditions);
    const QString invalid = group.validationError();
    if (!invalid.isEmpty())
        return tr("The definition cannot be computed: %1").arg(invalid);
    return {};
}

} // namespace pulse::ui
