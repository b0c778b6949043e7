#include "cli/listcommand.h"

#include "api/sessionpager.h"
#include "cli/sessionformatter.h"

#include <QTextStream>

namespace Dintero::Cli {

ListCommand::ListCommand(ListOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

ListCommand::~ListCommand() = default;

const QList<Core::Session> &ListCommand::sessions() const
{
    return m_sessions;
}

void ListCommand::run()
{
    m_pager = new Api::SessionPager(client(), this);
    connect(m_pager, &Api::SessionPager::pageLoaded, this,
        [this](const QList<Core::Session> &page, bool) { appendPage(page); });
    connect(m_pager, &Api::SessionPager::failed, this, [this](const Api::ApiError &error) { m_error = error; });
    connect(m_pager, &Api::SessionPager::finished, this, &ListCommand::handleRunFinished);
    m_pager->start(m_options.filter);
}

void ListCommand::appendPage(const QList<Core::Session> &page)
{
    m_sessions += page;
    if (m_options.all)
        showProgress(int(m_sessions.size()));
}

void ListCommand::showProgress(int loaded)
{
    if (!io().showProgress || !m_options.all)
        return;
    m_progressShown = true;
    err() << u'\r' << tr("Loading sessions: %n loaded", nullptr, loaded) << QStringLiteral("\x1b[K");
    err().flush();
}

void ListCommand::clearProgress()
{
    if (!m_progressShown)
        return;
    err() << QStringLiteral("\r\x1b[K");
    err().flush();
    m_progressShown = false;
}

void ListCommand::handleRunFinished()
{
    if (isDone())
        return;
    const Api::ApiError error = m_error.isError() ? m_error : m_pager->lastError();
    if (error.isError()) {
        clearProgress();
        finishWithApiError(error);
        return;
    }
    // The first page came in through start(); the rest, with --all, through loadAll().
    if (m_options.all && m_pager->hasMore()) {
        if (!m_loadingAll) {
            m_loadingAll = true;
            m_pager->loadAll();
            return;
        }
        // loadAll() ended with pages left but no error: it was stopped. Do not print a
        // partial list as if it were complete.
        clearProgress();
        finishWithError(
            tr("Loading stopped after %n session(s) before the last page.", nullptr, int(m_sessions.size())));
        return;
    }
    clearProgress();
    printSessions();
    finish(ExitSuccess);
}

void ListCommand::printSessions()
{
    switch (m_options.format) {
    case OutputFormat::Json:
        out() << QString::fromUtf8(SessionFormatter::jsonArray(m_sessions));
        break;
    case OutputFormat::Csv:
        out() << SessionFormatter::csv(m_sessions, now());
        break;
    case OutputFormat::Table:
        if (m_sessions.isEmpty())
            err() << tr("No sessions match.") << u'\n';
        else
            out() << SessionFormatter::table(m_sessions, now(), io().locale);
        break;
    }
}

} // namespace Dintero::Cli
