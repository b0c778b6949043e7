#include "sandboxhostedpage.h"

#include <QJsonArray>

namespace Dintero::Sandbox {

namespace {

QString amountText(qint64 minorUnits, const QString &currency)
{
    return QStringLiteral("%1.%2 %3")
        .arg(minorUnits / 100)
        .arg(minorUnits % 100, 2, 10, QLatin1Char('0'))
        .arg(currency.toHtmlEscaped());
}

QByteArray page(const QString &title, const QString &body)
{
    return QStringLiteral(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%1</title><style>"
        "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;padding:2rem;color:#1d1d1f}"
        "main{max-width:28rem;margin:auto;background:#fff;border-radius:12px;padding:1.5rem 2rem;"
        "box-shadow:0 2px 12px rgba(0,0,0,.08)}"
        "table{width:100%;border-collapse:collapse}td{padding:.25rem 0}td.amount{text-align:right}"
        "tr.total td{border-top:1px solid #ddd;font-weight:600}"
        "label{display:block;margin-top:.75rem;font-size:.9rem}"
        "input,select{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}"
        "button{margin-top:1rem;width:100%;padding:.75rem;font-size:1rem;border:0;border-radius:8px;"
        "background:#2a6ed4;color:#fff}.notice{background:#fde8e8;padding:.5rem;border-radius:6px}"
        ".sandbox{font-size:.8rem;color:#666;margin-top:1rem}</style></head>"
        "<body><main>%2<p class=\"sandbox\">Checkout sandbox: no real money moves.</p></main></body></html>")
        .arg(title.toHtmlEscaped(), body)
        .toUtf8();
}

} // namespace

QByteArray renderPaymentPage(const QJsonObject &session, const QString &payPath, const QString &notice)
{
    const QJsonObject order = session.value(QLatin1String("order")).toObject();
    const QString currency = order.value(QLatin1String("currency")).toString();
    const bool tokenOnly
        = session.value(QLatin1String("payment_operation")).toString() == QLatin1String("generate_payment_token");
    const QString merchant = session.value(QLatin1String("configuration"))
                                 .toObject()
                                 .value(QLatin1String("merchant"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString(QStringLiteral("Checkout sandbox merchant"));

    QString body = QStringLiteral("<h1>%1</h1><p>Order %2</p>")
                       .arg(merchant.toHtmlEscaped(),
                           order.value(QLatin1String("merchant_reference")).toString().toHtmlEscaped());
    if (tokenOnly) {
        body += QStringLiteral("<p>Save a card for later payments. Nothing is charged now.</p>");
    } else {
        body += QStringLiteral("<table>");
        for (const QJsonValue &value : order.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = value.toObject();
            body += QStringLiteral("<tr><td>%1 × %2</td><td class=\"amount\">%3</td></tr>")
                        .arg(item.value(QLatin1String("quantity")).toDouble())
                        .arg(item.value(QLatin1String("description")).toString().toHtmlEscaped(),
                            amountText(item.value(QLatin1String("amount")).toInteger(), currency));
        }
        const QJsonObject shipping = order.value(QLatin1String("shipping_option")).toObject();
        if (!shipping.isEmpty())
            body += QStringLiteral("<tr><td>%1</td><td class=\"amount\">%2</td></tr>")
                        .arg(shipping.value(QLatin1String("title")).toString().toHtmlEscaped(),
                            amountText(shipping.value(QLatin1String("amount")).toInteger(), currency));
        body += QStringLiteral("<tr class=\"total\"><td>Total</td><td class=\"amount\">%1</td></tr></table>")
                    .arg(amountText(order.value(QLatin1String("amount")).toInteger(), currency));
    }
    if (!notice.isEmpty())
        body += QStringLiteral("<p class=\"notice\" role=\"alert\">%1</p>").arg(notice.toHtmlEscaped());
    body += QStringLiteral(
        "<form method=\"post\" action=\"%1\">"
        "<label>Payment method<select name=\"payment_product_type\">"
        "<option value=\"dintero_psp.creditcard\">Card</option>%2</select></label>"
        "<label>Card number<input name=\"card_number\" inputmode=\"numeric\" autocomplete=\"cc-number\" "
        "value=\"4111 1111 1111 1111\"></label>"
        "<label>Expiry (MM/YY)<input name=\"expiry\" value=\"12/30\"></label>"
        "<label>CVC<input name=\"cvc\" value=\"123\"></label>"
        "<button type=\"submit\" name=\"action\" value=\"pay\">%3</button>"
        "<button type=\"submit\" name=\"action\" value=\"cancel\" style=\"background:#888\">Cancel</button>"
        "</form><p class=\"sandbox\">Test cards: 4111 1111 1111 1111 is approved, "
        "4000 0000 0000 0002 is declined.</p>")
                .arg(payPath.toHtmlEscaped(),
                    tokenOnly ? QString() : QStringLiteral("<option value=\"vipps\">Vipps</option>"),
                    tokenOnly ? QStringLiteral("Save card")
                              : QStringLiteral("Pay %1").arg(
                                  amountText(order.value(QLatin1String("amount")).toInteger(), currency)));
    return page(merchant, body);
}

QByteArray renderMessagePage(const QString &title, const QString &message)
{
    return page(title, QStringLiteral("<h1>%1</h1><p>%2</p>").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
}

} // namespace Dintero::Sandbox
