#pragma once

#include "core/clock.h"
#include "core/sessionfilter.h"
#include "models/filtercriteria.h"
#include "models/sessioncsvexporter.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Dintero::Api {
class SessionClient;
}

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Ui {

class SessionsStatusBar;

// File → Export to CSV…: asks for a file (a window-modal QFileDialog, opened, never
// exec'd), writes every session that matches the filters with SessionCsvExporter and
// shows its progress, with Cancel, in the status bar. One export at a time. Owns the
// exporter while it runs; uses the settings, the status bar and the window it is given.
class SessionExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionExport)

public:
    SessionExport(Settings::ConsoleSettings &settings, SessionsStatusBar *statusBar, QWidget *window);
    ~SessionExport() override;

    // The clock of the suggested file name.
    void setClock(Core::Clock clock);
    bool isRunning() const;

    // Asks where to write the sessions that `filter` and `statuses` select, then writes
    // them through `client`.
    void askFileAndStart(
        Api::SessionClient *client, const Core::SessionFilter &filter, const Models::StatusSet &statuses);
    void cancel();

Q_SIGNALS:
    void runningChanged();
    void finished(bool written);

private:
    void start(const QString &fileName);
    void handleProgress(int fetched, int written);
    void handleFinished(Models::SessionCsvExporter::Result result);

    Settings::ConsoleSettings &m_settings;
    SessionsStatusBar *m_statusBar;
    QWidget *m_window;
    Core::Clock m_clock;
    QPointer<Api::SessionClient> m_client;
    Core::SessionFilter m_filter;
    Models::StatusSet m_statuses;
    QPointer<Models::SessionCsvExporter> m_exporter;
    bool m_asking = false;
};

} // namespace Dintero::Ui
