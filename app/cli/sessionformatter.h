#pragma once

#include "core/session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace Dintero::Cli {

// Renders sessions for the command line: aligned tables and a key/value view for a
// person at a terminal, JSON and CSV for programs. Stateless; `now` decides the derived
// status (expired or not) and `locale` the amounts of the human-readable forms.
class SessionFormatter
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Cli::SessionFormatter)

public:
    // created, status, merchant ref, customer, amount, store, id; one line each.
    static QString table(const QList<Core::Session> &sessions, const QDateTime &now, const QLocale &locale);
    // The pieces of table() for writing it page by page: the header's cells, each
    // session's cells, and which columns are right-aligned.
    static QStringList tableHeader();
    static QList<QStringList> tableRows(
        const QList<Core::Session> &sessions, const QDateTime &now, const QLocale &locale);
    static QList<bool> tableRightAligned();
    // One array of the session objects exactly as the API sent them.
    static QByteArray jsonArray(const QList<Core::Session> &sessions);
    // The session object exactly as the API sent it.
    static QByteArray jsonObject(const Core::Session &session);
    // The header line, then one line per session, in the layout of Core::sessionCsvRow()
    // (the same as the main window's export, without its byte order mark).
    static QString csv(const QList<Core::Session> &sessions, const QDateTime &now);
    // csv() without the header line.
    static QString csvRows(const QList<Core::Session> &sessions, const QDateTime &now);
    // A readable key/value view of one session: status, amounts, items and events.
    static QString details(const Core::Session &session, const QDateTime &now, const QLocale &locale);

    // Lines of cells padded to each column's widest cell; rightAligned columns pad left.
    // With `widths`, columns are at least that wide and *widths grows to the widest cell
    // (so that a table written in parts keeps its columns).
    static QString alignColumns(
        const QList<QStringList> &rows, const QList<bool> &rightAligned = {}, QList<qsizetype> *widths = nullptr);

    // "2025-03-04 10:12" in local time; empty for an invalid time.
    static QString localTime(const QDateTime &time);
};

} // namespace Dintero::Cli
