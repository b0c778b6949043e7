#include "editorderdialog.h"

#include "api/sessionclient.h"
#include "core/money.h"
#include "orders/sessionwrite.h"
#include "sessionedit/orderlineseditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Dintero::Ui {

using Orders::FieldProblem;
using Orders::LockRule;
using Orders::OrderField;
using Orders::WriteKind;

namespace { } // namespace

EditOrderDialog::EditOrderDialog(Api::SessionClient *client, const Core::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_session(session)
    , m_original(Orders::OrderDraft::fromSession(session))
    , m_refusal(LockRule::updateRefusal(session))
{
    setObjectName(QStringLiteral("editOrderDialog"));
    setWindowTitle(tr("Edit Order \u2014 %1")
                       .arg(session.merchantReference().isEmpty() ? session.id() : session.merchantReference()));
    setStyleSheet(fieldErrorStyleSheet());
    auto *layout = new QVBoxLayout(this);

    auto *lock = wrappingLabel(this, QStringLiteral("lockRuleLabel"));
    lock->setAccessibleName(tr("Lock rule"));
    lock->setText(m_refusal ? *m_refusal : LockRule::explanation(LockRule::isLockedForPaying(session)));
    layout->addWidget(lock);

    m_banner = wrappingLabel(this, QStringLiteral("errorBanner"));
    m_banner->setAccessibleName(tr("Error"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8e1b12; padding: 6px; }"));
    m_banner->hide();
    m_errors.setBanner(m_banner);
    layout->addWidget(m_banner);

    m_form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    auto *sessionId = new QLineEdit(session.id(), m_form);
    sessionId->setObjectName(QStringLiteral("sessionIdField"));
    sessionId->setAccessibleName(tr("Session id"));
    sessionId->setReadOnly(true);
    form->addRow(tr("Session:"), sessionId);
    m_amount = new QLineEdit(Orders::amountText(m_original.amount, m_original.currency), m_form);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAccessibleName(tr("Amount"));
    m_errors.addRow(form, tr("A&mount (%1):").arg(m_original.currency), m_amount, OrderField::Amount);
    m_reference = new QLineEdit(m_original.merchantReference, m_form);
    m_reference->setObjectName(QStringLiteral("merchantReferenceEdit"));
    m_reference->setAccessibleName(tr("Merchant reference"));
    m_errors.addRow(form, tr("Merchant &reference:"), m_reference, OrderField::MerchantReference);
    m_reference2 = new QLineEdit(m_original.merchantReference2, m_form);
    m_reference2->setObjectName(QStringLiteral("merchantReference2Edit"));
    m_reference2->setAccessibleName(tr("Merchant reference 2"));
    m_errors.addRow(form, tr("Reference &2:"), m_reference2, OrderField::MerchantReference2);
    formLayout->addLayout(form);
    auto *linesBox = new QGroupBox(tr("Order lines"), m_form);
    auto *linesLayout = new QVBoxLayout(linesBox);
    m_lines = new OrderLinesEditor(linesBox);
    m_lines->setCurrency(m_original.currency);
    m_lines->setLines(m_original.lines, m_original.shipping);
    linesLayout->addWidget(m_lines);
    m_errors.addField(m_lines->view(), m_lines->reasonLabel(), OrderField::Items);
    m_errors.addField(m_lines->shippingTitleEdit(), nullptr, OrderField::Shipping);
    formLayout->addWidget(linesBox, 1);

    m_withoutLock = new QCheckBox(tr("Update &without the lock (update_without_lock)"), m_form);
    m_withoutLock->setObjectName(QStringLiteral("withoutLockCheck"));
    m_withoutLock->setAccessibleName(tr("Update without lock"));
    m_withoutLockWarning = wrappingLabel(m_form, QStringLiteral("withoutLockWarning"));
    m_withoutLockWarning->setAccessibleName(tr("Warning"));
    m_withoutLockWarning->setText(QStringLiteral("\u26a0 ") + LockRule::withoutLockWarning());
    m_withoutLockWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 6px; }"));
    m_withoutLockWarning->hide();
    formLayout->addWidget(m_withoutLock);
    formLayout->addWidget(m_withoutLockWarning);
    layout->addWidget(m_form, 1);

    m_status = wrappingLabel(this, QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Progress"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_sendButton = buttons->addButton(tr("Update Order"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("updateOrderButton"));
    m_sendButton->setAccessibleName(tr("Update Order"));
    m_sendButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("closeButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_sendButton, &QPushButton::clicked, this, &EditOrderDialog::send);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    const auto watch = [this](QLineEdit *edit, OrderField field) {
        connect(edit, &QLineEdit::textEdited, this, [this, field] {
            m_errors.touch(field);
            m_serverProblems.clear();
            updateState();
        });
    };
    watch(m_amount, OrderField::Amount);
    watch(m_reference, OrderField::MerchantReference);
    watch(m_reference2, OrderField::MerchantReference2);
    connect(m_lines, &OrderLinesEditor::changed, this, [this] {
        m_errors.touch(OrderField::Items);
        m_errors.touch(OrderField::Shipping);
        m_serverProblems.clear();
        updateState();
    });
    connect(m_lines, &OrderLinesEditor::useTotalRequested, this, [this](qint64 total) {
        m_amount->setText(Orders::amountText(total, m_original.currency));
        m_errors.touch(OrderField::Amount);
        updateState();
    });
    connect(m_withoutLock, &QCheckBox::toggled, m_withoutLockWarning, &QWidget::setVisible);
    connect(m_withoutLock, &QCheckBox::toggled, this, [this] {
        m_serverProblems.clear();
        updateState();
    });

    // The session's own order is shown as it is, mismatch and all: mark it at once.
    m_errors.touchAll();
    m_amount->setFocus();
    if (m_refusal)
        m_form->setEnabled(false);
    updateState();
    resize(680, sizeHint().height());
}

EditOrderDialog::~EditOrderDialog()
{
    if (m_write)
        m_write->disconnect(this);
}

QString EditOrderDialog::sessionId() const
{
    return m_session.id();
}

Orders::OrderDraft EditOrderDialog::draft() const
{
    Orders::OrderDraft draft = m_original;
    draft.amount = Orders::parseAmount(m_amount->text(), draft.currency).value_or(0);
    draft.merchantReference = m_reference->text();
    draft.merchantReference2 = m_reference2->text();
    draft.lines = m_lines->lines();
    draft.shipping = m_lines->shipping().value_or(Orders::ShippingOption {});
    return draft;
}

QList<FieldProblem> EditOrderDialog::problems() const
{
    const Orders::OrderDraft current = draft();
    QList<FieldProblem> problems = current.validate(WriteKind::Update, QDateTime::currentDateTimeUtc());
    if (!Orders::parseAmount(m_amount->text(), current.currency)) {
        problems.removeIf([](const FieldProblem &p) { return p.field == OrderField::Amount; });
        problems.append({ OrderField::Amount,
            tr("Write the amount in %1 with at most %n decimal(s), e.g. 349.00.", nullptr,
                Core::minorUnitDigits(current.currency))
                .arg(current.currency),
            -1 });
    }
    if (!m_lines->shipping())
        problems.append({ OrderField::Shipping, tr("The shipping amount or its VAT is not a number.") });
    return problems;
}

QString EditOrderDialog::reasonShown(Orders::OrderField field) const
{
    return m_errors.reasonShown(field);
}

void EditOrderDialog::updateState()
{
    const QList<FieldProblem> local = problems();
    m_errors.show(local + m_serverProblems);
    growToFit(this);
    const bool busy = m_write && !m_write->isFinished();
    m_sendButton->setEnabled(!m_refusal && local.isEmpty() && !busy && !m_outcomeUnknown && m_client);
    m_sendButton->setToolTip(m_refusal ? *m_refusal : local.isEmpty() ? QString() : local.first().reason);
    const Orders::OrderDraft current = draft();
    m_lines->showTotals(current, current.amount > 0);
}

void EditOrderDialog::send()
{
    if (m_write || m_refusal || m_outcomeUnknown || !m_client || !problems().isEmpty())
        return;
    m_serverProblems.clear();
    m_write = new Orders::SessionWrite(
        m_client, WriteKind::Update, draft(), m_session.id(), m_withoutLock->isChecked(), this);
    connect(m_write, &Orders::SessionWrite::finished, this, &EditOrderDialog::handleFinished);
    m_form->setEnabled(false);
    m_status->setText(tr("Sending the changed order\u2026"));
    m_write->start();
    updateState();
}

void EditOrderDialog::handleFinished()
{
    Orders::SessionWrite *write = m_write;
    Q_EMIT writeFinished(write);
    m_form->setEnabled(true);
    if (write->succeeded() && write->session()) {
        Q_EMIT sessionUpdated(*write->session());
        write->deleteLater();
        accept();
        return;
    }
    if (write->error().kind() == Api::ApiError::Kind::OutcomeUnknown) {
        m_outcomeUnknown = true;
        m_status->setText(tr("The answer was lost, so the order may have been changed. Reload the details "
                             "before editing it again."));
    } else if (write->error().code() == QLatin1String("SESSION_NOT_LOCKED")) {
        m_status->setText(tr("Dintero refused the update because the session is not locked for paying."));
    } else {
        m_status->setText(write->error().httpStatus() == 400
                ? tr("Dintero refused the update (400); nothing was changed.")
                : tr("The order was not changed: %1").arg(write->error().message()));
    }
    m_serverProblems = write->problems();
    for (const FieldProblem &problem : std::as_const(m_serverProblems))
        m_errors.touch(problem.field);
    write->deleteLater();
    m_write = nullptr;
    updateState();
}

} // namespace Dintero::Ui
