// Cohort condition row. The kind decides which of three field sets shows; condition() returns only
// the kind's fields (the rest at their defaults), so what is saved is what the user sees.
#include "widgets/CohortConditionRow.h"

#include "widgets/EventFilterEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pulse::ui {

namespace {
using ConditionKind = CohortCondition::Kind;
constexpr int kDefaultConditionDays = 30;

QComboBox *conditionCombo(QWidget *parent, const QString &placeholder, int minimumLength)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->lineEdit()->setPlaceholderText(placeholder);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(minimumLength);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

QDateEdit *conditionDateEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(name);
    return edit;
}

// Replaces the items and keeps what the user typed: the text is the value, the list only a suggestion.
void replaceItemsKeepingText(QComboBox *combo, const QStringList &items)
{
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(items);
    combo->setEditText(text);
}

QHBoxLayout *conditionRowLayout()
{
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    return row;
}
} // namespace

CohortConditionRow::CohortConditionRow(QWidget *parent)
    : QFrame(parent),
      m_kind(new QComboBox(this)),
      m_remove(new QToolButton(this)),
      m_eventFields(new QWidget(this)),
      m_seenFields(new QWidget(this)),
      m_propertyFields(new QWidget(this)),
      m_event(conditionCombo(this, tr("event name, e.g. purchase"), 14)),
      m_countOp(new QComboBox(this)),
      m_count(new QSpinBox(this)),
      m_times(new QLabel(tr("time"), this)),
      m_when(new QComboBox(this)),
      m_days(new QSpinBox(this)),
      m_daysLabel(new QLabel(tr("days"), this)),
      m_from(conditionDateEdit(this, tr("From"))),
      m_and(new QLabel(tr("and"), this)),
      m_to(conditionDateEdit(this, tr("To (inclusive)"))),
      m_filterLayout(new QVBoxLayout),
      m_addFilter(new QPushButton(tr("+ Property filter"), this)),
      m_timeOp(new QComboBox(this)),
      m_at(conditionDateEdit(this, tr("Date"))),
      m_property(conditionCombo(this, tr("property"), 12)),
      m_propertyOp(new QComboBox(this)),
      m_value(new QLineEdit(this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->setSpacing(4);
    auto *top = conditionRowLayout();
    m_kind->addItem(tr("Performed event"), int(ConditionKind::Performed));
    m_kind->addItem(tr("Did not perform event"), int(ConditionKind::NotPerformed));
    m_kind->addItem(tr("First seen"), int(ConditionKind::FirstSeen));
    m_kind->addItem(tr("Last seen"), int(ConditionKind::LastSeen));
    m_kind->addItem(tr("Visitor property"), int(ConditionKind::Property));
    m_kind->setAccessibleName(tr("Condition"));
    m_remove->setText(tr("×"));
    m_remove->setToolTip(tr("Remove this condition"));
    m_remove->setAccessibleName(tr("Remove this condition"));
    m_remove->setAutoRaise(true);
    top->addWidget(m_kind);
    top->addStretch(1);
    top->addWidget(m_remove);
    layout->addLayout(top);
    layout->addWidget(buildEventFields());
    layout->addWidget(buildSeenFields());
    layout->addWidget(buildPropertyFields());

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        Q_EMIT changed();
    });
    connect(m_remove, &QToolButton::clicked, this, &CohortConditionRow::removeRequested);
    m_context.today = QDate::currentDate();
    setDefaultDates();
    updateVisibleFields();
}

QWidget *CohortConditionRow::buildEventFields()
{
    auto *layout = new QVBoxLayout(m_eventFields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_event->setAccessibleName(tr("Event"));
    layout->addWidget(m_event);

    auto *count = conditionRowLayout();
    m_countOp->addItem(tr("at least"), int(CohortCondition::CountOp::AtLeast));
    m_countOp->addItem(tr("at most"), int(CohortCondition::CountOp::AtMost));
    m_countOp->addItem(tr("exactly"), int(CohortCondition::CountOp::Exactly));
    m_countOp->setAccessibleName(tr("How many times"));
    m_count->setRange(0, kMaxCount);
    m_count->setValue(1);
    m_count->setAccessibleName(tr("Count"));
    m_count->setGroupSeparatorShown(true);
    count->addWidget(m_countOp);
    count->addWidget(m_count);
    m_times->setContentsMargins(0, 0, 8, 0); // hidden with the count, so "did not perform" lines up
    count->addWidget(m_times);
    // One line: "at least [2] times in the last [30] days" reads as the sentence it stands for.
    auto *when = count;
    m_when->addItem(tr("in the last"), int(When::LastDays));
    m_when->addItem(tr("between"), int(When::Between));
    m_when->addItem(tr("ever"), int(When::Ever));
    m_when->setAccessibleName(tr("When"));
    m_days->setRange(1, CohortCondition::kMaxWithinDays);
    m_days->setValue(kDefaultConditionDays);
    m_days->setAccessibleName(tr("Days"));
    m_to->setToolTip(tr("The last day counted"));
    when->addWidget(m_when);
    when->addWidget(m_days);
    when->addWidget(m_daysLabel);
    when->addWidget(m_from);
    when->addWidget(m_and);
    when->addWidget(m_to);
    when->addStretch(1);
    layout->addLayout(when);

    m_filterLayout->setSpacing(4);
    layout->addLayout(m_filterLayout);
    m_addFilter->setFlat(true);
    m_addFilter->setToolTip(tr("Count only events whose property matches, e.g. prop.plan is pro"));
    layout->addWidget(m_addFilter, 0, Qt::AlignLeft);

    connect(m_event, &QComboBox::currentTextChanged, this, &CohortConditionRow::changed);
    connect(m_countOp, &QComboBox::currentIndexChanged, this, &CohortConditionRow::changed);
    connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
        m_times->setText(value == 1 ? tr("time") : tr("times"));
        Q_EMIT changed();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &CohortConditionRow::changed);
    connect(m_from, &QDateEdit::dateChanged, this, &CohortConditionRow::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &CohortConditionRow::changed);
    connect(m_when, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibleFields();
        Q_EMIT changed();
    });
    connect(m_addFilter, &QPushButton::clicked, this, [this] {
        addFilter()->propertyEdit()->setFocus();
        Q_EMIT changed();
    });
    return m_eventFields;
}

QWidget *CohortConditionRow::buildSeenFields()
{
    auto *row = conditionRowLayout();
    m_seenFields->setLayout(row);
    m_timeOp->addItem(tr("before"), int(CohortCondition::TimeOp::Before));
    m_timeOp->addItem(tr("on or after"), int(CohortCondition::TimeOp::After));
    m_timeOp->setAccessibleName(tr("Before or after"));
    m_at->setToolTip(tr("Compared with the start of this day in the site's time zone"));
    row->addWidget(m_timeOp);
    row->addWidget(m_at);
    row->addStretch(1);
    connect(m_timeOp, &QComboBox::currentIndexChanged, this, &CohortConditionRow::changed);
    connect(m_at, &QDateEdit::dateChanged, this, &CohortConditionRow::changed);
    return m_seenFields;
}

QWidget *CohortConditionRow::buildPropertyFields()
{
    auto *row = conditionRowLayout();
    m_propertyFields->setLayout(row);
    m_property->setAccessibleName(tr("Property"));
    m_property->setToolTip(tr("A visitor property such as browser or country, or prop.KEY for a custom property; "
                              "the value on the user's most recent event counts"));
    m_propertyOp->addItem(tr("is"), int(CohortCondition::PropertyOp::Equals));
    m_propertyOp->addItem(tr("contains"), int(CohortCondition::PropertyOp::Contains));
    m_propertyOp->setAccessibleName(tr("Comparison"));
    m_value->setPlaceholderText(tr("value"));
    m_value->setAccessibleName(tr("Value"));
    row->addWidget(m_property, 2);
    row->addWidget(m_propertyOp);
    row->addWidget(m_value, 2);
    connect(m_property, &QComboBox::currentTextChanged, this, &CohortConditionRow::changed);
    connect(m_propertyOp, &QComboBox::currentIndexChanged, this, &CohortConditionRow::changed);
    connect(m_value, &QLineEdit::textChanged, this, &CohortConditionRow::changed);
    return m_propertyFields;
}

void CohortConditionRow::setContext(const CohortEditorContext &context)
{
    const bool todayChanged = context.today != m_context.today;
    m_context = context;
    if (!m_context.zone.isValid())
        m_context.zone = QTimeZone::utc();
    if (!m_context.today.isValid())
        m_context.today = QDate::currentDate();
    replaceItemsKeepingText(m_event, context.completions.events);
    for (EventFilterEditor *editor : std::as_const(m_filters))
        editor->setProperties(context.completions.properties);
    // Visitor properties: what filters accept, except path (a property of a page view, not of a visitor).
    QStringList properties
        = context.completions.properties.isEmpty() ? EventFilter::builtInProperties() : context.completions.properties;
    properties.removeAll(QStringLiteral("path"));
    replaceItemsKeepingText(m_property, properties);
    if (todayChanged && m_loaded == CohortCondition {})
        setDefaultDates();
}

void CohortConditionRow::setDefaultDates()
{
    const QSignalBlocker fromBlocker(m_from), toBlocker(m_to), atBlocker(m_at);
    m_from->setDate(m_context.today.addDays(-kDefaultConditionDays));
    m_to->setDate(m_context.today);
    m_at->setDate(m_context.today.addDays(-kDefaultConditionDays));
}

qint64 CohortConditionRow::startOfDay(const QDate &date) const
{
    return QDateTime(date, QTime(0, 0), m_context.zone).toMSecsSinceEpoch();
}

QDate CohortConditionRow::dateOf(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_context.zone).date();
}

qint64 CohortConditionRow::msFor(const QDateEdit *edit, qint64 loadedMs, bool endOfRange) const
{
    if (loadedMs != 0 && edit->date() == dateOf(endOfRange ? loadedMs - 1 : loadedMs))
        return loadedMs;
    return startOfDay(endOfRange ? edit->date().addDays(1) : edit->date());
}

void CohortConditionRow::updateVisibleFields()
{
    const ConditionKind kind = ConditionKind(m_kind->currentData().toInt());
    const bool eventKind = kind == ConditionKind::Performed || kind == ConditionKind::NotPerformed;
    m_eventFields->setVisible(eventKind);
    m_seenFields->setVisible(kind == ConditionKind::FirstSeen || kind == ConditionKind::LastSeen);
    m_propertyFields->setVisible(kind == ConditionKind::Property);
    // "Did not perform" has no count: the user did it zero times in the period.
    for (QWidget *w : std::initializer_list<QWidget *> { m_countOp, m_count, m_times })
        w->setVisible(kind == ConditionKind::Performed);
    const When when = When(m_when->currentData().toInt());
    m_days->setVisible(when == When::LastDays);
    m_daysLabel->setVisible(when == When::LastDays);
    for (QWidget *w : std::initializer_list<QWidget *> { m_from, m_and, m_to })
        w->setVisible(when == When::Between);
}

EventFilterEditor *CohortConditionRow::addFilter()
{
    auto *editor = new EventFilterEditor(this);
    if (!m_context.completions.properties.isEmpty())
        editor->setProperties(m_context.completions.properties);
    m_filters.append(editor);
    m_filterLayout->addWidget(editor);
    m_addFilter->setEnabled(m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
    connect(editor, &EventFilterEditor::changed, this, &CohortConditionRow::changed);
    connect(editor, &EventFilterEditor::removeRequested, this, [this, editor] { removeFilter(editor); });
    return editor;
}

void CohortConditionRow::removeFilter(EventFilterEditor *editor)
{
    m_filters.removeOne(editor);
    editor->deleteLater();
    m_addFilter->setEnabled(m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
    Q_EMIT changed();
}

CohortCondition CohortConditionRow::condition() const
{
    CohortCondition out;
    out.kind = ConditionKind(m_kind->currentData().toInt());
    switch (out.kind) {
    case ConditionKind::Performed:
    case ConditionKind::NotPerformed: {
        // Path and label have no field here; a condition written through the API keeps them.
        out.event = m_loaded.event;
        out.event.event = m_event->currentText().trimmed();
        out.event.filters.clear();
        for (const EventFilterEditor *editor : m_filters)
            out.event.filters.append(editor->filter());
        if (out.kind == ConditionKind::Performed) {
            out.countOp = CohortCondition::CountOp(m_countOp->currentData().toInt());
            out.count = m_count->value();
        }
        switch (When(m_when->currentData().toInt())) {
        case When::LastDays:
            out.withinDays = m_days->value();
            break;
        case When::Between:
            out.fromMs = msFor(m_from, m_loaded.fromMs, false);
            out.toMs = msFor(m_to, m_loaded.toMs, true);
            break;
        case When::Ever:
            break;
        }
        break;
    }
    case ConditionKind::FirstSeen:
    case ConditionKind::LastSeen:
        out.timeOp = CohortCondition::TimeOp(m_timeOp->currentData().toInt());
        out.atMs = msFor(m_at, m_loaded.atMs, false);
        break;
    case ConditionKind::Property:
        out.property = m_property->currentText().trimmed();
        out.propertyOp = CohortCondition::PropertyOp(m_propertyOp->currentData().toInt());
        out.value = m_value->text().trimmed();
        break;
    }
    return out;
}

void CohortConditionRow::setCondition(const CohortCondition &c)
{
    m_loaded = c;
    const QSignalBlocker blocker(this); // loading is not an edit: no changed() while the fields fill
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(c.kind))));
    m_event->setEditText(c.event.event);
    for (EventFilterEditor *editor : std::as_const(m_filters))
        delete editor;
    m_filters.clear();
    for (const EventFilter &filter : c.event.filters)
        addFilter()->setFilter(filter);
    m_addFilter->setEnabled(m_filters.size() < FunnelQuery::kMaxFiltersPerStep);
    m_countOp->setCurrentIndex(std::max(0, m_countOp->findData(int(c.countOp))));
    m_count->setValue(c.count);
    setDefaultDates();
    if (c.withinDays > 0) {
        m_when->setCurrentIndex(m_when->findData(int(When::LastDays)));
        m_days->setValue(c.withinDays);
    } else if (c.toMs > c.fromMs) {
        m_when->setCurrentIndex(m_when->findData(int(When::Between)));
        m_from->setDate(dateOf(c.fromMs));
        m_to->setDate(dateOf(c.toMs - 1));
    } else {
        m_when->setCurrentIndex(m_when->findData(int(When::Ever)));
    }
    m_timeOp->setCurrentIndex(std::max(0, m_timeOp->findData(int(c.timeOp))));
    if (c.atMs != 0)
        m_at->setDate(dateOf(c.atMs));
    m_property->setEditText(c.property);
    m_propertyOp->setCurrentIndex(std::max(0, m_propertyOp->findData(int(c.propertyOp))));
    m_value->setText(c.value);
    updateVisibleFields();
}

QString CohortConditionRow::problem() const
{
    const CohortCondition c = condition();
    switch (c.kind) {
    case ConditionKind::Performed:
    case ConditionKind::NotPerformed: {
        if (c.event.event.isEmpty())
            return tr("choose the event (for page visits: pageview)");
        for (int i = 0; i < m_filters.size(); ++i) {
            const QString problem = m_filters.at(i)->problem();
            if (!problem.isEmpty())
                return tr("property filter %1: %2").arg(i + 1).arg(problem);
        }
        if (c.kind == ConditionKind::Performed) {
            // "At least 0 times" holds for every user, which is never what someone building a cohort means.
            if (c.countOp == CohortCondition::CountOp::AtLeast && c.count == 0)
                return tr("“at least 0 times” is true of every user: enter 1 or more, or choose “Did not perform "
                          "event” for users who never did %1")
                    .arg(c.event.event);
            if (c.count < 0 || c.count > kMaxCount)
                return tr("the count must be from 0 to %1").arg(QLocale().toString(kMaxCount));
        }
        if (When(m_when->currentData().toInt()) == When::Between && m_to->date() < m_from->date())
            return tr("the end date %1 is before the start date %2")
                .arg(m_to->date().toString(Qt::ISODate), m_from->date().toString(Qt::ISODate));
        return {};
    }
    case ConditionKind::FirstSeen:
    case ConditionKind::LastSeen:
        return {};
    case ConditionKind::Property:
        if (c.property.isEmpty())
            return tr("choose a property, such as browser or country");
        if (!EventFilter::isValidProperty(c.property) || c.property == QLatin1String("path"))
            return tr("“%1” is not a visitor property; choose one from the list, or prop.KEY for a custom property")
                .arg(c.property);
        if (c.value.isEmpty())
            return tr("enter a value for %1").arg(c.property);
        return {};
    }
    return {};
}

} // namespace pulse::ui
