#pragma once

#include "api/connectionsettings.h"
#include "core/clock.h"
#include "models/filtercriteria.h"
#include "models/sessioncsvexporter.h"
#include "models/sessionsviewstate.h"
#include "models/sessiontablemodel.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Dintero::Api {
class ApiError;
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Models {
class SessionFilterProxyModel;
} // namespace Dintero::Models

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Ui {

class FilterPanel;
class SessionsView;

// The console's main window: the filter form, the sessions table with its state
// overlays, the status bar, refresh / load all / export and the connection dialog.
// Uses (does not own) the settings and the SessionClient it is given; owns the table
// model, the proxy and any export in progress. Tells the application about a new
// connection through connectionChanged() and about an activated row through
// sessionActivated(); it builds neither the client nor the details dialog.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings::ConsoleSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The clock for statuses, presets and "last refresh" (tests inject one).
    void setClock(Core::Clock clock);

    // The client to browse with; nullptr shows what to do instead. `note` is shown
    // beside the account in the status bar ("demo sandbox").
    void setClient(Api::SessionClient *client, const QString &note = {});
    Api::SessionClient *client() const;
    // Shown in place of the table while there is no client (e.g. "Reading the secret
    // from the keychain…", or why that failed).
    void setConnectionProblem(const QString &title, const QString &text, bool busy = false);

    Models::SessionTableModel *sessionModel() const;
    Models::SessionFilterProxyModel *proxyModel() const;
    SessionsView *sessionsView() const;
    FilterPanel *filterPanel() const;

    // Applies filter criteria as if the agent had entered them.
    void applyCriteria(const Models::FilterCriteria &criteria);
    // The session ids of the selected rows, top to bottom.
    QStringList selectedSessionIds() const;
    // Writes the window's geometry, header state and filters to the settings.
    void saveState();

    // Export to a file without asking for a name (what the file dialog leads to).
    void exportTo(const QString &fileName);
    Models::SessionCsvExporter *currentExport() const;

    // The minimal read-only details placeholder (a later issue builds the real dialog).
    void setDetailsPlaceholderEnabled(bool enabled);

Q_SIGNALS:
    // Enter or double-click on a row (or Open Details).
    void sessionActivated(const QString &sessionId);
    // "Cancel Session…" on a row; the action is offered only while something listens.
    void cancelSessionRequested(const QString &sessionId);
    // The agent saved new connection settings (with secrets) in the connection dialog.
    void connectionChanged(const Dintero::Api::ConnectionSettings &settings);
    void exportFinished(bool written);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void setupStatusBar();
    void setupAutoRefresh();
    void restoreSettings();
    void rebuildSavedFiltersMenu();

    void handleCriteriaChanged(const Models::FilterCriteria &criteria);
    void startLoad(const Models::FilterCriteria &criteria);
    void handleSearchFellBack(const QString &id);
    void rememberPlace();
    void restorePlace();
    void handleOverlayButton();
    void refresh();
    void retry();
    void updateViewState();
    void updateStatusBar();
    void updateWindowTitle();

    void showRowContextMenu(const QPoint &position);
    void copyColumn(int role, const QString &what);
    void copySessionIds();
    void activateCurrent();
    void openDetailsPlaceholder(const QString &sessionId);

    void askSaveFilter();
    void openConnectionDialog();
    void askExportFile();
    void handleExportProgress(int fetched, int written);
    void handleExportFinished(Models::SessionCsvExporter::Result result);
    void showAbout();

    QList<int> selectedSourceRows() const;

    std::unique_ptr<::Ui::MainWindow> m_ui;
    Settings::ConsoleSettings &m_settings;
    Models::SessionTableModel *m_model;
    Models::SessionFilterProxyModel *m_proxy;
    QPointer<Api::SessionClient> m_client;
    QPointer<Models::SessionCsvExporter> m_export;
    QMenu *m_savedFiltersMenu;
    QActionGroup *m_autoRefreshGroup;
    QTimer *m_autoRefreshTimer;
    QTimer *m_clockTimer;
    QTimer *m_headerSaveTimer;
    QLabel *m_rowsLabel;
    QLabel *m_accountLabel;
    QLabel *m_refreshLabel;
    QWidget *m_exportBox;
    QLabel *m_exportLabel;
    QProgressBar *m_exportProgress;
    QPushButton *m_exportCancel;
    Core::Clock m_clock;
    Models::FilterCriteria m_criteria;
    QString m_connectionNote;
    QString m_problemTitle;
    QString m_problemText;
    bool m_problemBusy = false;
    // What a refresh puts back once its rows are in: the selection, the current row and
    // the row at the top of the view, by session id.
    QStringList m_reselectIds;
    QString m_currentSessionId;
    QString m_topSessionId;
    Models::SessionsViewState::Action m_overlayAction = Models::SessionsViewState::Action::None;
    bool m_detailsPlaceholder = true;
};

} // namespace Dintero::Ui
