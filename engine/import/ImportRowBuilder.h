// Turns one mapped CSV row or one JSON item into the collector's event fields (EventFields: "site",
// "name", "timestamp", "user_id", "path" or "url", "referrer", "id", "props"), so EventValidator then
// applies exactly the collector's rules; CSV rows get there without a JSON object in between. What
// only imports require is checked here: a user id (imported visitors are users, there is no IP to
// derive a cookieless id from) and a parseable time.
// Rows without an id get one from a hash of their content, which makes re-imports add nothing.
#pragma once

#include "import/ImportMapping.h"
#include "ingest/EventValidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace pulse {

class CsvReader;

struct RowRejection {
    QString column;
    QString reason;
    QString message;
};

class ImportRowBuilder final {
    Q_DECLARE_TR_FUNCTIONS(pulse::ImportRowBuilder)

public:
    // The column names JSON items use for the roles, for reports on JSON imports.
    static ResolvedMapping nativeJsonMapping();

    // Not thread-safe (it reuses buffers for hashing); one builder per import.
    ImportRowBuilder(QString siteKey, ResolvedMapping mapping);

    // Fills *fields (cleared first) from the row; the property values point into the reader's
    // buffer, valid until its next record.
    bool fromCsv(const CsvReader &row, EventFields *fields, RowRejection *rejection) const;
    bool fromJson(QJsonObject item, EventFields *fields, RowRejection *rejection) const;

    // The column an EventValidator rejection reason points at ("" when none does).
    QString columnForReason(const QString &reason) const;

    // "imp-", the event's time in milliseconds as 12 hex digits, and the first 64 bits of SHA-256 over
    // the site key and the row's mapped values, each preceded by a 0x1f byte, as 16 hex digits (see
    // docs/imports.md for the exact input and why the time comes first).
    static constexpr int kContentIdLength = 4 + 12 + 16;
    static QString contentId(qint64 timeMs, QByteArrayView hashInput);

    static bool parseTime(QByteArrayView text, ResolvedMapping::Time format, qint64 *ms);

private:
    QString m_siteKey;
    QByteArray m_siteKeyUtf8;
    ResolvedMapping m_mapping;
    QList<QByteArray> m_propNamesUtf8; // m_mapping.props' names, encoded once
    mutable QByteArray m_hashInput;
};

} // namespace pulse
