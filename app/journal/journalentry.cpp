#include "journal/journalentry.h"

#include "core/isodatetime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <array>
#include <utility>

namespace Dintero::Journal {

namespace {

constexpr std::array operationKeys {
    std::pair { Operation::CancelSession, "cancel_session" },
    std::pair { Operation::CreatePaymentTokenSession, "create_payment_token_session" },
    std::pair { Operation::CreateSession, "create_session" },
    std::pair { Operation::CreateSessionFromProfile, "create_session_from_profile" },
    std::pair { Operation::UpdateSession, "update_session" },
};

constexpr std::array outcomeKeys {
    std::pair { Outcome::Done, "done" },
    std::pair { Outcome::Refused, "refused" },
    std::pair { Outcome::Unknown, "unknown" },
    std::pair { Outcome::Failed, "failed" },
};

// A JSON string literal in UTF-8. Written by hand (not through QJsonDocument) so that the
// members keep the order of the file format, which people reading the file rely on.
void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendMember(QByteArray &out, const char *key, const QString &value)
{
    out += out.size() > 1 ? ",\"" : "\"";
    out += key;
    out += "\":";
    appendJsonString(out, value);
}

void appendMember(QByteArray &out, const char *key, qint64 value)
{
    out += ",\"";
    out += key;
    out += "\":";
    out += QByteArray::number(value);
}

bool isLowerHexSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QString operationKey(Operation operation)
{
    for (const auto &[value, key] : operationKeys) {
        if (value == operation)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Operation> operationFromKey(QStringView key)
{
    for (const auto &[value, name] : operationKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QString outcomeKey(Outcome outcome)
{
    for (const auto &[value, key] : outcomeKeys) {
        if (value == outcome)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(QStringView key)
{
    for (const auto &[value, name] : outcomeKeys) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

QString operationText(Operation operation)
{
    switch (operation) {
    case Operation::CancelSession:
        return QCoreApplication::translate("Dintero::Journal::Operation", "Cancel session");
    case Operation::CreatePaymentTokenSession:
        return QCoreApplication::translate("Dintero::Journal::Operation", "Create payment token session");
    case Operation::CreateSession:
        return QCoreApplication::translate("Dintero::Journal::Operation", "Create session");
    case Operation::CreateSessionFromProfile:
        return QCoreApplication::translate("Dintero::Journal::Operation", "Create session from profile");
    case Operation::UpdateSession:
        return QCoreApplication::translate("Dintero::Journal::Operation", "Update session");
    }
    return {};
}

QString outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return QCoreApplication::translate("Dintero::Journal::Outcome", "Done");
    case Outcome::Refused:
        return QCoreApplication::translate("Dintero::Journal::Outcome", "Refused");
    case Outcome::Unknown:
        return QCoreApplication::translate("Dintero::Journal::Outcome", "Outcome unknown");
    case Outcome::Failed:
        return QCoreApplication::translate("Dintero::Journal::Outcome", "Failed");
    }
    return {};
}

QByteArray toJsonLine(const JournalEntry &entry)
{
    QByteArray out;
    out.reserve(384 + entry.note.size() + entry.error.size());
    out += '{';
    appendMember(out, "time", entry.time.toUTC().toString(Qt::ISODateWithMs));
    appendMember(out, "account_id", entry.accountId);
    appendMember(out, "api_host", entry.apiHost);
    appendMember(out, "operation", operationKey(entry.operation));
    appendMember(out, "session_id", entry.sessionId);
    appendMember(out, "merchant_reference", entry.merchantReference);
    appendMember(out, "amount", entry.amount.minorUnits);
    appendMember(out, "currency", entry.amount.currency);
    appendMember(out, "result", outcomeKey(entry.result));
    appendMember(out, "http_status", entry.httpStatus);
    appendMember(out, "error", entry.error);
    appendMember(out, "note", entry.note);
    appendMember(out, "prev", QString::fromLatin1(entry.prev));
    out += '}';
    return out;
}

std::optional<JournalEntry> fromJsonLine(QByteArrayView line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const auto text = [&object](QLatin1StringView key) -> std::optional<QString> {
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return std::nullopt;
        return value.toString();
    };
    const auto integer = [&object](QLatin1StringView key) -> std::optional<qint64> {
        const QJsonValue value = object.value(key);
        if (!value.isDouble())
            return std::nullopt;
        // toInteger() gives its default for a fraction or an out-of-range number: two
        // different defaults tell those apart from a real value.
        const qint64 number = value.toInteger(0);
        if (number != value.toInteger(1))
            return std::nullopt;
        return number;
    };

    const auto time = text(QLatin1StringView("time"));
    const auto accountId = text(QLatin1StringView("account_id"));
    const auto apiHost = text(QLatin1StringView("api_host"));
    const auto operation = text(QLatin1StringView("operation"));
    const auto sessionId = text(QLatin1StringView("session_id"));
    const auto merchantReference = text(QLatin1StringView("merchant_reference"));
    const auto amount = integer(QLatin1StringView("amount"));
    const auto currency = text(QLatin1StringView("currency"));
    const auto result = text(QLatin1StringView("result"));
    const auto httpStatus = integer(QLatin1StringView("http_status"));
    const auto errorText = text(QLatin1StringView("error"));
    const auto note = text(QLatin1StringView("note"));
    const auto prev = text(QLatin1StringView("prev"));
    if (!time || !accountId || !apiHost || !operation || !sessionId || !merchantReference || !amount || !currency
        || !result || !httpStatus || !errorText || !note || !prev)
        return std::nullopt;

    JournalEntry entry;
    entry.time = Core::parseIsoDateTime(QStringView(*time));
    const auto operationValue = operationFromKey(*operation);
    const auto outcomeValue = outcomeFromKey(*result);
    if (!entry.time.isValid() || !operationValue || !outcomeValue || !isLowerHexSha256(*prev))
        return std::nullopt;
    entry.accountId = *accountId;
    entry.apiHost = *apiHost;
    entry.operation = *operationValue;
    entry.sessionId = *sessionId;
    entry.merchantReference = *merchantReference;
    entry.amount = Core::Money { *amount, *currency };
    entry.result = *outcomeValue;
    entry.httpStatus = static_cast<int>(*httpStatus);
    entry.error = *errorText;
    entry.note = *note;
    entry.prev = prev->toLatin1();
    return entry;
}

} // namespace Dintero::Journal
