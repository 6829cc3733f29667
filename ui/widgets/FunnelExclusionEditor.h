// One exclusion of the funnel builder: "users who do EVENT (on a path, with property filters)
// between step I and step J drop out".
#pragma once

#include "analytics/funnel/FunnelQuery.h"
#include "widgets/FunnelCompletions.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QToolButton;

namespace pulse::ui {

class EventFilterEditor;
class EventFilterList;

class FunnelExclusionEditor final : public QWidget {
    Q_OBJECT
public:
    explicit FunnelExclusionEditor(QWidget *parent = nullptr);

    // The site's event names, paths and properties, offered as the user types.
    void setCompletions(const FunnelCompletions &completions);
    // The step spin boxes range over 1..count.
    void setStepCount(int count);
    FunnelExclusion exclusion() const;
    void setExclusion(const FunnelExclusion &exclusion);
    QString problem() const;

    QComboBox *eventEdit() const { return m_event; }
    QComboBox *pathMatchEdit() const { return m_match; }
    QComboBox *pathEdit() const { return m_path; }
    QSpinBox *fromEdit() const { return m_from; }
    QSpinBox *toEdit() const { return m_to; }
    QToolButton *removeButton() const { return m_remove; }
    EventFilterList *filterList() const { return m_filters; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    QComboBox *m_event;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QToolButton *m_remove;
    QComboBox *m_match;
    QComboBox *m_path;
    EventFilterList *m_filters;
};

} // namespace pulse::ui
