#include "details/sessiondetailswindow.h"

#include "api/sessionclient.h"
#include "core/money.h"
#include "details/detailssection.h"
#include "models/jsontreemodel.h"
#include "models/orderitemsmodel.h"
#include "models/sessionsummary.h"
#include "models/sessiontimeline.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Dintero::Ui {

namespace {

constexpr int MaxTableRowsShown = 12;

// "•••• b718": enough to tell two tokens apart, not enough to use one.
QString maskedToken(const QString &token)
{
    if (token.size() <= 4)
        return QString(token.size(), QChar(0x2022));
    return QString(4, QChar(0x2022)) + QLatin1Char(' ') + token.right(4);
}

QString jsonScalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

// The transaction's current status in words; the key as sent when this build does not know it.
QString transactionStatusWords(const Core::Transaction &transaction)
{
    if (transaction.status == Core::TransactionStatus::Other || transaction.status == Core::TransactionStatus::Unknown)
        return transaction.statusText;
    return Core::transactionStatusText(transaction.status);
}

// An OrderAddress as the lines of an envelope; empty when it has none of them.
QString addressText(const QJsonObject &address)
{
    const auto field = [&address](const char *key) {
        return address.value(QLatin1String(key)).toString().trimmed();
    };
    QStringList lines;
    const QString name = QString(field("first_name") + QLatin1Char(' ') + field("last_name")).trimmed();
    for (const QString &line :
        { name, field("business_name"), field("co_address"), field("address_line"), field("address_line_2"),
            QString(field("postal_code") + QLatin1Char(' ') + field("postal_place")).trimmed(), field("country") }) {
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

// A table tall enough for its rows (up to a limit), so that the window scrolls as a
// whole instead of every table scrolling inside it.
void fitTableHeight(QTableView *view, int rows)
{
    const int shown = std::clamp(rows, 1, MaxTableRowsShown);
    const int height = view->horizontalHeader()->sizeHint().height()
        + shown * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth();
    view->setFixedHeight(height);
}

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    return view;
}

} // namespace

SessionDetailsWindow::SessionDetailsWindow(
    Api::SessionClient *client, const QString &sessionId, Core::Clock clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_sessionId(sessionId)
    , m_clock(std::move(clock))
    , m_itemsModel(new Models::OrderItemsModel(this))
    , m_timelineModel(new Models::SessionTimelineModel(this))
    , m_sessionJson(new Models::JsonTreeModel(this))
    , m_transactionJson(new Models::JsonTreeModel(this))
{
    setObjectName(QStringLiteral("sessionDetailsWindow"));
    setWindowTitle(tr("Session %1").arg(sessionId));
    resize(900, 760);

    auto *layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0; "
                                           "border-radius: 3px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    setUpHeader(layout);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    auto *loading = new QLabel(tr("Loading session %1\u2026").arg(sessionId));
    loading->setObjectName(QStringLiteral("loadingLabel"));
    loading->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(loading);

    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &SessionDetailsWindow::reload);
    reload();
}

SessionDetailsWindow::~SessionDetailsWindow()
{
    // The client deletes its handles; only stop them from reporting to a dead window.
    if (m_sessionRequest)
        m_sessionRequest->disconnect(this);
    if (m_transactionRequest)
        m_transactionRequest->disconnect(this);
}

void SessionDetailsWindow::setUpHeader(QVBoxLayout *layout)
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("statusHeader"));
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *texts = new QVBoxLayout;
    m_statusLabel = new QLabel(tr("Loading\u2026"), header);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setAccessibleName(tr("Status"));
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.3);
    m_statusLabel->setFont(bold);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentenceLabel = new QLabel(header);
    m_sentenceLabel->setObjectName(QStringLiteral("statusSentence"));
    m_sentenceLabel->setAccessibleName(tr("What the status means"));
    m_sentenceLabel->setWordWrap(true);
    m_sentenceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    texts->addWidget(m_statusLabel);
    texts->addWidget(m_sentenceLabel);
    row->addLayout(texts, 1);

    m_reloadButton = new QPushButton(tr("Reload"), header);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Reload"));
    m_reloadButton->setToolTip(tr("Read the session again (F5)"));
    connect(m_reloadButton, &QPushButton::clicked, this, &SessionDetailsWindow::reload);
    m_cancelButton = new QPushButton(tr("Cancel Session\u2026"), header);
    m_cancelButton->setObjectName(QStringLiteral("cancelSessionButton"));
    m_cancelButton->setAccessibleName(tr("Cancel Session"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { Q_EMIT cancelRequested(m_sessionId); });
    m_editOrderButton = new QPushButton(tr("&Edit Order\u2026"), header);
    m_editOrderButton->setObjectName(QStringLiteral("editOrderButton"));
    m_editOrderButton->setAccessibleName(tr("Edit Order"));
    m_editOrderButton->setEnabled(false);
    connect(m_editOrderButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            Q_EMIT editOrderRequested(*m_session);
    });
    auto *editOrder = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(editOrder, &QShortcut::activated, m_editOrderButton, &QPushButton::click);
    row->addWidget(m_reloadButton, 0, Qt::AlignTop);
    row->addWidget(m_editOrderButton, 0, Qt::AlignTop);
    row->addWidget(m_cancelButton, 0, Qt::AlignTop);
    layout->addWidget(header);
}

QString SessionDetailsWindow::sessionId() const
{
    return m_sessionId;
}

const std::optional<Core::Session> &SessionDetailsWindow::session() const
{
    return m_session;
}

const std::optional<Core::Transaction> &SessionDetailsWindow::transaction() const
{
    return m_transaction;
}

void SessionDetailsWindow::setCancelState(bool enabled, const QString &reason)
{
    m_cancelState = std::make_pair(enabled, reason);
    updateCancelButton();
}

void SessionDetailsWindow::updateCancelButton()
{
    if (m_cancelState) {
        m_cancelButton->setEnabled(m_cancelState->first);
        m_cancelButton->setToolTip(m_cancelState->second);
        return;
    }
    // §6's rule as far as this window knows it: not cancelled, and a transaction (when
    // read) still initiated or authorized.
    QString reason;
    bool offered = m_session && m_session->canOfferCancel();
    if (m_session && !offered)
        reason = tr("The session is already cancelled.");
    if (offered && m_transaction && m_transaction->status != Core::TransactionStatus::Unknown
        && m_transaction->status != Core::TransactionStatus::Initiated
        && m_transaction->status != Core::TransactionStatus::Authorized) {
        offered = false;
        reason = tr("The payment is %1; only a session whose payment is initiated or authorized can be cancelled.")
                     .arg(transactionStatusWords(*m_transaction).toLower());
    }
    m_cancelButton->setEnabled(offered);
    m_cancelButton->setToolTip(offered ? tr("Cancel this session") : reason);
}

void SessionDetailsWindow::setWriteRefusal(const QString &reason)
{
    m_writeRefusal = reason;
    updateEditOrderButton();
}

void SessionDetailsWindow::updateEditOrderButton()
{
    // A cancelled session, or one the customer has started paying, can no longer be
    // changed (§4.5; the server says so too). Payment-token sessions have no order.
    QString reason;
    if (!m_session)
        reason = tr("The session is not loaded yet.");
    else if (!m_writeRefusal.isEmpty())
        reason = m_writeRefusal;
    else if (m_session->cancelledAt().isValid())
        reason = tr("The session is cancelled; its order can no longer be changed.");
    else if (!m_session->transactionId().isEmpty())
        reason = tr("The customer has started paying; the order can no longer be changed.");
    else if (m_session->isPaymentTokenSession())
        reason = tr("A payment-token session has no order to edit.");
    m_editOrderButton->setEnabled(reason.isEmpty());
    m_editOrderButton->setToolTip(
        reason.isEmpty() ? tr("Change the order lines, amount and references (Ctrl+E)") : reason);
}

void SessionDetailsWindow::reload()
{
    if (!m_client || m_sessionRequest)
        return; // a read is already on its way
    Api::SessionReply *reply = m_client->getSession(m_sessionId);
    m_sessionRequest = reply;
    m_reloadButton->setEnabled(false);
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        m_sessionRequest = nullptr;
        m_reloadButton->setEnabled(true);
        if (reply->hasError()) {
            const Api::ApiError &error = reply->error();
            if (error.kind() == Api::ApiError::Kind::NotFound) {
                const QString account = m_client ? m_client->settings().accountId : QString();
                showError(account.isEmpty() ? tr("Session %1 does not exist in this account.").arg(m_sessionId)
                                            : tr("Session %1 does not exist in account %2.").arg(m_sessionId, account));
            } else {
                showError(tr("Could not read the session: %1").arg(error.message()));
            }
            Q_EMIT loadFailed(error);
            return;
        }
        const Core::Session session = reply->session();
        showSession(session);
        if (!session.transactionId().isEmpty())
            readTransaction(session.transactionId());
        Q_EMIT loaded();
    });
}

void SessionDetailsWindow::readTransaction(const QString &transactionId)
{
    if (!m_client || m_transactionRequest)
        return;
    // A payment-token session's transaction is what its link was for: the card and its token.
    const bool paymentToken = m_session && m_session->isPaymentTokenSession();
    Api::TransactionReply *reply = m_client->getTransaction(
        transactionId, paymentToken ? QStringList { QStringLiteral("card.payment_token") } : QStringList());
    m_transactionRequest = reply;
    if (m_transactionState != TransactionState::Loaded) {
        m_transactionState = TransactionState::Loading;
        rebuild();
    }
    connect(reply, &Api::SessionRequest::finished, this, [this, reply] {
        m_transactionRequest = nullptr;
        if (reply->hasError()) {
            m_transactionState = TransactionState::Failed;
            m_transactionError = reply->error().message();
            if (m_session)
                rebuild();
            Q_EMIT transactionLoadFailed(reply->error());
            return;
        }
        showTransaction(reply->transaction());
        Q_EMIT transactionLoaded();
    });
}

void SessionDetailsWindow::showError(const QString &text)
{
    m_banner->setText(text);
    m_banner->show();
    if (!m_session) {
        // Nothing was shown yet: say it in place of the sections too.
        m_statusLabel->setText(tr("Not available"));
        m_sentenceLabel->setText(text);
        auto *label = qobject_cast<QLabel *>(m_scroll->widget());
        if (label)
            label->setText(tr("The session could not be shown. Press F5 to try again."));
    }
}

void SessionDetailsWindow::showSession(const Core::Session &session)
{
    if (!session.id().isEmpty() && session.id() != m_sessionId)
        return; // another session's answer: not ours to show
    const bool transactionChanged = m_session && m_session->transactionId() != session.transactionId();
    m_session = session;
    m_banner->hide(); // what it said is older than this session
    if (transactionChanged) {
        m_transaction.reset();
        m_transactionState = TransactionState::NotRead;
    }
    m_sessionJson->setJson(session.json());
    m_itemsModel->setSession(session);
    rebuild();
    // A transaction that appeared since (the customer used the link) is read at once.
    if (transactionChanged && !session.transactionId().isEmpty())
        readTransaction(session.transactionId());
}

void SessionDetailsWindow::showTransaction(const Core::Transaction &transaction)
{
    m_transaction = transaction;
    m_transactionState = TransactionState::Loaded;
    m_transactionError.clear();
    // The token itself is a secret: the JSON shown (and copied) never carries it.
    QJsonObject json = transaction.json;
    QJsonObject card = json.value(QLatin1String("card")).toObject();
    for (const QLatin1String secret : { QLatin1String("payment_token"), QLatin1String("recurrence_token") }) {
        if (card.contains(secret))
            card.insert(secret, tr("(hidden)"));
    }
    if (json.contains(QLatin1String("card")))
        json.insert(QStringLiteral("card"), card);
    m_transactionJson->setJson(json);
    if (m_session)
        rebuild();
}

void SessionDetailsWindow::updateHeader()
{
    const Models::SessionSummary summary
        = Models::SessionSummary::of(*m_session, m_transaction, Core::now(m_clock), QLocale());
    m_statusLabel->setText(summary.statusText);
    m_sentenceLabel->setText(summary.sentence);
    updateCancelButton();
    updateEditOrderButton();
}

void SessionDetailsWindow::rebuild()
{
    updateHeader();
    m_timelineModel->setEntries(Models::SessionTimeline::build(*m_session, m_transaction));

    const int scrolled = m_scroll->verticalScrollBar()->value();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("detailsContent"));
    auto *layout = new QVBoxLayout(content);
    addSessionSections(layout);
    addCustomerSection(layout);
    addItemsSection(layout);
    addTransactionSection(layout);
    addTimelineSection(layout);
    addJsonSection(layout, m_sessionJson, tr("Session JSON"), QStringLiteral("sessionJsonSection"), tr("session JSON"));
    if (m_transactionState == TransactionState::Loaded)
        addJsonSection(layout, m_transactionJson, tr("Transaction JSON"), QStringLiteral("transactionJsonSection"),
            tr("transaction JSON"));
    layout->addStretch(1);
    m_scroll->setWidget(content); // deletes the previous content
    // Keep the place of someone reading further down (after F5 or a cancel).
    QTimer::singleShot(0, m_scroll, [scroll = m_scroll, scrolled] { scroll->verticalScrollBar()->setValue(scrolled); });
}

void SessionDetailsWindow::addSection(QVBoxLayout *layout, DetailsSection *section)
{
    if (section->isEmpty()) {
        delete section;
        return;
    }
    layout->addWidget(section);
}

void SessionDetailsWindow::addSessionSections(QVBoxLayout *layout)
{
    const Core::Session &session = *m_session;
    const QLocale locale;
    const QJsonObject json = session.json();
    const QJsonObject order = json.value(QLatin1String("order")).toObject();

    auto *amounts = new DetailsSection(tr("Amount"), QStringLiteral("amountSection"));
    if (session.hasAmount())
        amounts->addText(tr("Amount"), Core::formatMoney(session.amount(), locale), QStringLiteral("amount"));
    if (session.hasVatAmount())
        amounts->addText(tr("VAT"), Core::formatMoney(session.vatAmount(), locale), QStringLiteral("vat_amount"));
    amounts->addText(tr("Currency"), order.value(QLatin1String("currency")).toString(), QStringLiteral("currency"));
    addSection(layout, amounts);

    auto *references = new DetailsSection(tr("Session and references"), QStringLiteral("referencesSection"));
    references->addText(tr("Session id"), session.id(), QStringLiteral("id"), tr("session id"));
    references->addText(tr("Merchant reference"), session.merchantReference(), QStringLiteral("merchant_reference"),
        tr("merchant reference"));
    references->addText(tr("Merchant reference 2"), session.merchantReference2(),
        QStringLiteral("merchant_reference_2"), tr("merchant reference 2"));
    references->addText(tr("Payment operation"), session.paymentOperation(), QStringLiteral("payment_operation"));
    addSection(layout, references);

    const QJsonObject store = order.value(QLatin1String("store")).toObject();
    auto *storeSection = new DetailsSection(tr("Store"), QStringLiteral("storeSection"));
    storeSection->addText(tr("Store id"), session.storeId(), QStringLiteral("store_id"), tr("store id"));
    storeSection->addText(tr("Name"), session.storeName(), QStringLiteral("store_name"));
    storeSection->addText(
        tr("Business name"), store.value(QLatin1String("business_name")).toString(), QStringLiteral("business_name"));
    storeSection->addText(tr("Organization number"), store.value(QLatin1String("organization_number")).toString(),
        QStringLiteral("organization_number"));
    addSection(layout, storeSection);

    auto *times = new DetailsSection(tr("Times"), QStringLiteral("timesSection"));
    times->addTime(tr("Created"), session.createdAt(), QStringLiteral("created_at"));
    times->addTime(tr("Updated"), session.updatedAt(), QStringLiteral("updated_at"));
    times->addTime(tr("Expires"), session.expiresAt(), QStringLiteral("expires_at"));
    times->addTime(tr("Cancelled"), session.cancelledAt(), QStringLiteral("cancelled_at"));
    times->addText(tr("Cancelled by"), session.cancelledBy(), QStringLiteral("cancelled_by"));
    addSection(layout, times);
}

void SessionDetailsWindow::addCustomerSection(QVBoxLayout *layout)
{
    const Core::Session &session = *m_session;
    const QJsonObject json = session.json();
    const QJsonObject order = json.value(QLatin1String("order")).toObject();
    auto *customer = new DetailsSection(tr("Customer"), QStringLiteral("customerSection"));
    customer->addText(tr("Name"), session.customerName(), QStringLiteral("customer_name"));
    customer->addText(tr("E-mail"), session.customerEmail(), QStringLiteral("customer_email"), tr("e-mail address"));
    customer->addText(tr("Phone"), session.customerPhone(), QStringLiteral("customer_phone"), tr("phone number"));
    customer->addText(tr("Customer id"), session.customerId(), QStringLiteral("customer_id"), tr("customer id"));
    const QString billing = addressText(order.value(QLatin1String("billing_address")).toObject());
    const QString shipping = addressText(order.value(QLatin1String("shipping_address")).toObject());
    customer->addText(tr("Billing address"), billing, QStringLiteral("billing_address"));
    if (shipping != billing)
        customer->addText(tr("Shipping address"), shipping, QStringLiteral("shipping_address"));
    else if (!shipping.isEmpty())
        customer->addText(tr("Shipping address"), tr("Same as billing"), QStringLiteral("shipping_address"));
    customer->addText(
        tr("IP address"), json.value(QLatin1String("customer_ip")).toString(), QStringLiteral("customer_ip"));
    addSection(layout, customer);

    const QUrl checkoutLink = [this] {
        if (!m_client || !m_client->settings().baseUrl.isValid())
            return QUrl();
        const QString base = m_client->settings().baseUrl.toString(QUrl::StripTrailingSlash);
        return QUrl(base + QLatin1String("/view/") + QString::fromLatin1(QUrl::toPercentEncoding(m_sessionId)));
    }();
    auto *urls = new DetailsSection(tr("Links"), QStringLiteral("urlsSection"));
    urls->addLink(tr("Checkout link"), checkoutLink, QStringLiteral("checkout_link"), tr("checkout link"));
    urls->addText(tr("Return URL"), session.returnUrl().toString(), QStringLiteral("return_url"), tr("return URL"));
    urls->addText(
        tr("Callback URL"), session.callbackUrl().toString(), QStringLiteral("callback_url"), tr("callback URL"));
    urls->addText(
        tr("Terms URL"), session.merchantTermsUrl().toString(), QStringLiteral("merchant_terms_url"), tr("terms URL"));
    addSection(layout, urls);

    auto *metadata = new DetailsSection(tr("Metadata"), QStringLiteral("metadataSection"));
    const QJsonObject values = session.metadata();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        metadata->addText(it.key(), jsonScalarText(it.value()), QStringLiteral("metadata_") + it.key());
    addSection(layout, metadata);
}

void SessionDetailsWindow::addItemsSection(QVBoxLayout *layout)
{
    if (m_itemsModel->rowCount() == 0)
        return;
    const QLocale locale;
    auto *section = new DetailsSection(tr("Order items"), QStringLiteral("itemsSection"));
    QTableView *table = makeTable(m_itemsModel, QStringLiteral("itemsTable"), section);
    table->setAccessibleName(tr("Order items"));
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(Models::OrderItemsModel::DescriptionColumn, QHeaderView::Stretch);
    for (int column = Models::OrderItemsModel::QuantityColumn; column < Models::OrderItemsModel::ColumnCount; ++column)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Contents-sized columns would measure every line; a sample is enough.
    table->horizontalHeader()->setResizeContentsPrecision(30);
    fitTableHeight(table, m_itemsModel->rowCount());
    section->addWide(table);

    const int count = m_itemsModel->rowCount();
    QString totals = tr("%n line(s), total %1, VAT %2", nullptr, count)
                         .arg(Core::formatMoney(m_itemsModel->totalAmount(), locale),
                             Core::formatMoney(m_itemsModel->totalVat(), locale));
    const std::optional<Models::OrderAmountCheck> check = m_itemsModel->amountCheck();
    if (check && check->shipping)
        totals += tr("; shipping %1").arg(Core::formatMoney(*check->shipping, locale));
    section->addText(tr("Totals"), totals, QStringLiteral("items_totals"));
    if (check && !check->matches()) {
        auto *warning = new QLabel(tr("\u26A0 %1").arg(Models::OrderItemsModel::mismatchText(*check, locale)));
        warning->setObjectName(QStringLiteral("itemsMismatchWarning"));
        warning->setAccessibleName(tr("Order amount warning"));
        warning->setWordWrap(true);
        warning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        warning->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; }"));
        section->addWide(warning);
    }
    addSection(layout, section);
}

void SessionDetailsWindow::addTransactionSection(QVBoxLayout *layout)
{
    const QString transactionId
        = m_transaction && !m_transaction->id.isEmpty() ? m_transaction->id : m_session->transactionId();
    if (transactionId.isEmpty())
        return;
    auto *section = new DetailsSection(tr("Transaction"), QStringLiteral("transactionSection"));
    section->addText(tr("Transaction id"), transactionId, QStringLiteral("transaction_id"), tr("transaction id"));
    if (m_transactionState == TransactionState::Loading) {
        section->addText(tr("Status"), tr("Loading the transaction\u2026"), QStringLiteral("transaction_state"));
    } else if (m_transactionState == TransactionState::Failed) {
        QLabel *error = section->addText(tr("Status"), tr("Could not read the transaction: %1").arg(m_transactionError),
            QStringLiteral("transaction_state"));
        error->setStyleSheet(QStringLiteral("QLabel { color: #611a15; }"));
    }
    // A transaction read before stays shown while it is read again or when that fails.
    if (m_transaction) {
        const Core::Transaction &transaction = *m_transaction;
        if (m_transactionState == TransactionState::Loaded)
            section->addText(tr("Status"), transactionStatusWords(transaction), QStringLiteral("transaction_status"));
        section->addText(tr("Payment product"),
            transaction.paymentProductType.isEmpty() ? transaction.paymentProduct : transaction.paymentProductType,
            QStringLiteral("payment_product_type"));
        if (!transaction.amount.currency.isEmpty())
            section->addText(
                tr("Amount"), Core::formatMoney(transaction.amount, QLocale()), QStringLiteral("transaction_amount"));
        if (transaction.card) {
            const QString card
                = QString(transaction.card->brand + QLatin1Char(' ') + transaction.card->maskedPan).trimmed();
            section->addText(tr("Card"), card, QStringLiteral("card"));
            section->addText(tr("Card expiry"), transaction.card->expiryDate, QStringLiteral("card_expiry"));
            section->addMasked(tr("Payment token id"), maskedToken(transaction.card->paymentTokenId),
                transaction.card->paymentTokenId, QStringLiteral("payment_token_id"), tr("payment token id"));
        }
    }
    addSection(layout, section);
}

void SessionDetailsWindow::addTimelineSection(QVBoxLayout *layout)
{
    const int rows = m_timelineModel->rowCount();
    if (rows == 0)
        return;
    auto *section = new DetailsSection(tr("Timeline"), QStringLiteral("timelineSection"));
    QTableView *table = makeTable(m_timelineModel, QStringLiteral("timelineTable"), section);
    table->setAccessibleName(tr("Timeline"));
    // Widths from the first row's text: contents-sized columns would format and measure
    // every row's time on each layout.
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics = table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const QString time = m_timelineModel->index(0, Models::SessionTimelineModel::TimeColumn).data().toString();
    header->resizeSection(Models::SessionTimelineModel::TimeColumn, metrics.horizontalAdvance(time) + padding);
    header->resizeSection(Models::SessionTimelineModel::SourceColumn,
        std::max(metrics.horizontalAdvance(tr("Transaction")), metrics.horizontalAdvance(tr("Source"))) + padding);
    header->resizeSection(Models::SessionTimelineModel::EventColumn, 280);
    fitTableHeight(table, rows);
    section->addWide(table);
    addSection(layout, section);
}

void SessionDetailsWindow::addJsonSection(QVBoxLayout *layout, Models::JsonTreeModel *model, const QString &title,
    const QString &objectName, const QString &what)
{
    if (model->rowCount() > 0)
        addSection(layout, DetailsSection::jsonTree(model, title, objectName, what));
}

} // namespace Dintero::Ui
