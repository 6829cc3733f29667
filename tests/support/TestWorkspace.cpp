#include "support/TestWorkspace.h"

#include "access/SiteStore.h"
#include "storage/ReadPool.h"
#include "storage/Sqlite.h"

#include <QTest>

#include <future>

namespace pulse::test {

TestWorkspace::TestWorkspace(qint64 startMs, WorkspaceOptions options) : m_clock(startMs), m_options(options)
{
    m_options.dataDir = m_dir.path();
    reopen();
}

TestWorkspace::~TestWorkspace() = default;

bool TestWorkspace::isOpen() const { return m_workspace && m_workspace->isOpen(); }

void TestWorkspace::reopen()
{
    m_workspace.reset();
    m_workspace = std::make_unique<Workspace>(m_clock);
    QString error;
    if (!m_workspace->open(m_options, &error))
        qWarning("cannot open the test workspace: %s", qPrintable(error));
}

qint64 TestWorkspace::addSite(const QString &domain)
{
    QString error;
    const std::optional<Site> site = m_workspace->sites().add(domain, QString(), QString(), &error);
    if (!site)
        qWarning("cannot add site: %s", qPrintable(error));
    return site ? site->id : 0;
}

WriteOutcome TestWorkspace::write(QList<EventRecord> events, QList<Rejection> rejections)
{
    std::promise<WriteOutcome> promise;
    std::future<WriteOutcome> future = promise.get_future();
    m_workspace->writer().submit(std::move(events), std::move(rejections),
                                 [&promise](const WriteOutcome &o) { promise.set_value(o); });
    return future.get();
}

qint64 TestWorkspace::count(const QString &sql)
{
    ReadPool::Lease lease = m_workspace->reads().acquire();
    return lease.db().queryInt(sql);
}

EventRecord makeEvent(qint64 siteId, qint64 visitorId, qint64 ms, const QString &name, const QString &path)
{
    EventRecord e;
    e.siteId = siteId;
    e.visitorId = visitorId;
    e.timestampMs = ms;
    e.receivedAtMs = ms;
    e.name = name;
    e.path = path;
    e.sourceClass = QStringLiteral("direct");
    e.browser = QStringLiteral("Chrome");
    e.os = QStringLiteral("Linux");
    e.device = QStringLiteral("desktop");
    return e;
}

} // namespace pulse::test
