#pragma once

#include "core/money.h"
#include "core/session.h"
#include "core/sessionstatus.h"
#include "core/transaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <cstddef>
#include <cstdint>

// What every fuzz target shares: the input as bytes, and reading every accessor of a
// parsed value so that lazily decoded fields are decoded too (a parser bug that only
// shows when a field is read must be reached).

namespace Dintero::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Keeps the optimiser from dropping reads whose result is otherwise unused.
inline void consume(qsizetype value)
{
    static volatile qsizetype sink = 0;
    sink = sink + value;
}

// A quantity is any JSON number (7.7e108 was found): converted only where it fits.
inline qint64 wholeQuantity(double quantity)
{
    return std::isfinite(quantity) && std::abs(quantity) < 1e15 ? qint64(quantity) : 0;
}

inline void readEverything(const Core::Session &session)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1741046400, Qt::UTC);
    consume(session.id().size() + session.transactionId().size() + session.merchantReference().size()
        + session.merchantReference2().size() + session.cancelledBy().size());
    consume(session.createdAt().isValid() + session.updatedAt().isValid() + session.expiresAt().isValid()
        + session.cancelledAt().isValid());
    consume(session.hasAmount() + session.hasVatAmount() + Core::formatMoney(session.amount(), QLocale::c()).size()
        + Core::formatMoney(session.vatAmount(), QLocale::c()).size());
    consume(session.customerId().size() + session.customerEmail().size() + session.customerPhone().size()
        + session.customerName().size() + session.storeId().size() + session.storeName().size());
    for (const Core::SessionItem &item : session.items())
        consume(item.id.size() + item.description.size() + qsizetype(wholeQuantity(item.quantity))
            + qsizetype(item.amount % 7));
    for (const Core::SessionEvent &event : session.events())
        consume(event.name.size() + event.createdAt.isValid() + event.details.size());
    consume(session.returnUrl().isValid() + session.callbackUrl().isValid() + session.merchantTermsUrl().isValid());
    consume(session.paymentOperation().size() + session.isPaymentTokenSession() + session.metadata().size());
    consume(Core::statusText(session.status(now)).size() + session.canOfferCancel() + session.warnings().size());
    consume(session.json().size());
}

inline void readEverything(const Core::Transaction &transaction)
{
    consume(transaction.id.size() + transaction.paymentProduct.size()
        + Core::formatMoney(transaction.amount, QLocale::c()).size() + qsizetype(transaction.status)
        + transaction.statusText.size() + transaction.sessionId.size());
    consume(
        Core::transactionStatusText(transaction.status).size() + Core::transactionStatusKey(transaction.status).size());
    for (const Core::TransactionEvent &event : transaction.events)
        consume(event.event.size() + event.amount.value_or(0) % 7 + event.createdAt.isValid());
    if (transaction.card)
        consume(transaction.card->maskedPan.size() + transaction.card->isEmpty());
    consume(transaction.metadata.size() + transaction.json.size() + transaction.warnings.size());
}

} // namespace Dintero::Fuzz
