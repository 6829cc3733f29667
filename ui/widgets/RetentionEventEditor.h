// The start or the return event of a retention query: "Any event" or one event name from the site's
// catalog, optionally narrowed by property filters (the funnel builder's EventFilterEditor).
#pragma once

#include "analytics/funnel/FunnelQuery.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QPushButton;

namespace pulse::ui {

class EventFilterEditor;
class EventFilterList;

class RetentionEventEditor final : public QWidget {
    Q_OBJECT
public:
    explicit RetentionEventEditor(QWidget *parent = nullptr);

    // The site's event names (most frequent first) and the properties filters may read.
    void setCatalog(const QStringList &events, const QStringList &properties);
    // nullopt: any event.
    std::optional<FunnelStep> step() const;
    void setStep(const std::optional<FunnelStep> &step);
    // What to change before the query can run, empty when it can; the caller names which event.
    QString problem() const;

    EventFilterEditor *addFilter();
    QList<EventFilterEditor *> filterEditors() const;
    QComboBox *eventCombo() const { return m_event; }
    QPushButton *addFilterButton() const;

Q_SIGNALS:
    void changed();

private:
    void updateFilterButton();

    QComboBox *m_event;
    EventFilterList *m_filters;
};

} // namespace pulse::ui
