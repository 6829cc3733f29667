// Reading typed fields of request JSON with messages that name the field, shared by every query
// codec (stats, funnels, saved reports) so they report bad input the same way.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pulse::json {

// Each returns true and leaves *out alone when the field is absent (readString and readBool: or null), true with *out
// set when it has the right type, and false with *error naming the field otherwise.
bool readInteger(const QJsonObject &json, const char *key, qint64 *out, QString *error);
bool readString(const QJsonObject &json, const char *key, QString *out, QString *error);
bool readBool(const QJsonObject &json, const char *key, bool *out, QString *error);

// An array of ids (whole numbers from 1), such as cohort ids; same absent rule as readInteger.
bool readIds(const QJsonObject &json, const char *key, QList<qint64> *out, QString *error);

// Echoes user input in a message, in quotes and cut short so a huge value cannot blow it up.
QString quoted(const QString &text);

} // namespace pulse::json
