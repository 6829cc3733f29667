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

// The same again, handed to put(QByteArrayView) piece by piece: how TableWriter writes into its own
// buffer without QByteArray::append's cost per piece.
template<typename Put> void writeCsvField(QByteArrayView utf8, Put &&put)
{
    bool formula = false;
    if (!utf8.isEmpty()) {
        switch (utf8.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            formula = true;
            break;
        default:
            break;
        }
    }
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            put(QByteArrayView("'", 1));
        put(utf8);
        return;
    }
    put(formula ? QByteArrayView("\"'", 2) : QByteArrayView("\"", 1));
    qsizetype from = 0; // whole runs between quotes, each quote doubled
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            put(utf8.sliced(from, i + 1 - from));
            put(QByteArrayView("\"", 1));
            from = i + 1;
        }
    }
    put(utf8.sliced(from));
    put(QByteArrayView("\"", 1));
}

} // namespace pulse
