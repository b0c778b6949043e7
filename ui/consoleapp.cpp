#include "consoleapp.h"

#include "api/credentialstore.h"
#include "api/sessionclient.h"
#include "cancel/cancelcontroller.h"
#include "cancel/cancelrun.h"
#include "cancel/transactionstatuses.h"
#include "connection/connectiondialog.h"
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
namespace {

using Secret = Api::CredentialStore::Secret;
using Kind = Api::ConnectionSettings::CredentialKind;

Secret secretFor(Kind kind)
{
    switch (kind) {
    case Kind::ClientCredentials:
        return Secret::ClientSecret;
    case Kind::ApiKey:
        return Secret::ApiKey;
    case Kind::BearerToken:
        return Secret::BearerToken;
    }
    return Secret::ClientSecret;
}

QString secretOf(const Api::ConnectionSettings &connection)
{
    switch (connection.credentialKind) {
    case Kind::ClientCredentials:
        return connection.clientSecret;
    case Kind::ApiKey:
        return connection.apiKey;
    case Kind::BearerToken:
        return connection.bearerToken;
    }
    return {};
}

void setSecret(Api::ConnectionSettings &connection, const QString &secret)
{
    switch (connection.credentialKind) {
    case Kind::ClientCredentials:
        connection.clientSecret = secret;
        break;
    case Kind::ApiKey:
        connection.apiKey = secret;
        break;
    case Kind::BearerToken:
        connection.bearerToken = secret;
        break;
    }
}

} // namespace

void setUpApplication(QApplication &app)
{
    QApplication::setOrganizationName(QStringLiteral("Dintero Console"));
    QApplication::setApplicationName(QStringLiteral("dintero-console"));
    QApplication::setApplicationVersion(QStringLiteral(CONSOLE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("no.dintero.console"));

    QIcon icon;
    for (const int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/dintero-console-%1.png").arg(size));
    QApplication::setWindowIcon(icon);

    // Qt's own strings (dialog buttons), then ours; both follow the system locale.
    Core::installTranslators(app);
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
    return options;
}

ConsoleApp::ConsoleApp(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty() ? std::make_unique<Settings::ConsoleSettings>()
                                                  : std::make_unique<Settings::ConsoleSettings>(m_options.settingsFile))
    , m_credentials(new Api::CredentialStore(QStringLiteral("dintero-console"), this))
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
    delete m_client;
    stopDemo();
}

void ConsoleApp::start()
{
    // The demo sandbox seeds its sessions on a thread of its own while the window is
    // built, so that the first page can be asked for as soon as the window is up.
    if (m_options.demo)
        startDemo();
    m_window = std::make_unique<MainWindow>(*m_settings);
    connect(m_window.get(), &MainWindow::connectionDialogRequested, this, &ConsoleApp::openConnectionDialog);
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
    if (m_options.demo) {
        m_window->setConnectionProblem(tr("Starting the demo sandbox\u2026"),
            tr("Making up %n checkout session(s) to browse.", nullptr, m_options.sandbox.sessionCount), true);
    } else {
        connectStored();
    }
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

void ConsoleApp::startDemo()
{
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
        m_window->setConnectionProblem(tr("The demo sandbox did not start"), error);
        return;
    }
    m_sandbox = server;
    // So that dintero-sessions or curl can be pointed at the same data.
    std::fprintf(stderr, "Demo sandbox: %s\n", qPrintable(baseUrl.toString()));
    Api::ConnectionSettings connection;
    connection.baseUrl = baseUrl;
    connection.accountId = m_options.sandbox.accountId;
    connection.credentialKind = Kind::ClientCredentials;
    connection.clientId = QStringLiteral("demo");
    connection.clientSecret = QStringLiteral("demo-secret");
    connectTo(connection, tr("demo sandbox"));
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

void ConsoleApp::connectStored()
{
    if (!m_settings->hasConnection()) {
        m_window->setClient(nullptr);
        return;
    }
    const Api::ConnectionSettings stored = m_settings->connection();
    m_window->setConnectionProblem(tr("Connecting\u2026"),
        tr("Reading the secret for account %1 from the system keychain.").arg(stored.accountId), true);
    Api::CredentialRequest *request = m_credentials->load(stored.accountId, secretFor(stored.credentialKind));
    connect(request, &Api::CredentialRequest::finished, this, [this, request, stored] {
        if (!request->isOk()) {
            m_window->setConnectionProblem(tr("Could not read the secret for account %1").arg(stored.accountId),
                request->errorString() + QLatin1String("\n\n")
                    + tr("Enter it again under File \u2192 Connection\u2026"));
            return;
        }
        Api::ConnectionSettings connection = stored;
        setSecret(connection, request->value());
        if (const std::optional<QString> problem = connection.validationError()) {
            m_window->setConnectionProblem(tr("The stored connection cannot be used"), *problem);
            return;
        }
        connectTo(connection, {});
    });
}

void ConsoleApp::connectTo(const Api::ConnectionSettings &connection, const QString &note)
{
    Api::SessionClient *previous = m_client;
    m_client = new Api::SessionClient(connection, &m_network, this);
    Api::SessionClient *previousLinkClient = m_linkClient;
    m_linkClient = new Api::SessionClient(connection, &m_network, this);
    Api::SessionClient::RetryPolicy watchPolicy = m_linkClient->retryPolicy();
    watchPolicy.maxRetries = 0;
    m_linkClient->setRetryPolicy(watchPolicy);
    m_linkWatch->setClient(m_linkClient);
    if (previousLinkClient)
        previousLinkClient->deleteLater();
    m_window->setClient(m_client, note);
    if (m_cancel)
        m_cancel->setClient(m_client);
    if (m_transactionStatuses)
        m_transactionStatuses->setClient(m_client);
    // The details windows read through the client they were opened with.
    for (SessionDetailsWindow *details : std::as_const(m_detailsWindows)) {
        if (details)
            details->close();
    }
    if (!m_options.sessionId.isEmpty())
        openDetails(std::exchange(m_options.sessionId, QString()));
    if (previous)
        previous->deleteLater();
}

void ConsoleApp::applyNewConnection(const Api::ConnectionSettings &connection)
{
    m_settings->setConnection(connection);
    m_settings->sync();
    Api::CredentialRequest *request
        = m_credentials->save(connection.accountId, secretFor(connection.credentialKind), secretOf(connection));
    const QString account = connection.accountId;
    connect(request, &Api::CredentialRequest::finished, this, [this, request, account] {
        if (!request->isOk() && m_window) {
            // The connection works for this run; the agent must know it will not be remembered.
            m_window->statusBar()->showMessage(
                tr("The secret for %1 could not be stored in the keychain (%2); it is used until the console closes.")
                    .arg(account, request->errorString()),
                15000);
        }
    });
    connectTo(connection, {});
}

void ConsoleApp::openConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_client ? m_client->settings() : m_settings->connection(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->restoreGeometry(m_settings->connectionDialogGeometry());
    connect(dialog, &QDialog::finished, this,
        [this, dialog] { m_settings->setConnectionDialogGeometry(dialog->saveGeometry()); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyNewConnection(dialog->connection()); });
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
    if (write->error().kind() == Api::ApiError::Kind::Forbidden) {
        // This credential may only read: say so where the agent would try again.
        QAction *newSession = m_window->newSessionAction();
        newSession->setEnabled(false);
        newSession->setToolTip(
            tr("The connection's credential may not create sessions (Dintero answered 403); connect with one "
               "that may write."));
    }
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
