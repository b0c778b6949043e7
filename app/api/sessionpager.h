#pragma once

#include "api/apierror.h"
#include "core/session.h"
#include "core/sessionfilter.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace Dintero::Api {

class ListReply;
class SessionClient;

// Walks the cursor pages of one filter through a SessionClient (which it does not
// own). The latest request wins: start() with a new filter, or cancel(), aborts the
// page in flight and its result is never delivered. Used by the table model (one page
// at a time with fetchNext()) and by exports (loadAll()). While loading all, the next
// page is asked for as soon as its cursor is known (ListReply::nextCursorKnown()), so
// that the server prepares it while this one is read and delivered.
class SessionPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionPager)

public:
    explicit SessionPager(SessionClient *client, QObject *parent = nullptr);
    ~SessionPager() override;

    // Forgets everything, aborts a page in flight and fetches the first page of filter.
    void start(const Core::SessionFilter &filter);
    // Fetches the next page; does nothing while a page is in flight or when there are
    // no more. After failed() it retries the page that failed.
    void fetchNext();
    // Fetches page after page until the end (progress() after each), or until
    // cancel() or an error. Starts from the next page when some are already loaded.
    void loadAll();
    // Aborts the page in flight and stops loadAll(); emits finished().
    void cancel();
    // Aborts the page in flight (emitting finished() if one was) and takes up an earlier
    // walk of `filter` again: `loaded` sessions so far, the next page after `cursor`.
    // Used when a refresh is given up and the rows of the walk before it stay.
    void resume(const Core::SessionFilter &filter, const QString &cursor, bool hasMore, int loaded);

    const Core::SessionFilter &filter() const;
    // A page is in flight. While loading all, already true when a page with more after
    // it is delivered: the next one was asked for ahead.
    bool isLoading() const;
    bool hasMore() const;
    int loadedCount() const;
    QString cursor() const; // starting_after of the next page
    const ApiError &lastError() const;

Q_SIGNALS:
    void pageLoaded(const QList<Dintero::Core::Session> &page, bool hasMore);
    void progress(int loaded);
    void failed(const Dintero::Api::ApiError &error);
    // The run started by start(), fetchNext() or loadAll() is over (after the page,
    // the failure or cancel()). Not emitted for a run that a newer start() replaced.
    void finished();

private:
    void requestPage();
    void adopt(ListReply *reply);
    void askAhead(ListReply *reply, const QString &cursor);
    // Aborts the page in flight and the one asked for ahead, if any, delivering neither.
    void abandonReply();
    void dropAhead();
    // Ends the run in progress without finished(); returns whether there was one.
    bool stopRun();
    void handleReply(ListReply *reply);
    void finishRun();

    QPointer<SessionClient> m_client;
    QPointer<ListReply> m_reply;
    QPointer<ListReply> m_ahead; // the page after m_reply's, asked for before it is read
    QString m_aheadCursor;
    Core::SessionFilter m_filter;
    QString m_cursor;
    ApiError m_lastError;
    int m_loaded = 0;
    bool m_started = false;
    bool m_hasMore = false;
    bool m_loadingAll = false;
    // Counts start() and cancel(): a slot of pageLoaded(), progress() or failed() that
    // calls one of them has replaced or ended the run being handled.
    quint64 m_run = 0;
};

} // namespace Dintero::Api
