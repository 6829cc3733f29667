#include "widgets/ImportMappingForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace pulse::ui {

ImportMappingForm::ImportMappingForm(QWidget *parent)
    : QWidget(parent),
      m_header(new QCheckBox(tr("The first row holds the column names"), this)),
      m_delimiter(new QComboBox(this)),
      m_timeFormat(new QComboBox(this)),
      m_otherColumns(new QCheckBox(tr("The other columns become properties"), this)),
      m_propsLabel(new QLabel(this))
{
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_timeFormat->addItem(tr("Detect"), int(ImportMapping::Time::Auto));
    m_timeFormat->addItem(tr("Epoch seconds"), int(ImportMapping::Time::EpochSeconds));
    m_timeFormat->addItem(tr("Epoch milliseconds"), int(ImportMapping::Time::EpochMillis));
    m_timeFormat->addItem(tr("ISO 8601 (2024-05-01T10:00:00Z)"), int(ImportMapping::Time::Iso8601));
    for (QComboBox *&combo : m_roles)
        combo = new QComboBox(this);
    m_propsLabel->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_header);
    form->addRow(tr("&Delimiter"), m_delimiter);
    form->addRow(tr("&Time"), m_roles[int(Role::Timestamp)]);
    form->addRow(tr("Time &format"), m_timeFormat);
    form->addRow(tr("&Event name"), m_roles[int(Role::Name)]);
    form->addRow(tr("&User id"), m_roles[int(Role::UserId)]);
    form->addRow(tr("&Path or URL"), m_roles[int(Role::Location)]);
    form->addRow(tr("&Referrer"), m_roles[int(Role::Referrer)]);
    form->addRow(tr("Event &id"), m_roles[int(Role::EventId)]);
    form->addRow(m_otherColumns);
    form->addRow(m_propsLabel);
    m_roles[int(Role::EventId)]->setToolTip(
        tr("An id per event makes re-imports skip rows already stored; without one, rows are compared by content."));

    connect(m_header, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            Q_EMIT readingChanged();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT readingChanged();
    });
    for (QComboBox *combo : m_roles) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                Q_EMIT edited();
        });
    }
    connect(m_timeFormat, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
    connect(m_otherColumns, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
    setColumns({}, nullptr);
}

void ImportMappingForm::setMapping(const ImportMapping &mapping)
{
    m_mapping = mapping;
    m_updating = true;
    m_header->setChecked(mapping.hasHeader);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(mapping.delimiter))));
    m_timeFormat->setCurrentIndex(std::max(0, m_timeFormat->findData(int(mapping.timeFormat))));
    m_otherColumns->setChecked(mapping.otherColumnsAsProps);
    m_updating = false;
}

void ImportMappingForm::setColumns(const QStringList &columns, const ResolvedMapping *resolved)
{
    m_updating = true;
    m_columns = columns;
    // Where the mapping did not fit the file, each role still shows the column it names, if any.
    const auto locate = [&columns](const ImportColumn &c) -> int {
        if (c.index >= 0)
            return c.index < columns.size() ? c.index : -1;
        for (int i = 0; i < columns.size(); ++i) {
            if (!c.name.isEmpty() && columns.at(i).trimmed().compare(c.name, Qt::CaseInsensitive) == 0)
                return i;
        }
        return -1;
    };
    const int picked[] = { resolved ? resolved->timestamp : locate(m_mapping.timestamp),
        resolved ? resolved->name : locate(m_mapping.name), resolved ? resolved->userId : locate(m_mapping.userId),
        resolved ? resolved->location : locate(m_mapping.location),
        resolved ? resolved->referrer : locate(m_mapping.referrer),
        resolved ? resolved->eventId : locate(m_mapping.eventId) };
    for (int r = 0; r < 6; ++r) {
        QComboBox *combo = m_roles[r];
        combo->clear();
        combo->addItem(tr("(not in the file)"), -1);
        for (int c = 0; c < columns.size(); ++c)
            combo->addItem(columns.at(c), c);
        combo->setCurrentIndex(std::max(0, combo->findData(picked[r])));
        combo->setEnabled(!columns.isEmpty());
    }
    // The mapping's own properties; the other columns follow the check box, not this list.
    m_props.clear();
    for (const ImportProperty &prop : std::as_const(m_mapping.props)) {
        const int at = locate(prop.column);
        if (at >= 0)
            m_props.append({ at, prop.name });
    }
    m_updating = false;
    showProps();
}

void ImportMappingForm::showProps()
{
    QStringList parts;
    for (const auto &prop : std::as_const(m_props)) {
        //: A property of the imported events and the column it comes from: "plan ← tier".
        parts << tr("%1 ← %2").arg(prop.second, m_columns.value(prop.first));
    }
    m_propsLabel->setText(parts.isEmpty() ? QString() : tr("Properties: %1").arg(parts.join(QStringLiteral(", "))));
    m_propsLabel->setVisible(!parts.isEmpty());
}

ImportMapping ImportMappingForm::build(bool byPosition) const
{
    ImportMapping m;
    m.hasHeader = m_header->isChecked();
    m.delimiter = char(m_delimiter->currentData().toInt());
    m.detectColumns = false; // the form shows every role's column; "(not in the file)" means none
    m.timeFormat = ImportMapping::Time(m_timeFormat->currentData().toInt());
    m.otherColumnsAsProps = m_otherColumns->isChecked();
    const auto column = [&](int index) {
        if (index < 0)
            return ImportColumn {};
        if (m.hasHeader && !byPosition && index < m_columns.size())
            return ImportColumn::named(m_columns.at(index));
        return ImportColumn::at(index);
    };
    m.timestamp = column(m_roles[int(Role::Timestamp)]->currentData().toInt());
    m.name = column(m_roles[int(Role::Name)]->currentData().toInt());
    m.userId = column(m_roles[int(Role::UserId)]->currentData().toInt());
    m.location = column(m_roles[int(Role::Location)]->currentData().toInt());
    m.referrer = column(m_roles[int(Role::Referrer)]->currentData().toInt());
    m.eventId = column(m_roles[int(Role::EventId)]->currentData().toInt());
    for (const auto &prop : m_props)
        m.props << ImportProperty { prop.second, column(prop.first) };
    return m;
}

ImportMapping ImportMappingForm::mapping() const
{
    return build(false);
}

ImportMapping ImportMappingForm::mappingByPosition() const
{
    return build(true);
}

} // namespace pulse::ui
