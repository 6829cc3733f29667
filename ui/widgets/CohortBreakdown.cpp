#include "widgets/CohortBreakdown.h"

#include "widgets/CohortChecklist.h"

#include <QComboBox>
#include <QFormLayout>
#include <QSignalBlocker>

namespace pulse::ui {

CohortBreakdown::CohortBreakdown(QComboBox *breakdown, QFormLayout *form, int maxCohorts, QWidget *parent)
    : QObject(parent), m_breakdown(breakdown), m_form(form), m_list(new CohortChecklist(maxCohorts, parent))
{
    int row = -1;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_breakdown, &row, &role);
    m_form->insertRow(row < 0 ? m_form->rowCount() : row + 1, tr("Compare"), m_list);
    updateVisibility();
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &CohortBreakdown::updateVisibility);
    connect(m_list, &CohortChecklist::checkedChanged, this, [this] {
        if (isChosen())
            Q_EMIT changed();
    });
}

bool CohortBreakdown::isChosen() const
{
    return m_breakdown->currentData().toString() == key();
}

void CohortBreakdown::addItem()
{
    if (m_list->count() > 0 && m_breakdown->findData(key()) < 0) {
        m_breakdown->insertItem(1, tr("Saved cohorts, side by side"), key());
        m_breakdown->setItemData(1, tr("One series per cohort ticked under Compare"), Qt::ToolTipRole);
    }
}

void CohortBreakdown::setCohorts(const QList<Cohort> &cohorts)
{
    const bool chosen = isChosen();
    const QList<qint64> before = m_list->checkedIds();
    {
        const QSignalBlocker quiet(m_list);
        m_list->setCohorts(cohorts);
    }
    {
        const QSignalBlocker blocker(m_breakdown);
        if (cohorts.isEmpty()) {
            const int index = m_breakdown->findData(key());
            if (index >= 0) {
                m_breakdown->removeItem(index);
                if (chosen)
                    m_breakdown->setCurrentIndex(0);
            }
        } else {
            addItem();
        }
    }
    updateVisibility();
    if (chosen && (cohorts.isEmpty() || m_list->checkedIds() != before))
        Q_EMIT changed(); // the series follow the site's cohorts
}

QList<qint64> CohortBreakdown::seriesIds() const
{
    return isChosen() ? m_list->checkedIds() : QList<qint64>();
}

void CohortBreakdown::setSeriesIds(const QList<qint64> &ids)
{
    const QSignalBlocker quiet(m_list);
    if (isChosen())
        m_list->setCheckedIds(ids);
    updateVisibility();
}

QString CohortBreakdown::problem() const
{
    if (isChosen() && m_list->checkedIds().isEmpty())
        return tr("Tick at least one cohort to compare, or choose another breakdown.");
    return {};
}

void CohortBreakdown::updateVisibility()
{
    m_form->setRowVisible(m_list, isChosen());
}

} // namespace pulse::ui
