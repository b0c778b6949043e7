#pragma once

#include <QString>
#include <QtGlobal>

class QLocale;

namespace Dintero::Core {

// An amount as Dintero sends it: an integer in the currency's minor unit
// (29990 with "NOK" is 299,90 kr). A value type; an empty currency means "unknown".
struct Money
{
    qint64 minorUnits = 0;
    QString currency; // ISO-4217, upper case

    friend bool operator==(const Money &, const Money &) = default;
};

// How many digits of minor unit the ISO-4217 currency has (2 for NOK, 0 for JPY,
// 3 for KWD). Unknown or empty currencies get 2.
int minorUnitDigits(const QString &currency);

// "kr 299,90" / "NOK 299.90" style text in the given locale, with the currency's own
// number of decimals. Exact for any qint64 (no floating point).
QString formatMoney(const Money &money, const QLocale &locale);

} // namespace Dintero::Core
