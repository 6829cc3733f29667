// Saved cohorts of each site and their members, kept in the workspace's SQLite file (tables cohorts,
// cohort_members, cohort_sizes; resources/migrations/0003_cohorts.sql). Writes run on the writer
// thread in one transaction each, so a member list is replaced whole or not at all.
#pragma once

#include "analytics/cohort/Cohort.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pulse {

class Clock;
class EventWriter;
class ReadPool;

class CohortStore final {
public:
    static constexpr int kMaxPageSize = 1000;

    CohortStore(EventWriter &writer, ReadPool &reads, const Clock &clock);

    // Saves a new cohort (id 0) or changes an existing one's name, description, definition and
    // refresh interval (its kind and members stay). nullopt with *error saying what to change: an empty
    // or taken name, an invalid definition, an unknown id, a change of kind.
    std::optional<Cohort> save(const Cohort &cohort, QString *error);
    bool remove(qint64 siteId, qint64 id);
    QList<Cohort> list(qint64 siteId) const; // by name
    std::optional<Cohort> get(qint64 siteId, qint64 id) const;
    // Replaces the members (keys as CohortMember::key()), records the size for the history and raises
    // the version. nullopt when the cohort does not exist.
    std::optional<Cohort> setMembers(qint64 siteId, qint64 id, const QStringList &keys, qint64 computedAtMs);
    // Adds or removes members of a static cohort; nullopt with *error for a dynamic or unknown cohort.
    std::optional<Cohort> addMembers(qint64 siteId, qint64 id, const QStringList &keys, QString *error);
    std::optional<Cohort> removeMembers(qint64 siteId, qint64 id, const QStringList &keys, QString *error);
    // A page of members whose id contains search (case-insensitive; empty: all).
    CohortMembersPage members(qint64 id, const QString &search, int offset, int limit) const;
    QStringList memberKeys(qint64 id) const;
    QList<CohortSizePoint> sizeHistory(qint64 id) const; // oldest first
    // Dynamic cohorts of every site whose refresh interval has passed at nowMs.
    QList<Cohort> dueForRefresh(qint64 nowMs) const;

private:
    std::optional<Cohort> changeMembers(qint64 siteId, qint64 id, const QStringList &keys, bool add, QString *error);

    EventWriter &m_writer;
    ReadPool &m_reads;
    const Clock &m_clock;
};

} // namespace pulse
