#include "api/sessionpager.h"

#include "api/logging.h"
#include "api/sessionclient.h"

namespace Dintero::Api {

SessionPager::SessionPager(SessionClient *client, QObject *parent) : QObject(parent), m_client(client) { }

SessionPager::~SessionPager()
{
    abandonReply();
}

void SessionPager::start(const Core::SessionFilter &filter)
{
    // The latest request wins: drop the page in flight without delivering it.
    abandonReply();
    ++m_run;
    m_filter = filter;
    m_cursor.clear();
    m_lastError = {};
    m_loaded = 0;
    m_started = true;
    m_hasMore = true;
    m_loadingAll = false;
    requestPage();
}

void SessionPager::fetchNext()
{
    if (!m_started || m_reply || !m_hasMore)
        return;
    requestPage();
}

void SessionPager::loadAll()
{
    if (!m_started)
        return;
    m_loadingAll = true;
    if (m_reply) {
        m_reply->setAnnouncesNextCursor(true);
        return; // the page in flight continues the walk
    }
    if (!m_hasMore) {
        m_loadingAll = false;
        finishRun();
        return;
    }
    requestPage();
}

void SessionPager::cancel()
{
    if (stopRun())
        finishRun();
}

bool SessionPager::stopRun()
{
    const bool wasBusy = m_reply || m_loadingAll;
    ++m_run; // a reply being handled right now must not finish the run a second time
    m_loadingAll = false;
    abandonReply();
    return wasBusy;
}

void SessionPager::abandonReply()
{
    dropAhead();
    if (!m_reply)
        return;
    ListReply *old = m_reply;
    m_reply = nullptr;
    old->disconnect(this);
    old->abort();
}

void SessionPager::dropAhead()
{
    if (!m_ahead)
        return;
    ListReply *ahead = m_ahead;
    m_ahead = nullptr;
    ahead->abort();
}

void SessionPager::resume(const Core::SessionFilter &filter, const QString &cursor, bool hasMore, int loaded)
{
    const bool wasBusy = stopRun();
    m_filter = filter;
    m_cursor = cursor;
    m_hasMore = hasMore;
    m_loaded = loaded;
    m_lastError = {};
    m_started = true;
    if (wasBusy)
        finishRun();
}

const Core::SessionFilter &SessionPager::filter() const
{
    return m_filter;
}
bool SessionPager::isLoading() const
{
    return !m_reply.isNull();
}
bool SessionPager::hasMore() const
{
    return m_started && m_hasMore;
}
int SessionPager::loadedCount() const
{
    return m_loaded;
}
QString SessionPager::cursor() const
{
    return m_cursor;
}
const ApiError &SessionPager::lastError() const
{
    return m_lastError;
}

void SessionPager::requestPage()
{
    if (!m_client) {
        m_lastError = ApiError(ApiError::Kind::Network, QStringLiteral("pager: no client"));
        m_loadingAll = false;
        Q_EMIT failed(m_lastError);
        finishRun();
        return;
    }
    adopt(m_client->listSessions(m_filter, m_cursor));
}

void SessionPager::adopt(ListReply *reply)
{
    m_reply = reply;
    reply->setAnnouncesNextCursor(m_loadingAll);
    connect(reply, &SessionRequest::finished, this, [this, reply] { handleReply(reply); });
    connect(
        reply, &ListReply::nextCursorKnown, this, [this, reply](const QString &cursor) { askAhead(reply, cursor); });
}

void SessionPager::askAhead(ListReply *reply, const QString &cursor)
{
    // The same guards as the walk itself: only while loading all, never a page twice,
    // never the same cursor again.
    if (reply != m_reply || !m_loadingAll || m_ahead || cursor == m_cursor || !m_client)
        return;
    m_aheadCursor = cursor;
    m_ahead = m_client->listSessions(m_filter, cursor);
}

void SessionPager::handleReply(ListReply *reply)
{
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const quint64 run = m_run;
    if (reply->hasError()) {
        dropAhead();
        m_lastError = reply->error();
        m_loadingAll = false;
        Q_EMIT failed(m_lastError);
        if (run == m_run)
            finishRun();
        return;
    }
    m_lastError = {};
    const QList<Core::Session> &page = reply->sessions();
    const QString next = reply->nextCursor();
    // A server that hands back the same cursor would make the walk endless.
    m_hasMore = reply->hasMore() && !next.isEmpty() && next != m_cursor;
    if (m_hasMore)
        m_cursor = next;
    m_loaded += int(page.size());
    if (ListReply *ahead = m_ahead) {
        m_ahead = nullptr;
        // The walk goes on with the page already asked for. (Should it have finished
        // already, failed at once say, it is dropped and the page asked again.)
        if (m_loadingAll && m_hasMore && m_aheadCursor == m_cursor && !ahead->isFinished())
            adopt(ahead);
        else
            ahead->abort();
    }
    Q_EMIT pageLoaded(page, m_hasMore);
    if (run != m_run)
        return; // a slot called start() or cancel(): that run is not ours to finish
    if (m_loadingAll)
        Q_EMIT progress(m_loaded);
    if (run != m_run)
        return;
    if (m_loadingAll && m_hasMore) {
        // A slot may already have asked for the next page (fetchNext()): that page
        // continues the walk, it is not requested twice.
        if (!m_reply)
            requestPage();
        return;
    }
    m_loadingAll = false;
    finishRun();
}

void SessionPager::finishRun()
{
    // A run ends once: a reply handled further up the stack (the page asked ahead was
    // aborted from a slot, say) sees the new generation and does not finish it again.
    ++m_run;
    Q_EMIT finished();
}

} // namespace Dintero::Api
