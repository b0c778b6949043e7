#include "models/sessioncsvexporter.h"

#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "core/sessioncsv.h"

#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcExport, "console.export", QtInfoMsg)

namespace Dintero::Models {

SessionCsvExporter::SessionCsvExporter(Api::SessionClient *client, QObject *parent)
    : QObject(parent)
    , m_pager(new Api::SessionPager(client, this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    connect(m_pager, &Api::SessionPager::pageLoaded, this, &SessionCsvExporter::handlePage);
    connect(m_pager, &Api::SessionPager::failed, this, &SessionCsvExporter::handleFailure);
    connect(m_pager, &Api::SessionPager::finished, this, &SessionCsvExporter::handleRunFinished);
}

SessionCsvExporter::~SessionCsvExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

void SessionCsvExporter::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
}

bool SessionCsvExporter::start(const Core::SessionFilter &filter, const StatusSet &statuses, const QString &fileName)
{
    Q_ASSERT(!m_running);
    m_fileName = fileName;
    m_statuses = statuses;
    m_now = m_clock ? m_clock() : QDateTime::currentDateTime();
    m_file = std::make_unique<QSaveFile>(fileName);
    m_running = true;
    if (!m_file->open(QIODevice::WriteOnly)) {
        // Report after returning, like every other outcome.
        const QString error = tr("Could not write %1: %2").arg(fileName, m_file->errorString());
        QMetaObject::invokeMethod(
            this, [this, error] { finish(Result::Failed, error); }, Qt::QueuedConnection);
        return false;
    }
    // A byte order mark so that spreadsheet programs read the file as UTF-8.
    m_file->write("\xEF\xBB\xBF");
    m_file->write(Core::sessionCsvHeader().toUtf8());
    qCInfo(lcExport) << "export started";
    m_pager->start(filter);
    return true;
}

void SessionCsvExporter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_pager->isLoading())
        m_pager->cancel(); // finished() follows and ends the export
    else
        finish(Result::Cancelled);
}

bool SessionCsvExporter::isRunning() const
{
    return m_running;
}

int SessionCsvExporter::writtenCount() const
{
    return m_written;
}

QString SessionCsvExporter::fileName() const
{
    return m_fileName;
}

QString SessionCsvExporter::errorString() const
{
    return m_error;
}

void SessionCsvExporter::handlePage(const QList<Core::Session> &page, bool)
{
    if (!m_running || m_cancelled)
        return;
    m_fetched += int(page.size());
    QString rows;
    for (const Core::Session &session : page) {
        if (!m_statuses.contains(session.status(m_now)))
            continue;
        rows += Core::sessionCsvRow(session, m_now);
        ++m_written;
    }
    // One write per page: memory holds one page of rows, the file grows page by page.
    const QByteArray chunk = rows.toUtf8();
    if (!chunk.isEmpty() && m_file->write(chunk) != chunk.size()) {
        m_failed = true;
        m_error = tr("Could not write %1: %2").arg(m_fileName, m_file->errorString());
        m_pager->cancel();
        return;
    }
    Q_EMIT progress(m_fetched, m_written);
}

void SessionCsvExporter::handleFailure(const Api::ApiError &error)
{
    if (error.kind() == Api::ApiError::Kind::Aborted || m_failed)
        return;
    m_failed = true;
    m_error = error.message();
}

void SessionCsvExporter::handleRunFinished()
{
    if (!m_running)
        return;
    if (m_failed) {
        finish(Result::Failed, m_error);
        return;
    }
    if (m_cancelled) {
        finish(Result::Cancelled);
        return;
    }
    if (m_pager->hasMore()) {
        // The first page came through start(); the rest in one go.
        if (!m_loadingAll) {
            m_loadingAll = true;
            m_pager->loadAll();
        } else {
            m_pager->fetchNext();
        }
        return;
    }
    if (!m_file->commit()) {
        finish(Result::Failed, tr("Could not write %1: %2").arg(m_fileName, m_file->errorString()));
        return;
    }
    m_file.reset();
    finish(Result::Written);
}

void SessionCsvExporter::finish(Result result, const QString &error)
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_running = false;
    m_error = error;
    qCInfo(lcExport) << "export finished:" << result << m_written << "rows";
    Q_EMIT finished(result);
}

} // namespace Dintero::Models
