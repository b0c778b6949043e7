#include "models/sessionsviewstate.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include <limits>

using namespace Dintero;
using Models::SessionsViewInput;
using Models::SessionsViewState;
using LoadState = Models::SessionTableModel::LoadState;
using Action = SessionsViewState::Action;
using Placement = SessionsViewState::Placement;
using Tone = SessionsViewState::Tone;

Q_DECLARE_METATYPE(SessionsViewInput)
Q_DECLARE_METATYPE(SessionsViewState)

namespace {

// Marks every text it is asked for, and notes the contexts: the overlay's texts must stay
// in MainWindow's context for its catalogue to apply.
class MarkingTranslator final : public QTranslator
{
public:
    QStringList contexts;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int n) const override
    {
        const_cast<MarkingTranslator *>(this)->contexts.append(QString::fromLatin1(context));
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QLatin1String("nb:") + text;
    }
};

SessionsViewInput connectedInput(LoadState state, int shown, int loaded)
{
    SessionsViewInput input;
    input.connected = true;
    input.hasStarted = true;
    input.loadState = state;
    input.shown = shown;
    input.loaded = loaded;
    input.criteriaEmpty = false;
    return input;
}

SessionsViewState shownState(const QString &title, const QString &text, const QString &buttonText, Action action)
{
    SessionsViewState state;
    state.visible = true;
    state.title = title;
    state.text = text;
    state.buttonText = buttonText;
    state.action = action;
    return state;
}

SessionsViewState loading(const QString &title, const QString &text, Placement placement = Placement::Cover)
{
    SessionsViewState state = shownState(title, text, QStringLiteral("Stop"), Action::StopLoading);
    state.busy = true;
    state.placement = placement;
    return state;
}

SessionsViewState failed(const QString &title, Placement placement = Placement::Cover)
{
    SessionsViewState state
        = shownState(title, QStringLiteral("The server did not answer."), QStringLiteral("Retry"), Action::Retry);
    state.tone = Tone::Error;
    state.placement = placement;
    return state;
}

} // namespace

class SessionsViewStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void decides_data()
    {
        QTest::addColumn<SessionsViewInput>("input");
        QTest::addColumn<SessionsViewState>("expected");

        SessionsViewInput input;
        QTest::newRow("no connection set up") << input
                                              << shownState(QStringLiteral("No connection set up"),
                                                     QStringLiteral("To browse checkout sessions, enter your Dintero "
                                                                    "account ID and API client under File \u2192 "
                                                                    "Connection\u2026\n\nTo look around first, start "
                                                                    "the console with --demo: it runs a local sandbox "
                                                                    "with made-up sessions."),
                                                     QStringLiteral("Set Up Connection\u2026"), Action::Connect);

        input.problemTitle = QStringLiteral("Reading the secret\u2026");
        input.problemText = QStringLiteral("From the keychain.");
        input.problemBusy = true;
        SessionsViewState busyProblem = shownState(input.problemTitle, input.problemText, QString(), Action::None);
        busyProblem.busy = true;
        QTest::newRow("connection problem, busy") << input << busyProblem;

        input.problemBusy = false;
        SessionsViewState problem = shownState(
            input.problemTitle, input.problemText, QStringLiteral("Set Up Connection\u2026"), Action::Connect);
        problem.tone = Tone::Error;
        QTest::newRow("connection problem") << input << problem;

        // A problem left over does not matter once connected.
        input = connectedInput(LoadState::Loading, 0, 0);
        input.problemTitle = QStringLiteral("Stale");
        QTest::newRow("first page") << input
                                    << loading(QStringLiteral("Loading sessions\u2026"),
                                           QStringLiteral("Waiting for the first page of sessions."));

        input = connectedInput(LoadState::LoadingAll, 0, 40);
        QTest::newRow("loading, all hidden so far")
            << input
            << loading(QStringLiteral("Loading sessions\u2026"), QStringLiteral("40 session(s) loaded so far"));

        input = connectedInput(LoadState::Loading, 60, 60);
        input.refreshing = true;
        input.refreshTarget = 60;
        input.refreshedCount = 20;
        QTest::newRow("refreshing") << input
                                    << loading(QStringLiteral("Refreshing\u2026"),
                                           QStringLiteral("20 of 60 session(s) reloaded"), Placement::Bottom);

        input.loadState = LoadState::LoadingAll;
        input.refreshTarget = std::numeric_limits<int>::max();
        input.refreshedCount = 120;
        QTest::newRow("refreshing everything")
            << input
            << loading(QStringLiteral("Refreshing\u2026"), QStringLiteral("120 session(s) reloaded so far"),
                   Placement::Bottom);

        input = connectedInput(LoadState::Loading, 30, 40);
        QTest::newRow("loading more") << input
                                      << loading(QStringLiteral("Loading more sessions\u2026"),
                                             QStringLiteral("40 loaded so far"), Placement::Bottom);

        input.loadState = LoadState::LoadingAll;
        QTest::newRow("loading all") << input
                                     << loading(QStringLiteral("Loading all sessions\u2026"),
                                            QStringLiteral("40 loaded so far"), Placement::Bottom);

        input = connectedInput(LoadState::Failed, 0, 0);
        input.lastErrorMessage = QStringLiteral("The server did not answer.");
        QTest::newRow("failed") << input << failed(QStringLiteral("Could not load sessions"));

        input.shown = 20;
        input.loaded = 20;
        QTest::newRow("failed, more") << input
                                      << failed(QStringLiteral("Could not load more sessions"), Placement::Bottom);

        input.refreshing = true;
        QTest::newRow("failed, refresh") << input
                                         << failed(QStringLiteral("Could not refresh the sessions"), Placement::Bottom);

        input = connectedInput(LoadState::Idle, 0, 0);
        input.hasStarted = false;
        QTest::newRow("not started") << input << SessionsViewState();

        input = connectedInput(LoadState::Idle, 5, 50);
        input.hasMore = true;
        QTest::newRow("rows shown") << input << SessionsViewState();

        input.shown = 0;
        QTest::newRow("all hidden, more on the server")
            << input
            << shownState(QStringLiteral("No loaded sessions have the selected statuses"),
                   QStringLiteral("50 session(s) loaded; the server has more."), QStringLiteral("Load More"),
                   Action::LoadMore);

        input = connectedInput(LoadState::Idle, 0, 0);
        input.criteriaEmpty = true;
        QTest::newRow("empty account") << input
                                       << shownState(QStringLiteral("No sessions match these filters"),
                                              QStringLiteral("This account has no checkout sessions yet."), QString(),
                                              Action::None);

        input.criteriaEmpty = false;
        QTest::newRow("nothing matches") << input
                                         << shownState(QStringLiteral("No sessions match these filters"),
                                                QStringLiteral("Try a wider date range or fewer filters."),
                                                QStringLiteral("Clear Filters"), Action::ClearFilters);

        input.loaded = 7;
        QTest::newRow("all loaded hidden") << input
                                           << shownState(QStringLiteral("No sessions match these filters"),
                                                  QStringLiteral("7 loaded session(s) have other statuses."),
                                                  QStringLiteral("Clear Filters"), Action::ClearFilters);
    }

    void decides()
    {
        QFETCH(SessionsViewInput, input);
        QFETCH(SessionsViewState, expected);

        const SessionsViewState state = Models::sessionsViewState(input);

        QCOMPARE(state.visible, expected.visible);
        QCOMPARE(state.title, expected.title);
        QCOMPARE(state.text, expected.text);
        QCOMPARE(state.busy, expected.busy);
        QCOMPARE(state.tone, expected.tone);
        QCOMPARE(state.placement, expected.placement);
        QCOMPARE(state.buttonText, expected.buttonText);
        QCOMPARE(state.action, expected.action);
        QVERIFY(state == expected);
    }

    void texts_areTranslatedInMainWindowsContext()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        SessionsViewInput input = connectedInput(LoadState::Idle, 0, 7);
        const SessionsViewState nothing = Models::sessionsViewState(input);
        input.connected = false;
        const SessionsViewState disconnected = Models::sessionsViewState(input);
        QCoreApplication::removeTranslator(&translator);

        QCOMPARE(nothing.title, QStringLiteral("nb:No sessions match these filters"));
        QCOMPARE(nothing.text, QStringLiteral("nb:7 loaded session(s) have other statuses."));
        QCOMPARE(nothing.buttonText, QStringLiteral("nb:Clear Filters"));
        QCOMPARE(disconnected.buttonText, QStringLiteral("nb:Set Up Connection\u2026"));
        QVERIFY(!translator.contexts.isEmpty());
        for (const QString &context : std::as_const(translator.contexts))
            QCOMPARE(context, QStringLiteral("Dintero::Ui::MainWindow"));
    }
};

QTEST_GUILESS_MAIN(SessionsViewStateTest)
#include "sessionsviewstate_test.moc"
