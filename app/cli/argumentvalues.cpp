// ArgumentParser's parsers of single option values (dates, order lines, amounts,
// currencies, URLs), which the command syntaxes share.

#include "cli/argumentparser.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace Dintero::Cli {

std::optional<QDateTime> ArgumentParser::parseDate(
    const QString &option, const QString &text, bool endOfDay, QString *error)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    if (dateOnly.match(trimmed).hasMatch()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid()) {
            if (endOfDay)
                return QDateTime(date.addDays(1), QTime(0, 0), Qt::LocalTime).addMSecs(-1);
            return QDateTime(date, QTime(0, 0), Qt::LocalTime);
        }
    } else if (trimmed.size() > 10 && trimmed.at(10) == u'T') {
        const QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (dateTime.isValid())
            return dateTime;
    }
    *error = tr("%1 must be a date (2025-03-04) or an ISO 8601 date-time (2025-03-04T09:30:00+01:00), not '%2'.")
                 .arg(option, text);
    return std::nullopt;
}

std::optional<QJsonObject> ArgumentParser::parseItem(const QString &text, int lineNumber, QString *error)
{
    const QStringList parts = text.split(u':');
    const QString shape = tr("--item must look like id:description:quantity:amount:vat, e.g. "
                             "SKU-1:Green tea 250 g:2:19800:25, not '%1'.")
                              .arg(text);
    if (parts.size() < 5) {
        *error = shape;
        return std::nullopt;
    }
    const QString id = parts.first().trimmed();
    const QString description = parts.mid(1, parts.size() - 4).join(u':').trimmed();
    bool quantityOk = false;
    const double quantity = parts.at(parts.size() - 3).trimmed().toDouble(&quantityOk);
    bool vatOk = false;
    const double vat = parts.last().trimmed().toDouble(&vatOk);
    if (id.isEmpty() || description.isEmpty()) {
        *error = shape;
        return std::nullopt;
    }
    if (!quantityOk || !std::isfinite(quantity) || quantity <= 0) {
        *error = tr("The quantity of --item '%1' must be a number above 0.").arg(text);
        return std::nullopt;
    }
    QString amountError;
    const std::optional<qint64> amount
        = parseAmount(QStringLiteral("--item"), parts.at(parts.size() - 2), &amountError);
    if (!amount) {
        *error
            = tr("The amount of --item '%1' must be a whole number of minor units, e.g. 19800 for 198.00.").arg(text);
        return std::nullopt;
    }
    if (!vatOk || !std::isfinite(vat) || vat < 0 || vat > 100) {
        *error = tr("The VAT of --item '%1' must be a percentage from 0 to 100.").arg(text);
        return std::nullopt;
    }
    // vat_amount is display-only for Dintero; the share of VAT in a VAT-inclusive amount.
    const qint64 vatAmount = std::llround(double(*amount) * vat / (100.0 + vat));
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("line_id"), QString::number(lineNumber) },
        { QStringLiteral("description"), description },
        { QStringLiteral("quantity"), quantity },
        { QStringLiteral("amount"), *amount },
        { QStringLiteral("vat"), vat },
        { QStringLiteral("vat_amount"), vatAmount },
    };
}

std::optional<qint64> ArgumentParser::parseAmount(const QString &option, const QString &text, QString *error)
{
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    const QString trimmed = text.trimmed();
    bool ok = false;
    const qint64 amount = digits.match(trimmed).hasMatch() ? trimmed.toLongLong(&ok) : 0;
    if (!ok || amount > MaxAmount) {
        *error = tr("%1 must be a whole number of minor units from 0 to %2 (29990 = 299.90), not '%3'.")
                     .arg(option)
                     .arg(MaxAmount)
                     .arg(text);
        return std::nullopt;
    }
    return amount;
}

std::optional<QString> ArgumentParser::parseCurrency(const QString &option, const QString &text, QString *error)
{
    static const QRegularExpression code(QStringLiteral("^[A-Za-z]{3}$"));
    const QString trimmed = text.trimmed();
    if (!code.match(trimmed).hasMatch()) {
        *error = tr("%1 must be a three-letter ISO 4217 code such as NOK, not '%2'.").arg(option, text);
        return std::nullopt;
    }
    return trimmed.toUpper();
}

std::optional<QUrl> ArgumentParser::parseUrl(const QString &option, const QString &text, QString *error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *error
            = tr("%1 must be an absolute http(s) URL such as https://shop.example/return, not '%2'.").arg(option, text);
        return std::nullopt;
    }
    return url;
}

} // namespace Dintero::Cli
