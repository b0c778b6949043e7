#include "core/sessioncsv.h"

#include "core/money.h"
#include "core/session.h"
#include "core/sessionstatus.h"

#include <QDateTime>

#include <iterator>

namespace Dintero::Core {

QStringList sessionCsvColumns()
{
    return {
        QStringLiteral("created_at"),
        QStringLiteral("status"),
        QStringLiteral("merchant_reference"),
        QStringLiteral("merchant_reference_2"),
        QStringLiteral("customer_name"),
        QStringLiteral("customer_email"),
        QStringLiteral("customer_phone"),
        QStringLiteral("amount"),
        QStringLiteral("currency"),
        QStringLiteral("store_id"),
        QStringLiteral("store_name"),
        QStringLiteral("transaction_id"),
        QStringLiteral("session_id"),
        QStringLiteral("expires_at"),
        QStringLiteral("cancelled_at"),
    };
}

QString sessionCsvHeader()
{
    return sessionCsvColumns().join(u',') + QStringLiteral("\r\n");
}

QString sessionCsvRow(const Session &session, const QDateTime &now)
{
    const Money amount = session.amount();
    const QString cells[] = {
        csvTimestamp(session.createdAt()),
        statusKey(session.status(now)),
        session.merchantReference(),
        session.merchantReference2(),
        session.customerName(),
        session.customerEmail(),
        session.customerPhone(),
        session.hasAmount() ? csvAmount(amount) : QString(),
        amount.currency,
        session.storeId(),
        session.storeName(),
        session.transactionId(),
        session.id(),
        csvTimestamp(session.expiresAt()),
        csvTimestamp(session.cancelledAt()),
    };
    QString line;
    for (qsizetype i = 0; i < qsizetype(std::size(cells)); ++i) {
        if (i > 0)
            line += u',';
        line += csvCell(cells[i]);
    }
    line += QStringLiteral("\r\n");
    return line;
}

QString csvCell(const QString &text)
{
    QString cell = text;
    // A leading =, +, -, @ (or a tab or carriage return) makes spreadsheet programs
    // evaluate the cell. The apostrophe, which spreadsheets hide, keeps it text. A sign
    // before a digit is a phone number or a negative amount and stays untouched.
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r'
            || ((first == u'+' || first == u'-') && cell.size() > 1 && !cell.at(1).isDigit()))
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QString csvTimestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString csvAmount(const Money &money)
{
    const int digits = minorUnitDigits(money.currency);
    const bool negative = money.minorUnits < 0;
    // Unsigned, so that the magnitude of the smallest qint64 does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(money.minorUnits) : quint64(money.minorUnits);
    QString text = QString::number(magnitude).rightJustified(digits + 1, u'0');
    if (digits > 0)
        text.insert(text.size() - digits, u'.');
    return negative ? u'-' + text : text;
}

} // namespace Dintero::Core
