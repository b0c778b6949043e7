#include "models/sessionrow.h"

#include <QDateTime>

#include <algorithm>

namespace Dintero::Models {

using Core::SessionStatus;

namespace {

// A field is capped so that the offsets fit in 16 bits; no real field comes close.
constexpr qsizetype MaxFieldLength = 2000;

bool canExpire(SessionStatus status)
{
    // §6: Expired only outranks In progress and Open.
    return status == SessionStatus::Open || status == SessionStatus::InProgress;
}

} // namespace

SessionRow SessionRow::fromSession(const Core::Session &session)
{
    SessionRow row;
    const QString texts[TextFieldCount] = {
        session.id(),
        session.transactionId(),
        session.merchantReference(),
        session.merchantReference2(),
        session.customerName(),
        session.customerEmail(),
        session.customerPhone(),
        session.storeId(),
        session.storeName(),
        session.amount().currency,
    };
    qsizetype length = 0;
    for (const QString &text : texts)
        length += std::min(text.size(), MaxFieldLength);
    row.text.reserve(length);
    for (int i = 0; i < TextFieldCount; ++i) {
        row.text += QStringView(texts[i]).left(MaxFieldLength);
        row.ends[i] = quint16(row.text.size());
    }
    row.text.squeeze();
    const QDateTime created = session.createdAt();
    const QDateTime expires = session.expiresAt();
    row.createdMs = created.isValid() ? created.toMSecsSinceEpoch() : InvalidTime;
    row.expiresMs = expires.isValid() ? expires.toMSecsSinceEpoch() : InvalidTime;
    row.hasAmount = session.hasAmount();
    row.amount = session.amount().minorUnits;
    // With no "now" the status never comes out Expired; statusAt() adds expiry.
    row.baseStatus = quint8(session.status(QDateTime()));
    row.cancelled = !session.canOfferCancel();
    return row;
}

QStringView SessionRow::field(TextField textField) const
{
    const int begin = textField == 0 ? 0 : ends[textField - 1];
    return QStringView(text).mid(begin, ends[textField] - begin);
}

SessionStatus SessionRow::statusAt(qint64 nowMs) const
{
    const auto base = SessionStatus(baseStatus);
    if (canExpire(base) && expiresMs != InvalidTime && expiresMs < nowMs)
        return SessionStatus::Expired;
    return base;
}

bool SessionRow::expiresWithin(qint64 fromMs, qint64 toMs) const
{
    return canExpire(SessionStatus(baseStatus)) && expiresMs != InvalidTime && expiresMs >= fromMs && expiresMs < toMs;
}

} // namespace Dintero::Models
