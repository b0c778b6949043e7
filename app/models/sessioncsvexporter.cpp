#include "models/sessioncsvexporter.h"

#include "api/sessionclient.h"
#include "api/sessionpager.h"
#include "core/money.h"

#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcExport, "console.export")

namespace Dintero::Models {
namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The amount as a plain decimal number in major units ("299.90"), which spreadsheets read.
QString plainAmount(const Core::Money &money)
{
    const int digits = Core::minorUnitDigits(money.currency);
    const bool negative = money.minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(money.minorUnits) : quint64(money.minorUnits);
    QString text = QString::number(magnitude).rightJustified(digits + 1, u'0');
    if (digits > 0)
        text.insert(text.size() - digits, u'.');
    return negative ? u'-' + text : text;
}

} // namespace

SessionCsvExporter::SessionCsvExporter(Core::SessionClient *client, QObject *parent)
    : QObject(parent)
    , m_pager(new Core::SessionPager(client, this))
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    connect(m_pager, &Core::SessionPager::pageLoaded, this, &SessionCsvExporter::handlePage);
    connect(m_pager, &Core::SessionPager::failed, this, &SessionCsvExporter::handleFailure);
    connect(m_pager, &Core::SessionPager::finished, this, &SessionCsvExporter::handleRunFinished);
}

SessionCsvExporter::~SessionCsvExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

void SessionCsvExporter::setClock(std::function<QDateTime()> clock)
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
    m_file->write(headerLine());
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
        m_pager->cancel();   // finished() follows and ends the export
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
    QByteArray chunk;
    for (const Core::Session &session : page) {
        if (!m_statuses.contains(session.status(m_now)))
            continue;
        chunk += csvLine(session, m_now);
        ++m_written;
    }
    if (!chunk.isEmpty() && m_file->write(chunk) != chunk.size()) {
        m_failed = true;
        m_error = tr("Could not write %1: %2").arg(m_fileName, m_file->errorString());
        m_pager->cancel();
        return;
    }
    Q_EMIT progress(m_fetched, m_written);
}

void SessionCsvExporter::handleFailure(const Core::ApiError &error)
{
    if (error.kind() == Core::ApiError::Kind::Aborted || m_failed)
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

QString SessionCsvExporter::escapeCell(const QString &cell)
{
    QString text = cell;
    // A leading =, +, -, @ (or a tab / carriage return) makes spreadsheet programs
    // evaluate the cell. Phone numbers ("+47...") and negative amounts stay readable
    // with the apostrophe, which spreadsheets hide.
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r'
            || ((first == u'+' || first == u'-') && text.size() > 1 && !text.at(1).isDigit()))
            text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

QByteArray SessionCsvExporter::headerLine()
{
    // Stable machine-readable column names: exports are read by scripts too.
    return QByteArrayLiteral("created_at,status,merchant_reference,merchant_reference_2,customer_name,email,"
                             "phone_number,amount,currency,store_id,store_name,transaction_id,session_id,"
                             "expires_at\r\n");
}

QByteArray SessionCsvExporter::csvLine(const Core::Session &session, const QDateTime &now)
{
    const Core::Money amount = session.amount();
    const QStringList cells{
        isoUtc(session.createdAt()),
        Core::statusKey(session.status(now)),
        session.merchantReference(),
        session.merchantReference2(),
        session.customerName(),
        session.customerEmail(),
        session.customerPhone(),
        session.hasAmount() ? plainAmount(amount) : QString(),
        amount.currency,
        session.storeId(),
        session.storeName(),
        session.transactionId(),
        session.id(),
        isoUtc(session.expiresAt()),
    };
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeCell(cells.at(i));
    }
    line += QLatin1String("\r\n");
    return line.toUtf8();
}

} // namespace Dintero::Models
