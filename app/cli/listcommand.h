#pragma once

#include "cli/command.h"
#include "core/session.h"

#include <QList>

namespace Dintero::Api {
class SessionPager;
} // namespace Dintero::Api

namespace Dintero::Cli {

// `list`: one page of the filter, or with --all every page (through a SessionPager it
// owns), then the sessions as a table, JSON or CSV. Progress goes to err while pages load.
class ListCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    ListCommand(ListOptions options, Api::SessionClient *client, const CommandIo &io, QObject *parent = nullptr);
    ~ListCommand() override;

    const QList<Core::Session> &sessions() const;

protected:
    void run() override;

private:
    void appendPage(const QList<Core::Session> &page);
    void showProgress(int loaded);
    void handleRunFinished();
    void clearProgress();
    void printSessions();

    ListOptions m_options;
    Api::SessionPager *m_pager = nullptr; // child of this
    QList<Core::Session> m_sessions;
    Api::ApiError m_error;
    bool m_loadingAll = false;
    bool m_progressShown = false;
};

} // namespace Dintero::Cli
