#include "core/isodatetime.h"

namespace Dintero::Core {
namespace {

char16_t at(QStringView text, qsizetype pos)
{
    return text[pos].unicode();
}

char16_t at(QByteArrayView text, qsizetype pos)
{
    return char16_t(static_cast<unsigned char>(text[pos]));
}

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit.
template <typename View> int digitsAt(View text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = at(text, pos + i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString toQString(QStringView text)
{
    return text.toString();
}

QString toQString(QByteArrayView text)
{
    return QString::fromUtf8(text);
}

template <typename View> QDateTime slowPath(View text)
{
    const QString copy = toQString(text);
    QDateTime result = QDateTime::fromString(copy, Qt::ISODateWithMs);
    if (!result.isValid())
        result = QDateTime::fromString(copy, Qt::ISODate);
    // A value without zone is UTC for Dintero.
    if (result.isValid() && result.timeSpec() == Qt::LocalTime)
        result.setTimeSpec(Qt::UTC);
    return result.isValid() ? result.toUTC() : QDateTime();
}

template <typename View> QDateTime parse(View text)
{
    // yyyy-MM-ddTHH:mm:ss
    if (text.size() < 19 || at(text, 4) != u'-' || at(text, 7) != u'-'
        || (at(text, 10) != u'T' && at(text, 10) != u't' && at(text, 10) != u' ') || at(text, 13) != u':'
        || at(text, 16) != u':') {
        return slowPath(text);
    }
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    const int second = digitsAt(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return slowPath(text);

    qsizetype pos = 19;
    int msec = 0;
    if (pos < text.size() && (at(text, pos) == u'.' || at(text, pos) == u',')) {
        ++pos;
        int scale = 100;
        const qsizetype start = pos;
        while (pos < text.size() && (at(text, pos) >= u'0' && at(text, pos) <= u'9')) {
            msec += (at(text, pos) - u'0') * scale;
            scale /= 10;
            ++pos;
        }
        if (pos == start)
            return slowPath(text);
    }

    int offsetSeconds = 0;
    if (pos == text.size()) {
        // No zone: UTC.
    } else if ((at(text, pos) == u'Z' || at(text, pos) == u'z') && pos + 1 == text.size()) {
        // UTC
    } else if (at(text, pos) == u'+' || at(text, pos) == u'-') {
        const int sign = at(text, pos) == u'-' ? -1 : 1;
        const int offHours = digitsAt(text, pos + 1, 2);
        int offMinutes = 0;
        qsizetype end = pos + 3;
        if (end < text.size() && at(text, end) == u':') {
            offMinutes = digitsAt(text, end + 1, 2);
            end += 3;
        } else if (end < text.size()) {
            offMinutes = digitsAt(text, end, 2);
            end += 2;
        }
        if (offHours < 0 || offMinutes < 0 || end != text.size())
            return slowPath(text);
        offsetSeconds = sign * (offHours * 3600 + offMinutes * 60);
    } else {
        return slowPath(text);
    }

    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime result(date, time, Qt::UTC); // Qt::UTC, not a QTimeZone: much cheaper in 6.4
    if (offsetSeconds != 0)
        result = result.addSecs(-offsetSeconds);
    return result;
}

} // namespace

QDateTime parseIsoDateTime(QStringView text)
{
    return parse(text.trimmed());
}

QDateTime parseIsoDateTime(QByteArrayView text)
{
    return parse(text.trimmed());
}

} // namespace Dintero::Core
