// One step of the funnel builder: the event name (completed from the site's catalog), an optional
// path matched exactly, as a prefix or as a glob, and property filters; buttons to move or remove it.
#pragma once

#include "analytics/funnel/FunnelQuery.h"
#include "widgets/FunnelCompletions.h"

#include <QFrame>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace pulse::ui {

class EventFilterEditor;
class EventFilterList;

class FunnelStepEditor final : public QFrame {
    Q_OBJECT
public:
    explicit FunnelStepEditor(QWidget *parent = nullptr);

    // number: 1-based position among count steps; the move buttons follow it.
    void setPosition(int number, int count);
    void setCompletions(const FunnelCompletions &completions);
    FunnelStep step() const;
    void setStep(const FunnelStep &step);
    // What to change before the step can run, in words; empty when it can.
    QString problem() const;

    EventFilterEditor *addFilter();
    QList<EventFilterEditor *> filterEditors() const;
    QLineEdit *labelEdit() const { return m_label; }
    QComboBox *eventEdit() const { return m_event; }
    QComboBox *pathEdit() const { return m_path; }
    QComboBox *pathMatchEdit() const { return m_match; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }
    QPushButton *addFilterButton() const;

Q_SIGNALS:
    void changed();
    void moveRequested(int delta); // -1 up, +1 down
    void removeRequested();

private:
    QLabel *m_number;
    QComboBox *m_event;
    QComboBox *m_match;
    QComboBox *m_path;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    EventFilterList *m_filters;
    QLineEdit *m_label;
    FunnelCompletions m_completions;
};

} // namespace pulse::ui
