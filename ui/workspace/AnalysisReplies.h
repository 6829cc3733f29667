// What the workspace client answers to analysis calls: stats, funnels (saved ones and their users),
// retention (and saved reports), cohorts and the event catalog. Errors travel as values, so a future
// never throws.
#pragma once

#include "analytics/EventCatalog.h"
#include "analytics/StatsQuery.h"
#include "analytics/StatsResult.h"
#include "analytics/cohort/Cohort.h"
#include "analytics/funnel/FunnelQuery.h"
#include "analytics/funnel/FunnelResult.h"
#include "analytics/funnel/FunnelStore.h"
#include "analytics/retention/RetentionQuery.h"
#include "analytics/retention/RetentionReportStore.h"
#include "analytics/retention/RetentionResult.h"

#include <QList>
#include <QString>

namespace pulse::ui {

// A query's answer, or why there is none: errors travel as values so a future never throws.
struct StatsReply {
    StatsQuery query;
    StatsResult result;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct FunnelReply {
    FunnelQuery query;
    FunnelResult result;
    QString error; // the engine's message for an invalid query, or why it failed
    bool ok() const { return error.isEmpty(); }
};

struct RetentionReply {
    RetentionQuery query;
    RetentionResult result;
    QString error; // the engine's message for an invalid query, or why it failed
    bool ok() const { return error.isEmpty(); }
};

struct CohortsReply {
    qint64 siteId = 0;
    QList<Cohort> cohorts; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to changing one cohort (saving, computing, adding or removing members, deleting): the
// cohort as stored afterwards (as it was, after a delete), or what to change.
struct CohortReply {
    Cohort cohort;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct CohortPreviewReply {
    qint64 size = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct CohortMembersReply {
    qint64 cohortId = 0;
    CohortMembersPage page;
    QList<CohortSizePoint> sizeHistory; // oldest first
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct FunnelUsersReply {
    FunnelUsersQuery query;
    FunnelUsersPage page;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct CatalogReply {
    qint64 siteId = 0;
    EventCatalog catalog;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct SavedFunnelsReply {
    qint64 siteId = 0;
    QList<SavedFunnel> funnels; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to saving, renaming or deleting one funnel: the stored funnel (empty after a delete).
struct SavedFunnelReply {
    SavedFunnel funnel;
    QString error; // what to change: an empty or taken name, a funnel deleted meanwhile
    bool ok() const { return error.isEmpty(); }
};

struct RetentionReportsReply {
    qint64 siteId = 0;
    QList<SavedRetentionReport> reports; // by name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The answer to saving, renaming or deleting one retention report (empty after a delete).
struct RetentionReportReply {
    SavedRetentionReport report;
    QString error; // what to change: an empty or taken name, a report deleted meanwhile
    bool ok() const { return error.isEmpty(); }
};

} // namespace pulse::ui
