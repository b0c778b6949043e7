#pragma once

#include "models/sessiontablemodel.h"

#include <QString>

namespace Dintero::Models {

// What the sessions view's overlay decides from: the connection, the load and the counts.
struct SessionsViewInput
{
    bool connected = false;
    // Why there is no connection (e.g. the keychain is being read); empty: none set up.
    QString problemTitle;
    QString problemText;
    bool problemBusy = false;
    SessionTableModel::LoadState loadState = SessionTableModel::LoadState::Idle;
    int shown = 0; // rows the status filter lets through
    int loaded = 0;
    bool hasStarted = false;
    bool hasMore = false;
    bool refreshing = false;
    int refreshedCount = 0;
    int refreshTarget = 0; // INT_MAX: every page (a refresh during Load All)
    bool criteriaEmpty = true;
    QString lastErrorMessage;
};

// What the overlay over the sessions table shows, and what its button does.
struct SessionsViewState
{
    enum class Tone {
        Neutral,
        Error,
    };
    enum class Placement {
        Cover, // in place of the table
        Bottom, // a strip under rows that stay visible
    };
    enum class Action {
        None,
        Connect,
        ClearFilters,
        Retry,
        StopLoading,
        LoadMore,
    };

    bool visible = false;
    QString title;
    QString text;
    bool busy = false;
    Tone tone = Tone::Neutral;
    Placement placement = Placement::Cover;
    QString buttonText; // no button when empty
    Action action = Action::None;

    friend bool operator==(const SessionsViewState &, const SessionsViewState &) = default;
};

// The overlay for `input`. The texts are MainWindow's (its translation context), so that
// its catalogue still applies.
SessionsViewState sessionsViewState(const SessionsViewInput &input);

} // namespace Dintero::Models
