#pragma once

#include "api/sessionclient.h"
#include "consoleapp.h"
#include "core/translations.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "windowlookup.h"

#include <QApplication>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace Dintero::Testing {

// The whole console as `--demo` starts it (ConsoleApp, its window and its in-process
// sandbox over real HTTP), in English, with settings and journal in a temporary folder:
// for widget tests that go through the window's own actions and dialogs.
class DemoConsole
{
public:
    explicit DemoConsole(int sessionCount)
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("dintero-console-tests"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        Core::installTranslators(*qApp, QLocale());
        Ui::ConsoleOptions options;
        options.demo = true;
        options.sandbox.sessionCount = sessionCount;
        options.settingsFile = m_directory.filePath(QStringLiteral("settings.ini"));
        m_console = std::make_unique<Ui::ConsoleApp>(options);
        m_console->start();
    }

    // Whether the window is shown with its first page of rows, loading finished.
    bool showsFirstRows(int timeoutMs = 15000) const
    {
        if (!QTest::qWaitForWindowExposed(window()))
            return false;
        return QTest::qWaitFor([this] { return model()->rowCount() > 0 && !model()->isLoading(); }, timeoutMs);
    }

    Ui::ConsoleApp &console() const { return *m_console; }
    Ui::MainWindow *window() const { return m_console->mainWindow(); }
    Models::SessionTableModel *model() const { return sessionModelOf(window()); }
    QString filePath(const QString &name) const { return m_directory.filePath(name); }

    QList<Journal::JournalEntry> journal() const
    {
        return Journal::Journal(filePath(QStringLiteral("journal.jsonl"))).read().entries;
    }

    // What the sandbox received (GET /_sandbox/stats): by operation, and by session.
    QJsonObject sandboxStats() const
    {
        QUrl stats = m_console->client()->settings().baseUrl;
        stats.setPath(QStringLiteral("/_sandbox/stats"));
        return HttpClient().send("GET", stats).object();
    }
    int operationCount(const QString &operation) const
    {
        return sandboxStats().value(QStringLiteral("operations")).toObject().value(operation).toInt();
    }
    int operationCount(const QString &sessionId, const QString &operation) const
    {
        return sandboxStats()
            .value(QStringLiteral("sessions"))
            .toObject()
            .value(sessionId)
            .toObject()
            .value(operation)
            .toInt();
    }

    // With the environment variable `directoryVariable` set to a folder, saves the
    // widget's window there as NAME.png, laid out as a person would see it.
    static void shoot(const char *directoryVariable, QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable(directoryVariable);
        if (directory.isEmpty())
            return;
        QTest::qWait(20); // pending layout requests and resizes settle
        widget->window()->grab().save(directory + u'/' + name + QStringLiteral(".png"));
    }

private:
    QTemporaryDir m_directory;
    std::unique_ptr<Ui::ConsoleApp> m_console;
};

} // namespace Dintero::Testing
