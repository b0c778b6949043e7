// Renders the main window's states to PNG files so that a person can look at them:
// ui_screenshots OUTPUT_DIR. Not a test; run it under xvfb-run for the real platform.

#include "sessions/sessionsview.h"
#include "uitesthelpers.h"
#include "widgets/lineedit.h"
#include "widgets/stateoverlay.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Dintero;
namespace DUi = Dintero::Ui;

namespace {

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 20000);
}

void save(QWidget *window, const QString &directory, const QString &state, const QSize &size)
{
    QTest::qWait(150); // let the busy bars and the layout settle
    const QString file
        = QDir(directory).filePath(QStringLiteral("%1-%2x%3.png").arg(state).arg(size.width()).arg(size.height()));
    window->grab().save(file);
    qInfo("wrote %s", qPrintable(file));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/shots");
    QDir().mkpath(directory);

    for (const QSize size : { QSize(1280, 800), QSize(1920, 1080) }) {
        {
            // Not configured.
            Testing::WindowHarness h;
            h.window->resize(size);
            h.window->show();
            h.window->setClient(nullptr);
            save(h.window.get(), directory, QStringLiteral("not-configured"), size);
        }
        {
            // Loading the first page, then filled, loading more, error with rows.
            Sandbox::SandboxOptions options = Testing::SandboxFixture::smallOptions();
            options.sessionCount = 600;
            options.latencyMs = 1500;
            Testing::WindowHarness h(options);
            h.window->resize(size);
            h.window->show();
            h.connect();
            QTest::qWait(400);
            save(h.window.get(), directory, QStringLiteral("loading"), size);
            waitFor([&h] { return h.idle(); });
            save(h.window.get(), directory, QStringLiteral("filled"), size);
            h.view()->selectRow(2);
            h.view()->scrollToBottom();
            QTest::qWait(400);
            save(h.window.get(), directory, QStringLiteral("loading-more"), size);
            waitFor([&h] { return h.idle(); });
            h.window->findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
            QTest::qWait(400);
            save(h.window.get(), directory, QStringLiteral("refreshing"), size);
            waitFor([&h] { return h.idle(); });
            h.fixture.queueFault(QStringLiteral("500"), 4, QStringLiteral("list_sessions"));
            h.view()->scrollToBottom();
            waitFor([&h] { return h.model()->loadState() == Models::SessionTableModel::LoadState::Failed; });
            save(h.window.get(), directory, QStringLiteral("error-with-rows"), size);
        }
        {
            // Error before any row.
            Testing::WindowHarness h;
            h.window->resize(size);
            h.window->show();
            h.fixture.queueFault(QStringLiteral("500"), 4, QStringLiteral("list_sessions"));
            h.connect();
            waitFor([&h] { return h.model()->loadState() == Models::SessionTableModel::LoadState::Failed; });
            save(h.window.get(), directory, QStringLiteral("error"), size);
        }
        {
            // Empty result.
            Testing::WindowHarness h;
            h.window->resize(size);
            h.window->show();
            h.connect();
            waitFor([&h] { return h.idle(); });
            auto *search = h.window->findChild<DUi::LineEdit *>(QStringLiteral("searchEdit"));
            search->setText(QStringLiteral("Nobody Withthisname"));
            search->flush();
            waitFor([&h] { return h.idle(); });
            save(h.window.get(), directory, QStringLiteral("empty"), size);
        }
    }
    return 0;
}
