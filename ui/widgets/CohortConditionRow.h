// One condition of a dynamic cohort: what kind (performed an event, did not, first or last seen, a
// visitor property) and the fields of that kind, with a remove button. Only the fields of the chosen
// kind are shown. Dates are whole days in the site's zone.
#pragma once

#include "analytics/cohort/CohortDefinition.h"
#include "widgets/FunnelCompletions.h"

#include <QDate>
#include <QFrame>
#include <QList>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

namespace pulse::ui {

class EventFilterEditor;

// What the condition fields offer and how they read dates: the site's event names and properties,
// its time zone, and today (from the workspace clock) for default dates.
struct CohortEditorContext {
    FunnelCompletions completions;
    QTimeZone zone = QTimeZone::utc();
    QDate today;
};

class CohortConditionRow final : public QFrame {
    Q_OBJECT
public:
    static constexpr int kMaxCount = 1000000; // the engine's limit for "N times"
    // When a Performed / NotPerformed condition looks at the events.
    enum class When { LastDays, Between, Ever };

    explicit CohortConditionRow(QWidget *parent = nullptr);

    void setContext(const CohortEditorContext &context);
    CohortCondition condition() const;
    void setCondition(const CohortCondition &condition);
    // What to change before the condition can be computed, in words; empty when it can.
    QString problem() const;

    EventFilterEditor *addFilter();
    QList<EventFilterEditor *> filterEditors() const { return m_filters; }
    QComboBox *kindEdit() const { return m_kind; }
    QComboBox *eventEdit() const { return m_event; }
    QComboBox *countOpEdit() const { return m_countOp; }
    QSpinBox *countEdit() const { return m_count; }
    QComboBox *whenEdit() const { return m_when; }
    QSpinBox *daysEdit() const { return m_days; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *timeOpEdit() const { return m_timeOp; }
    QDateEdit *atEdit() const { return m_at; }
    QComboBox *propertyEdit() const { return m_property; }
    QComboBox *propertyOpEdit() const { return m_propertyOp; }
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *addFilterButton() const { return m_addFilter; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    QWidget *buildEventFields();
    QWidget *buildSeenFields();
    QWidget *buildPropertyFields();
    void updateVisibleFields();
    void removeFilter(EventFilterEditor *editor);
    void setDefaultDates();
    qint64 startOfDay(const QDate &date) const;
    QDate dateOf(qint64 ms) const;
    // The time a date field stands for (endOfRange: the day after it, as ranges end before toMs). While the user has
    // not changed the date it is the loaded time, so a condition written through the API (any time of day) reads back
    // unchanged.
    qint64 msFor(const QDateEdit *edit, qint64 loadedMs, bool endOfRange) const;

    CohortEditorContext m_context;
    CohortCondition m_loaded;
    QComboBox *m_kind;
    QToolButton *m_remove;
    QWidget *m_eventFields;
    QWidget *m_seenFields;
    QWidget *m_propertyFields;
    QComboBox *m_event;
    QComboBox *m_countOp;
    QSpinBox *m_count;
    QLabel *m_times;
    QComboBox *m_when;
    QSpinBox *m_days;
    QLabel *m_daysLabel;
    QDateEdit *m_from;
    QLabel *m_and;
    QDateEdit *m_to;
    QVBoxLayout *m_filterLayout;
    QPushButton *m_addFilter;
    QList<EventFilterEditor *> m_filters;
    QComboBox *m_timeOp;
    QDateEdit *m_at;
    QComboBox *m_property;
    QComboBox *m_propertyOp;
    QLineEdit *m_value;
};

} // namespace pulse::ui
