#include "sandboxdata.h"

#include "jsonwriter.h"

#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

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
    QString channel; // ecommerce or in_store
};

struct Product
{
    QString sku;
    QString description;
    qint64 unitPrice; // minor units in NOK; scaled for other currencies
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
    static const QList<Store> all {
        { QStringLiteral("oslo-sentrum"), QStringLiteral("Nordlys Oslo Sentrum"), QStringLiteral("Oslo"),
            QStringLiteral("0154"), QStringLiteral("Karl Johans gate 12"), QStringLiteral("NO"), QStringLiteral("NOK"),
            QStringLiteral("in_store") },
        { QStringLiteral("bergen-bryggen"), QStringLiteral("Nordlys Bergen Bryggen"), QStringLiteral("Bergen"),
            QStringLiteral("5003"), QStringLiteral("Bryggen 7"), QStringLiteral("NO"), QStringLiteral("NOK"),
            QStringLiteral("in_store") },
        { QStringLiteral("trondheim-torget"), QStringLiteral("Nordlys Trondheim Torget"), QStringLiteral("Trondheim"),
            QStringLiteral("7011"), QStringLiteral("Munkegata 20"), QStringLiteral("NO"), QStringLiteral("NOK"),
            QStringLiteral("in_store") },
        { QStringLiteral("nettbutikk-no"), QStringLiteral("Nordlys Nettbutikk"), QStringLiteral("Oslo"),
            QStringLiteral("0581"), QStringLiteral("Økernveien 99"), QStringLiteral("NO"), QStringLiteral("NOK"),
            QStringLiteral("ecommerce") },
        { QStringLiteral("stockholm-sodermalm"), QStringLiteral("Nordlys Stockholm Södermalm"),
            QStringLiteral("Stockholm"), QStringLiteral("118 20"), QStringLiteral("Götgatan 41"), QStringLiteral("SE"),
            QStringLiteral("SEK"), QStringLiteral("in_store") },
        { QStringLiteral("goteborg-avenyn"), QStringLiteral("Nordlys Göteborg Avenyn"), QStringLiteral("Göteborg"),
            QStringLiteral("411 36"), QStringLiteral("Kungsportsavenyen 9"), QStringLiteral("SE"),
            QStringLiteral("SEK"), QStringLiteral("in_store") },
        { QStringLiteral("kobenhavn-norrebro"), QStringLiteral("Nordlys København Nørrebro"),
            QStringLiteral("København"), QStringLiteral("2200"), QStringLiteral("Nørrebrogade 52"),
            QStringLiteral("DK"), QStringLiteral("DKK"), QStringLiteral("in_store") },
        { QStringLiteral("helsinki-kamppi"), QStringLiteral("Nordlys Helsinki Kamppi"), QStringLiteral("Helsinki"),
            QStringLiteral("00100"), QStringLiteral("Urho Kekkosen katu 1"), QStringLiteral("FI"),
            QStringLiteral("EUR"), QStringLiteral("in_store") },
        { QStringLiteral("webshop-eu"), QStringLiteral("Nordlys Webshop EU"), QStringLiteral("Helsinki"),
            QStringLiteral("00180"), QStringLiteral("Mechelininkatu 1a"), QStringLiteral("FI"), QStringLiteral("EUR"),
            QStringLiteral("ecommerce") },
    };
    return all;
}

const QList<Product> &products()
{
    static const QList<Product> all {
        { QStringLiteral("SKU-TEA-01"), QStringLiteral("Grønn te 250 g"), 9900, 15, QStringLiteral("physical") },
        { QStringLiteral("SKU-COF-02"), QStringLiteral("Kaffe, lys brent 500 g"), 14900, 15,
            QStringLiteral("physical") },
        { QStringLiteral("SKU-MUG-07"), QStringLiteral("Steintøykrus"), 26000, 25, QStringLiteral("physical") },
        { QStringLiteral("SKU-WOOL-11"), QStringLiteral("Ullgenser, marineblå"), 129900, 25,
            QStringLiteral("physical") },
        { QStringLiteral("SKU-SOCK-03"), QStringLiteral("Ullsokker, 3-pk"), 24900, 25, QStringLiteral("physical") },
        { QStringLiteral("SKU-LAMP-21"), QStringLiteral("Bordlampe i eik"), 89900, 25, QStringLiteral("physical") },
        { QStringLiteral("SKU-BOOK-14"), QStringLiteral("Kokebok: Nordisk hverdagsmat"), 39900, 0,
            QStringLiteral("physical") },
        { QStringLiteral("SKU-GIFT-500"), QStringLiteral("Gavekort 500"), 50000, 0, QStringLiteral("gift_card") },
        { QStringLiteral("SKU-EBOOK-02"), QStringLiteral("E-bok: Fjellturer i Norden"), 19900, 0,
            QStringLiteral("digital") },
        { QStringLiteral("SKU-WRAP-01"), QStringLiteral("Gaveinnpakning"), 4900, 25, QStringLiteral("service") },
        { QStringLiteral("SKU-CANDLE-05"), QStringLiteral("Stearinlys, 6 stk"), 7900, 25, QStringLiteral("physical") },
        { QStringLiteral("SKU-BLANKET-09"), QStringLiteral("Pledd i alpakka"), 149900, 25, QStringLiteral("physical") },
    };
    return all;
}

const Names &namesFor(const QString &country)
{
    static const Names norway { QStringLiteral("NO"), QStringLiteral("+479"), QStringLiteral("example.no"),
        { QStringLiteral("Kari"), QStringLiteral("Ola"), QStringLiteral("Ingrid"), QStringLiteral("Lars"),
            QStringLiteral("Sigrid"), QStringLiteral("Håkon"), QStringLiteral("Nora"), QStringLiteral("Jonas"),
            QStringLiteral("Astrid"), QStringLiteral("Magnus"), QStringLiteral("Solveig"), QStringLiteral("Øystein") },
        { QStringLiteral("Nordmann"), QStringLiteral("Hansen"), QStringLiteral("Johansen"), QStringLiteral("Olsen"),
            QStringLiteral("Larsen"), QStringLiteral("Berg"), QStringLiteral("Haugen"), QStringLiteral("Bakken"),
            QStringLiteral("Solberg"), QStringLiteral("Strand"), QStringLiteral("Lie"), QStringLiteral("Dahl") },
        { QStringLiteral("Storgata"), QStringLiteral("Kirkeveien"), QStringLiteral("Bygdøy allé"),
            QStringLiteral("Thorvald Meyers gate"), QStringLiteral("Fjellveien") } };
    static const Names sweden { QStringLiteral("SE"), QStringLiteral("+467"), QStringLiteral("example.se"),
        { QStringLiteral("Anna"), QStringLiteral("Erik"), QStringLiteral("Maja"), QStringLiteral("Oskar"),
            QStringLiteral("Elsa"), QStringLiteral("Nils"), QStringLiteral("Linnéa"), QStringLiteral("Gustav") },
        { QStringLiteral("Andersson"), QStringLiteral("Johansson"), QStringLiteral("Karlsson"),
            QStringLiteral("Nilsson"), QStringLiteral("Eriksson"), QStringLiteral("Lindström"),
            QStringLiteral("Svensson"), QStringLiteral("Åberg") },
        { QStringLiteral("Drottninggatan"), QStringLiteral("Sveavägen"), QStringLiteral("Vasagatan"),
            QStringLiteral("Hornsgatan") } };
    static const Names denmark { QStringLiteral("DK"), QStringLiteral("+452"), QStringLiteral("example.dk"),
        { QStringLiteral("Freja"), QStringLiteral("Mads"), QStringLiteral("Ida"), QStringLiteral("Rasmus"),
            QStringLiteral("Sofie"), QStringLiteral("Søren"), QStringLiteral("Clara"), QStringLiteral("Frederik") },
        { QStringLiteral("Jensen"), QStringLiteral("Nielsen"), QStringLiteral("Pedersen"), QStringLiteral("Sørensen"),
            QStringLiteral("Rasmussen"), QStringLiteral("Møller"), QStringLiteral("Kristensen") },
        { QStringLiteral("Vesterbrogade"), QStringLiteral("Strøget"), QStringLiteral("Jagtvej"),
            QStringLiteral("Amagerbrogade") } };
    static const Names finland { QStringLiteral("FI"), QStringLiteral("+35840"), QStringLiteral("example.fi"),
        { QStringLiteral("Aino"), QStringLiteral("Eero"), QStringLiteral("Helmi"), QStringLiteral("Juho"),
            QStringLiteral("Venla"), QStringLiteral("Mikko"), QStringLiteral("Sanna"), QStringLiteral("Väinö") },
        { QStringLiteral("Virtanen"), QStringLiteral("Korhonen"), QStringLiteral("Mäkinen"), QStringLiteral("Nieminen"),
            QStringLiteral("Lehtonen"), QStringLiteral("Hämäläinen"), QStringLiteral("Laine") },
        { QStringLiteral("Mannerheimintie"), QStringLiteral("Aleksanterinkatu"), QStringLiteral("Fredrikinkatu") } };
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
    folded.reserve(text.size() + 1);
    for (const QChar letter : text) {
        const QChar c = letter.toLower();
        switch (c.unicode()) {
        case u'æ':
            folded += QLatin1String("ae");
            break;
        case u'ø':
            folded += QLatin1Char('o');
            break;
        case u'å':
            folded += QLatin1Char('a');
            break;
        case u'ä':
            folded += QLatin1Char('a');
            break;
        case u'ö':
            folded += QLatin1Char('o');
            break;
        case u'é':
            folded += QLatin1Char('e');
            break;
        case u' ':
            folded += QLatin1Char('.');
            break;
        default:
            folded += c;
        }
    }
    return folded;
}

// Product prices are written in NOK; the other currencies get a plausible equivalent.
qint64 priceIn(const QString &currency, qint64 nokMinor)
{
    if (currency == QLatin1String("EUR"))
        return (nokMinor * 10 / 115 / 100) * 100 + 90; // about 11.5 NOK a euro, ending in .90
    if (currency == QLatin1String("DKK"))
        return (nokMinor * 65 / 100 / 100) * 100 + 95; // about 0.65 DKK a krone
    if (currency == QLatin1String("SEK"))
        return (nokMinor / 100) * 100; // kronor and kroner are close
    return nokMinor;
}

qint64 vatPart(qint64 gross, int vatPercent)
{
    return vatPercent == 0 ? 0 : qint64(std::llround(double(gross) * vatPercent / (100.0 + vatPercent)));
}

State pickState(SeededRandom &random)
{
    const int roll = random.bounded(100);
    if (roll < 10)
        return State::Open;
    if (roll < 17)
        return State::InProgress;
    if (roll < 20)
        return State::InProgressWithTransaction;
    if (roll < 34)
        return State::Authorized;
    if (roll < 62)
        return State::Captured;
    if (roll < 70)
        return State::Cancelled;
    if (roll < 79)
        return State::Failed;
    if (roll < 90)
        return State::Expired;
    if (roll < 94)
        return State::OnHold;
    return State::PaymentToken;
}

// Fixed-width, zero-padded decimal and lower-case hex digits, written in place.
char *writeDecimal(char *out, qint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + digits;
}

char *writeHex(char *out, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        out[i] = "0123456789abcdef"[value & 0xf];
    return out + digits;
}

// Short ASCII texts (times, ids, references) made on the stack: a session has a dozen
// of them, and as QStrings, or through QString::arg(), they cost more than the rest of
// its JSON.
struct AsciiText
{
    char text[40];
    int size = 0;

    template <qsizetype N> AsciiText &operator<<(const char (&part)[N])
    {
        Q_ASSERT(size + N - 1 <= qsizetype(sizeof text));
        std::memcpy(text + size, part, N - 1);
        size += int(N - 1);
        return *this;
    }
    AsciiText &operator<<(qint64 number)
    {
        size = int(std::to_chars(text + size, text + sizeof text, number).ptr - text);
        return *this;
    }
    QLatin1String view() const { return QLatin1String(text, size); }
    QString toString() const { return QString::fromLatin1(text, size); }
};

// Dintero's timestamp form (see isoTimestamp()).
AsciiText timestampText(qint64 ms)
{
    constexpr qint64 dayMs = 86400000;
    const qint64 day = ms >= 0 ? ms / dayMs : (ms - (dayMs - 1)) / dayMs;
    const qint64 inDay = ms - day * dayMs;
    AsciiText result;
    constexpr qint64 daysTo10000 = 2932897; // 1970-01-01 to 10000-01-01
    if (day < 0 || day >= daysTo10000) {
        // Never for the sandbox's own times; kept for whatever a caller passes.
        const QDate date = QDate(1970, 1, 1).addDays(day);
        std::snprintf(result.text, sizeof result.text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(), date.month(),
            date.day(), int(inDay / 3600000), int(inDay / 60000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
        result.size = int(std::strlen(result.text));
        return result;
    }
    // The Gregorian date of a day count (Howard Hinnant's civil_from_days).
    const qint64 z = day + 719468;
    const qint64 era = z / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // March is 0
    const qint64 dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    const qint64 month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    char *out = writeDecimal(result.text, year, 4);
    *out++ = '-';
    out = writeDecimal(out, month, 2);
    *out++ = '-';
    out = writeDecimal(out, dayOfMonth, 2);
    *out++ = 'T';
    out = writeDecimal(out, inDay / 3600000, 2);
    *out++ = ':';
    out = writeDecimal(out, inDay / 60000 % 60, 2);
    *out++ = ':';
    out = writeDecimal(out, inDay / 1000 % 60, 2);
    *out++ = '.';
    out = writeDecimal(out, inDay % 1000, 3);
    *out++ = 'Z';
    result.size = int(out - result.text);
    return result;
}

// What an event's details say; the parts left empty are left out.
struct EventDetails
{
    QStringView error = {};
    QStringView paymentProductType = {};
    std::optional<qint64> amount = {};

    bool isEmpty() const { return error.isEmpty() && paymentProductType.isEmpty() && !amount; }
};

// A session's events, oldest first, each some seconds after the one before.
class EventLog
{
public:
    explicit EventLog(SeededRandom &random) : m_random(random) { }

    void start(qint64 atMs)
    {
        m_atMs = atMs;
        m_events.clear();
        m_events.beginArray();
    }

    void add(QStringView name, int afterSecondsLow, int afterSecondsHigh, const EventDetails &details = {})
    {
        // The draws first, in their order; then the event, its members in key order.
        m_atMs += m_random.between(afterSecondsLow * 1000, afterSecondsHigh * 1000);
        const AsciiText id = uuid();
        char requestId[16];
        m_random.base62(requestId, 16);

        m_events.beginObject().member("created_at", timestampText(m_atMs).view());
        if (!details.isEmpty()) {
            m_events.key("details").beginObject();
            if (details.amount)
                m_events.member("amount", *details.amount);
            if (!details.error.isEmpty())
                m_events.member("error", details.error);
            if (!details.paymentProductType.isEmpty())
                m_events.member("payment_product_type", details.paymentProductType);
            m_events.endObject();
        }
        m_events.member("id", id.view())
            .member("name", name)
            .member("request_id", QLatin1String(requestId, 16))
            .endObject();
    }

    qint64 lastMs() const { return m_atMs; }
    QDateTime last() const { return QDateTime::fromMSecsSinceEpoch(m_atMs, Qt::UTC); }
    // The events as a JSON array; valid until the next start().
    QByteArrayView finish()
    {
        m_events.endArray();
        return m_events.data();
    }

private:
    // A version 4 UUID's text from two draws.
    AsciiText uuid()
    {
        const quint64 a = m_random.next();
        const quint64 b = m_random.next();
        AsciiText text;
        char *out = writeHex(text.text, a >> 32, 8);
        *out++ = '-';
        out = writeHex(out, a >> 16, 4);
        *out++ = '-';
        *out++ = '4';
        out = writeHex(out, a, 3);
        *out++ = '-';
        *out++ = 'a';
        out = writeHex(out, b >> 48, 3);
        *out++ = '-';
        out = writeHex(out, b, 12);
        text.size = int(out - text.text);
        return text;
    }

    SeededRandom &m_random;
    qint64 m_atMs = 0;
    JsonWriter m_events;
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

void SeededRandom::base62(char *text, int length)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < length; ++i)
        text[i] = alphabet[bounded(62)];
}

QString SeededRandom::base62(int length)
{
    QVarLengthArray<char, 32> text(length);
    base62(text.data(), length);
    return QString::fromLatin1(text.data(), length);
}

QString isoTimestamp(const QDateTime &time)
{
    // Written by hand: QDateTime::toString() is a tenth of the cost of seeding a session.
    return timestampText(time.toMSecsSinceEpoch()).toString();
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
        { QStringLiteral("default"), QStringLiteral("Default payment profile") },
        { accountId + QStringLiteral(".46dP6T4F1mUXYPeYKYc5Gj"),
            QStringLiteral("In-store terminals and payment links") },
    };
}

// Each session is written as JSON as it is decided, in the order of the random draws:
// the draws are the data set, so their order must not change. The writer puts every
// object's members in key order, as QJsonDocument would; the small fixed-shape objects
// (addresses, items, events) are written in that order already, which spares it a sort.
void generateSeedData(const QString &accountId, int count, quint64 seed, const QDateTime &now,
    const std::function<void(SeededSession &&session)> &onSession,
    const std::function<void(const TransactionRecord &transaction)> &onTransaction)
{
    SeededRandom random(seed);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    constexpr qint64 window = 120LL * 24 * 3600 * 1000;
    const QList<SandboxProfile> profiles = sandboxProfiles(accountId);
    JsonWriter json; // one buffer for every session; each is copied out at its exact size
    EventLog log(random);

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
        const qint64 createdMs = nowMs - age;
        const bool paymentLink = live || store.channel == QLatin1String("in_store") || random.chance(20);
        qint64 expiresMs = createdMs + (paymentLink ? 7 * 24 : 4) * hour;
        if (state == State::Expired && expiresMs > nowMs)
            expiresMs = nowMs - 60 * 1000;

        const QString &first = random.pick(names.first);
        const QString &last = random.pick(names.last);
        const QString email = asciiFold(first) + QLatin1Char('.') + asciiFold(last)
            + QString::number(random.bounded(90) + 10) + QLatin1Char('@') + names.emailDomain;
        const QString phone = names.phonePrefix + QString::number(random.between(1000000, 9999999));
        const int customerNumber = random.between(10000, 99999);
        const QString customerId = (AsciiText() << "cust-" << customerNumber).toString();

        SeededSession session;
        session.id = accountId + QLatin1Char('.') + random.base62();
        session.createdMs = createdMs;
        session.storeId = store.id;
        session.customerName = first + QLatin1Char(' ') + last;
        session.merchantReference
            = (AsciiText() << "SO-" << 100000 + createdMs / 60000 % 900000 + random.bounded(7)).toString();
        // A payment-token session saves a card; it buys nothing, and its reference says so.
        if (state == State::PaymentToken)
            session.merchantReference = (AsciiText() << "CARD-SAVE-" << customerNumber).toString();
        // The house number is drawn before the street: the order in which the compiler
        // happened to evaluate `street + ' ' + number` when the data set was first made.
        const int houseNumber = random.between(1, 120);
        const QString addressLine = random.pick(names.streets) + QLatin1Char(' ') + QString::number(houseNumber);
        const auto writeAddress = [&] {
            json.beginObject()
                .member("address_line", addressLine)
                .member("country", store.country)
                .member("email", email)
                .member("first_name", first)
                .member("last_name", last)
                .member("phone_number", phone)
                .member("postal_code", store.postalCode)
                .member("postal_place", store.city)
                .endObject();
        };

        json.clear();
        json.beginObject()
            .member("id", session.id)
            .member("created_at", timestampText(createdMs).view())
            .member("expires_at", timestampText(expiresMs).view());
        json.key("url")
            .beginObject()
            .member("callback_url", u"https://shop.example.no/dintero/callback?method=POST&report_event=CAPTURE")
            .member("merchant_terms_url", u"https://shop.example.no/terms")
            .member("return_url", u"https://shop.example.no/checkout/return")
            .endObject();
        json.key("customer")
            .beginObject()
            .member("customer_id", customerId)
            .member("email", email)
            .member("phone_number", phone)
            .endObject();

        json.key("order")
            .beginObject()
            .member("currency", store.currency)
            .member("merchant_reference", session.merchantReference);
        json.key("store").beginObject().member("id", store.id).member("name", store.name).endObject();
        json.key("billing_address");
        writeAddress();
        if (random.chance(40)) {
            session.merchantReference2 = store.channel == QLatin1String("in_store")
                ? (AsciiText() << "POS-" << random.between(1, 6)).toString()
                : QStringLiteral("WEB");
            json.member("merchant_reference_2", session.merchantReference2);
        }
        qint64 amount = 0;
        qint64 vatAmount = 0;
        if (state != State::PaymentToken) {
            json.key("items").beginArray();
            const int lines = random.between(1, 4);
            for (int line = 1; line <= lines; ++line) {
                const Product &product = products().at(random.bounded(int(products().size())));
                const int quantity = random.chance(75) ? 1 : random.between(2, 4);
                const qint64 lineAmount = priceIn(store.currency, product.unitPrice) * quantity;
                const qint64 lineVat = vatPart(lineAmount, product.vat);
                const char lineId = char('0' + line); // one digit: at most four lines
                amount += lineAmount;
                vatAmount += lineVat;
                json.beginObject()
                    .member("amount", lineAmount)
                    .member("description", product.description)
                    .member("id", product.sku)
                    .member("line_id", QLatin1String(&lineId, 1))
                    .member("quantity", quantity)
                    .member("type", product.type)
                    .member("vat", product.vat)
                    .member("vat_amount", lineVat)
                    .endObject();
            }
            json.endArray();
            if (store.channel == QLatin1String("ecommerce")) {
                const qint64 shipping = priceIn(store.currency, 9900);
                const qint64 shippingVat = vatPart(shipping, 25);
                amount += shipping;
                vatAmount += shippingVat;
                json.key("shipping_option")
                    .beginObject()
                    .member("amount", shipping)
                    .member("delivery_method", u"pick_up")
                    .member("id", u"posten-servicepakke")
                    .member("line_id", u"shipping")
                    .member("operator", u"Posten")
                    .member("title", u"Servicepakke")
                    .member("vat", 25)
                    .member("vat_amount", shippingVat)
                    .endObject();
                json.key("shipping_address");
                writeAddress();
            }
            json.member("amount", amount).member("vat_amount", vatAmount).member("partial_payment", false);
        }
        json.endObject(); // order

        json.key("configuration")
            .beginObject()
            .member("auto_capture", false)
            .member("channel", paymentLink && store.channel == QLatin1String("in_store") ? u"in_store" : u"ecommerce");
        json.key("merchant")
            .beginObject()
            .member("country", u"NO")
            .member("id", accountId)
            .member("name", u"Nordlys Interiør AS")
            .endObject();
        json.endObject(); // configuration
        // A few sessions came from the CRM, on the default profile.
        json.key("metadata").beginObject();
        if (random.chance(15)) {
            json.member("ext_crm_case", (AsciiText() << "C-" << random.between(1000, 9999)).view())
                .member("session:profile_id", profiles.at(0).id);
        } else {
            json.member("session:profile_id", profiles.at(paymentLink ? 1 : 0).id);
        }
        json.endObject();

        log.start(createdMs);
        log.add(u"INITIATED", 0, 0);
        const QString product = paymentProductFor(random, store.country);
        const EventDetails paymentDetails { .paymentProductType = product, .amount = amount };
        const EventDetails authorizationError { .error = u"authorization", .paymentProductType = product };
        auto visit = [&] {
            log.add(u"VISITED", 20, 600);
            // Three draws, in this order.
            const int second = random.between(160, 170);
            const int third = random.between(0, 255);
            const int fourth = random.between(1, 254);
            json.member("customer_ip", (AsciiText() << "85." << second << "." << third << "." << fourth).view());
            json.member("user_agent",
                random.chance(50)
                    ? u"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                      u"like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
                    : u"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                      u"Chrome/124.0 Safari/537.36");
        };
        auto addTransaction = [&](const QString &status, const QString &paymentToken = {}) {
            TransactionRecord transaction;
            transaction.id = accountId + QLatin1Char('.') + random.base62();
            transaction.sessionId = session.id;
            transaction.status = status;
            transaction.amount = amount;
            transaction.currency = store.currency;
            transaction.paymentProductType = product;
            transaction.paymentToken = paymentToken;
            transaction.createdAt = log.last();
            session.transactionId = transaction.id;
            json.member("transaction_id", transaction.id);
            onTransaction(transaction);
        };

        switch (state) {
        case State::Open:
            break;
        case State::InProgress:
            visit();
            log.add(random.chance(50) ? u"SET_SHIPPING_ADDRESS" : u"PAY_LOCK_START", 10, 120);
            if (random.chance(40))
                log.add(u"PAY_FAILED", 10, 90, authorizationError);
            break;
        case State::InProgressWithTransaction:
            visit();
            log.add(u"PAY_LOCK_START", 10, 120);
            addTransaction(QStringLiteral("INITIATED"));
            break;
        case State::Authorized:
        case State::Captured:
            visit();
            log.add(u"PAY_LOCK_START", 10, 200);
            log.add(u"AUTHORIZED", 5, 90, paymentDetails);
            log.add(u"AUTH_CALLBACK_SENT", 1, 5);
            if (state == State::Authorized) {
                addTransaction(QStringLiteral("AUTHORIZED"));
            } else {
                const int roll = random.bounded(10);
                addTransaction(roll < 7 ? QStringLiteral("CAPTURED")
                        : roll < 9      ? QStringLiteral("PARTIALLY_CAPTURED")
                                        : QStringLiteral("REFUNDED"));
            }
            break;
        case State::Cancelled: {
            const bool paid = random.chance(35);
            if (paid || random.chance(50))
                visit();
            if (paid) {
                log.add(u"AUTHORIZED", 30, 300, paymentDetails);
                addTransaction(QStringLiteral("AUTHORIZATION_VOIDED"));
            }
            log.add(u"CANCELLED", 300, 7200);
            json.member("cancelled_at", timestampText(log.lastMs()).view());
            json.member("cancelled_by", random.chance(60) ? u"demo" : u"support@nordlys.example");
            break;
        }
        case State::Failed:
            visit();
            log.add(u"PAY_FAILED", 10, 200, authorizationError);
            if (random.chance(50)) {
                log.add(u"DECLINED", 5, 60, paymentDetails);
                addTransaction(QStringLiteral("DECLINED"));
            } else {
                log.add(u"FAILED", 5, 600, { .error = u"failed" });
            }
            break;
        case State::Expired:
            if (random.chance(40))
                visit();
            break;
        case State::OnHold:
            visit();
            log.add(u"PAY_LOCK_START", 10, 200);
            log.add(u"ON_HOLD_CALLBACK_SENT", 5, 60, paymentDetails);
            addTransaction(QStringLiteral("ON_HOLD"));
            break;
        case State::PaymentToken:
            json.member("payment_operation", u"generate_payment_token");
            if (random.chance(60)) {
                visit();
                log.add(u"PAYMENT_TOKEN_FLOW_START", 5, 60);
                log.add(u"AUTHORIZED", 20, 200, { .paymentProductType = u"dintero_psp.creditcard", .amount = 0 });
                // The token is drawn before the transaction id.
                const QString token = QStringLiteral("ptok_") + random.base62(24);
                addTransaction(QStringLiteral("AUTHORIZED"), token);
            }
            break;
        }
        json.key("events").rawValue(log.finish());
        json.member("updated_at", timestampText(log.lastMs()).view());
        json.endObject();
        session.json = json.data().toByteArray(); // a copy at its exact size
        onSession(std::move(session));
    }
}

} // namespace Dintero::Sandbox
