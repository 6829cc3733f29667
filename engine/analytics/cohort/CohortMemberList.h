// Lists of users for static cohorts, as people bring them: a JSON body ({"user_ids": [...],
// "visitor_ids": [...]}) or a CSV file, either with a header naming a user_id and/or visitor_id column
// or a plain list with one user id per line. Both give member keys (CohortMember::key()).
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pulse {

struct CohortMemberList {
    static constexpr int kMaxMembers = 1000000;
    static constexpr int kMaxIdLength = 200;

    // False with *error naming the row or field to fix; duplicates are kept (the store drops them).
    static bool fromCsv(const QByteArray &csv, QStringList *keys, QString *error);
    static bool fromJson(const QJsonObject &json, QStringList *keys, QString *error);
};

} // namespace pulse
