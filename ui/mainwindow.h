#pragma once

#include "core/clock.h"
#include "models/filtercriteria.h"
#include "models/sessionsviewstate.h"
#include "models/sessiontablemodel.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

class QAction;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace Dintero::Api {
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Models {
class SessionFilterProxyModel;
} // namespace Dintero::Models

namespace Dintero::Settings {
class ConsoleSettings;
struct ConnectionProfile;
} // namespace Dintero::Settings

namespace Dintero::Ui {

class AutoRefreshMenu;
class EnvironmentStrip;
class ProfileSwitcher;
class SavedFiltersMenu;
class WelcomeView;
class SessionActions;
class SessionExport;

// The console's main window. Wires the filter panel, the sessions table with its state
// overlays and actions, the status bar, refresh / load all and export together. Uses
// (does not own) the settings and the SessionClient it is given; owns the table model,
// the proxy and the feature objects. Opens no dialog or window about connections or
// sessions: it asks for the connection dialog and the About box, and its SessionActions
// ask for details and cancels; the application (ConsoleApp) opens them.
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
    // Shown in place of the table while there is no client (e.g. "Reading the secret
    // from the keychain…", or why that failed).
    void setConnectionProblem(const QString &title, const QString &text, bool busy = false);

    // The profile the console works on (the strip under the toolbar, the title), or none:
    // then the welcome view replaces the filters and the table.
    void setCurrentProfile(const std::optional<Settings::ConnectionProfile> &profile);
    // The toolbar's combo box and File → Switch Profile.
    void setProfiles(const QList<Settings::ConnectionProfile> &profiles, const QUuid &currentId);
    EnvironmentStrip *environmentStrip() const;
    WelcomeView *welcomeView() const;

    // Open Details, copies, Cancel Session… on the selected rows (their signals ask for
    // details and cancels).
    SessionActions *sessionActions() const;
    // Writes the window's geometry, header state and filters to the settings.
    void saveState();

    // A session as the server now has it (after a cancel): its row changes in place.
    void updateSession(const Core::Session &session);
    // A session the console created: its row goes on top, without a reload.
    void prependSession(const Core::Session &session);
    // Session → New Session… (Ctrl+Shift+N); enabled while there is a client.
    QAction *newSessionAction() const;
    // The loaded rows' currencies and store ids (defaults for a new payment link).
    QStringList loadedCurrencies() const;
    QStringList loadedStoreIds() const;
    // Session → New Payment Link… (Ctrl+N), also on the toolbar.
    QAction *newPaymentLinkAction() const;
    void showStatusMessage(const QString &text, int timeoutMs = 8000);

Q_SIGNALS:
    // File → Connections…, or the button of the "no connection" overlay.
    void connectionDialogRequested();
    // The welcome view's Try the Demo and Connect to Dintero….
    void demoRequested();
    void newProfileRequested();
    // The toolbar's combo box or File → Switch Profile.
    void profileChosen(const QUuid &id);
    // Help → About.
    void aboutRequested();
    // View → Journal.
    void journalRequested();
    // Session → New Session….
    void newSessionRequested();
    // Session → New Payment Link….
    void newPaymentLinkRequested();
    // View → Links.
    void linksRequested();
    // Session → Open Session by ID…: the agent entered (pasted) a session id.
    void openSessionRequested(const QString &sessionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void restoreSettings();

    void applyCriteria(const Models::FilterCriteria &criteria);
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
    void openConnectionDialog();
    void askSessionId();

    std::unique_ptr<::Ui::MainWindow> m_ui;
    Settings::ConsoleSettings &m_settings;
    Models::SessionTableModel *m_model;
    Models::SessionFilterProxyModel *m_proxy;
    QPointer<Api::SessionClient> m_client;
    SessionActions *m_sessionActions = nullptr;
    QAction *m_newSessionAction = nullptr;
    QAction *m_newPaymentLink = nullptr;
    ProfileSwitcher *m_profileSwitcher = nullptr;
    EnvironmentStrip *m_strip = nullptr;
    WelcomeView *m_welcome = nullptr;
    QString m_profileName;
    QString m_profileAccount;
    bool m_profileProduction = false;
    bool m_hasProfile = true; // until told otherwise: no welcome view before start()
    SessionExport *m_export = nullptr;
    SavedFiltersMenu *m_savedFiltersMenu = nullptr;
    AutoRefreshMenu *m_autoRefreshMenu = nullptr;
    QTimer *m_clockTimer;
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
};

} // namespace Dintero::Ui
