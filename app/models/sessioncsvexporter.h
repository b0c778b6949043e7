#pragma once

#include "api/apierror.h"
#include "core/clock.h"
#include "core/session.h"
#include "core/sessionfilter.h"
#include "models/filtercriteria.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSaveFile;

namespace Dintero::Api {
class SessionClient;
class SessionPager;
} // namespace Dintero::Api

namespace Dintero::Models {

// Writes every session that matches a filter (all pages, through its own SessionPager's
// loadAll(), not the table's rows) to a CSV file in the layout of Core::sessionCsvRow(),
// after a UTF-8 byte order mark for spreadsheets. The file is written through QSaveFile:
// it appears complete or not at all. Asynchronous; one export per object. Uses (does not
// own) the SessionClient.
class SessionCsvExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionCsvExporter)

public:
    enum class Result {
        Written,
        Cancelled,
        Failed,
    };
    Q_ENUM(Result)

    explicit SessionCsvExporter(Api::SessionClient *client, QObject *parent = nullptr);
    ~SessionCsvExporter() override;

    // The time the derived status is evaluated against. Defaults to the system clock.
    void setClock(Core::Clock clock);

    // Starts the export; `statuses` is the status filter on top of the API filter.
    // Returns false (and finished() follows) when the file cannot be opened.
    bool start(const Core::SessionFilter &filter, const StatusSet &statuses, const QString &fileName);
    void cancel();
    bool isRunning() const;

    int writtenCount() const;
    QString fileName() const;
    // Translated, for the agent; empty unless Failed.
    QString errorString() const;

Q_SIGNALS:
    // Sessions fetched so far and rows written so far.
    void progress(int fetched, int written);
    void finished(Dintero::Models::SessionCsvExporter::Result result);

private:
    void handlePage(const QList<Core::Session> &page, bool hasMore);
    void handleFailure(const Api::ApiError &error);
    void handleRunFinished();
    void finish(Result result, const QString &error = {});

    Api::SessionPager *m_pager = nullptr;
    std::unique_ptr<QSaveFile> m_file;
    Core::Clock m_clock;
    StatusSet m_statuses;
    QString m_fileName;
    QString m_error;
    QDateTime m_now;
    int m_fetched = 0;
    int m_written = 0;
    bool m_running = false;
    bool m_loadingAll = false;
    bool m_cancelled = false;
    bool m_failed = false;
};

} // namespace Dintero::Models
