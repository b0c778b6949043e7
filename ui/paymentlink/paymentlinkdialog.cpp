#include "paymentlink/paymentlinkdialog.h"

#include "api/sessionclient.h"
#include "core/session.h"
#include "journal/journalentry.h"
#include "paymentlink/paymentlinkview.h"
#include "settings/consolesettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dintero::Ui {

using PaymentLink::Field;

namespace {

QString languageName(PaymentLink::Language language)
{
    switch (language) {
    case PaymentLink::Language::Norwegian:
        return PaymentLinkDialog::tr("Norwegian");
    case PaymentLink::Language::Swedish:
        return PaymentLinkDialog::tr("Swedish");
    case PaymentLink::Language::Danish:
        return PaymentLinkDialog::tr("Danish");
    case PaymentLink::Language::English:
        break;
    }
    return PaymentLinkDialog::tr("English");
}

} // namespace

PaymentLinkDialog::PaymentLinkDialog(
    Api::SessionClient *client, Settings::ConsoleSettings &settings, const Defaults &defaults, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_settings(settings)
    , m_defaults(defaults)
    , m_pages(new QStackedWidget(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_customerId(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_merchantReference(new QLineEdit(this))
    , m_merchantReference2(new QLineEdit(this))
    , m_store(new QLineEdit(this))
    , m_returnUrl(new QLineEdit(this))
    , m_expiry(new QComboBox(this))
    , m_expiryDateTime(new QDateTimeEdit(this))
    , m_tokenProvider(new QComboBox(this))
    , m_paymentToken(new QCheckBox(QStringLiteral("payment_token"), this))
    , m_recurrenceToken(new QCheckBox(QStringLiteral("recurrence_token"), this))
    , m_language(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_createButton(new QPushButton(tr("Create Link"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
    , m_linkView(new PaymentLinkView(this))
{
    setObjectName(QStringLiteral("paymentLinkDialog"));
    setWindowTitle(tr("New Payment Link"));
    buildForm();

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setAccessibleName(m_createButton->text());
    m_createButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(m_closeButton->text());
    m_closeButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_createButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    connect(m_createButton, &QPushButton::clicked, this, &PaymentLinkDialog::create);
    connect(m_closeButton, &QPushButton::clicked, this, &PaymentLinkDialog::reject);
    connect(m_linkView, &PaymentLinkView::statusMessage, this, [this](const QString &text) {
        m_errorLabel->setStyleSheet(QString());
        m_errorLabel->setText(text);
        m_errorLabel->show();
    });
    validate();
}

PaymentLinkDialog::~PaymentLinkDialog() = default;

QWidget *PaymentLinkDialog::fieldWithProblem(QWidget *field, Field which, const char *objectName)
{
    // The reason sits right under its field, in words (not only a colour).
    auto *container = new QWidget(this);
    container->setFocusProxy(field); // the form label's mnemonic goes to the field
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *problem = new QLabel(container);
    problem->setObjectName(QLatin1String(objectName));
    // One line: a wrapped label's height is not known to the stacked pages' minimum
    // size, and the field above it would be squeezed.
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    column->addWidget(problem);
    m_problemLabels.insert(which, problem);
    return container;
}

void PaymentLinkDialog::buildForm()
{
    auto *formPage = new QWidget(this);
    formPage->setObjectName(QStringLiteral("formPage"));
    auto *pageLayout = new QVBoxLayout(formPage);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    // Room left when a reason disappears goes below the form, not between its rows.
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    const auto setUp = [](QWidget *widget, const char *objectName, const QString &accessibleName) {
        widget->setObjectName(QLatin1String(objectName));
        widget->setAccessibleName(accessibleName);
    };
    setUp(m_email, "emailEdit", tr("Customer e-mail"));
    setUp(m_phone, "phoneEdit", tr("Customer phone"));
    setUp(m_customerId, "customerIdEdit", tr("Customer id"));
    setUp(m_currency, "currencyEdit", tr("Currency"));
    setUp(m_merchantReference, "merchantReferenceEdit", tr("Merchant reference"));
    setUp(m_merchantReference2, "merchantReference2Edit", tr("Merchant reference 2"));
    setUp(m_store, "storeEdit", tr("Store"));
    setUp(m_returnUrl, "returnUrlEdit", tr("Return URL"));
    setUp(m_expiry, "expiryCombo", tr("Expiry"));
    setUp(m_expiryDateTime, "expiryDateTimeEdit", tr("Expiry date and time"));
    setUp(m_tokenProvider, "tokenProviderCombo", tr("Token provider"));
    setUp(m_paymentToken, "paymentTokenCheck", tr("Payment token"));
    setUp(m_recurrenceToken, "recurrenceTokenCheck", tr("Recurrence token"));
    setUp(m_language, "languageCombo", tr("Customer language"));
    setUp(m_note, "noteEdit", tr("Internal note"));

    m_email->setPlaceholderText(tr("kari@example.no"));
    m_phone->setPlaceholderText(tr("+4791234567"));
    m_customerId->setPlaceholderText(tr("optional"));
    m_merchantReference2->setPlaceholderText(tr("optional"));
    m_store->setPlaceholderText(tr("optional"));
    m_returnUrl->setPlaceholderText(tr("https://shop.example/card-saved"));
    m_note->setPlaceholderText(tr("for colleagues; the customer never sees it"));

    const PaymentLink::PaymentLinkForm defaults;
    m_currency->setText(PaymentLink::preselectedCurrency(m_defaults.loadedCurrencies));
    auto *currencies = new QCompleter({ QStringLiteral("NOK"), QStringLiteral("SEK"), QStringLiteral("DKK"),
                                          QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP") },
        m_currency);
    currencies->setCaseSensitivity(Qt::CaseInsensitive);
    m_currency->setCompleter(currencies);
    m_merchantReference->setText(
        PaymentLink::suggestMerchantReference(Core::now(m_clock), QRandomGenerator::global()->generate()));

    QStringList stores;
    for (const QString &store : m_defaults.knownStoreIds) {
        if (!store.isEmpty() && !stores.contains(store))
            stores.append(store);
    }
    stores.sort(Qt::CaseInsensitive);
    auto *storeCompleter = new QCompleter(stores, m_store);
    storeCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    storeCompleter->setFilterMode(Qt::MatchContains);
    m_store->setCompleter(storeCompleter);
    m_returnUrl->setText(m_settings.paymentLinkReturnUrl(m_defaults.accountId));

    m_expiry->addItem(tr("1 hour"), int(PaymentLink::ExpiryChoice::OneHour));
    m_expiry->addItem(tr("24 hours"), int(PaymentLink::ExpiryChoice::OneDay));
    m_expiry->addItem(tr("7 days"), int(PaymentLink::ExpiryChoice::SevenDays));
    m_expiry->addItem(tr("30 days"), int(PaymentLink::ExpiryChoice::ThirtyDays));
    m_expiry->addItem(tr("Date and time\u2026"), int(PaymentLink::ExpiryChoice::Custom));
    m_expiry->setCurrentIndex(m_expiry->findData(int(defaults.expiry)));
    m_expiryDateTime->setCalendarPopup(true);
    m_expiryDateTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiryDateTime->setDateTime(Core::now(m_clock).toLocalTime().addDays(1));
    m_expiryDateTime->setVisible(false);
    auto *expiryRow = new QWidget(this);
    auto *expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addWidget(m_expiryDateTime, 1);
    expiryLayout->addStretch(0);
    expiryRow->setFocusProxy(m_expiry);

    for (const PaymentLink::TokenProvider &provider : PaymentLink::tokenProviders())
        m_tokenProvider->addItem(provider.paymentProductType, provider.paymentProductType);
    m_tokenProvider->setCurrentIndex(m_tokenProvider->findData(defaults.paymentProductType));
    m_paymentToken->setChecked(true);
    auto *tokenRow = new QWidget(this);
    auto *tokenLayout = new QHBoxLayout(tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_tokenProvider);
    tokenLayout->addWidget(m_paymentToken);
    tokenLayout->addWidget(m_recurrenceToken);
    tokenLayout->addStretch(1);
    tokenRow->setFocusProxy(m_tokenProvider);

    for (const auto language : { PaymentLink::Language::English, PaymentLink::Language::Norwegian,
             PaymentLink::Language::Swedish, PaymentLink::Language::Danish })
        m_language->addItem(languageName(language), int(language));

    auto *intro = new QLabel(tr("A link where the customer saves a card. Nothing is charged. "
                                "Enter the customer's e-mail or phone, a merchant reference and a return URL."),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("Customer &e-mail:"), fieldWithProblem(m_email, Field::CustomerEmail, "emailProblem"));
    form->addRow(tr("Customer &phone:"), fieldWithProblem(m_phone, Field::CustomerPhone, "phoneProblem"));
    form->addRow(tr("Customer &id:"), fieldWithProblem(m_customerId, Field::CustomerId, "customerIdProblem"));
    form->addRow(tr("C&urrency:"), fieldWithProblem(m_currency, Field::Currency, "currencyProblem"));
    form->addRow(tr("&Merchant reference:"),
        fieldWithProblem(m_merchantReference, Field::MerchantReference, "merchantReferenceProblem"));
    form->addRow(tr("Merchant reference &2:"),
        fieldWithProblem(m_merchantReference2, Field::MerchantReference2, "merchantReference2Problem"));
    form->addRow(tr("&Store:"), fieldWithProblem(m_store, Field::Store, "storeProblem"));
    form->addRow(tr("&Return URL:"), fieldWithProblem(m_returnUrl, Field::ReturnUrl, "returnUrlProblem"));
    form->addRow(tr("E&xpiry:"), fieldWithProblem(expiryRow, Field::Expiry, "expiryProblem"));
    QWidget *tokens = fieldWithProblem(tokenRow, Field::TokenProvider, "tokenProviderProblem");
    auto *tokenTypesProblem = new QLabel(tokens);
    tokenTypesProblem->setObjectName(QStringLiteral("tokenTypesProblem"));
    tokenTypesProblem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    tokenTypesProblem->hide();
    tokens->layout()->addWidget(tokenTypesProblem);
    m_problemLabels.insert(Field::TokenTypes, tokenTypesProblem);
    form->addRow(tr("&Token provider:"), tokens);
    form->addRow(tr("Customer &language:"), m_language);
    form->addRow(tr("Internal &note:"), fieldWithProblem(m_note, Field::InternalNote, "noteProblem"));

    m_pages->addWidget(formPage);
    m_pages->addWidget(m_linkView);

    const std::pair<QLineEdit *, Field> edits[] = {
        { m_email, Field::CustomerEmail },
        { m_phone, Field::CustomerPhone },
        { m_customerId, Field::CustomerId },
        { m_currency, Field::Currency },
        { m_merchantReference, Field::MerchantReference },
        { m_merchantReference2, Field::MerchantReference2 },
        { m_store, Field::Store },
        { m_returnUrl, Field::ReturnUrl },
        { m_note, Field::InternalNote },
    };
    for (const auto &[edit, field] : edits)
        connect(edit, &QLineEdit::textChanged, this, [this, which = field] { fieldEdited(which); });
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        m_expiryDateTime->setVisible(m_expiry->currentData().toInt() == int(PaymentLink::ExpiryChoice::Custom));
        fieldEdited(Field::Expiry);
    });
    connect(m_expiryDateTime, &QDateTimeEdit::dateTimeChanged, this, [this] { fieldEdited(Field::Expiry); });
    connect(m_tokenProvider, &QComboBox::currentIndexChanged, this, [this] {
        updateTokenTypes();
        fieldEdited(Field::TokenProvider);
    });
    connect(m_paymentToken, &QCheckBox::toggled, this, [this] { fieldEdited(Field::TokenTypes); });
    connect(m_recurrenceToken, &QCheckBox::toggled, this, [this] { fieldEdited(Field::TokenTypes); });
    updateTokenTypes();
}

void PaymentLinkDialog::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
    validate();
}

void PaymentLinkDialog::updateTokenTypes()
{
    // Only the token types the chosen provider issues (§4.7) can be ticked.
    const QStringList allowed = PaymentLink::allowedTokenTypes(m_tokenProvider->currentData().toString());
    for (QCheckBox *box : { m_paymentToken, m_recurrenceToken }) {
        const bool available = allowed.contains(box->text());
        box->setEnabled(available);
        if (!available)
            box->setChecked(false);
    }
    if (!m_paymentToken->isChecked() && !m_recurrenceToken->isChecked() && m_paymentToken->isEnabled())
        m_paymentToken->setChecked(true);
}

PaymentLink::PaymentLinkForm PaymentLinkDialog::form() const
{
    PaymentLink::PaymentLinkForm form;
    form.customerEmail = m_email->text();
    form.customerPhone = m_phone->text();
    form.customerId = m_customerId->text();
    form.currency = m_currency->text();
    form.merchantReference = m_merchantReference->text();
    form.merchantReference2 = m_merchantReference2->text();
    form.storeId = m_store->text();
    form.returnUrl = m_returnUrl->text();
    form.expiry = PaymentLink::ExpiryChoice(m_expiry->currentData().toInt());
    form.customExpiry = m_expiryDateTime->dateTime();
    form.paymentProductType = m_tokenProvider->currentData().toString();
    form.tokenTypes.clear();
    if (m_paymentToken->isChecked())
        form.tokenTypes.append(m_paymentToken->text());
    if (m_recurrenceToken->isChecked())
        form.tokenTypes.append(m_recurrenceToken->text());
    form.language = PaymentLink::Language(m_language->currentData().toInt());
    form.internalNote = m_note->text();
    return form;
}

QMap<Field, QString> PaymentLinkDialog::shownProblems() const
{
    return m_shownProblems;
}

bool PaymentLinkDialog::isSending() const
{
    return !m_reply.isNull();
}

PaymentLinkView *PaymentLinkDialog::linkView() const
{
    return m_linkView;
}

void PaymentLinkDialog::fieldEdited(Field field)
{
    // What the server said about a field holds until the agent changes it.
    m_serverProblems.remove(field);
    if (field == Field::CustomerEmail || field == Field::CustomerPhone) {
        m_serverProblems.remove(Field::CustomerEmail);
        m_serverProblems.remove(Field::CustomerPhone);
    }
    validate();
}

void PaymentLinkDialog::validate()
{
    if (m_pages->currentIndex() != 0)
        return;
    QMap<Field, QString> problems = form().problems(Core::now(m_clock));
    for (auto it = m_serverProblems.cbegin(); it != m_serverProblems.cend(); ++it) {
        if (!problems.contains(it.key()))
            problems.insert(it.key(), it.value());
    }
    m_shownProblems = problems;
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString problem = problems.value(it.key());
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty());
        // The field itself says why, for screen readers.
        if (QWidget *field = it.value()->parentWidget()->layout()->itemAt(0)->widget())
            field->setAccessibleDescription(problem);
    }
    // The dialog grows at once when a reason appears, so that no field is squeezed.
    if (layout())
        layout()->activate();
    m_createButton->setEnabled(problems.isEmpty() && !isSending() && m_client);
    m_createButton->setToolTip(
        problems.isEmpty() ? QString() : tr("Fix the %n marked field(s) first.", nullptr, int(problems.size())));
}

void PaymentLinkDialog::create()
{
    // One request per click and never a second while one is in flight.
    if (isSending() || !m_client)
        return;
    const QDateTime now = Core::now(m_clock);
    const PaymentLink::PaymentLinkForm current = form();
    if (!current.isValid(now) || !m_serverProblems.isEmpty()) {
        validate();
        return;
    }
    m_sentForm = current;
    m_sentExpiresAt = current.expiresAt(now);
    m_createButton->setEnabled(false);
    m_pages->widget(0)->setEnabled(false);
    m_errorLabel->setStyleSheet(QString());
    m_errorLabel->setText(tr("Creating the link\u2026"));
    m_errorLabel->show();
    m_reply = m_client->createPaymentTokenSession(current.toRequest(now), true);
    connect(m_reply, &Api::SessionRequest::finished, this, &PaymentLinkDialog::handleFinished);
}

void PaymentLinkDialog::handleFinished()
{
    Api::CreatedReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    const Api::ApiError error = reply->error();
    if (error.kind() != Api::ApiError::Kind::Aborted)
        Q_EMIT creationFinished(PaymentLink::creationJournalEntry(
            m_sentForm.merchantReference.trimmed(), error.isError() ? QString() : reply->id(), error));
    m_pages->widget(0)->setEnabled(true);
    if (error.isError()) {
        m_serverProblems = PaymentLink::serverFieldProblems(error);
        QString text;
        if (!m_serverProblems.isEmpty())
            text = tr("Dintero did not accept the link; see the marked fields.");
        else if (error.kind() == Api::ApiError::Kind::OutcomeUnknown)
            text = tr("The answer was lost, so the link may or may not exist: look for %1 in the sessions "
                      "before creating it again. (%2)")
                       .arg(m_sentForm.merchantReference.trimmed(), error.message());
        else
            text = tr("The link was not created: %1").arg(error.message());
        m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_errorLabel->setText(text);
        m_errorLabel->show();
        validate();
        return;
    }

    m_settings.setPaymentLinkReturnUrl(m_defaults.accountId, m_sentForm.returnUrl.trimmed());
    std::optional<Core::Session> session = reply->session();
    QDateTime expiresAt = m_sentExpiresAt;
    if (session && session->expiresAt().isValid())
        expiresAt = session->expiresAt();
    showLinkView(reply->url(), expiresAt);
    if (session)
        Q_EMIT linkCreated(*session, reply->url());
}

void PaymentLinkDialog::showLinkView(const QUrl &url, const QDateTime &expiresAt)
{
    PaymentLinkView::Link link;
    link.url = url;
    link.expiresAt = expiresAt;
    link.merchantReference = m_sentForm.merchantReference.trimmed();
    link.customerEmail = m_sentForm.customerEmail.trimmed();
    link.customerPhone = m_sentForm.customerPhone.trimmed();
    link.language = m_sentForm.language;
    m_linkView->setLink(link);
    m_pages->setCurrentWidget(m_linkView);
    setWindowTitle(tr("Payment Link for %1").arg(link.merchantReference));
    m_createButton->hide();
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(m_closeButton->text());
    m_closeButton->setDefault(true);
    m_errorLabel->setStyleSheet(QString());
    m_errorLabel->setText(tr("The link is ready. Send it to the customer or let them scan the code."));
    m_errorLabel->show();
}

void PaymentLinkDialog::reject()
{
    // Closing while the request is out does not stop it on the server; the dialog stays
    // until the answer is known, so that a created link is never lost.
    if (isSending()) {
        m_errorLabel->setText(tr("Waiting for Dintero's answer before closing\u2026"));
        return;
    }
    QDialog::reject();
}

} // namespace Dintero::Ui
