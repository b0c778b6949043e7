#include "core/money.h"

#include <QLocale>

#include <array>

namespace Dintero::Core {

int minorUnitDigits(const QString &currency)
{
    // ISO 4217 exponents that differ from the usual 2.
    static constexpr std::array<const char *, 17> zero { "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG",
        "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF" };
    static constexpr std::array<const char *, 7> three { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };
    static constexpr std::array<const char *, 2> four { "CLF", "UYW" };

    const QString code = currency.trimmed().toUpper();
    const auto in = [&code](const auto &list) {
        for (const char *entry : list) {
            if (code == QLatin1String(entry))
                return true;
        }
        return false;
    };
    if (in(zero))
        return 0;
    if (in(three))
        return 3;
    if (in(four))
        return 4;
    return 2;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits = minorUnitDigits(money.currency);
    quint64 divisor = 1;
    for (int i = 0; i < digits; ++i)
        divisor *= 10;

    // Unsigned arithmetic so that the most negative qint64 has an absolute value too.
    const bool negative = money.minorUnits < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(money.minorUnits) : quint64(money.minorUnits);
    const quint64 whole = magnitude / divisor;
    const quint64 fraction = magnitude % divisor;

    QString number = locale.toString(qulonglong(whole));
    if (digits > 0) {
        const QString ascii = QString::number(fraction).rightJustified(digits, QLatin1Char('0'));
        QString localized;
        for (const QChar c : ascii)
            localized += locale.toString(c.digitValue());
        number += locale.decimalPoint() + localized;
    }

    const QString code = money.currency.trimmed().toUpper();
    // Let the locale place the currency code: format 1 as currency and put our exactly
    // formatted number where its "1" is. The sign goes in front (toCurrencyString()
    // would use the accounting form "(NOK 1)" for negative values in some locales).
    const QString sign = negative ? locale.negativeSign() : QString();
    if (code.isEmpty())
        return sign + number;
    const QString one = locale.toString(1);
    QString result = locale.toCurrencyString(qlonglong(1), code);
    const qsizetype at = result.lastIndexOf(one);
    if (at < 0)
        return sign + number + u' ' + code;
    result.replace(at, one.size(), number);
    // A currency code reads as a word: "NOK 79.00", not the "NOK79.00" of en_US or the
    // "79.00EUR" of the C locale.
    const qsizetype codeAt = result.indexOf(code);
    if (codeAt >= 0 && codeAt + code.size() == at)
        result.insert(at, QChar(0x00A0));
    else if (codeAt >= 0 && codeAt == at + number.size())
        result.insert(codeAt, QChar(0x00A0));
    return sign + result;
}

} // namespace Dintero::Core
