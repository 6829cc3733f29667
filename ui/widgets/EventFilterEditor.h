// One property condition of a funnel step: property, operator and value(s), with a remove button.
// "is one of" takes comma-separated values.
#pragma once

#include "analytics/funnel/FunnelQuery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace pulse::ui {

class EventFilterEditor final : public QWidget {
    Q_OBJECT
public:
    explicit EventFilterEditor(QWidget *parent = nullptr);

    void setProperties(const QStringList &properties);
    EventFilter filter() const;
    void setFilter(const EventFilter &filter);
    // What to change before the filter can run, empty when it can; the caller names the step.
    QString problem() const;

    QComboBox *propertyEdit() const { return m_property; }
    QComboBox *operatorEdit() const { return m_op; }
    QLineEdit *valueEdit() const { return m_value; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    QComboBox *m_property;
    QComboBox *m_op;
    QLineEdit *m_value;
    QToolButton *m_remove;
};

} // namespace pulse::ui
