#include "sandboxdata.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Dintero::Sandbox {

namespace {

struct Store
{
    QString id;
    QString name;
    QString city;
    QString postalCode;
    QString address;
    QString country;
    QString currency;
    QString channel;   // ecommerce or in_store
};

struct Product
{
    QString sku;
    QString description;
    qint64 unitPrice;  // minor units in NOK; scaled for other currencies
    int vat;
    QString type;
};

struct Names
{
    QString country;
    QString phonePrefix;
    QString emailDomain;
    QList<QString> first;
    QList<QString> last;
    QList<QString> streets;
};

enum class State {
    Open,
    InProgress,
    InProgressWithTransaction,
    Authorized,
    Captured,
    Cancelled,
    Failed,
    Expired,
    OnHold,
    PaymentToken,
};

const QList<Store> &stores()
{
    static const QList<Store> all{
        {QStringLiteral("oslo-sentrum"), QStringLiteral("Nordlys Oslo Sentrum"), QStringLiteral("Oslo"),
         QStringLiteral("0154"), QStringLiteral("Karl Johans gate 12"), QStringLiteral("NO"), QStringLiteral("NOK"),
         QStringLiteral("in_store")},
        {QStringLiteral("bergen-bryggen"), QStringLiteral("Nordlys Bergen Bryggen"), QStringLiteral("Bergen"),
         QStringLiteral("5003"), QStringLiteral("Bryggen 7"), QStringLiteral("NO"), QStringLiteral("NOK"),
         QStringLiteral("in_store")},
        {QStringLiteral("trondheim-torget"), QStringLiteral("Nordlys Trondheim Torget"), QStringLiteral("Trondheim"),
         QStringLiteral("7011"), QStringLiteral("Munkegata 20"), QStringLiteral("NO"), QStringLiteral("NOK"),
         QStringLiteral("in_store")},
        {QStringLiteral("nettbutikk-no"), QStringLiteral("Nordlys Nettbutikk"), QStringLiteral("Oslo"),
         QStringLiteral("0581"), QStringLiteral("Økernveien 99"), QStringLiteral("NO"), QStringLiteral("NOK"),
         QStringLiteral("ecommerce")},
        {QStringLiteral("stockholm-sodermalm"), QStringLiteral("Nordlys Stockholm Södermalm"),
         QStringLiteral("Stockholm"), QStringLiteral("118 20"), QStringLiteral("Götgatan 41"), QStringLiteral("SE"),
         QStringLiteral("SEK"), QStringLiteral("in_store")},
        {QStringLiteral("goteborg-avenyn"), QStringLiteral("Nordlys Göteborg Avenyn"), QStringLiteral("Göteborg"),
         QStringLiteral("411 36"), QStringLiteral("Kungsportsavenyen 9"), QStringLiteral("SE"), QStringLiteral("SEK"),
         QStringLiteral("in_store")},
        {QStringLiteral("kobenhavn-norrebro"), QStringLiteral("Nordlys København Nørrebro"),
         QStringLiteral("København"), QStringLiteral("2200"), QStringLiteral("Nørrebrogade 52"), QStringLiteral("DK"),
         QStringLiteral("DKK"), QStringLiteral("in_store")},
        {QStringLiteral("helsinki-kamppi"), QStringLiteral("Nordlys Helsinki Kamppi"), QStringLiteral("Helsinki"),
         QStringLiteral("00100"), QStringLiteral("Urho Kekkosen katu 1"), QStringLiteral("FI"), QStringLiteral("EUR"),
         QStringLiteral("in_store")},
        {QStringLiteral("webshop-eu"), QStringLiteral("Nordlys Webshop EU"), QStringLiteral("Helsinki"),
         QStringLiteral("00180"), QStringLiteral("Mechelininkatu 1a"), QStringLiteral("FI"), QStringLiteral("EUR"),
         QStringLiteral("ecommerce")},
    };
    return all;
}

const QList<Product> &products()
{
    static const QList<Product> all{
        {QStringLiteral("SKU-TEA-01"), QStringLiteral("Grønn te 250 g"), 9900, 15, QStringLiteral("physical")},
        {QStringLiteral("SKU-COF-02"), QStringLiteral("Kaffe, lys brent 500 g"), 14900, 15, QStringLiteral("physical")},
        {QStringLiteral("SKU-MUG-07"), QStringLiteral("Steintøykrus"), 26000, 25, QStringLiteral("physical")},
        {QStringLiteral("SKU-WOOL-11"), QStringLiteral("Ullgenser, marineblå"), 129900, 25, QStringLiteral("physical")},
        {QStringLiteral("SKU-SOCK-03"), QStringLiteral("Ullsokker, 3-pk"), 24900, 25, QStringLiteral("physical")},
        {QStringLiteral("SKU-LAMP-21"), QStringLiteral("Bordlampe i eik"), 89900, 25, QStringLiteral("physical")},
        {QStringLiteral("SKU-BOOK-14"), QStringLiteral("Kokebok: Nordisk hverdagsmat"), 39900, 0, QStringLiteral("physical")},
        {QStringLiteral("SKU-GIFT-500"), QStringLiteral("Gavekort 500"), 50000, 0, QStringLiteral("gift_card")},
        {QStringLiteral("SKU-EBOOK-02"), QStringLiteral("E-bok: Fjellturer i Norden"), 19900, 0, QStringLiteral("digital")},
        {QStringLiteral("SKU-WRAP-01"), QStringLiteral("Gaveinnpakning"), 4900, 25, QStringLiteral("service")},
        {QStringLiteral("SKU-CANDLE-05"), QStringLiteral("Stearinlys, 6 stk"), 7900, 25, QStringLiteral("physical")},
        {QStringLiteral("SKU-BLANKET-09"), QStringLiteral("Pledd i alpakka"), 149900, 25, QStringLiteral("physical")},
    };
    return all;
}

const Names &namesFor(const QString &country)
{
    static const Names norway{QStringLiteral("NO"), QStringLiteral("+479"), QStringLiteral("example.no"),
        {QStringLiteral("Kari"), QStringLiteral("Ola"), QStringLiteral("Ingrid"), QStringLiteral("Lars"),
         QStringLiteral("Sigrid"), QStringLiteral("Håkon"), QStringLiteral("Nora"), QStringLiteral("Jonas"),
         QStringLiteral("Astrid"), QStringLiteral("Magnus"), QStringLiteral("Solveig"), QStringLiteral("Øystein")},
        {QStringLiteral("Nordmann"), QStringLiteral("Hansen"), QStringLiteral("Johansen"), QStringLiteral("Olsen"),
         QStringLiteral("Larsen"), QStringLiteral("Berg"), QStringLiteral("Haugen"), QStringLiteral("Bakken"),
         QStringLiteral("Solberg"), QStringLiteral("Strand"), QStringLiteral("Lie"), QStringLiteral("Dahl")},
        {QStringLiteral("Storgata"), QStringLiteral("Kirkeveien"), QStringLiteral("Bygdøy allé"),
         QStringLiteral("Thorvald Meyers gate"), QStringLiteral("Fjellveien")}};
    static const Names sweden{QStringLiteral("SE"), QStringLiteral("+467"), QStringLiteral("example.se"),
        {QStringLiteral("Anna"), QStringLiteral("Erik"), QStringLiteral("Maja"), QStringLiteral("Oskar"),
         QStringLiteral("Elsa"), QStringLiteral("Nils"), QStringLiteral("Linnéa"), QStringLiteral("Gustav")},
        {QStringLiteral("Andersson"), QStringLiteral("Johansson"), QStringLiteral("Karlsson"),
         QStringLiteral("Nilsson"), QStringLiteral("Eriksson"), QStringLiteral("Lindström"),
         QStringLiteral("Svensson"), QStringLiteral("Åberg")},
        {QStringLiteral("Drottninggatan"), QStringLiteral("Sveavägen"), QStringLiteral("Vasagatan"),
         QStringLiteral("Hornsgatan")}};
    static const Names denmark{QStringLiteral("DK"), QStringLiteral("+452"), QStringLiteral("example.dk"),
        {QStringLiteral("Freja"), QStringLiteral("Mads"), QStringLiteral("Ida"), QStringLiteral("Rasmus"),
         QStringLiteral("Sofie"), QStringLiteral("Søren"), QStringLiteral("Clara"), QStringLiteral("Frederik")},
        {QStringLiteral("Jensen"), QStringLiteral("Nielsen"), QStringLiteral("Pedersen"), QStringLiteral("Sørensen"),
         QStringLiteral("Rasmussen"), QStringLiteral("Møller"), QStringLiteral("Kristensen")},
        {QStringLiteral("Vesterbrogade"), QStringLiteral("Strøget"), QStringLiteral("Jagtvej"),
         QStringLiteral("Amagerbrogade")}};
    static const Names finland{QStringLiteral("FI"), QStringLiteral("+35840"), QStringLiteral("example.fi"),
        {QStringLiteral("Aino"), QStringLiteral("Eero"), QStringLiteral("Helmi"), QStringLiteral("Juho"),
         QStringLiteral("Venla"), QStringLiteral("Mikko"), QStringLiteral("Sanna"), QStringLiteral("Väinö")},
        {QStringLiteral("Virtanen"), QStringLiteral("Korhonen"), QStringLiteral("Mäkinen"), QStringLiteral("Nieminen"),
         QStringLiteral("Lehtonen"), QStringLiteral("Hämäläinen"), QStringLiteral("Laine")},
        {QStringLiteral("Mannerheimintie"), QStringLiteral("Aleksanterinkatu"), QStringLiteral("Fredrikinkatu")}};
    if (country == QLatin1String("SE"))
        return sweden;
    if (country == QLatin1String("DK"))
        return denmark;
    if (country == QLatin1String("FI"))
        return finland;
    return norway;
}

// An e-mail local part from a Nordic name: letters folded to ASCII.
QString asciiFold(const QString &text)
{
    QString folded;
    for (const QChar c : text.toLower()) {
        switch (c.unicode()) {
        case u'æ': folded += QLatin1String("ae"); break;
        case u'ø': folded += QLatin1Char('o'); break;
        case u'å': folded += QLatin1Char('a'); break;
        case u'ä': folded += QLatin1Char('a'); break;
        case u'ö': folded += QLatin1Char('o'); break;
        case u'é': folded += QLatin1Char('e'); break;
        case u' ': folded += QLatin1Char('.'); break;
        default: folded += c;
        }
    }
    return folded;
}

// Product prices are written in NOK; the other currencies get a plausible equivalent.
qint64 priceIn(const QString &currency, qint64 nokMinor)
{
    if (currency == QLatin1String("EUR"))
        return (nokMinor * 10 / 115 / 100) * 100 + 90;   // about 11.5 NOK a euro, ending in .90
    if (currency == QLatin1String("DKK"))
        return (nokMinor * 65 / 100 / 100) * 100 + 95;   // about 0.65 DKK a krone
    if (currency == QLatin1String("SEK"))
        return (nokMinor / 100) * 100;   // kronor and kroner are close
    return nokMinor;
}

qint64 vatPart(qint64 gross, int vatPercent)
{
    return vatPercent == 0 ? 0 : qint64(std::llround(double(gross) * vatPercent / (100.0 + vatPercent)));
}

State pickState(SeededRandom &random)
{
    const int roll = random.bounded(100);
    if (roll < 10) return State::Open;
    if (roll < 17) return State::InProgress;
    if (roll < 20) return State::InProgressWithTransaction;
    if (roll < 34) return State::Authorized;
    if (roll < 62) return State::Captured;
    if (roll < 70) return State::Cancelled;
    if (roll < 79) return State::Failed;
    if (roll < 90) return State::Expired;
    if (roll < 94) return State::OnHold;
    return State::PaymentToken;
}

class EventLog
{
public:
    explicit EventLog(SeededRandom &random, QDateTime at) : m_random(random), m_at(std::move(at)) { }

    void add(const QString &name, int afterSecondsLow, int afterSecondsHigh, const QJsonObject &details = {})
    {
        m_at = m_at.addMSecs(qint64(m_random.between(afterSecondsLow * 1000, afterSecondsHigh * 1000)));
        QJsonObject event{
            {QStringLiteral("id"), uuid()},
            {QStringLiteral("name"), name},
            {QStringLiteral("created_at"), isoTimestamp(m_at)},
            {QStringLiteral("request_id"), m_random.base62(16)},
        };
        if (!details.isEmpty())
            event.insert(QStringLiteral("details"), details);
        m_events.append(event);
    }
    const QDateTime &last() const { return m_at; }
    QJsonArray events() const { return m_events; }

private:
    QString uuid()
    {
        const quint64 a = m_random.next();
        const quint64 b = m_random.next();
        return QStringLiteral("%1-%2-4%3-a%4-%5")
            .arg(a >> 32, 8, 16, QLatin1Char('0'))
            .arg((a >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
            .arg(a & 0xfff, 3, 16, QLatin1Char('0'))
            .arg((b >> 48) & 0xfff, 3, 16, QLatin1Char('0'))
            .arg(b & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
    }

    SeededRandom &m_random;
    QDateTime m_at;
    QJsonArray m_events;
};

QString paymentProductFor(SeededRandom &random, const QString &country)
{
    if (country == QLatin1String("NO") && random.chance(45))
        return QStringLiteral("vipps");
    if (country == QLatin1String("SE") && random.chance(45))
        return QStringLiteral("swish.swish");
    if (country == QLatin1String("DK") && random.chance(40))
        return QStringLiteral("mobilepay.mobilepay");
    return random.chance(70) ? QStringLiteral("dintero_psp.creditcard") : QStringLiteral("payex.creditcard");
}

} // namespace

QString SeededRandom::base62(int length)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString text(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        text[i] = QLatin1Char(alphabet[bounded(62)]);
    return text;
}

QString isoTimestamp(const QDateTime &time)
{
    // Written by hand: QDateTime::toString() is a tenth of the cost of seeding a session.
    const qint64 ms = time.toMSecsSinceEpoch();
    const qint64 day = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    const QDate date = QDate(1970, 1, 1).addDays(day);
    const qint64 inDay = ms - day * 86400000;
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(), date.day(),
                  int(inDay / 3600000), int(inDay / 60000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(text);
}

qint64 parseTimestamp(const QString &text)
{
    // The sandbox's own form first (fast); anything else a client sent, through Qt.
    if (text.size() == 24 && text.at(10) == QLatin1Char('T') && text.at(23) == QLatin1Char('Z')) {
        auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i)
                value = value * 10 + text.at(i).digitValue();
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        if (date.isValid())
            return (QDate(1970, 1, 1).daysTo(date)) * 86400000 + number(11, 2) * 3600000LL + number(14, 2) * 60000LL
                   + number(17, 2) * 1000LL + number(20, 3);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QList<SandboxProfile> sandboxProfiles(const QString &accountId)
{
    return {
        {QStringLiteral("default"), QStringLiteral("Default payment profile")},
        {accountId + QStringLiteral(".46dP6T4F1mUXYPeYKYc5Gj"), QStringLiteral("In-store terminals and payment links")},
    };
}

void generateSeedData(const QString &accountId, int count, quint64 seed, const QDateTime &now,
                      const std::function<void(const QJsonObject &session)> &onSession,
                      const std::function<void(const TransactionRecord &transaction)> &onTransaction)
{
    SeededRandom random(seed);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    constexpr qint64 window = 120LL * 24 * 3600 * 1000;
    const QList<SandboxProfile> profiles = sandboxProfiles(accountId);

    for (int i = 0; i < count; ++i) {
        const State state = pickState(random);
        const Store &store = stores().at(random.bounded(int(stores().size())));
        const Names &names = namesFor(store.country);

        // Sessions a customer can still act on are recent; the rest spread over the window.
        const bool live = state == State::Open || state == State::InProgress
                          || state == State::InProgressWithTransaction || state == State::OnHold;
        // Every event of a session lies in the past: the youngest are some hours old.
        constexpr qint64 hour = 3600LL * 1000;
        const qint64 age = live ? 2 * hour + qint64(random.next() % quint64(3 * 24 * hour))
                                : 3 * hour + qint64(random.next() % quint64(window - 3 * hour));
        const QDateTime createdAt = QDateTime::fromMSecsSinceEpoch(nowMs - age, Qt::UTC);
        const bool paymentLink = live || store.channel == QLatin1String("in_store") || random.chance(20);
        QDateTime expiresAt = createdAt.addSecs(paymentLink ? 7 * 24 * 3600 : 4 * 3600);
        if (state == State::Expired && expiresAt > now)
            expiresAt = now.addSecs(-60);

        const QString first = random.pick(names.first);
        const QString last = random.pick(names.last);
        const QString email = asciiFold(first) + QLatin1Char('.') + asciiFold(last)
                              + QString::number(random.bounded(90) + 10) + QLatin1Char('@') + names.emailDomain;
        const QString phone = names.phonePrefix + QString::number(random.between(1000000, 9999999));
        const QString customerId = QStringLiteral("cust-%1").arg(random.between(10000, 99999));
        const QString sessionId = accountId + QLatin1Char('.') + random.base62();
        const QString merchantReference = QStringLiteral("SO-%1").arg(100000 + (nowMs - age) / 60000 % 900000
                                                                      + random.bounded(7));
        QJsonObject address{
            {QStringLiteral("first_name"), first},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("address_line"),
             QString(random.pick(names.streets) + QLatin1Char(' ') + QString::number(random.between(1, 120)))},
            {QStringLiteral("postal_code"), store.postalCode},
            {QStringLiteral("postal_place"), store.city},
            {QStringLiteral("country"), store.country},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone_number"), phone},
        };

        QJsonObject order{
            {QStringLiteral("currency"), store.currency},
            {QStringLiteral("merchant_reference"), merchantReference},
            {QStringLiteral("store"),
             QJsonObject{{QStringLiteral("id"), store.id}, {QStringLiteral("name"), store.name}}},
            {QStringLiteral("billing_address"), address},
        };
        if (random.chance(40)) {
            order.insert(QStringLiteral("merchant_reference_2"),
                         store.channel == QLatin1String("in_store")
                             ? QStringLiteral("POS-%1").arg(random.between(1, 6))
                             : QStringLiteral("WEB"));
        }

        qint64 amount = 0;
        qint64 vatAmount = 0;
        if (state != State::PaymentToken) {
            QJsonArray items;
            const int lines = random.between(1, 4);
            for (int line = 1; line <= lines; ++line) {
                const Product &product = products().at(random.bounded(int(products().size())));
                const int quantity = random.chance(75) ? 1 : random.between(2, 4);
                const qint64 lineAmount = priceIn(store.currency, product.unitPrice) * quantity;
                const qint64 lineVat = vatPart(lineAmount, product.vat);
                amount += lineAmount;
                vatAmount += lineVat;
                items.append(QJsonObject{
                    {QStringLiteral("id"), product.sku},
                    {QStringLiteral("line_id"), QString::number(line)},
                    {QStringLiteral("description"), product.description},
                    {QStringLiteral("quantity"), quantity},
                    {QStringLiteral("amount"), lineAmount},
                    {QStringLiteral("vat_amount"), lineVat},
                    {QStringLiteral("vat"), product.vat},
                    {QStringLiteral("type"), product.type},
                });
            }
            order.insert(QStringLiteral("items"), items);
            if (store.channel == QLatin1String("ecommerce")) {
                const qint64 shipping = priceIn(store.currency, 9900);
                const qint64 shippingVat = vatPart(shipping, 25);
                amount += shipping;
                vatAmount += shippingVat;
                order.insert(QStringLiteral("shipping_option"),
                             QJsonObject{
                                 {QStringLiteral("id"), QStringLiteral("posten-servicepakke")},
                                 {QStringLiteral("line_id"), QStringLiteral("shipping")},
                                 {QStringLiteral("amount"), shipping},
                                 {QStringLiteral("vat_amount"), shippingVat},
                                 {QStringLiteral("vat"), 25},
                                 {QStringLiteral("title"), QStringLiteral("Servicepakke")},
                                 {QStringLiteral("operator"), QStringLiteral("Posten")},
                                 {QStringLiteral("delivery_method"), QStringLiteral("pick_up")},
                             });
                order.insert(QStringLiteral("shipping_address"), address);
            }
            order.insert(QStringLiteral("amount"), amount);
            order.insert(QStringLiteral("vat_amount"), vatAmount);
            order.insert(QStringLiteral("partial_payment"), false);
        }

        QJsonObject session{
            {QStringLiteral("id"), sessionId},
            {QStringLiteral("created_at"), isoTimestamp(createdAt)},
            {QStringLiteral("expires_at"), isoTimestamp(expiresAt)},
            {QStringLiteral("url"),
             QJsonObject{
                 {QStringLiteral("return_url"), QStringLiteral("https://shop.example.no/checkout/return")},
                 {QStringLiteral("callback_url"),
                  QStringLiteral("https://shop.example.no/dintero/callback?method=POST&report_event=CAPTURE")},
                 {QStringLiteral("merchant_terms_url"), QStringLiteral("https://shop.example.no/terms")},
             }},
            {QStringLiteral("customer"),
             QJsonObject{
                 {QStringLiteral("customer_id"), customerId},
                 {QStringLiteral("email"), email},
                 {QStringLiteral("phone_number"), phone},
             }},
            {QStringLiteral("order"), order},
            {QStringLiteral("configuration"),
             QJsonObject{
                 {QStringLiteral("channel"), paymentLink && store.channel == QLatin1String("in_store")
                                                 ? QStringLiteral("in_store")
                                                 : QStringLiteral("ecommerce")},
                 {QStringLiteral("auto_capture"), false},
                 {QStringLiteral("merchant"),
                  QJsonObject{{QStringLiteral("id"), accountId},
                              {QStringLiteral("name"), QStringLiteral("Nordlys Interiør AS")},
                              {QStringLiteral("country"), QStringLiteral("NO")}}},
             }},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("session:profile_id"), profiles.at(paymentLink ? 1 : 0).id}}},
        };
        if (random.chance(15))
            session.insert(QStringLiteral("metadata"),
                           QJsonObject{{QStringLiteral("session:profile_id"), profiles.at(0).id},
                                       {QStringLiteral("ext_crm_case"),
                                        QStringLiteral("C-%1").arg(random.between(1000, 9999))}});

        EventLog log(random, createdAt);
        log.add(QStringLiteral("INITIATED"), 0, 0);
        const QString product = paymentProductFor(random, store.country);
        const QJsonObject paymentDetails{{QStringLiteral("payment_product_type"), product},
                                         {QStringLiteral("amount"), amount}};
        auto visit = [&] {
            log.add(QStringLiteral("VISITED"), 20, 600);
            session.insert(QStringLiteral("customer_ip"),
                           QStringLiteral("85.%1.%2.%3").arg(random.between(160, 170))
                               .arg(random.between(0, 255)).arg(random.between(1, 254)));
            session.insert(QStringLiteral("user_agent"),
                           random.chance(50)
                               ? QStringLiteral("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) "
                                                "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 "
                                                "Safari/604.1")
                               : QStringLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                                "(KHTML, like Gecko) Chrome/124.0 Safari/537.36"));
        };
        auto addTransaction = [&](const QString &status, const QString &paymentToken = {}) {
            TransactionRecord transaction;
            transaction.id = accountId + QLatin1Char('.') + random.base62();
            transaction.sessionId = sessionId;
            transaction.status = status;
            transaction.amount = amount;
            transaction.currency = store.currency;
            transaction.paymentProductType = product;
            transaction.paymentToken = paymentToken;
            transaction.createdAt = log.last();
            session.insert(QStringLiteral("transaction_id"), transaction.id);
            onTransaction(transaction);
        };

        switch (state) {
        case State::Open:
            break;
        case State::InProgress:
            visit();
            log.add(random.chance(50) ? QStringLiteral("SET_SHIPPING_ADDRESS") : QStringLiteral("PAY_LOCK_START"), 10,
                    120);
            if (random.chance(40))
                log.add(QStringLiteral("PAY_FAILED"), 10, 90,
                        QJsonObject{{QStringLiteral("error"), QStringLiteral("authorization")},
                                    {QStringLiteral("payment_product_type"), product}});
            break;
        case State::InProgressWithTransaction:
            visit();
            log.add(QStringLiteral("PAY_LOCK_START"), 10, 120);
            addTransaction(QStringLiteral("INITIATED"));
            break;
        case State::Authorized:
        case State::Captured:
            visit();
            log.add(QStringLiteral("PAY_LOCK_START"), 10, 200);
            log.add(QStringLiteral("AUTHORIZED"), 5, 90, paymentDetails);
            log.add(QStringLiteral("AUTH_CALLBACK_SENT"), 1, 5);
            if (state == State::Authorized) {
                addTransaction(QStringLiteral("AUTHORIZED"));
            } else {
                const int roll = random.bounded(10);
                addTransaction(roll < 7   ? QStringLiteral("CAPTURED")
                               : roll < 9 ? QStringLiteral("PARTIALLY_CAPTURED")
                                          : QStringLiteral("REFUNDED"));
            }
            break;
        case State::Cancelled: {
            const bool paid = random.chance(35);
            if (paid || random.chance(50))
                visit();
            if (paid) {
                log.add(QStringLiteral("AUTHORIZED"), 30, 300, paymentDetails);
                addTransaction(QStringLiteral("AUTHORIZATION_VOIDED"));
            }
            log.add(QStringLiteral("CANCELLED"), 300, 7200);
            session.insert(QStringLiteral("cancelled_at"), isoTimestamp(log.last()));
            session.insert(QStringLiteral("cancelled_by"),
                           random.chance(60) ? QStringLiteral("demo") : QStringLiteral("support@nordlys.example"));
            break;
        }
        case State::Failed:
            visit();
            log.add(QStringLiteral("PAY_FAILED"), 10, 200,
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("authorization")},
                                {QStringLiteral("payment_product_type"), product}});
            if (random.chance(50)) {
                log.add(QStringLiteral("DECLINED"), 5, 60, paymentDetails);
                addTransaction(QStringLiteral("DECLINED"));
            } else {
                log.add(QStringLiteral("FAILED"), 5, 600,
                        QJsonObject{{QStringLiteral("error"), QStringLiteral("failed")}});
            }
            break;
        case State::Expired:
            if (random.chance(40))
                visit();
            break;
        case State::OnHold:
            visit();
            log.add(QStringLiteral("PAY_LOCK_START"), 10, 200);
            log.add(QStringLiteral("ON_HOLD_CALLBACK_SENT"), 5, 60, paymentDetails);
            addTransaction(QStringLiteral("ON_HOLD"));
            break;
        case State::PaymentToken:
            session.insert(QStringLiteral("payment_operation"), QStringLiteral("generate_payment_token"));
            order.insert(QStringLiteral("merchant_reference"), QStringLiteral("CARD-SAVE-%1").arg(customerId.mid(5)));
            session.insert(QStringLiteral("order"), order);
            if (random.chance(60)) {
                visit();
                log.add(QStringLiteral("PAYMENT_TOKEN_FLOW_START"), 5, 60);
                log.add(QStringLiteral("AUTHORIZED"), 20, 200,
                        QJsonObject{{QStringLiteral("payment_product_type"), QStringLiteral("dintero_psp.creditcard")},
                                    {QStringLiteral("amount"), 0}});
                addTransaction(QStringLiteral("AUTHORIZED"), QStringLiteral("ptok_") + random.base62(24));
            }
            break;
        }
        session.insert(QStringLiteral("events"), log.events());
        session.insert(QStringLiteral("updated_at"), isoTimestamp(log.last()));
        onSession(session);
    }
}

} // namespace Dintero::Sandbox
