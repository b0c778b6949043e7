#pragma once

#include "cli/command.h"
#include "core/session.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Dintero::Api {
class SessionPager;
} // namespace Dintero::Api

namespace Dintero::Cli {

// `list`: one page of the filter, or with --all every page (through a SessionPager it
// owns), written page by page as each arrives, as a table, JSON, NDJSON or CSV. No page
// is kept after it was written, so memory stays flat however many sessions there are.
// Progress goes to err while pages load. When a page fails after others were written,
// the output is closed validly (JSON: the array) and err says how to go on from the
// last session written (--starting-after).
class ListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    ListCommand(ListOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~ListCommand() override;

    // Sessions written so far.
    int writtenCount() const;

protected:
    void run() override;

private:
    void writePage(const QList<Core::Session> &page);
    void writeJsonPage(const QList<Core::Session> &page);
    void writeNdjsonPage(const QList<Core::Session> &page);
    void writeTablePage(const QList<Core::Session> &page);
    void writeBytes(const QByteArray &bytes);
    // False when out could not take the page; the command has then finished.
    bool outputWritten();
    void showProgress();
    void handleRunFinished();
    void clearProgress();
    // Closes what was written so that it stays valid (JSON: the array's end).
    void closeOutput();
    // The error, and, when sessions were written, where the output stopped and how to go on.
    void finishPartial(const QString &message);

    ListOptions m_options;
    Api::SessionPager *m_pager = nullptr; // child of this
    Api::ApiError m_error;
    QList<qsizetype> m_columnWidths; // table: the widest cell of each column so far
    QString m_lastWrittenId;
    int m_written = 0;
    bool m_loadingAll = false;
    bool m_progressShown = false;
    bool m_outputOpened = false; // the JSON array's "[" or the CSV header is out
};

} // namespace Dintero::Cli
