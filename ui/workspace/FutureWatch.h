// Runs a callback on context's thread when a future finishes, through a QFutureWatcher owned by the
// context: if the context is destroyed first, the callback never runs.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace pulse::ui {

template<typename T, typename Callback> void whenFinished(QObject *context, const QFuture<T> &future, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, callback = std::move(callback)]() mutable {
            watcher->deleteLater();
            if (watcher->future().isValid() && watcher->future().resultCount() > 0)
                callback(watcher->future().result());
        });
    watcher->setFuture(future);
}

} // namespace pulse::ui
