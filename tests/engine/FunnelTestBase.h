// What the funnel and projection tests share: a real workspace with one site whose events go through
// the writer, as live traffic does, and helpers to add events, build and run a funnel query, and
// reach into the closed database as another program could.
#pragma once

#include "analytics/AnalysisEngine.h"
#include "analytics/funnel/FunnelEngine.h"
#include "projection/ProjectionStore.h"
#include "storage/Sqlite.h"
#include "support/TestWorkspace.h"

#include <QTest>

#include <memory>

namespace pulse::test {

constexpr qint64 kT0 = 1704067200000; // 2024-01-01T00:00:00Z
constexpr qint64 kSec = 1000;
constexpr qint64 kDay = 86400 * kSec;

inline FunnelStep step(
    const QString &event, const QString &path = {}, FunnelStep::PathMatch match = FunnelStep::PathMatch::Exact)
{
    FunnelStep s;
    s.event = event;
    s.path = path;
    s.pathMatch = match;
    return s;
}

inline QList<qint64> usersPerStep(const FunnelSeries &series)
{
    QList<qint64> out;
    for (const FunnelStepResult &s : series.steps)
        out << s.users;
    return out;
}

// The base of a Qt Test class: its init() calls openWorkspace(), its cleanup() closeWorkspace().
class FunnelTestBase : public QObject {
protected:
    std::unique_ptr<TestWorkspace> m_ws;
    qint64 m_site = 0;

    // A fresh workspace at kT0 + 90 days with the site shop.example.
    void openWorkspace(const WorkspaceOptions &options = {})
    {
        m_ws = std::make_unique<TestWorkspace>(kT0 + 90 * kDay, options);
        m_site = m_ws->addSite(QStringLiteral("shop.example"));
    }
    void closeWorkspace() { m_ws.reset(); }

    void add(qint64 visitor, qint64 offsetMs, const QString &name, const QString &path = QStringLiteral("/"),
        const QByteArray &props = {}, const QString &browser = QStringLiteral("Chrome"), bool bot = false)
    {
        EventRecord e = makeEvent(m_site, visitor, kT0 + offsetMs, name, path);
        e.propsJson = props;
        e.browser = browser;
        e.isBot = bot;
        if (visitor < 1000)
            e.userId = QStringLiteral("user-%1").arg(visitor, 3, 10, QLatin1Char('0'));
        QCOMPARE(m_ws->write({ e }).inserted, 1);
    }

    FunnelQuery query(QList<FunnelStep> steps, qint64 windowMs = 14 * kDay) const
    {
        FunnelQuery q;
        q.siteId = m_site;
        q.fromMs = kT0;
        q.toMs = kT0 + 60 * kDay;
        q.steps = steps;
        q.windowMs = windowMs;
        return q;
    }

    FunnelResult run(const FunnelQuery &q) { return m_ws->workspace().analysis().funnel(q); }

    // Waits until the appender sealed `blocks` blocks and the writer stored them; returns the last id
    // they cover. A seal waits for a barrier job on the writer, and the block is stored by another job.
    qint64 waitForBlocks(qint64 blocks)
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            m_ws->workspace().projections().waitUntilCurrent();
            m_ws->workspace().writer().execute([](SqliteDatabase &) {});
            if (m_ws->count(QStringLiteral("SELECT COUNT(*) FROM projection_blocks")) >= blocks)
                return m_ws->count(QStringLiteral("SELECT MAX(last_id) FROM projection_blocks"));
            QTest::qWait(10);
        }
        return -1;
    }

    // Runs SQL on the closed workspace's database, as another program (or a damaged disk) could.
    void execute(const QString &sql)
    {
        SqliteDatabase db;
        db.open(m_ws->dataDir() + QStringLiteral("/pulse.db"), SqliteDatabase::Mode::ReadWrite);
        db.exec(sql);
    }
};

} // namespace pulse::test
