// A saved cohort and its members. Static cohorts are lists (imported, pasted, or a funnel step's
// users); dynamic ones are a CohortGroup definition computed over the site's events on a schedule and
// on demand. Members are identified as the site identifies them: a user id, or for anonymous visitors
// Pulse's visitor id (16 hex digits).
#pragma once

#include "analytics/cohort/CohortDefinition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace pulse {

struct CohortMember {
    QString userId; // empty for an anonymous visitor
    QString visitorId; // 16 hex digits; empty when only the user id is known (static lists)

    bool operator==(const CohortMember &) const = default;
    // The stored form: "u:<user id>" or "v:<visitor id>".
    QString key() const;
    static CohortMember fromKey(const QString &key);
    QJsonObject toJson() const;
};

struct Cohort {
    enum class Kind { Static, Dynamic };
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxDescriptionLength = 2000;
    static constexpr int kDefaultRefreshHours = 24;

    qint64 id = 0;
    qint64 siteId = 0;
    QString name;
    QString description;
    Kind kind = Kind::Static;
    CohortGroup definition; // dynamic cohorts only
    int refreshHours = kDefaultRefreshHours; // dynamic: recompute this often; 0: only on demand
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 computedAtMs = 0; // the last computation (dynamic) or change of members (static)
    qint64 size = 0;
    qint64 version = 0; // raised whenever the members change

    bool operator==(const Cohort &) const = default;
    static QString kindName(Kind kind); // "static", "dynamic"
    QJsonObject toJson() const;
    // name, description, kind, definition (dynamic), refresh_hours; false with *error naming the field.
    static bool fromJson(const QJsonObject &json, Cohort *out, QString *error);
};

struct CohortMembersPage {
    QList<CohortMember> members; // identified users by user id, then anonymous visitors by id
    qint64 total = 0; // all matching members, not only this page

    bool operator==(const CohortMembersPage &) const = default;
    QJsonObject toJson() const;
    static CohortMembersPage fromJson(const QJsonObject &json);
    QByteArray toCsv() const;
};

struct CohortSizePoint {
    qint64 computedAtMs = 0;
    qint64 size = 0;
    bool operator==(const CohortSizePoint &) const = default;
};

} // namespace pulse
