// Date range picker; the date arithmetic itself lives in DateRange (pure, unit-tested).
#include "widgets/DateRangePicker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>

namespace pulse::ui {

namespace {
using Preset = DateRange::Preset;
const QList<Preset> kPresets = { Preset::Today, Preset::Yesterday, Preset::Last7Days, Preset::Last30Days,
    Preset::Last90Days, Preset::MonthToDate, Preset::Custom };
} // namespace

DateRangePicker::DateRangePicker(QWidget *parent)
    : QWidget(parent),
      m_combo(new QComboBox(this)),
      m_compare(new QCheckBox(tr("Compare with previous period"), this)),
      m_today(QDate::currentDate())
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < kPresets.size(); ++i) {
        const Preset preset = kPresets.at(i);
        m_combo->addItem(DateRange::presetName(preset), int(preset));
        auto *action
            = new QAction(preset == Preset::Custom ? tr("Custom range…") : DateRange::presetName(preset), this);
        action->setShortcut(QKeySequence(preset == Preset::Custom ? tr("Alt+0") : tr("Alt+%1").arg(i + 1)));
        connect(action, &QAction::triggered, this, [this, preset] {
            if (preset == Preset::Custom)
                askCustomRange();
            else
                setPreset(preset);
        });
        m_actions.append(action);
    }
    m_combo->setToolTip(tr("Date range (Alt+1 … Alt+6, Alt+0 for a custom range)"));
    auto *compareAction = new QAction(tr("Compare with previous period"), this);
    compareAction->setShortcut(QKeySequence(tr("Alt+P")));
    connect(compareAction, &QAction::triggered, this, [this] { setCompare(!compare()); });
    m_actions.append(compareAction);
    m_compareAction = compareAction;
    m_compare->setToolTip(tr("Same number of days, ending the day before the range starts (Alt+P)"));
    m_compare->setChecked(true);

    layout->addWidget(m_combo);
    layout->addWidget(m_compare);
    connect(m_combo, &QComboBox::activated, this, &DateRangePicker::onComboActivated);
    connect(m_compare, &QCheckBox::toggled, this, &DateRangePicker::changed);
    m_range = DateRange::preset(Preset::Last30Days, m_today);
    m_combo->setCurrentIndex(int(kPresets.indexOf(Preset::Last30Days)));
}

bool DateRangePicker::compare() const
{
    return m_compare->isChecked();
}

void DateRangePicker::setCompareAvailable(bool available)
{
    m_compare->setEnabled(available);
    m_compareAction->setEnabled(available);
}

void DateRangePicker::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (m_range.kind() != Preset::Custom)
        apply(DateRange::preset(m_range.kind(), today));
}

void DateRangePicker::setPreset(Preset preset)
{
    apply(DateRange::preset(preset, m_today));
}

void DateRangePicker::setCustom(QDate first, QDate last)
{
    apply(DateRange::custom(first, last));
}

void DateRangePicker::setCompare(bool on)
{
    m_compare->setChecked(on);
}

void DateRangePicker::onComboActivated(int index)
{
    const auto preset = Preset(m_combo->itemData(index).toInt());
    if (preset == Preset::Custom)
        askCustomRange();
    else
        setPreset(preset);
}

void DateRangePicker::askCustomRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom date range"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateEdit(m_range.first(), &dialog);
    auto *to = new QDateEdit(m_range.last(), &dialog);
    for (QDateEdit *edit : { from, to }) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(m_today);
    }
    form->addRow(tr("From"), from);
    form->addRow(tr("To"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        setCustom(from->date(), to->date());
    else
        apply(m_range); // puts the combo back on the range still shown
}

void DateRangePicker::apply(const DateRange &range)
{
    const bool different = !(range == m_range);
    m_range = range;
    const int index = int(kPresets.indexOf(range.kind()));
    m_combo->setItemText(
        index, range.kind() == Preset::Custom ? range.spanText() : DateRange::presetName(range.kind()));
    m_combo->setCurrentIndex(index);
    m_combo->setToolTip(range.spanText());
    if (different)
        Q_EMIT changed();
}

} // namespace pulse::ui
