// A read-only table of records (jobs, schedules, rejected rows): whole rows selected one at a time,
// no editing, alternating row colours, the last column stretched. One place, so the job lists of the
// Imports and Exports pages look and behave alike.
#pragma once

#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace pulse::ui {

QTableWidget *listTable(const QStringList &headers, QWidget *parent);
// A cell's item; numbers are aligned right.
QTableWidgetItem *listCell(const QString &text, bool number = false);

} // namespace pulse::ui
