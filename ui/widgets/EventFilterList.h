// The property filters of one event condition (a funnel step, an exclusion, a retention event): a
// column of EventFilterEditor rows and a "+ Filter" button, up to FunnelQuery::kMaxFiltersPerStep.
// One widget so the three editors add, remove, complete and check filters the same way.
#pragma once

#include "analytics/funnel/FunnelQuery.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QPushButton;
class QVBoxLayout;

namespace pulse::ui {

class EventFilterEditor;

class EventFilterList final : public QWidget {
    Q_OBJECT
public:
    explicit EventFilterList(QWidget *parent = nullptr);

    // The property names offered in each row (built-in ones and prop.KEY).
    void setProperties(const QStringList &properties);
    QList<EventFilter> filters() const;
    void setFilters(const QList<EventFilter> &filters);
    // Off: no new filters (the rows stay, hidden, for when it is on again). Retention's "any event".
    void setAvailable(bool available, const QString &whyNot = QString());
    // "filter N: what to change", empty when every row can run.
    QString problem() const;

    // Puts widget on the "+ Filter" button's row, taking the rest of it (a step's label).
    void setTrailingWidget(QWidget *widget);

    EventFilterEditor *addFilter();
    QList<EventFilterEditor *> editors() const { return m_editors; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void changed();

private:
    void remove(EventFilterEditor *editor);
    void updateButton();

    QVBoxLayout *m_rows;
    QHBoxLayout *m_buttonRow;
    QPushButton *m_add;
    QList<EventFilterEditor *> m_editors;
    QStringList m_properties;
    bool m_available = true;
    QString m_whyNot;
};

} // namespace pulse::ui
