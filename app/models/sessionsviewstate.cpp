#include "models/sessionsviewstate.h"

#include <QCoreApplication>
#include <QLocale>

#include <limits>

// The window shows these texts: they keep its translation context (lupdate needs the
// context spelled out in each call).

namespace Dintero::Models {
namespace {

SessionsViewState disconnectedState(const SessionsViewInput &input)
{
    SessionsViewState state;
    state.visible = true;
    if (!input.problemTitle.isEmpty()) {
        state.title = input.problemTitle;
        state.text = input.problemText;
        state.busy = input.problemBusy;
        state.tone = input.problemBusy ? SessionsViewState::Tone::Neutral : SessionsViewState::Tone::Error;
    } else {
        state.title = QCoreApplication::translate("Dintero::Ui::MainWindow", "No connection set up");
        state.text = QCoreApplication::translate("Dintero::Ui::MainWindow",
            "To browse checkout sessions, enter your Dintero account ID and API client under "
            "File \u2192 Connection\u2026\n\nTo look around first, start the console with --demo: "
            "it runs a local sandbox with made-up sessions.");
    }
    if (!state.busy) {
        state.buttonText = QCoreApplication::translate("Dintero::Ui::MainWindow", "Set Up Connection\u2026");
        state.action = SessionsViewState::Action::Connect;
    }
    return state;
}

} // namespace

SessionsViewState sessionsViewState(const SessionsViewInput &input)
{
    if (!input.connected)
        return disconnectedState(input);

    using LoadState = SessionTableModel::LoadState;
    SessionsViewState state;
    state.visible = true;
    switch (input.loadState) {
    case LoadState::Loading:
    case LoadState::LoadingAll:
        state.busy = true;
        state.buttonText = QCoreApplication::translate("Dintero::Ui::MainWindow", "Stop");
        state.action = SessionsViewState::Action::StopLoading;
        if (input.shown == 0) {
            state.title = QCoreApplication::translate("Dintero::Ui::MainWindow", "Loading sessions\u2026");
            state.text = input.loaded > 0
                ? QCoreApplication::translate(
                    "Dintero::Ui::MainWindow", "%n session(s) loaded so far", nullptr, input.loaded)
                : QCoreApplication::translate("Dintero::Ui::MainWindow", "Waiting for the first page of sessions.");
        } else if (input.refreshing) {
            // The rows shown stay until the refresh has reloaded as many.
            state.placement = SessionsViewState::Placement::Bottom;
            state.title = QCoreApplication::translate("Dintero::Ui::MainWindow", "Refreshing\u2026");
            state.text = input.refreshTarget < std::numeric_limits<int>::max()
                ? QCoreApplication::translate(
                    "Dintero::Ui::MainWindow", "%1 of %n session(s) reloaded", nullptr, input.refreshTarget)
                      .arg(QLocale().toString(input.refreshedCount))
                : QCoreApplication::translate(
                    "Dintero::Ui::MainWindow", "%n session(s) reloaded so far", nullptr, input.refreshedCount);
        } else {
            state.placement = SessionsViewState::Placement::Bottom;
            state.title = input.loadState == LoadState::LoadingAll
                ? QCoreApplication::translate("Dintero::Ui::MainWindow", "Loading all sessions\u2026")
                : QCoreApplication::translate("Dintero::Ui::MainWindow", "Loading more sessions\u2026");
            state.text
                = QCoreApplication::translate("Dintero::Ui::MainWindow", "%n loaded so far", nullptr, input.loaded);
        }
        break;
    case LoadState::Failed:
        state.tone = SessionsViewState::Tone::Error;
        state.text = input.lastErrorMessage;
        state.buttonText = QCoreApplication::translate("Dintero::Ui::MainWindow", "Retry");
        state.action = SessionsViewState::Action::Retry;
        if (input.shown == 0) {
            state.title = QCoreApplication::translate("Dintero::Ui::MainWindow", "Could not load sessions");
        } else {
            state.placement = SessionsViewState::Placement::Bottom;
            state.title = input.refreshing
                ? QCoreApplication::translate("Dintero::Ui::MainWindow", "Could not refresh the sessions")
                : QCoreApplication::translate("Dintero::Ui::MainWindow", "Could not load more sessions");
        }
        break;
    case LoadState::Idle:
        if (!input.hasStarted || input.shown > 0)
            return {};
        if (input.hasMore) {
            // Every loaded row has a status the filter hides; more pages may have some.
            state.title = QCoreApplication::translate(
                "Dintero::Ui::MainWindow", "No loaded sessions have the selected statuses");
            state.text = QCoreApplication::translate(
                "Dintero::Ui::MainWindow", "%n session(s) loaded; the server has more.", nullptr, input.loaded);
            state.buttonText = QCoreApplication::translate("Dintero::Ui::MainWindow", "Load More");
            state.action = SessionsViewState::Action::LoadMore;
            break;
        }
        state.title = QCoreApplication::translate("Dintero::Ui::MainWindow", "No sessions match these filters");
        if (input.criteriaEmpty) {
            state.text
                = QCoreApplication::translate("Dintero::Ui::MainWindow", "This account has no checkout sessions yet.");
        } else {
            state.text = input.loaded > 0
                ? QCoreApplication::translate(
                    "Dintero::Ui::MainWindow", "%n loaded session(s) have other statuses.", nullptr, input.loaded)
                : QCoreApplication::translate("Dintero::Ui::MainWindow", "Try a wider date range or fewer filters.");
            state.buttonText = QCoreApplication::translate("Dintero::Ui::MainWindow", "Clear Filters");
            state.action = SessionsViewState::Action::ClearFilters;
        }
        break;
    }
    return state;
}

} // namespace Dintero::Models
