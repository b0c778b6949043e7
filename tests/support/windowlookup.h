#pragma once

#include "models/sessionfilterproxymodel.h"
#include "models/sessiontablemodel.h"
#include "sessions/sessionactions.h"
#include "sessions/sessionsview.h"

#include <QObject>
#include <QWidget>

namespace Dintero::Testing {

// A child widget, action or menu by object name; warns (and gives nullptr) when it is missing.
template <typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

// What a test needs of a main window, found the way a person would: the table by its
// object name, its model through the table, the session actions through the window.
inline Ui::SessionsView *sessionsViewOf(const QWidget *window)
{
    return window->findChild<Ui::SessionsView *>(QStringLiteral("sessionsView"));
}

inline Models::SessionFilterProxyModel *proxyModelOf(const QWidget *window)
{
    return qobject_cast<Models::SessionFilterProxyModel *>(sessionsViewOf(window)->model());
}

inline Models::SessionTableModel *sessionModelOf(const QWidget *window)
{
    return qobject_cast<Models::SessionTableModel *>(proxyModelOf(window)->sourceModel());
}

inline Ui::SessionActions *sessionActionsOf(const QWidget *window)
{
    return window->findChild<Ui::SessionActions *>();
}

} // namespace Dintero::Testing
