// A real workspace in a temporary folder with a manual clock, for tests that need storage.
#pragma once

#include "core/Clock.h"
#include "ingest/EventRecord.h"
#include "storage/EventWriter.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace pulse::test {

class TestWorkspace final
{
public:
    // Opens a fresh workspace at startMs (2024-01-01 by default); fails the test on error.
    explicit TestWorkspace(qint64 startMs = 1704067200000, WorkspaceOptions options = {});
    ~TestWorkspace();

    Workspace &workspace() { return *m_workspace; }
    ManualClock &clock() { return m_clock; }
    QString dataDir() const { return m_dir.path(); }
    bool isOpen() const;
    // Adds a site and returns its id.
    qint64 addSite(const QString &domain);
    // Submits events and waits for the commit; returns the writer's outcome.
    WriteOutcome write(QList<EventRecord> events, QList<Rejection> rejections = {});
    qint64 count(const QString &sql);
    void reopen();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    WorkspaceOptions m_options;
    std::unique_ptr<Workspace> m_workspace;
};

// A minimal valid event for site at time ms.
EventRecord makeEvent(qint64 siteId, qint64 visitorId, qint64 ms, const QString &name = QStringLiteral("pageview"),
                      const QString &path = QStringLiteral("/"));

} // namespace pulse::test
