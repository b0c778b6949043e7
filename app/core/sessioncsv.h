#pragma once

#include <QString>
#include <QStringList>

class QDateTime;

namespace Dintero::Core {

class Session;
struct Money;

// The one CSV layout of sessions, shared by `dintero-sessions list --format csv` and the
// main window's export, so that both give a program the same columns and values:
// RFC 4180 with CRLF line ends, times in UTC ISO 8601 with milliseconds, amounts as plain
// decimals in major units, and cells a spreadsheet would run as a formula defused.

// The column names, in order. An interface for other programs: never translated.
QStringList sessionCsvColumns();
// The header line, ending in CRLF.
QString sessionCsvHeader();
// One line (ending in CRLF) of a session; `now` decides the derived status.
QString sessionCsvRow(const Session &session, const QDateTime &now);

// One cell: prefixed with an apostrophe when it starts with =, @, a tab, a CR, or a +/-
// that is not followed by a digit (so "+4791234567" and "-12.50" stay as they are), then
// quoted when it holds a comma, quote, CR or LF.
QString csvCell(const QString &text);
// "2025-03-04T09:12:31.412Z"; empty for an invalid time.
QString csvTimestamp(const QDateTime &time);
// "299.90" for 29990 NOK, "1500" for 1500 JPY: major units with '.', as many decimals as
// the currency has (minorUnitDigits()). Exact for any qint64.
QString csvAmount(const Money &money);

} // namespace Dintero::Core
