// The mapping step of an import: whether the first row is a header, the delimiter, which column holds
// the time (and in which format), the event name, the user id, the path or URL, the referrer and an
// event id, and whether the other columns become properties. Columns are offered by the names the
// preview found; mapping() gives an ImportMapping that names header columns by name (so a saved preset
// fits files with the columns in another order) and headerless ones by position.
#pragma once

#include "import/ImportMapping.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace pulse::ui {

class ImportMappingForm final : public QWidget {
    Q_OBJECT
public:
    enum class Role { Timestamp, Name, UserId, Location, Referrer, EventId };

    explicit ImportMappingForm(QWidget *parent = nullptr);

    // Shows how mapping reads a file: header, delimiter, time format, properties.
    void setMapping(const ImportMapping &mapping);
    // The file's columns and, when the mapping fits them, the column each role picked.
    void setColumns(const QStringList &columns, const ResolvedMapping *resolved);
    // The mapping as the form shows it.
    ImportMapping mapping() const;
    // The same with every column by position: what a new preview after a header or delimiter change
    // reads, since names change meaning when the header row does.
    ImportMapping mappingByPosition() const;

    QComboBox *roleCombo(Role role) const { return m_roles[int(role)]; }
    QCheckBox *headerCheck() const { return m_header; }
    QComboBox *delimiterCombo() const { return m_delimiter; }
    QComboBox *timeFormatCombo() const { return m_timeFormat; }
    QCheckBox *otherColumnsCheck() const { return m_otherColumns; }

Q_SIGNALS:
    // The header or delimiter changed: the file must be previewed again.
    void readingChanged();
    // A role, the time format or the properties changed.
    void edited();

private:
    ImportMapping build(bool byPosition) const;
    void showProps();

    QCheckBox *m_header;
    QComboBox *m_delimiter;
    QComboBox *m_roles[6];
    QComboBox *m_timeFormat;
    QCheckBox *m_otherColumns;
    QLabel *m_propsLabel;
    ImportMapping m_mapping; // the last one set: its explicit columns and properties
    QStringList m_columns;
    QList<std::pair<int, QString>> m_props; // explicit properties of the mapping: column, name
    bool m_updating = false;
};

} // namespace pulse::ui
