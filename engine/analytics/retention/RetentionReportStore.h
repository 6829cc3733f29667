// Saved retention reports of each site (table `retention_reports`): a name and a RetentionQuery
// without its time range. Running one without a range covers its last N periods before today's
// midnight (RetentionSnapshots::setReportRange), the range the nightly job snapshots, so an opened
// report is usually answered from its snapshot.
#pragma once

#include "analytics/retention/RetentionQuery.h"
#include "storage/NamedDefinitionStore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pulse {

struct SavedRetentionReport {
    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    RetentionQuery definition; // fromMs/toMs are not kept
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool operator==(const SavedRetentionReport &) const = default;
    QJsonObject toJson() const;
    // Reads {"name", "definition"}; id and site id are kept from *out.
    static bool fromJson(const QJsonObject &json, SavedRetentionReport *out, QString *error);
};

class RetentionReportStore final {
public:
    RetentionReportStore(EventWriter &writer, ReadPool &reads, const Clock &clock);

    // Saves a new report (id == 0) or replaces one of the same site; nullopt with *error saying what
    // to change (empty or taken name, invalid definition, unknown id).
    std::optional<SavedRetentionReport> save(const SavedRetentionReport &report, QString *error);
    std::optional<SavedRetentionReport> rename(qint64 siteId, qint64 id, const QString &name, QString *error);
    bool remove(qint64 siteId, qint64 id);
    QList<SavedRetentionReport> list(qint64 siteId) const; // by name
    std::optional<SavedRetentionReport> get(qint64 siteId, qint64 id) const;
    QString missingError(qint64 id) const { return m_rows.missingError(id); }

private:
    NamedDefinitionStore m_rows;
};

} // namespace pulse
