#include "cli/sessionformatter.h"

#include "core/money.h"
#include "core/sessioncsv.h"
#include "core/sessionstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

namespace Dintero::Cli {
namespace {

constexpr qsizetype MaxTextColumn = 32;

// Keeps free text (references, names) from stretching a table row beyond a terminal.
QString clipped(const QString &text)
{
    QString simplified = text.simplified();
    if (simplified.size() <= MaxTextColumn)
        return simplified;
    return simplified.left(MaxTextColumn - 1) + QChar(0x2026);
}

QString amountText(const Core::Session &session, const QLocale &locale)
{
    return session.hasAmount() ? Core::formatMoney(session.amount(), locale) : QString();
}

QString customerText(const Core::Session &session)
{
    if (const QString name = session.customerName(); !name.trimmed().isEmpty())
        return name;
    if (const QString email = session.customerEmail(); !email.isEmpty())
        return email;
    if (const QString phone = session.customerPhone(); !phone.isEmpty())
        return phone;
    return session.customerId();
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

QString SessionFormatter::localTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SessionFormatter::alignColumns(
    const QList<QStringList> &rows, const QList<bool> &rightAligned, QList<qsizetype> *knownWidths)
{
    QList<qsizetype> widths = knownWidths ? *knownWidths : QList<qsizetype>();
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths.at(column), row.at(column).size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            const bool right = column < rightAligned.size() && rightAligned.at(column);
            if (column > 0)
                line += QStringLiteral("  ");
            if (right)
                line += row.at(column).rightJustified(widths.at(column));
            else
                line += last ? row.at(column) : row.at(column).leftJustified(widths.at(column));
        }
        // Columns empty at the end of a row would leave trailing blanks.
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    if (knownWidths)
        *knownWidths = widths;
    return text;
}

QString SessionFormatter::table(const QList<Core::Session> &sessions, const QDateTime &now, const QLocale &locale)
{
    QList<QStringList> rows { tableHeader() };
    rows += tableRows(sessions, now, locale);
    return alignColumns(rows, tableRightAligned());
}

QStringList SessionFormatter::tableHeader()
{
    return { tr("Created"), tr("Status"), tr("Merchant ref"), tr("Customer"), tr("Amount"), tr("Store"), tr("Id") };
}

QList<QStringList> SessionFormatter::tableRows(
    const QList<Core::Session> &sessions, const QDateTime &now, const QLocale &locale)
{
    QList<QStringList> rows;
    rows.reserve(sessions.size());
    for (const Core::Session &session : sessions) {
        rows.append({
            localTime(session.createdAt()),
            Core::statusText(session.status(now)),
            clipped(session.merchantReference()),
            clipped(customerText(session)),
            amountText(session, locale),
            clipped(session.storeId()),
            session.id(),
        });
    }
    return rows;
}

QList<bool> SessionFormatter::tableRightAligned()
{
    return { false, false, false, false, true, false, false };
}

QByteArray SessionFormatter::jsonArray(const QList<Core::Session> &sessions)
{
    QJsonArray array;
    for (const Core::Session &session : sessions)
        array.append(session.json());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray SessionFormatter::jsonObject(const Core::Session &session)
{
    return QJsonDocument(session.json()).toJson(QJsonDocument::Indented);
}

QString SessionFormatter::csv(const QList<Core::Session> &sessions, const QDateTime &now)
{
    return Core::sessionCsvHeader() + csvRows(sessions, now);
}

QString SessionFormatter::csvRows(const QList<Core::Session> &sessions, const QDateTime &now)
{
    QString text;
    for (const Core::Session &session : sessions)
        text += Core::sessionCsvRow(session, now);
    return text;
}

QString SessionFormatter::details(const Core::Session &session, const QDateTime &now, const QLocale &locale)
{
    QList<QStringList> rows;
    auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({ label, value });
    };
    add(tr("Session"), session.id());
    add(tr("Status"), Core::statusText(session.status(now)));
    add(tr("Created"), localTime(session.createdAt()));
    add(tr("Updated"), localTime(session.updatedAt()));
    add(tr("Expires"), localTime(session.expiresAt()));
    if (session.cancelledAt().isValid()) {
        add(tr("Cancelled"),
            session.cancelledBy().isEmpty()
                ? localTime(session.cancelledAt())
                : tr("%1 by %2").arg(localTime(session.cancelledAt()), session.cancelledBy()));
    }
    add(tr("Merchant ref"), session.merchantReference());
    add(tr("Merchant ref 2"), session.merchantReference2());
    add(tr("Amount"), amountText(session, locale));
    if (session.hasVatAmount())
        add(tr("VAT"), Core::formatMoney(session.vatAmount(), locale));
    add(tr("Customer"), session.customerName());
    add(tr("E-mail"), session.customerEmail());
    add(tr("Phone"), session.customerPhone());
    add(tr("Customer id"), session.customerId());
    if (!session.storeId().isEmpty()) {
        add(tr("Store"),
            session.storeName().isEmpty() ? session.storeId()
                                          : tr("%1 (%2)").arg(session.storeId(), session.storeName()));
    }
    add(tr("Transaction"), session.transactionId());
    add(tr("Payment operation"), session.paymentOperation());
    add(tr("Return URL"), session.returnUrl().toString());
    add(tr("Callback URL"), session.callbackUrl().toString());
    QString text = alignColumns(rows);

    const QList<Core::SessionItem> items = session.items();
    if (!items.isEmpty()) {
        text += u'\n' + tr("Items") + u'\n';
        QList<QStringList> itemRows { { tr("Id"), tr("Description"), tr("Quantity"), tr("Amount"), tr("VAT") } };
        for (const Core::SessionItem &item : items) {
            itemRows.append({
                item.id,
                item.description,
                locale.toString(item.quantity, 'g', 12),
                Core::formatMoney(Core::Money { item.amount, session.amount().currency }, locale),
                tr("%1 %").arg(locale.toString(item.vat, 'g', 6)),
            });
        }
        for (const QString &line :
            alignColumns(itemRows, { false, false, true, true, true }).split(u'\n', Qt::SkipEmptyParts))
            text += QStringLiteral("  ") + line + u'\n';
    }

    const QList<Core::SessionEvent> events = session.events();
    if (!events.isEmpty()) {
        text += u'\n' + tr("Events") + u'\n';
        QList<QStringList> eventRows;
        for (const Core::SessionEvent &event : events) {
            QStringList notes;
            for (const char *key : { "payment_product_type", "amount", "error" }) {
                const QJsonValue value = event.details.value(QLatin1String(key));
                if (!value.isUndefined() && !value.isNull())
                    notes.append(QLatin1String(key) + u'=' + jsonText(value));
            }
            eventRows.append({ localTime(event.createdAt), event.name, notes.join(QStringLiteral(", ")) });
        }
        for (const QString &line : alignColumns(eventRows).split(u'\n', Qt::SkipEmptyParts))
            text += QStringLiteral("  ") + line + u'\n';
    }
    return text;
}

} // namespace Dintero::Cli
