#include "cli/listcommand.h"

#include "api/sessionpager.h"
#include "cli/sessionformatter.h"
#include "core/sessioncsv.h"

#include <QFileDevice>
#include <QTextStream>

namespace Dintero::Cli {

ListCommand::ListCommand(ListOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent)
    : Command(client, io, parent), m_options(std::move(options))
{ }

ListCommand::~ListCommand() = default;

int ListCommand::writtenCount() const
{
    return m_written;
}

void ListCommand::run()
{
    m_pager = new Api::SessionPager(client(), this);
    connect(m_pager, &Api::SessionPager::pageLoaded, this,
        [this](const QList<Core::Session> &page, bool) { writePage(page); });
    connect(m_pager, &Api::SessionPager::failed, this, [this](const Api::ApiError &error) { m_error = error; });
    connect(m_pager, &Api::SessionPager::finished, this, &ListCommand::handleRunFinished);
    if (m_options.startingAfter.isEmpty()) {
        m_pager->start(m_options.filter);
        return;
    }
    // The walk taken up after the session a broken-off run wrote last.
    m_pager->resume(m_options.filter, m_options.startingAfter, true, 0);
    if (m_options.all) {
        m_loadingAll = true;
        m_pager->loadAll();
    } else {
        m_pager->fetchNext();
    }
}

void ListCommand::writePage(const QList<Core::Session> &page)
{
    if (isDone())
        return;
    switch (m_options.format) {
    case OutputFormat::Json:
        writeJsonPage(page);
        break;
    case OutputFormat::Ndjson:
        writeNdjsonPage(page);
        break;
    case OutputFormat::Csv:
        if (!m_outputOpened) {
            m_outputOpened = true;
            out() << Core::sessionCsvHeader();
        }
        out() << SessionFormatter::csvRows(page, now());
        break;
    case OutputFormat::Table:
        writeTablePage(page);
        break;
    }
    if (!outputWritten())
        return;
    m_written += int(page.size());
    if (!page.isEmpty())
        m_lastWrittenId = page.constLast().id();
    showProgress();
}

void ListCommand::writeJsonPage(const QList<Core::Session> &page)
{
    // The sessions' own bytes as Dintero sent them, one element per line.
    QByteArray bytes;
    for (const Core::Session &session : page) {
        bytes += m_outputOpened ? QByteArrayView(",\n") : QByteArrayView("[\n");
        m_outputOpened = true;
        bytes += session.rawJson();
    }
    writeBytes(bytes);
}

void ListCommand::writeNdjsonPage(const QList<Core::Session> &page)
{
    QByteArray bytes;
    for (const Core::Session &session : page) {
        QByteArray line = session.rawJson();
        // A raw line break can only be whitespace between tokens (inside strings JSON
        // escapes it), so a blank in its place keeps the object and makes it one line.
        line.replace('\n', ' ').replace('\r', ' ');
        bytes += line;
        bytes += '\n';
    }
    writeBytes(bytes);
}

void ListCommand::writeTablePage(const QList<Core::Session> &page)
{
    if (page.isEmpty())
        return;
    QList<QStringList> rows;
    // The header goes with the first page; later pages keep its columns (widened only
    // when a cell needs more).
    if (!m_outputOpened)
        rows.append(SessionFormatter::tableHeader());
    m_outputOpened = true;
    rows += SessionFormatter::tableRows(page, now(), io().locale);
    out() << SessionFormatter::alignColumns(rows, SessionFormatter::tableRightAligned(), &m_columnWidths);
}

void ListCommand::writeBytes(const QByteArray &bytes)
{
    if (QIODevice *device = out().device()) {
        // Straight to the device: the bytes are UTF-8 already.
        out().flush();
        device->write(bytes);
    } else {
        out() << QString::fromUtf8(bytes);
    }
}

bool ListCommand::outputWritten()
{
    out().flush();
    bool written = out().status() == QTextStream::Ok;
    if (auto *file = qobject_cast<QFileDevice *>(out().device()))
        written = file->flush() && file->error() == QFileDevice::NoError && written;
    if (written)
        return true;
    if (io().outputClosed && io().outputClosed()) {
        // The reader went away (`| head`): what it wanted it has; end quietly as other
        // Unix tools do.
        finish(ExitSuccess);
    } else {
        finishWithError(tr("Cannot write the output."));
    }
    m_pager->cancel();
    return false;
}

void ListCommand::showProgress()
{
    if (!io().showProgress || !m_options.all)
        return;
    m_progressShown = true;
    err() << u'\r' << tr("Loading sessions: %n loaded", nullptr, m_written) << QStringLiteral("\x1b[K");
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

void ListCommand::closeOutput()
{
    switch (m_options.format) {
    case OutputFormat::Json:
        writeBytes(m_outputOpened ? QByteArrayLiteral("\n]\n") : QByteArrayLiteral("[]\n"));
        break;
    case OutputFormat::Csv:
        if (!m_outputOpened)
            out() << Core::sessionCsvHeader();
        break;
    case OutputFormat::Table:
        if (m_written == 0)
            err() << tr("No sessions match.") << u'\n';
        break;
    case OutputFormat::Ndjson:
        break;
    }
    m_outputOpened = true;
}

void ListCommand::finishPartial(const QString &message)
{
    clearProgress();
    if (m_written == 0) {
        finishWithError(message);
        return;
    }
    closeOutput();
    if (!outputWritten())
        return;
    err() << QStringLiteral("dintero-sessions: ") << message << u'\n'
          << tr("The output stopped after %n complete session(s), the last one %1. To go on after it, run the "
                "same command with --starting-after %1.",
                 nullptr, m_written)
                 .arg(m_lastWrittenId)
          << u'\n';
    finish(ExitApiError);
}

void ListCommand::handleRunFinished()
{
    if (isDone())
        return;
    const Api::ApiError error = m_error.isError() ? m_error : m_pager->lastError();
    if (error.isError()) {
        finishPartial(error.message());
        return;
    }
    // The first page came in through start(); the rest, with --all, through loadAll().
    if (m_options.all && m_pager->hasMore()) {
        if (!m_loadingAll) {
            m_loadingAll = true;
            m_pager->loadAll();
            return;
        }
        // loadAll() ended with pages left but no error: it was stopped.
        finishPartial(tr("Loading stopped after %n session(s) before the last page.", nullptr, m_written));
        return;
    }
    clearProgress();
    closeOutput();
    if (!outputWritten())
        return;
    finish(ExitSuccess);
}

} // namespace Dintero::Cli
