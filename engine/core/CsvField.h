// One CSV field as RFC 4180 wants it, shared by every CSV Pulse writes (reports, query results,
// user lists), so they all defend against spreadsheet formula injection the same way.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace pulse {

// Quoted when it holds a comma, quote or line break; a leading = + - @ tab or carriage return is
// prefixed with ' so a spreadsheet shows the text instead of running it as a formula.
QByteArray csvField(const QString &text);
// The same for UTF-8 bytes, appended to out without a temporary (exports write millions of fields).
void appendCsvField(QByteArray &out, QByteArrayView utf8);

} // namespace pulse
