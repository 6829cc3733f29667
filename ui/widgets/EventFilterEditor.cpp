// Filter row; operators are listed with words a reader understands, the engine's names stay inside.
#include "widgets/EventFilterEditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

namespace pulse::ui {

namespace {
using Op = EventFilter::Op;
struct OpSpec {
    Op op;
    const char *text;
};
const OpSpec kOps[] = {
    { Op::Equals, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "is") },
    { Op::NotEquals, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "is not") },
    { Op::Contains, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "contains") },
    { Op::In, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "is one of") },
    { Op::Gt, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", ">") },
    { Op::Gte, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "≥") },
    { Op::Lt, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "<") },
    { Op::Lte, QT_TRANSLATE_NOOP("pulse::ui::EventFilterEditor", "≤") },
};
} // namespace

EventFilterEditor::EventFilterEditor(QWidget *parent)
    : QWidget(parent),
      m_property(new QComboBox(this)),
      m_op(new QComboBox(this)),
      m_value(new QLineEdit(this)),
      m_remove(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_property->setEditable(true);
    m_property->setInsertPolicy(QComboBox::NoInsert);
    m_property->lineEdit()->setPlaceholderText(tr("property"));
    m_property->setToolTip(tr("A stored field such as path or browser, or prop.KEY for a custom property"));
    m_property->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_property->setMinimumContentsLength(10);
    m_property->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_property->completer()->setFilterMode(Qt::MatchContains);
    for (const OpSpec &spec : kOps)
        m_op->addItem(tr(spec.text), int(spec.op));
    m_value->setPlaceholderText(tr("value"));
    m_remove->setText(tr("×"));
    m_remove->setToolTip(tr("Remove this filter"));
    m_remove->setAutoRaise(true);
    layout->addWidget(m_property, 3);
    layout->addWidget(m_op);
    layout->addWidget(m_value, 3);
    layout->addWidget(m_remove);
    setProperties(EventFilter::builtInProperties());

    connect(m_property, &QComboBox::currentTextChanged, this, &EventFilterEditor::changed);
    connect(m_value, &QLineEdit::textChanged, this, &EventFilterEditor::changed);
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        const bool list = Op(m_op->currentData().toInt()) == Op::In;
        m_value->setPlaceholderText(list ? tr("values, comma-separated") : tr("value"));
        Q_EMIT changed();
    });
    connect(m_remove, &QToolButton::clicked, this, &EventFilterEditor::removeRequested);
}

void EventFilterEditor::setProperties(const QStringList &properties)
{
    const QString current = m_property->currentText();
    const QSignalBlocker blocker(m_property);
    m_property->clear();
    m_property->addItems(properties);
    m_property->setEditText(current);
}

EventFilter EventFilterEditor::filter() const
{
    EventFilter out;
    out.property = m_property->currentText().trimmed();
    out.op = Op(m_op->currentData().toInt());
    if (out.op == Op::In) {
        const QStringList parts = m_value->text().split(QLatin1Char(','));
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                out.values.append(part.trimmed());
        }
    } else {
        out.values = { m_value->text().trimmed() };
    }
    return out;
}

void EventFilterEditor::setFilter(const EventFilter &filter)
{
    m_property->setEditText(filter.property);
    m_op->setCurrentIndex(std::max(0, m_op->findData(int(filter.op))));
    m_value->setText(filter.values.join(QStringLiteral(", ")));
}

QString EventFilterEditor::problem() const
{
    const EventFilter f = filter();
    if (f.property.isEmpty())
        return tr("pick a property to filter on");
    if (!EventFilter::isValidProperty(f.property))
        return tr("“%1” is not a property; use one from the list or prop.KEY for a custom property").arg(f.property);
    if (f.values.isEmpty() || f.values.first().isEmpty())
        return f.op == Op::In ? tr("enter one or more values, separated by commas")
                              : tr("enter a value for %1").arg(f.property);
    return {};
}

} // namespace pulse::ui
