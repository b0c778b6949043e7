#include "journal/journalcsv.h"

#include "core/sessioncsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace Dintero::Journal {

namespace {

QString csvLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += Core::csvCell(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    return line;
}

} // namespace

QStringList journalCsvColumns()
{
    return {
        QStringLiteral("time"),
        QStringLiteral("account_id"),
        QStringLiteral("api_host"),
        QStringLiteral("operation"),
        QStringLiteral("session_id"),
        QStringLiteral("merchant_reference"),
        QStringLiteral("amount"),
        QStringLiteral("currency"),
        QStringLiteral("result"),
        QStringLiteral("http_status"),
        QStringLiteral("error"),
        QStringLiteral("note"),
    };
}

QString journalCsvHeader()
{
    return csvLine(journalCsvColumns());
}

QString journalCsvRow(const JournalEntry &entry)
{
    return csvLine({
        Core::csvTimestamp(entry.time),
        entry.accountId,
        entry.apiHost,
        operationKey(entry.operation),
        entry.sessionId,
        entry.merchantReference,
        entry.amount.currency.isEmpty() && entry.amount.minorUnits == 0 ? QString() : Core::csvAmount(entry.amount),
        entry.amount.currency,
        outcomeKey(entry.result),
        entry.httpStatus == 0 ? QString() : QString::number(entry.httpStatus),
        entry.error,
        entry.note,
    });
}

bool writeJournalCsv(const QString &fileName, const QList<JournalEntry> &entries, QString *error)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        QByteArray bytes("\xEF\xBB\xBF");
        bytes += journalCsvHeader().toUtf8();
        for (const JournalEntry &entry : entries)
            bytes += journalCsvRow(entry).toUtf8();
        if (file.write(bytes) == bytes.size() && file.commit())
            return true;
    }
    if (error) {
        *error = QCoreApplication::translate("Dintero::Journal::Csv", "The journal could not be exported to %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return false;
}

} // namespace Dintero::Journal
