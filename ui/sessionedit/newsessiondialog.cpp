#include "newsessiondialog.h"

#include "api/sessionclient.h"
#include "core/money.h"
#include "orders/orderlinesmodel.h"
#include "orders/sessionwrite.h"
#include "paymentlink/paymentlinkview.h"
#include "sessionedit/orderlineseditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Dintero::Ui {

using Orders::FieldProblem;
using Orders::OrderField;
using Orders::WriteKind;

namespace {

QLineEdit *lineEdit(
    QWidget *parent, const QString &objectName, const QString &accessibleName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

NewSessionDialog::NewSessionDialog(Api::SessionClient *client, Core::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("newSessionDialog"));
    setWindowTitle(tr("New Session"));
    setStyleSheet(fieldErrorStyleSheet());
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildForm());
    layout->addWidget(m_pages, 1);

    m_buttons = new QDialogButtonBox(this);
    m_createButton = m_buttons->addButton(tr("Create Session"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createSessionButton"));
    m_createButton->setAccessibleName(tr("Create Session"));
    m_createButton->setDefault(true);
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Cancel"));
    connect(m_createButton, &QPushButton::clicked, this, &NewSessionDialog::create);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    setAdvanced(false);
    updateState();
    resize(680, sizeHint().height());
}

NewSessionDialog::~NewSessionDialog()
{
    // The client deletes the reply; only stop the write from reporting to a dead dialog.
    if (m_write)
        m_write->disconnect(this);
}

QWidget *NewSessionDialog::buildForm()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_advanced = new QCheckBox(tr("&Advanced: order lines, store, URLs and expiry (without a payment profile)"), page);
    m_advanced->setObjectName(QStringLiteral("advancedCheck"));
    m_advanced->setAccessibleName(tr("Advanced"));
    layout->addWidget(m_advanced);

    m_banner = wrappingLabel(page, QStringLiteral("errorBanner"));
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1b12; padding: 6px; }"));
    m_banner->hide();
    m_errors.setBanner(m_banner);
    layout->addWidget(m_banner);

    // One form for both modes, so that the labels line up; Advanced shows more rows.
    m_form = new QFormLayout;
    m_profile = new QComboBox(page);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Payment profile"));
    m_profile->setEditable(true);
    m_profile->addItem(QStringLiteral("default"));
    m_profile->setToolTip(tr("The API does not list payment profiles: \"default\" exists on every account; "
                             "type the id of another from Backoffice."));
    m_errors.addRow(m_form, tr("Payment &profile:"), m_profile, OrderField::ProfileId);
    m_amount = lineEdit(page, QStringLiteral("amountEdit"), tr("Amount"), tr("e.g. 349.00 (VAT included)"));
    m_errors.addRow(m_form, tr("A&mount:"), m_amount, OrderField::Amount);
    m_currency = new QComboBox(page);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(
        { QStringLiteral("NOK"), QStringLiteral("SEK"), QStringLiteral("DKK"), QStringLiteral("EUR") });
    m_errors.addRow(m_form, tr("&Currency:"), m_currency, OrderField::Currency);
    m_reference
        = lineEdit(page, QStringLiteral("merchantReferenceEdit"), tr("Merchant reference"), tr("e.g. SO-100477"));
    m_errors.addRow(m_form, tr("Merchant &reference:"), m_reference, OrderField::MerchantReference);
    m_reference2 = lineEdit(page, QStringLiteral("merchantReference2Edit"), tr("Merchant reference 2"));
    m_errors.addRow(m_form, tr("Reference &2:"), m_reference2, OrderField::MerchantReference2);
    m_store = lineEdit(page, QStringLiteral("storeEdit"), tr("Store"), tr("store id, e.g. oslo-sentrum"));
    m_errors.addRow(m_form, tr("St&ore:"), m_store, OrderField::StoreId);
    m_email = lineEdit(page, QStringLiteral("customerEmailEdit"), tr("Customer e-mail"), tr("name@example.com"));
    m_errors.addRow(m_form, tr("Customer &e-mail:"), m_email, OrderField::CustomerEmail);
    m_phone = lineEdit(page, QStringLiteral("customerPhoneEdit"), tr("Customer phone"), tr("+4791234567"));
    m_errors.addRow(m_form, tr("Customer p&hone:"), m_phone, OrderField::CustomerPhone);
    m_sms = new QCheckBox(tr("Send the link by &SMS"), page);
    m_sms->setObjectName(QStringLiteral("sendSmsCheck"));
    m_sms->setAccessibleName(tr("Send the link by SMS"));
    m_sms->setToolTip(tr("Dintero texts the checkout link to the customer's phone (configuration.publish)."));
    m_errors.addRow(m_form, QString(), m_sms, OrderField::Publish);
    m_customerId = lineEdit(page, QStringLiteral("customerIdEdit"), tr("Customer id"));
    m_errors.addRow(m_form, tr("Customer &id:"), m_customerId, OrderField::CustomerId);
    m_returnUrl = lineEdit(page, QStringLiteral("returnUrlEdit"), tr("Return URL"), tr("https://shop.example/return"));
    m_errors.addRow(m_form, tr("Re&turn URL:"), m_returnUrl, OrderField::ReturnUrl);
    m_callbackUrl = lineEdit(page, QStringLiteral("callbackUrlEdit"), tr("Callback URL"),
        tr("optional, e.g. https://shop.example/callback?method=POST"));
    m_errors.addRow(m_form, tr("Call&back URL:"), m_callbackUrl, OrderField::CallbackUrl);
    m_expiryRow = new QWidget(page);
    auto *expiryLayout = new QHBoxLayout(m_expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    m_expires = new QCheckBox(tr("E&xpires at"), m_expiryRow);
    m_expires->setObjectName(QStringLiteral("expiresCheck"));
    m_expires->setAccessibleName(tr("Set an expiry"));
    m_expiry = new QDateTimeEdit(m_expiryRow);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setAccessibleName(tr("Expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_expiry->setDateTime(m_clock().toLocalTime().addDays(1));
    m_expiry->setEnabled(false);
    expiryLayout->addWidget(m_expires);
    expiryLayout->addWidget(m_expiry, 1);
    m_errors.addRow(m_form, tr("Expiry:"), m_expiryRow, OrderField::ExpiresAt);
    layout->addLayout(m_form);

    m_advancedPart = new QGroupBox(tr("Order lines"), page);
    auto *linesLayout = new QVBoxLayout(m_advancedPart);
    m_lines = new OrderLinesEditor(m_advancedPart);
    linesLayout->addWidget(m_lines);
    m_errors.addField(m_lines->view(), m_lines->reasonLabel(), OrderField::Items);
    m_errors.addField(m_lines->shippingTitleEdit(), nullptr, OrderField::Shipping);
    layout->addWidget(m_advancedPart, 1);

    m_status = wrappingLabel(page, QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Progress"));
    layout->addWidget(m_status);

    connect(m_advanced, &QCheckBox::toggled, this, &NewSessionDialog::setAdvanced);
    // A field's "missing" problem shows once it is left; a format problem while typing.
    const auto watch = [this](QLineEdit *edit, OrderField field, bool checkWhileTyping) {
        connect(edit, &QLineEdit::editingFinished, this, [this, field] {
            m_errors.touch(field);
            updateState();
        });
        connect(edit, &QLineEdit::textEdited, this, [this, field, checkWhileTyping](const QString &text) {
            if (checkWhileTyping && !text.trimmed().isEmpty())
                m_errors.touch(field);
            m_serverProblems.removeIf([field](const FieldProblem &p) { return p.field == field; });
            updateState();
        });
    };
    watch(m_amount, OrderField::Amount, true);
    watch(m_reference, OrderField::MerchantReference, false);
    watch(m_email, OrderField::CustomerEmail, true);
    watch(m_phone, OrderField::CustomerPhone, true);
    watch(m_returnUrl, OrderField::ReturnUrl, true);
    watch(m_reference2, OrderField::MerchantReference2, false);
    watch(m_store, OrderField::StoreId, false);
    watch(m_customerId, OrderField::CustomerId, false);
    watch(m_callbackUrl, OrderField::CallbackUrl, true);
    connect(m_profile, &QComboBox::currentTextChanged, this, [this] {
        m_errors.touch(OrderField::ProfileId);
        m_serverProblems.removeIf([](const FieldProblem &p) { return p.field == OrderField::ProfileId; });
        updateState();
    });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &currency) {
        m_errors.touch(OrderField::Currency);
        m_lines->setCurrency(currency.trimmed().toUpper());
        m_serverProblems.clear();
        updateState();
    });
    connect(m_sms, &QCheckBox::toggled, this, [this] {
        m_errors.touch(OrderField::Publish);
        m_errors.touch(OrderField::CustomerPhone);
        updateState();
    });
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_expires, &QCheckBox::toggled, this, [this] {
        m_errors.touch(OrderField::ExpiresAt);
        updateState();
    });
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_errors.touch(OrderField::ExpiresAt);
        updateState();
    });
    connect(m_lines, &OrderLinesEditor::changed, this, [this] {
        m_errors.touch(OrderField::Items);
        m_errors.touch(OrderField::Shipping);
        m_serverProblems.clear();
        updateState();
    });
    connect(m_lines, &OrderLinesEditor::useTotalRequested, this, [this](qint64 total) {
        m_amount->setText(Orders::amountText(total, draft().currency));
        m_errors.touch(OrderField::Amount);
        updateState();
    });
    return page;
}

void NewSessionDialog::setKnownProfiles(const QStringList &profileIds)
{
    for (const QString &id : profileIds) {
        if (m_profile->findText(id) < 0)
            m_profile->addItem(id);
    }
}

void NewSessionDialog::setAdvanced(bool advanced)
{
    const auto showRow = [this](QWidget *field, OrderField reasonOf, bool visible) {
        m_form->setRowVisible(field, visible);
        m_form->setRowVisible(m_errors.reasonLabel(reasonOf), visible);
    };
    showRow(m_profile, OrderField::ProfileId, !advanced);
    showRow(m_reference2, OrderField::MerchantReference2, advanced);
    showRow(m_store, OrderField::StoreId, advanced);
    showRow(m_customerId, OrderField::CustomerId, advanced);
    showRow(m_callbackUrl, OrderField::CallbackUrl, advanced);
    showRow(m_expiryRow, OrderField::ExpiresAt, advanced);
    m_advancedPart->setVisible(advanced);
    m_serverProblems.clear();
    updateState();
    if (isVisible())
        resize(std::max(width(), 680), sizeHint().height());
}

Orders::WriteKind NewSessionDialog::writeKind() const
{
    return m_advanced->isChecked() ? WriteKind::Create : WriteKind::CreateFromProfile;
}

Orders::OrderDraft NewSessionDialog::draft() const
{
    Orders::OrderDraft draft;
    draft.profileId = m_profile->currentText().trimmed();
    draft.currency = m_currency->currentText().trimmed().toUpper();
    draft.amount = Orders::parseAmount(m_amount->text(), draft.currency).value_or(0);
    draft.merchantReference = m_reference->text();
    draft.customerEmail = m_email->text().trimmed();
    draft.customerPhone = m_phone->text().trimmed();
    const QUrl returnUrl(m_returnUrl->text().trimmed(), QUrl::StrictMode);
    draft.returnUrl = returnUrl.isValid() ? returnUrl : QUrl();
    draft.sendLinkBySms = m_sms->isChecked();
    if (writeKind() == WriteKind::Create) {
        draft.merchantReference2 = m_reference2->text();
        draft.storeId = m_store->text();
        draft.customerId = m_customerId->text();
        draft.callbackUrl = QUrl(m_callbackUrl->text().trimmed(), QUrl::StrictMode);
        if (m_expires->isChecked())
            draft.expiresAt = m_expiry->dateTime().toUTC();
        draft.lines = m_lines->lines();
        draft.shipping = m_lines->shipping().value_or(Orders::ShippingOption {});
    }
    return draft;
}

QList<FieldProblem> NewSessionDialog::problems() const
{
    const Orders::OrderDraft current = draft();
    QList<FieldProblem> problems = current.validate(writeKind(), m_clock());
    // What the draft cannot hold: text that is not an amount.
    if (!m_amount->text().trimmed().isEmpty() && !Orders::parseAmount(m_amount->text(), current.currency)) {
        problems.removeIf([](const FieldProblem &p) { return p.field == OrderField::Amount; });
        problems.append({ OrderField::Amount,
            tr("Write the amount in %1 with at most %n decimal(s), e.g. 349.00.", nullptr,
                Core::minorUnitDigits(current.currency))
                .arg(current.currency),
            -1 });
    }
    if (!m_returnUrl->text().trimmed().isEmpty() && current.returnUrl.isEmpty()) {
        problems.removeIf([](const FieldProblem &p) { return p.field == OrderField::ReturnUrl; });
        problems.append({ OrderField::ReturnUrl,
            Orders::OrderDraft::tr("This is not a web address (https://shop.example/return).") });
    }
    if (writeKind() == WriteKind::Create && !m_lines->shipping())
        problems.append({ OrderField::Shipping, tr("The shipping amount or its VAT is not a number.") });
    return problems;
}

QString NewSessionDialog::reasonShown(Orders::OrderField field) const
{
    return m_errors.reasonShown(field);
}

void NewSessionDialog::updateState()
{
    const QList<FieldProblem> local = problems();
    m_errors.show(local + m_serverProblems);
    growToFit(this);
    const bool busy = m_write && !m_write->isFinished();
    m_createButton->setEnabled(local.isEmpty() && !busy && !m_outcomeUnknown && m_client);
    m_createButton->setToolTip(local.isEmpty() ? QString() : local.first().reason);
    const Orders::OrderDraft current = draft();
    m_lines->showTotals(current, !m_amount->text().trimmed().isEmpty() && current.amount > 0);
}

void NewSessionDialog::create()
{
    // Once per click, and never while a write is on its way or after a lost answer.
    if (m_write || m_outcomeUnknown || !m_client || !problems().isEmpty())
        return;
    m_serverProblems.clear();
    m_write = new Orders::SessionWrite(m_client, writeKind(), draft(), {}, false, this);
    connect(m_write, &Orders::SessionWrite::finished, this, &NewSessionDialog::handleFinished);
    m_pages->widget(0)->setEnabled(false);
    m_status->setText(tr("Creating the session\u2026"));
    m_write->start();
    updateState();
}

void NewSessionDialog::handleFinished()
{
    Orders::SessionWrite *write = m_write;
    Q_EMIT writeFinished(write);
    m_pages->widget(0)->setEnabled(true);
    if (write->succeeded()) {
        m_status->clear();
        // The form is done with (kept, hidden: its fields still answer draft()); the
        // dialog shrinks to the result.
        QWidget *form = m_pages->widget(0);
        const Core::Session session
            = write->session().value_or(*Core::Session::fromJson({ { QStringLiteral("id"), write->sessionId() } }));
        PaymentLinkView::Link link;
        link.url = write->link();
        link.expiresAt = session.expiresAt().isValid() ? session.expiresAt() : write->draft().expiresAt;
        link.merchantReference = write->draft().merchantReference.trimmed();
        link.customerEmail = write->draft().customerEmail.trimmed();
        link.customerPhone = write->draft().customerPhone.trimmed();
        m_pages->addWidget(buildResultPage(write->sessionId(), link, write->publish()));
        m_pages->setCurrentIndex(1);
        m_pages->removeWidget(form);
        form->hide();
        // Once the layout has settled without the form.
        QTimer::singleShot(0, this, [this] {
            const int keptWidth = width();
            adjustSize();
            resize(keptWidth, height());
        });
        m_createButton->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close"));
        Q_EMIT sessionCreated(session, write->link());
        write->deleteLater();
        return;
    }
    if (write->error().kind() == Api::ApiError::Kind::OutcomeUnknown) {
        // It may exist: a second POST could make a second session.
        m_outcomeUnknown = true;
        m_status->setText(tr("The answer was lost, so the session may have been created. Refresh the sessions "
                             "and look for reference %1 before creating it again.")
                              .arg(write->draft().merchantReference.trimmed()));
    } else {
        m_status->setText(write->error().httpStatus() == 400
                ? tr("Dintero refused the session (400); nothing was created. Correct the marked fields.")
                : tr("The session was not created: %1").arg(write->error().message()));
    }
    m_serverProblems = write->problems();
    for (const FieldProblem &problem : std::as_const(m_serverProblems))
        m_errors.touch(problem.field);
    write->deleteLater();
    m_write = nullptr;
    updateState();
}

QWidget *NewSessionDialog::buildResultPage(
    const QString &sessionId, const PaymentLinkView::Link &link, const QList<Orders::PublishResult> &publish)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("resultPage"));
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("<b>Session created</b>"), page);
    title->setObjectName(QStringLiteral("resultTitle"));
    layout->addWidget(title);
    auto *form = new QFormLayout;
    auto *id = new QLineEdit(sessionId, page);
    id->setObjectName(QStringLiteral("sessionIdField"));
    id->setAccessibleName(tr("Session id"));
    id->setReadOnly(true);
    form->addRow(tr("Session id:"), id);
    layout->addLayout(form);

    // The same hand-over as New Payment Link…: copy, open, e-mail, text, QR code.
    auto *linkView = new PaymentLinkView(page);
    linkView->setObjectName(QStringLiteral("paymentLinkView"));
    linkView->setLink(link);
    connect(linkView, &PaymentLinkView::statusMessage, m_status, &QLabel::setText);
    layout->addWidget(linkView);

    if (!publish.isEmpty()) {
        auto *publishBox = new QGroupBox(tr("Sending the link"), page);
        auto *publishLayout = new QVBoxLayout(publishBox);
        for (const Orders::PublishResult &result : publish) {
            const QString channel = result.channel == QLatin1String("sms") ? tr("SMS") : result.channel;
            auto *line = wrappingLabel(publishBox, QStringLiteral("publishStatus_%1").arg(result.status));
            line->setAccessibleName(tr("Publish status"));
            line->setText(
                tr("%1 (%2): <b>%3</b> \u2014 %4")
                    .arg(channel, result.type, result.status.toHtmlEscaped(), result.meaning().toHtmlEscaped()));
            publishLayout->addWidget(line);
        }
        layout->addWidget(publishBox);
    }
    layout->addStretch(1);
    return page;
}

} // namespace Dintero::Ui
