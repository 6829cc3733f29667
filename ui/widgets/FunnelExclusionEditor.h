// One exclusion of the funnel builder: "users who do EVENT between step I and step J drop out".
#pragma once

#include "analytics/funnel/FunnelQuery.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QToolButton;

namespace pulse::ui {

class FunnelExclusionEditor final : public QWidget {
    Q_OBJECT
public:
    explicit FunnelExclusionEditor(QWidget *parent = nullptr);

    void setEvents(const QStringList &events);
    // The step spin boxes range over 1..count.
    void setStepCount(int count);
    FunnelExclusion exclusion() const;
    void setExclusion(const FunnelExclusion &exclusion);
    QString problem() const;

    QComboBox *eventEdit() const { return m_event; }
    QSpinBox *fromEdit() const { return m_from; }
    QSpinBox *toEdit() const { return m_to; }
    QToolButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    QComboBox *m_event;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QToolButton *m_remove;
};

} // namespace pulse::ui
