#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace Uptake {

/// Runs callback(result) on context's thread when future is done, unless context is gone by then (the
/// watcher is context's child, so it goes with it). The page-side half of "work off the UI thread".
/// (Chosen over a coroutine here: GCC 12 destroys by-value coroutine lambda parameters twice.)
template<typename T, typename Callback>
void whenReady(QFuture<T> future, QObject *context, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::move(callback)]() mutable {
                         watcher->deleteLater();
                         callback(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace Uptake
