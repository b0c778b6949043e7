#pragma once

#include "journal/journalentry.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Dintero::Journal {

// The journal as CSV, in the project's one CSV dialect (core/sessioncsv.h: RFC 4180, CRLF,
// UTC times with milliseconds, amounts in major units, formula-safe cells). Column names
// are the file format's keys and are never translated.
QStringList journalCsvColumns();
QString journalCsvHeader();
QString journalCsvRow(const JournalEntry &entry);

// Writes the header and the entries, after a UTF-8 byte order mark for spreadsheets,
// through QSaveFile (complete or not at all). False and a translated *error on failure.
bool writeJournalCsv(const QString &fileName, const QList<JournalEntry> &entries, QString *error);

} // namespace Dintero::Journal
