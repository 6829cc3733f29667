// The definition of a dynamic cohort as a form: a top-level All / Any group of condition rows and
// nested groups (CohortGroupEditor), checked against the engine's limits before anything is sent.
#pragma once

#include "analytics/cohort/CohortDefinition.h"
#include "widgets/CohortConditionRow.h"

#include <QWidget>

namespace pulse::ui {

class CohortGroupEditor;

class CohortDefinitionEditor final : public QWidget {
    Q_OBJECT
public:
    explicit CohortDefinitionEditor(QWidget *parent = nullptr);

    void setContext(const CohortEditorContext &context);
    CohortGroup definition() const;
    void setDefinition(const CohortGroup &definition);
    // What to change before the cohort can be computed, as a sentence; empty when it can.
    QString problem() const;

    CohortGroupEditor *root() const { return m_root; }

Q_SIGNALS:
    void changed();

private:
    CohortGroupEditor *m_root;
};

} // namespace pulse::ui
