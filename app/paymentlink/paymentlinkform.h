#pragma once

#include "api/apierror.h"
#include "api/paymenttokenrequest.h"
#include "journal/journalentry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Dintero::PaymentLink {

// The fields of the New Payment Link form.
enum class Field {
    CustomerEmail,
    CustomerPhone,
    CustomerId,
    Currency,
    MerchantReference,
    MerchantReference2,
    Store,
    ReturnUrl,
    Expiry,
    TokenProvider,
    TokenTypes,
    InternalNote,
};

enum class ExpiryChoice {
    OneHour,
    OneDay, // the default
    SevenDays,
    ThirtyDays,
    Custom, // PaymentLinkForm::customExpiry
};

// The language of the message to the customer (not the console's own language).
enum class Language {
    English,
    Norwegian,
    Swedish,
    Danish,
};

// A card product that can store a token, and the token types it allows (§4.7).
struct TokenProvider
{
    QString paymentProductType; // "dintero_psp.creditcard"
    QStringList tokenTypes; // "payment_token", "recurrence_token"
};

// The providers §4.7 lists, Dintero PSP first (the default).
const QList<TokenProvider> &tokenProviders();
// The token types `paymentProductType` allows; empty for an unknown product.
QStringList allowedTokenTypes(const QString &paymentProductType);

// The metadata key the internal note is kept under (merchant keys start with "ext_").
inline constexpr char InternalNoteMetadataKey[] = "ext_console_note";

// What the agent typed into the New Payment Link dialog, checked field by field and
// turned into the POST /v1/sessions/payment-token request. A value type.
struct PaymentLinkForm
{
    QString customerEmail;
    QString customerPhone; // E.164: "+4791234567"
    QString customerId;
    QString currency = QStringLiteral("NOK");
    QString merchantReference;
    QString merchantReference2;
    QString storeId;
    QString returnUrl;
    ExpiryChoice expiry = ExpiryChoice::OneDay;
    QDateTime customExpiry; // for ExpiryChoice::Custom
    QString paymentProductType = QStringLiteral("dintero_psp.creditcard");
    QStringList tokenTypes = { QStringLiteral("payment_token") };
    Language language = Language::English;
    QString internalNote;

    // Why each invalid field is invalid, in words for the agent; empty when the form
    // may be sent. `now` decides whether a chosen expiry is in the past.
    QMap<Field, QString> problems(const QDateTime &now) const;
    bool isValid(const QDateTime &now) const { return problems(now).isEmpty(); }

    // The moment the link stops working.
    QDateTime expiresAt(const QDateTime &now) const;
    Api::PaymentTokenRequest toRequest(const QDateTime &now) const;

    // One field's reason, or an empty string when it is fine. Each is used as the
    // agent types.
    static QString emailProblem(const QString &email);
    static QString phoneProblem(const QString &phone);
    static QString currencyProblem(const QString &currency);
    static QString merchantReferenceProblem(const QString &reference);
    static QString returnUrlProblem(const QString &url);
    static QString expiryProblem(const QDateTime &expiresAt, const QDateTime &now);

    // Last: the macro ends with "private:".
    Q_DECLARE_TR_FUNCTIONS(Dintero::PaymentLink::PaymentLinkForm)
};

// A merchant reference no other link has: "LINK-" + the UTC time to the second + four
// characters from `random` (so two links in the same second still differ).
QString suggestMerchantReference(const QDateTime &now, quint32 random);
// The most frequent currency among `currencies` (ties: the one seen first), else NOK.
QString preselectedCurrency(const QStringList &currencies);

// Where a 400 names a field: its place in the form, or nullopt when the form has none
// (e.g. "token_provider.token_types" when the agent cannot change it).
std::optional<Field> fieldForServerName(const QString &serverField);
// A 400's named fields, placed in the form (the first message per field).
QMap<Field, QString> serverFieldProblems(const Api::ApiError &error);

// The journal line of one creation attempt. `sessionId` is empty when none was created.
Journal::JournalEntry creationJournalEntry(
    const QString &merchantReference, const QString &sessionId, const Api::ApiError &error);

} // namespace Dintero::PaymentLink
