// How LocalWorkspaceClient's calls run (included by its Local*Calls.cpp files only): the work on the
// client's pool, so the GUI thread never waits for SQLite or a job queue, with what the engine throws
// turned into the reply's error; and, for a change, the signal that makes pages reload, emitted on the
// GUI thread once the change succeeded.
#pragma once

#include "workspace/LocalWorkspaceClient.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace pulse::ui {

template<typename Reply, typename Fill> QFuture<Reply> LocalWorkspaceClient::onPool(Reply reply, Fill fill)
{
    return QtConcurrent::run(&m_pool, [reply = std::move(reply), fill = std::move(fill)]() mutable {
        try {
            fill(reply);
        } catch (const std::exception &e) { // std::invalid_argument names what to change
            reply.error = QString::fromUtf8(e.what());
        }
        return reply;
    });
}

template<typename Reply, typename Announce>
QFuture<Reply> LocalWorkspaceClient::announceIfOk(QFuture<Reply> future, Announce announce)
{
    return future.then(this, [announce = std::move(announce)](const Reply &reply) {
        if (reply.ok())
            announce();
        return reply;
    });
}

} // namespace pulse::ui
