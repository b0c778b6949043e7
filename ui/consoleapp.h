#pragma once

#include "api/connectionsettings.h"
#include "links/linkwatch.h"
#include "sandbox/sandboxserver.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUrl>

#include <memory>

class QApplication;
class QSystemTrayIcon;

namespace Dintero::Api {
class CredentialStore;
class SessionClient;
} // namespace Dintero::Api

namespace Dintero::Connection {
class ConnectionService;
struct WriteAccess;
} // namespace Dintero::Connection

namespace Dintero::Cancel {
struct CancelResult;
class TransactionStatuses;
} // namespace Dintero::Cancel

namespace Dintero::Core {
class Session;
}

namespace Dintero::Journal {
class Journal;
struct JournalEntry;
} // namespace Dintero::Journal

namespace Dintero::Links {
class LinksModel;
}

namespace Dintero::Settings {
class ConsoleSettings;
}

namespace Dintero::Orders {
class SessionWrite;
}

namespace Dintero::Ui {

class CancelController;
class SessionDetailsWindow;
class JournalWindow;
class LinksWindow;
class MainWindow;

struct ConsoleOptions
{
    bool demo = false; // run the Checkout sandbox in-process
    Sandbox::SandboxOptions sandbox; // the demo sandbox's data set
    QString settingsFile; // empty: the application's own settings
    QString sessionId; // --session: opened once connected
    Links::WatchSchedule linkWatch; // how often watched links are read (tests shorten it)
    QString profileName; // --profile: the connection profile to open
};

// The application's names, version and translators: all the command line needs, so that
// it is read before the GUI starts (no display needed for --help and --version).
void setUpCoreApplication(QCoreApplication &app);
// setUpCoreApplication() and the window icon.
void setUpApplication(QApplication &app);
// --demo and friends; exits with usage text on --help / bad arguments (status 2 and a
// message on stderr for a --demo-* value out of range). Needs a QCoreApplication only.
ConsoleOptions parseCommandLine(const QStringList &arguments);
// For --profile NAME: a message naming the profiles there are when NAME is not one of
// them (main() exits with status 2), or an empty string.
QString unknownProfileError(const ConsoleOptions &options);

// The console's services, built once in main(): the settings, the network access
// manager, the keychain, the SessionClient (rebuilt when the connection changes), the
// demo sandbox and the main window. Owns all of them; the window goes first. Also the
// small controller that opens the connection dialog, session details and the About box
// when the window asks for them.
class ConsoleApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleApp)

public:
    explicit ConsoleApp(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Builds the window, connects (the sandbox with --demo, else the stored connection
    // whose secret comes from the keychain) and shows the window.
    void start();

    MainWindow *mainWindow() const;
    Api::SessionClient *client() const;
    // The demo sandbox, once it listens. It lives on a thread of its own (seeding and
    // serving stay off the GUI thread); talk to it over HTTP only.
    Sandbox::SandboxServer *sandbox() const;
    Settings::ConsoleSettings &settings() const;
    Connection::ConnectionService *connections() const;

    // A payment link made in this run (New Payment Link…, New Session…): listed under
    // View → Links and watched until the customer has used it, it is cancelled or expires.
    void trackCreatedLink(const Core::Session &session, const QUrl &link);
    Links::LinkWatch *linkWatch() const;
    Links::LinksModel *linksModel() const;
    LinksWindow *linksWindow() const; // while it is open

private:
    void startDemo();
    void demoReady(Sandbox::SandboxServer *server, const QUrl &baseUrl, const QString &error);
    void stopDemo();
    void tryDemo();
    void showClient(Api::SessionClient *client);
    void showProfile();
    void watchLinksWith(Api::SessionClient *client);
    void applyWriteAccess(const Connection::WriteAccess &access);
    // What the window and its session actions ask for: the application opens the
    // dialogs and windows (as children of the window, deleted on close).
    void openConnectionDialog();
    void openNewProfileDialog();
    void openDetails(const QString &sessionId);
    void showAbout();
    void openJournal();
    void openLinks();
    // The watch of a payment-token session whose details are open (and its end).
    void watchDetails(SessionDetailsWindow *details);
    void detailsClosed(const QString &sessionId);
    void linkCompleted(const Core::Session &session);
    void linkEnded(const QString &sessionId, Links::LinkEnd end, const QString &reason);
    // A desktop notification where there is a system tray, else the status bar.
    void notify(const QString &title, const QString &text);
    // A session as the server now has it (after a cancel): the row and its details window.
    void showChangedSession(const Core::Session &session);
    void recordCancel(const Cancel::CancelResult &result, const QString &note);
    // Session → New Session… and the details window's Edit Order….
    void openNewSession();
    void openEditOrder(const Core::Session &session);
    void recordWrite(const Orders::SessionWrite *write);
    QString apiHost() const;
    // Session → New Payment Link…: the dialog, and what a created link changes.
    void openPaymentLinkDialog();
    void recordPaymentLink(const Journal::JournalEntry &entry);
    void paymentLinkCreated(const Core::Session &session, const QUrl &link);

    ConsoleOptions m_options;
    std::unique_ptr<Settings::ConsoleSettings> m_settings;
    QNetworkAccessManager m_network;
    QThread m_sandboxThread;
    QObject *m_sandboxContext = nullptr; // lives on m_sandboxThread
    Sandbox::SandboxServer *m_sandbox = nullptr; // lives on m_sandboxThread; set by demoReady()
    Api::CredentialStore *m_credentials;
    Connection::ConnectionService *m_connections; // child of this
    QPointer<Api::SessionClient> m_client; // the service's current one
    std::unique_ptr<Journal::Journal> m_journal;
    std::unique_ptr<MainWindow> m_window;
    CancelController *m_cancel = nullptr; // child of this
    Cancel::TransactionStatuses *m_transactionStatuses = nullptr; // child of this
    QPointer<JournalWindow> m_journalWindow;
    // The watch reads through a client of its own without automatic retries: a failed
    // read waits for the next tick.
    QPointer<Api::SessionClient> m_linkClient;
    Links::LinkWatch *m_linkWatch = nullptr; // child of this
    Links::LinksModel *m_linksModel = nullptr; // child of this
    QPointer<LinksWindow> m_linksWindow;
    QSystemTrayIcon *m_trayIcon = nullptr; // made for the first notification
    QHash<QString, QPointer<SessionDetailsWindow>> m_detailsWindows;
    QStringList m_usedProfiles; // payment profiles sessions were created from this run
};

} // namespace Dintero::Ui
