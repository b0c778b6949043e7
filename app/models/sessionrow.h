#pragma once

#include "core/session.h"
#include "core/sessionstatus.h"

#include <QString>
#include <QStringView>

#include <array>
#include <limits>

namespace Dintero::Models {

// One session as the sessions table keeps it: one string holding every text field back to
// back, plus the raw numbers. Far smaller than a Session, and the table may hold 100,000.
struct SessionRow
{
    enum TextField {
        IdField,
        TransactionIdField,
        MerchantReferenceField,
        MerchantReference2Field,
        CustomerNameField,
        EmailField,
        PhoneField,
        StoreIdField,
        StoreNameField,
        CurrencyField,
        TextFieldCount,
    };

    // A missing created or expires time.
    static constexpr qint64 InvalidTime = std::numeric_limits<qint64>::min();

    QString text; // every text field, back to back
    std::array<quint16, TextFieldCount> ends {}; // where each field ends in `text`
    qint64 createdMs = InvalidTime;
    qint64 expiresMs = InvalidTime;
    qint64 amount = 0; // minor units
    quint8 baseStatus = 0; // the status ignoring expiry
    bool hasAmount = false;
    bool cancelled = false;

    static SessionRow fromSession(const Core::Session &session);

    QStringView field(TextField textField) const;
    // The derived status at the reference time `nowMs` (ms since the epoch).
    Core::SessionStatus statusAt(qint64 nowMs) const;
    // True when the status turns Expired at some reference time in [fromMs, toMs).
    bool expiresWithin(qint64 fromMs, qint64 toMs) const;
};

} // namespace Dintero::Models
