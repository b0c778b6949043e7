#include "consoleapp.h"

#include "api/credentialstore.h"
#include "api/sessionclient.h"
#include "cancel/cancelcontroller.h"
#include "cancel/cancelrun.h"
#include "cancel/transactionstatuses.h"
#include "connection/connectionsdialog.h"
#include "connection/connectionservice.h"
#include "connection/profiledialog.h"
#include "core/session.h"
#include "core/sessionstatus.h"
#include "core/translations.h"
#include "details/sessiondetailswindow.h"
#include "journal/journal.h"
#include "journal/journalentry.h"
#include "journal/journalwindow.h"
#include "links/linksmodel.h"
#include "links/linkswindow.h"
#include "mainwindow.h"
#include "orders/sessionwrite.h"
#include "paymentlink/paymentlinkdialog.h"
#include "sandbox/sandboxcommandline.h"
#include "sessionedit/editorderdialog.h"
#include "sessionedit/newsessiondialog.h"
#include "sessions/sessionactions.h"
#include "settings/consolesettings.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include <cstdio>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcConsoleApp, "console.app", QtInfoMsg)

namespace Dintero::Ui {

void setUpCoreApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dintero Console"));
    QCoreApplication::setApplicationName(QStringLiteral("dintero-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    // Qt's own strings (dialog buttons), then ours; both follow the system locale.
    Core::installTranslators(app);
}

void setUpApplication(QApplication &app)
{
    setUpCoreApplication(app);
    QApplication::setDesktopFileName(QStringLiteral("no.dintero.console"));

    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/dintero-console-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Dintero Checkout Sessions"));
}

ConsoleOptions parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Browse, search and export Dintero Checkout sessions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Run against a local sandbox with made-up sessions."));
    const Sandbox::SandboxCommandLine demoSandbox = Sandbox::SandboxCommandLine::demo();
    const QCommandLineOption settingsFile(QStringLiteral("settings"),
        QCoreApplication::translate("main", "Keep the settings in this file."), QStringLiteral("file"));
    const QCommandLineOption session(QStringLiteral("session"),
        QCoreApplication::translate("main", "Open the details of this session once connected."), QStringLiteral("id"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("main", "Open this connection profile (by its name)."), QStringLiteral("name"));
    parser.addOption(profile);
    parser.addOption(demo);
    parser.addOptions(demoSandbox.options());
    parser.addOption(settingsFile);
    parser.addOption(session);
    parser.process(arguments);

    ConsoleOptions options;
    options.demo = parser.isSet(demo);
    QString error;
    const std::optional<Sandbox::SandboxOptions> sandbox = demoSandbox.read(parser, &error);
    if (!sandbox) {
        // As parser.process() does for an unknown option, and with checkout-sandbox's status
        // for a bad value: nothing has started yet.
        std::fprintf(stderr, "dintero-console: %s\n", qPrintable(error));
        std::exit(2);
    }
    options.sandbox = *sandbox;
    options.settingsFile = parser.value(settingsFile);
    options.sessionId = parser.value(session).trimmed();
    options.profileName = parser.value(profile).trimmed();
    return options;
}

QString unknownProfileError(const ConsoleOptions &options)
{
    if (options.profileName.isEmpty() || options.demo)
        return {};
    const Settings::ConsoleSettings settings = options.settingsFile.isEmpty()
        ? Settings::ConsoleSettings()
        : Settings::ConsoleSettings(options.settingsFile);
    QStringList names;
    for (const Settings::ConnectionProfile &profile : settings.profiles()) {
        if (profile.name.compare(options.profileName, Qt::CaseInsensitive) == 0)
            return {};
        names.append(QStringLiteral("'%1'").arg(profile.name));
    }
    if (settings.hasConnection())
        names.append(QStringLiteral("'%1'").arg(settings.connection().accountId));
    if (names.isEmpty())
        return QCoreApplication::translate("main",
            "There is no connection profile named '%1': there are no "
            "profiles yet. Start without --profile to add one, or use --demo.")
            .arg(options.profileName);
    return QCoreApplication::translate("main", "There is no connection profile named '%1'. The profiles are: %2.")
        .arg(options.profileName, names.join(QStringLiteral(", ")));
}

ConsoleApp::ConsoleApp(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty() ? std::make_unique<Settings::ConsoleSettings>()
                                                  : std::make_unique<Settings::ConsoleSettings>(m_options.settingsFile))
    , m_credentials(new Api::CredentialStore(QStringLiteral("dintero-console"), this))
    , m_connections(new Connection::ConnectionService(*m_settings, *m_credentials, m_network, this))
    // With --settings FILE the journal sits beside that file, so that a profile kept apart
    // (and a test) keeps its journal apart too.
    , m_journal(std::make_unique<Journal::Journal>(m_options.settingsFile.isEmpty()
              ? QString()
              : QFileInfo(m_options.settingsFile).absoluteDir().filePath(QStringLiteral("journal.jsonl"))))
    , m_linkWatch(new Links::LinkWatch(m_options.linkWatch, {}, this))
    , m_linksModel(new Links::LinksModel(this))
{
    m_linksModel->attach(m_linkWatch);
}

ConsoleApp::~ConsoleApp()
{
    // The window uses the client and the settings: it goes first; the watch before the
    // client whose requests it follows.
    m_window.reset();
    delete m_linkWatch;
    m_linkWatch = nullptr;
    delete m_linkClient;
    delete m_connections;
    stopDemo();
}

void ConsoleApp::start()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    connect(m_window.get(), &MainWindow::connectionDialogRequested, this, &ConsoleApp::openConnectionDialog);
    connect(m_window.get(), &MainWindow::newProfileRequested, this, &ConsoleApp::openNewProfileDialog);
    connect(m_window.get(), &MainWindow::demoRequested, this, &ConsoleApp::tryDemo);
    connect(m_window.get(), &MainWindow::profileChosen, m_connections, &Connection::ConnectionService::switchTo);
    connect(m_window.get(), &MainWindow::aboutRequested, this, &ConsoleApp::showAbout);
    connect(m_window->sessionActions(), &SessionActions::openDetailsRequested, this, &ConsoleApp::openDetails);
    connect(m_window.get(), &MainWindow::openSessionRequested, this, &ConsoleApp::openDetails);
    connect(m_window.get(), &MainWindow::journalRequested, this, &ConsoleApp::openJournal);
    connect(m_window.get(), &MainWindow::newSessionRequested, this, &ConsoleApp::openNewSession);
    connect(m_window.get(), &MainWindow::newPaymentLinkRequested, this, &ConsoleApp::openPaymentLinkDialog);
    connect(m_window.get(), &MainWindow::linksRequested, this, &ConsoleApp::openLinks);
    connect(m_linkWatch, &Links::LinkWatch::sessionUpdated, this,
        [this](const Core::Session &session) { m_window->updateSession(session); });
    connect(m_linkWatch, &Links::LinkWatch::linkCompleted, this, &ConsoleApp::linkCompleted);
    connect(m_linkWatch, &Links::LinkWatch::linkEnded, this, &ConsoleApp::linkEnded);
    connect(m_linkWatch, &Links::LinkWatch::watchPaused, this, [this](const QString &sessionId, const QString &reason) {
        const Links::LinksModel::Link *link = m_linksModel->link(sessionId);
        if (link && link->createdThisRun)
            m_window->showStatusMessage(
                tr("The link for %1 is no longer watched: %2")
                    .arg(link->session.merchantReference().isEmpty() ? sessionId : link->session.merchantReference(),
                        reason));
    });
    connect(m_linkWatch, &Links::LinkWatch::transactionRead, this,
        [this](const QString &sessionId, const Core::Transaction &transaction) {
            if (SessionDetailsWindow *details = m_detailsWindows.value(sessionId))
                details->showTransaction(transaction);
        });

    m_transactionStatuses = new Cancel::TransactionStatuses(this);
    m_window->sessionActions()->setTransactionStatuses(m_transactionStatuses);
    m_cancel = new CancelController({}, m_window.get(), this);
    connect(m_window->sessionActions(), &SessionActions::cancelRequested, m_cancel, &CancelController::cancelSessions);
    connect(m_cancel, &CancelController::busyChanged, this,
        [this] { m_window->sessionActions()->setSessionsInFlight(m_cancel->sessionsInFlight()); });
    connect(m_cancel, &CancelController::sessionChanged, this, &ConsoleApp::showChangedSession);
    connect(m_cancel, &CancelController::statusMessage, m_window.get(),
        [this](const QString &text) { m_window->showStatusMessage(text); });
    connect(m_cancel, &CancelController::cancelFinished, this, &ConsoleApp::recordCancel);

    using Service = Connection::ConnectionService;
    connect(m_connections, &Service::profilesChanged, this, &ConsoleApp::showProfile);
    connect(m_connections, &Service::currentProfileChanged, this, &ConsoleApp::showProfile);
    connect(m_connections, &Service::clientChanged, this, &ConsoleApp::showClient);
    connect(m_connections, &Service::connecting, m_window.get(),
        [this](const QString &title, const QString &text) { m_window->setConnectionProblem(title, text, true); });
    connect(m_connections, &Service::connectionFailed, m_window.get(),
        [this](const QString &title, const QString &text) { m_window->setConnectionProblem(title, text); });
    connect(m_connections, &Service::sandboxNeeded, this, &ConsoleApp::startDemo);
    connect(m_connections, &Service::writeAccessChanged, this, &ConsoleApp::applyWriteAccess);
    connect(m_connections, &Service::notice, m_window.get(),
        [this](const QString &text) { m_window->showStatusMessage(text, 20000); });

    showProfile();
    if (m_options.demo)
        m_connections->start(m_connections->ensureDemoProfile().id);
    else
        m_connections->start({}, m_options.profileName);
    m_window->show();
}

MainWindow *ConsoleApp::mainWindow() const
{
    return m_window.get();
}

Api::SessionClient *ConsoleApp::client() const
{
    return m_client;
}

Sandbox::SandboxServer *ConsoleApp::sandbox() const
{
    return m_sandbox;
}

Settings::ConsoleSettings &ConsoleApp::settings() const
{
    return *m_settings;
}

Connection::ConnectionService *ConsoleApp::connections() const
{
    return m_connections;
}

void ConsoleApp::startDemo()
{
    if (m_sandboxThread.isRunning())
        return; // starting: demoReady() follows
    m_window->setConnectionProblem(tr("Starting the demo sandbox\u2026"),
        tr("Making up %n checkout session(s) to browse.", nullptr, m_options.sandbox.sessionCount), true);
    // Seeding is done on the sandbox's own thread; demoReady() connects once it listens
    // (queued: the window exists by then).
    const Sandbox::SandboxOptions options = m_options.sandbox;
    m_sandboxThread.setObjectName(QStringLiteral("demo sandbox"));
    m_sandboxThread.start();
    m_sandboxContext = new QObject;
    m_sandboxContext->moveToThread(&m_sandboxThread);
    QMetaObject::invokeMethod(m_sandboxContext, [this, options] {
        // A child of the context, which lives on this thread: stopDemo() deletes it here,
        // also when the console closes before demoReady() has run.
        auto *server = new Sandbox::SandboxServer(options, m_sandboxContext);
        QString error;
        QUrl baseUrl;
        if (server->listen(QHostAddress::LocalHost, 0)) {
            baseUrl = server->baseUrl();
        } else {
            error = server->errorString();
            delete server;
            server = nullptr;
        }
        QMetaObject::invokeMethod(
            this, [this, server, baseUrl, error] { demoReady(server, baseUrl, error); }, Qt::QueuedConnection);
    });
}

void ConsoleApp::demoReady(Sandbox::SandboxServer *server, const QUrl &baseUrl, const QString &error)
{
    if (!server) {
        m_connections->setSandboxFailed(error);
        return;
    }
    m_sandbox = server;
    // So that dintero-sessions or curl can be pointed at the same data.
    std::fprintf(stderr, "Demo sandbox: %s\n", qPrintable(baseUrl.toString()));
    m_connections->setSandboxBaseUrl(baseUrl);
}

void ConsoleApp::stopDemo()
{
    if (!m_sandboxThread.isRunning())
        return;
    QThread *home = thread();
    m_sandbox = nullptr;
    QMetaObject::invokeMethod(
        m_sandboxContext,
        [this, home] {
            // The server was made on this thread and is deleted on it.
            qDeleteAll(m_sandboxContext->children());
            m_sandboxContext->moveToThread(home);
        },
        Qt::BlockingQueuedConnection);
    m_sandboxThread.quit();
    m_sandboxThread.wait();
    delete m_sandboxContext;
    m_sandboxContext = nullptr;
}

void ConsoleApp::tryDemo()
{
    m_connections->switchTo(m_connections->ensureDemoProfile().id);
}

void ConsoleApp::showProfile()
{
    const std::optional<Settings::ConnectionProfile> current = m_connections->currentProfile();
    m_window->setProfiles(m_connections->profiles(), current ? current->id : QUuid());
    m_window->setCurrentProfile(current);
}

void ConsoleApp::showClient(Api::SessionClient *client)
{
    m_client = client;
    // The old account's windows go: they read through the client being replaced.
    watchLinksWith(client);
    for (SessionDetailsWindow *details : std::as_const(m_detailsWindows)) {
        if (details)
            details->close();
    }
    const std::optional<Settings::ConnectionProfile> current = m_connections->currentProfile();
    const bool demo = current && current->environment == Settings::ConnectionProfile::Environment::EmbeddedSandbox;
    m_window->setClient(client, demo ? tr("demo sandbox") : QString());
    if (m_cancel)
        m_cancel->setClient(client);
    if (m_transactionStatuses)
        m_transactionStatuses->setClient(client);
    if (client && !m_options.sessionId.isEmpty())
        openDetails(std::exchange(m_options.sessionId, QString()));
}

void ConsoleApp::watchLinksWith(Api::SessionClient *client)
{
    // The watch reads with a client of its own without retries: one read is one request.
    const QString previousAccount = m_linkClient ? m_linkClient->settings().accountId : QString();
    Api::SessionClient *previous = m_linkClient;
    m_linkClient = client ? new Api::SessionClient(client->settings(), &m_network, this) : nullptr;
    if (m_linkClient) {
        Api::SessionClient::RetryPolicy watchPolicy = m_linkClient->retryPolicy();
        watchPolicy.maxRetries = 0;
        m_linkClient->setRetryPolicy(watchPolicy);
    }
    if (!m_linkClient || m_linkClient->settings().accountId != previousAccount) {
        // Another account's links are not read with this one's credential.
        const QStringList watched = m_linkWatch->watchedSessionIds();
        for (const QString &sessionId : watched) {
            m_linkWatch->unwatch(sessionId);
            m_linksModel->setState(sessionId, Links::LinksModel::State::Stopped,
                tr("the console switched to account %1")
                    .arg(m_linkClient ? m_linkClient->settings().accountId : tr("none")));
        }
    }
    m_linkWatch->setClient(m_linkClient);
    if (previous)
        previous->deleteLater();
}

void ConsoleApp::applyWriteAccess(const Connection::WriteAccess &access)
{
    m_window->sessionActions()->setWriteAllowed(access.mayWrite(), access.reason);
    for (SessionDetailsWindow *details : std::as_const(m_detailsWindows)) {
        if (details)
            details->setWriteRefusal(access.mayWrite() ? QString() : access.reason);
    }
}

void ConsoleApp::openConnectionDialog()
{
    auto *dialog = new ConnectionsDialog(*m_connections, &m_network, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->restoreGeometry(m_settings->connectionDialogGeometry());
    connect(dialog, &QDialog::finished, this,
        [this, dialog] { m_settings->setConnectionDialogGeometry(dialog->saveGeometry()); });
    dialog->open();
}

void ConsoleApp::openNewProfileDialog()
{
    auto *dialog = new ProfileDialog(Settings::ConnectionProfile::create(QString()), false, &m_network,
        m_connections->sandboxBaseUrl(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Settings::ConnectionProfile profile = dialog->profile();
        // With no current profile, the service connects with the new one.
        m_connections->saveProfile(profile, dialog->secret());
    });
    dialog->open();
}

void ConsoleApp::openDetails(const QString &sessionId)
{
    if (!m_client)
        return;
    // One window per session: opening it again raises it.
    if (SessionDetailsWindow *open = m_detailsWindows.value(sessionId)) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *details = new SessionDetailsWindow(m_client, sessionId, {}, m_window.get());
    if (!m_window->sessionActions()->isWriteAllowed())
        details->setWriteRefusal(m_connections->writeAccess().reason);
    details->setAttribute(Qt::WA_DeleteOnClose);
    m_detailsWindows.insert(sessionId, details);
    connect(details, &QObject::destroyed, this, [this, sessionId] {
        m_detailsWindows.remove(sessionId);
        detailsClosed(sessionId);
    });
    connect(details, &SessionDetailsWindow::loaded, this, [this, details] { watchDetails(details); });
    connect(details, &SessionDetailsWindow::cancelRequested, m_cancel,
        [this](const QString &id) { m_cancel->cancelSessions({ id }); });
    connect(details, &SessionDetailsWindow::editOrderRequested, this, &ConsoleApp::openEditOrder);
    details->show();
}

void ConsoleApp::showChangedSession(const Core::Session &session)
{
    // Its transaction may have changed too (a cancel voids it): read it again when asked.
    m_transactionStatuses->forget(session.transactionId());
    m_window->updateSession(session);
    if (SessionDetailsWindow *details = m_detailsWindows.value(session.id()))
        details->showSession(session);
}

// The texts were MainWindow's and keep its translation context.
void ConsoleApp::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information,
        QCoreApplication::translate("Dintero::Ui::MainWindow", "About Dintero Checkout Sessions Console"),
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Dintero Checkout Sessions Console %1")
            .arg(QStringLiteral(CONSOLE_VERSION)),
        QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setInformativeText(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Browse, search and export Dintero Checkout sessions."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ConsoleApp::openJournal()
{
    if (!m_journalWindow) {
        m_journalWindow = new JournalWindow(*m_journal, m_window.get());
        m_journalWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_journalWindow->setWindowFlag(Qt::Window);
    }
    m_journalWindow->show();
    m_journalWindow->raise();
    m_journalWindow->activateWindow();
}

QString ConsoleApp::apiHost() const
{
    const QUrl baseUrl = m_client ? m_client->settings().baseUrl : QUrl();
    QString host = baseUrl.host();
    if (baseUrl.port() > 0)
        host += u':' + QString::number(baseUrl.port());
    return host;
}

void ConsoleApp::recordCancel(const Cancel::CancelResult &result, const QString &note)
{
    // A refused write means a read-only credential: remembered for the profile.
    if (result.kind == Cancel::CancelResult::Kind::Failed && result.httpStatus == 403)
        m_connections->noteWriteRefused();
    const Api::ConnectionSettings connection = m_client ? m_client->settings() : Api::ConnectionSettings();
    const Journal::AppendResult written = m_journal->append(result.journalEntry(connection.accountId, apiHost(), note));
    // What happened on the server stays true; the agent must know it is not on record.
    if (!written.ok)
        m_window->showStatusMessage(
            tr("The cancel of %1 could not be written to the journal: %2").arg(result.sessionId, written.errorString),
            20000);
    else if (!written.notice.isEmpty())
        m_window->showStatusMessage(written.notice, 15000);
}

void ConsoleApp::openPaymentLinkDialog()
{
    if (!m_client)
        return;
    PaymentLinkDialog::Defaults defaults;
    defaults.accountId = m_client->settings().accountId;
    defaults.loadedCurrencies = m_window->loadedCurrencies();
    defaults.knownStoreIds = m_settings->knownStoreIds() + m_window->loadedStoreIds();
    auto *dialog = new PaymentLinkDialog(m_client, *m_settings, defaults, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentLinkDialog::creationFinished, this, &ConsoleApp::recordPaymentLink);
    connect(dialog, &PaymentLinkDialog::linkCreated, this, &ConsoleApp::paymentLinkCreated);
    dialog->show();
}

void ConsoleApp::recordPaymentLink(const Journal::JournalEntry &entry)
{
    if (entry.httpStatus == 403)
        m_connections->noteWriteRefused();
    Journal::JournalEntry completed = entry;
    completed.accountId = m_client ? m_client->settings().accountId : QString();
    completed.apiHost = apiHost();
    const Journal::AppendResult written = m_journal->append(completed);
    if (!written.ok)
        m_window->showStatusMessage(tr("The payment link %1 could not be written to the journal: %2")
                                        .arg(entry.merchantReference, written.errorString),
            20000);
    else if (!written.notice.isEmpty())
        m_window->showStatusMessage(written.notice, 15000);
}

void ConsoleApp::paymentLinkCreated(const Core::Session &session, const QUrl &link)
{
    m_window->prependSession(session);
    trackCreatedLink(session, link);
    m_window->showStatusMessage(tr("Payment link created for %1.").arg(session.merchantReference()), 8000);
}

} // namespace Dintero::Ui

namespace Dintero::Ui {

void ConsoleApp::openNewSession()
{
    if (!m_client)
        return;
    auto *dialog = new NewSessionDialog(m_client, {}, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setKnownProfiles(m_usedProfiles);
    connect(dialog, &NewSessionDialog::writeFinished, this, &ConsoleApp::recordWrite);
    connect(dialog, &NewSessionDialog::sessionCreated, this, [this](const Core::Session &session, const QUrl &link) {
        m_window->prependSession(session);
        trackCreatedLink(session, link);
        const QString profile = session.metadata().value(QStringLiteral("session:profile_id")).toString();
        if (!profile.isEmpty() && !m_usedProfiles.contains(profile))
            m_usedProfiles.append(profile);
    });
    dialog->open();
}

void ConsoleApp::openEditOrder(const Core::Session &session)
{
    if (!m_client)
        return;
    QWidget *parent = m_detailsWindows.value(session.id());
    auto *dialog = new EditOrderDialog(m_client, session, parent ? parent : m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditOrderDialog::writeFinished, this, &ConsoleApp::recordWrite);
    connect(dialog, &EditOrderDialog::sessionUpdated, this, &ConsoleApp::showChangedSession);
    dialog->open();
}

void ConsoleApp::recordWrite(const Orders::SessionWrite *write)
{
    const QString accountId = m_client ? m_client->settings().accountId : QString();
    // A refused write means a read-only credential: remembered for the profile.
    if (write->error().kind() == Api::ApiError::Kind::Forbidden)
        m_connections->noteWriteRefused();
    const Journal::AppendResult written = m_journal->append(write->journalEntry(accountId, apiHost()));
    if (!written.ok)
        m_window->showStatusMessage(
            tr("The change to %1 could not be written to the journal: %2")
                .arg(write->sessionId().isEmpty() ? write->draft().merchantReference : write->sessionId(),
                    written.errorString),
            20000);
    else if (!written.notice.isEmpty())
        m_window->showStatusMessage(written.notice, 15000);
}

void ConsoleApp::openLinks()
{
    if (!m_linksWindow) {
        m_linksWindow = new LinksWindow(*m_linksModel, m_window.get());
        m_linksWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_linksWindow, &LinksWindow::openDetailsRequested, this, &ConsoleApp::openDetails);
    }
    m_linksWindow->show();
    m_linksWindow->raise();
    m_linksWindow->activateWindow();
}

void ConsoleApp::trackCreatedLink(const Core::Session &session, const QUrl &link)
{
    if (session.id().isEmpty())
        return;
    m_linksModel->addLink(session, link, true);
    m_linkWatch->watch(session.id(), session.createdAt());
}

Links::LinkWatch *ConsoleApp::linkWatch() const
{
    return m_linkWatch;
}

Links::LinksModel *ConsoleApp::linksModel() const
{
    return m_linksModel;
}

LinksWindow *ConsoleApp::linksWindow() const
{
    return m_linksWindow;
}

void ConsoleApp::watchDetails(SessionDetailsWindow *details)
{
    const std::optional<Core::Session> &session = details->session();
    if (!session || !session->isPaymentTokenSession() || m_linkWatch->isWatching(session->id()))
        return;
    // Only a link the customer may still use is worth watching.
    const Core::SessionStatus status = session->status(QDateTime::currentDateTimeUtc());
    if (status != Core::SessionStatus::Open && status != Core::SessionStatus::InProgress)
        return;
    m_linksModel->addLink(*session, {}, false); // the session does not carry its link
    m_linkWatch->watch(session->id(), session->createdAt());
}

void ConsoleApp::detailsClosed(const QString &sessionId)
{
    if (!m_linkWatch)
        return; // the console is closing
    const Links::LinksModel::Link *link = m_linksModel->link(sessionId);
    if (!link || link->createdThisRun)
        return;
    m_linkWatch->unwatch(sessionId);
    m_linksModel->removeLink(sessionId);
}

void ConsoleApp::linkCompleted(const Core::Session &session)
{
    m_window->updateSession(session);
    if (SessionDetailsWindow *details = m_detailsWindows.value(session.id()))
        details->showSession(session);
    const QString reference = session.merchantReference().isEmpty() ? session.id() : session.merchantReference();
    if (session.isPaymentTokenSession())
        notify(tr("Card saved"), tr("Card saved for %1").arg(reference));
    else
        notify(tr("Payment authorized"), tr("Payment authorized for %1").arg(reference));
}

void ConsoleApp::linkEnded(const QString &sessionId, Links::LinkEnd end, const QString &reason)
{
    const Links::LinksModel::Link *link = m_linksModel->link(sessionId);
    if (!link)
        return;
    const Core::Session session = link->session;
    m_window->updateSession(session);
    if (SessionDetailsWindow *details = m_detailsWindows.value(sessionId))
        details->showSession(session);
    const QString reference = session.merchantReference().isEmpty() ? sessionId : session.merchantReference();
    switch (end) {
    case Links::LinkEnd::Expired:
        notify(tr("Link expired"), tr("The payment link for %1 expired before it was used.").arg(reference));
        break;
    case Links::LinkEnd::Cancelled:
        notify(tr("Link cancelled"), tr("The payment link for %1 was cancelled.").arg(reference));
        break;
    case Links::LinkEnd::Failed:
        notify(tr("Payment failed"), tr("The payment for %1 failed.").arg(reference));
        break;
    case Links::LinkEnd::NotFound:
    case Links::LinkEnd::Completed:
        if (link->createdThisRun)
            m_window->showStatusMessage(tr("The link for %1 is no longer watched: %2").arg(reference, reason));
        break;
    }
}

void ConsoleApp::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_trayIcon) {
            m_trayIcon = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_trayIcon->setToolTip(QApplication::applicationDisplayName());
            m_trayIcon->show();
        }
        m_trayIcon->showMessage(title, text, QSystemTrayIcon::Information, 10000);
        return;
    }
    m_window->showStatusMessage(text, 15000);
}

} // namespace Dintero::Ui
