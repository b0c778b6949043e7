#include "canceldialog.h"

#include "cancel/cancelrun.h"
#include "core/money.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dintero::Ui {
namespace {

using Cancel::CancelCandidate;
using Cancel::CancelResult;
using Cancel::CancelRun;

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QTreeWidget *resultTree(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setAccessibleName(accessibleName);
    tree->setRootIsDecorated(false);
    tree->setColumnCount(3);
    tree->setHeaderLabels({ CancelDialog::tr("Session"), CancelDialog::tr("Result"), CancelDialog::tr("Why") });
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->setWordWrap(true);
    return tree;
}

QString totalsText(const QMap<QString, qint64> &totals)
{
    QStringList parts;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        parts.append(Core::formatMoney({ it.value(), it.key() }, QLocale()));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString resultWord(CancelResult::Kind kind)
{
    switch (kind) {
    case CancelResult::Kind::Cancelled:
        return CancelDialog::tr("Cancelled");
    case CancelResult::Kind::Refused:
        return CancelDialog::tr("Refused");
    case CancelResult::Kind::Unknown:
        return CancelDialog::tr("Outcome unknown");
    case CancelResult::Kind::Failed:
        return CancelDialog::tr("Failed");
    case CancelResult::Kind::NotSent:
        break;
    }
    return CancelDialog::tr("Not sent");
}

} // namespace

CancelDialog::CancelDialog(CancelRun *run, bool production, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
    , m_production(production)
    , m_bulk(run->sessionIds().size() > 1)
    , m_pages(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("cancelDialog"));
    setWindowTitle(m_bulk ? tr("Cancel %n Session(s)", nullptr, int(run->sessionIds().size()))
                          : tr("Cancel Session %1").arg(run->sessionIds().value(0)));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    m_keepButton
        = m_buttons->addButton(m_bulk ? tr("Keep Sessions") : tr("Keep Session"), QDialogButtonBox::RejectRole);
    m_keepButton->setObjectName(QStringLiteral("keepButton"));
    m_keepButton->setAccessibleName(tr("Keep Session"));
    m_confirmButton = m_buttons->addButton(tr("Cancel Session"), QDialogButtonBox::DestructiveRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->setAccessibleName(tr("Cancel Session"));
    m_confirmButton->setAutoDefault(false);
    m_stopButton = m_buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAccessibleName(tr("Stop"));
    m_copyButton = m_buttons->addButton(tr("Copy as Text"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyResultsButton"));
    m_copyButton->setAccessibleName(tr("Copy as Text"));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));

    connect(m_confirmButton, &QPushButton::clicked, this, &CancelDialog::confirm);
    connect(m_keepButton, &QPushButton::clicked, this, &CancelDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &CancelDialog::accept);
    connect(m_copyButton, &QPushButton::clicked, this, &CancelDialog::copyResults);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->stop();
        m_stopButton->setEnabled(false);
        m_stopButton->setText(m_run && m_run->phase() == CancelRun::Phase::Cancelling
                ? tr("Stopping after the request in flight\u2026")
                : tr("Stopping\u2026"));
    });

    buildCheckingPage();
    buildConfirmPage();
    buildProgressPage();
    buildResultPage();

    connect(run, &CancelRun::preflightProgress, this, [this](int checked, int total) {
        m_checkingProgress->setRange(0, total);
        m_checkingProgress->setValue(checked);
        m_checkingLabel->setText(
            tr("Reading the sessions again before anything is sent: %1 of %n checked.", nullptr, total).arg(checked));
    });
    connect(run, &CancelRun::preflightFinished, this, &CancelDialog::showConfirmation);
    connect(run, &CancelRun::progress, this, &CancelDialog::showProgress);
    connect(run, &CancelRun::resultReady, this, [this] {
        if (m_run)
            showProgress(int(m_run->results().size()), int(m_run->candidates().size()));
    });
    connect(run, &CancelRun::finished, this, &CancelDialog::showResults);

    m_pages->setCurrentIndex(0);
    m_keepButton->hide();
    m_confirmButton->hide();
    m_copyButton->hide();
    m_closeButton->hide();
    resize(560, m_bulk ? 460 : 380);
}

CancelDialog::~CancelDialog() = default;

void CancelDialog::buildCheckingPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_checkingLabel = wrappingLabel(page, QStringLiteral("checkingLabel"));
    m_checkingLabel->setText(m_bulk
            ? tr("Reading the sessions again before anything is sent\u2026")
            : tr("Reading the session and its transaction again before anything is sent\u2026"));
    m_checkingProgress = new QProgressBar(page);
    m_checkingProgress->setObjectName(QStringLiteral("checkingProgress"));
    m_checkingProgress->setAccessibleName(tr("Sessions checked"));
    m_checkingProgress->setRange(0, 0);
    layout->addWidget(m_checkingLabel);
    layout->addWidget(m_checkingProgress);
    layout->addStretch(1);
    m_pages->addWidget(page);
}

void CancelDialog::buildConfirmPage()
{
    m_confirmPage = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(m_confirmPage);
    m_summaryLabel = wrappingLabel(m_confirmPage, QStringLiteral("summaryLabel"));
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    m_detailsLabel = wrappingLabel(m_confirmPage, QStringLiteral("detailsLabel"));
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_consequenceLabel = wrappingLabel(m_confirmPage, QStringLiteral("consequenceLabel"));
    m_refusedList
        = resultTree(m_confirmPage, QStringLiteral("notCancellableList"), tr("Sessions that cannot be cancelled"));
    m_refusedList->setColumnCount(2);
    m_refusedList->setHeaderLabels({ tr("Session"), tr("Why it cannot be cancelled") });
    m_noteLabel = new QLabel(tr("&Note (why; kept in the journal, not sent to Dintero):"), m_confirmPage);
    m_noteEdit = new QPlainTextEdit(m_confirmPage);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(64);
    m_noteLabel->setBuddy(m_noteEdit);
    m_typeLabel = wrappingLabel(m_confirmPage, QStringLiteral("typeLabel"));
    m_typeEdit = new QLineEdit(m_confirmPage);
    m_typeEdit->setObjectName(QStringLiteral("typedConfirmation"));
    m_typeEdit->setAccessibleName(tr("Typed confirmation"));
    m_typeLabel->setBuddy(m_typeEdit);
    connect(m_typeEdit, &QLineEdit::textChanged, this, &CancelDialog::updateConfirmButton);

    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_consequenceLabel);
    layout->addWidget(m_refusedList, 1);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_noteEdit);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_typeEdit);
    layout->addStretch(0);
    m_pages->addWidget(m_confirmPage);
}

void CancelDialog::buildProgressPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_progressLabel = wrappingLabel(page, QStringLiteral("progressLabel"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("cancelProgress"));
    m_progress->setAccessibleName(tr("Sessions cancelled"));
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    m_pages->addWidget(page);
}

void CancelDialog::buildResultPage()
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    m_resultLabel = wrappingLabel(page, QStringLiteral("resultLabel"));
    m_resultList = resultTree(page, QStringLiteral("resultList"), tr("Results"));
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_resultList, 1);
    m_pages->addWidget(page);
}

QString CancelDialog::expectedConfirmation() const
{
    if (!m_run)
        return {};
    if (m_bulk)
        return QString::number(m_run->cancellableCount());
    const CancelCandidate &candidate = m_run->candidates().constFirst();
    const QString reference = candidate.session ? candidate.session->merchantReference() : QString();
    return reference.isEmpty() ? candidate.sessionId : reference;
}

void CancelDialog::showConfirmation()
{
    if (!m_run)
        return;
    m_stopButton->hide();
    m_pages->setCurrentWidget(m_confirmPage);
    const QList<CancelCandidate> &candidates = m_run->candidates();
    const int cancellable = m_run->cancellableCount();
    const int unchecked = int(m_run->sessionIds().size() - candidates.size());

    if (!m_bulk && !candidates.isEmpty()) {
        const CancelCandidate &c = candidates.constFirst();
        m_refusedList->hide();
        QStringList rows;
        const auto row = [&rows](const QString &label, const QString &value) {
            if (!value.isEmpty())
                rows.append(QStringLiteral("<tr><td>%1&nbsp;</td><td><b>%2</b></td></tr>")
                                .arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
        };
        row(tr("Session:"), c.sessionId);
        if (c.session) {
            row(tr("Merchant reference:"), c.session->merchantReference());
            QString customer = c.session->customerName();
            if (!c.session->customerEmail().isEmpty())
                customer += (customer.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) + c.session->customerEmail();
            row(tr("Customer:"), customer);
            const Core::Money amount = c.amount();
            if (!amount.currency.isEmpty())
                row(tr("Amount:"), Core::formatMoney(amount, QLocale()));
        }
        row(tr("State now:"), c.assessment.state);
        m_detailsLabel->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
        if (c.mayTry()) {
            m_summaryLabel->setText(tr("Cancel this session?"));
            m_consequenceLabel->setText(c.assessment.consequence);
        } else {
            m_summaryLabel->setText(tr("This session can no longer be cancelled."));
            m_consequenceLabel->setText(c.assessment.reason);
        }
    } else {
        m_detailsLabel->hide();
        QString summary
            = tr("%1 of %n session(s) can be cancelled.", nullptr, int(m_run->sessionIds().size())).arg(cancellable);
        if (unchecked > 0)
            summary += u' ' + tr("%n session(s) were not checked (stopped) and are left alone.", nullptr, unchecked);
        m_summaryLabel->setText(summary);
        const QString totals = totalsText(m_run->totalsPerCurrency());
        m_consequenceLabel->setText(cancellable == 0
                ? QString()
                : (totals.isEmpty() ? QString() : tr("Total: %1.").arg(totals) + u' ')
                    + tr("Reservations on the customers' cards are released and the payment links stop working. "
                         "The sessions are cancelled one at a time. This cannot be undone."));
        m_refusedList->clear();
        for (const CancelCandidate &c : candidates) {
            if (c.mayTry())
                continue;
            auto *item = new QTreeWidgetItem(m_refusedList, { c.sessionId, c.assessment.reason });
            item->setToolTip(1, c.assessment.reason);
        }
        m_refusedList->setVisible(m_refusedList->topLevelItemCount() > 0);
    }

    const bool canConfirm = cancellable > 0;
    m_noteLabel->setVisible(canConfirm);
    m_noteEdit->setVisible(canConfirm);
    const bool typing = canConfirm && m_production;
    m_typeLabel->setVisible(typing);
    m_typeEdit->setVisible(typing);
    if (typing) {
        m_typeLabel->setText(m_bulk
                ? tr("This is a production account. Type the number of sessions to cancel (%1) to confirm:")
                      .arg(expectedConfirmation())
                : tr("This is a production account. Type the merchant reference (%1) to confirm:")
                      .arg(expectedConfirmation()));
    }
    if (canConfirm) {
        m_keepButton->show();
        m_confirmButton->show();
        m_confirmButton->setText(m_bulk ? tr("Cancel %n Session(s)", nullptr, cancellable) : tr("Cancel Session"));
        m_keepButton->setDefault(true);
        m_keepButton->setFocus();
    } else {
        m_closeButton->show();
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
    }
    updateConfirmButton();
}

void CancelDialog::updateConfirmButton()
{
    const bool typed = !m_production || m_typeEdit->text().trimmed() == expectedConfirmation();
    m_confirmButton->setEnabled(
        m_run && m_run->phase() == CancelRun::Phase::Checked && m_run->cancellableCount() > 0 && typed);
}

void CancelDialog::confirm()
{
    if (!m_run || !m_confirmButton->isEnabled())
        return;
    // Once: the button goes before anything is sent.
    m_confirmButton->setEnabled(false);
    m_confirmButton->hide();
    m_keepButton->hide();
    m_noteEdit->setReadOnly(true);
    if (m_bulk) {
        m_pages->setCurrentIndex(2);
        m_stopButton->setText(tr("Stop"));
        m_stopButton->setEnabled(true);
        m_stopButton->show();
    } else {
        m_pages->setCurrentIndex(2);
        m_progress->setRange(0, 0);
        m_progressLabel->setText(tr("Cancelling the session\u2026"));
    }
    Q_EMIT confirmed();
    m_run->execute();
}

void CancelDialog::showProgress(int done, int total)
{
    if (!m_bulk)
        return;
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progressLabel->setText(tr("Cancelling one session at a time: %1 of %n done.", nullptr, total).arg(done));
}

void CancelDialog::showResults()
{
    if (!m_run)
        return;
    m_stopButton->hide();
    m_pages->setCurrentIndex(3);
    m_resultList->clear();
    for (const CancelResult &result : m_run->results()) {
        auto *item = new QTreeWidgetItem(m_resultList, { result.sessionId, resultWord(result.kind), result.message });
        item->setToolTip(2, result.message);
        item->setData(0, Qt::UserRole, int(result.kind));
    }
    using Kind = CancelResult::Kind;
    if (!m_bulk && !m_run->results().isEmpty()) {
        const CancelResult &r = m_run->results().constFirst();
        QString text;
        switch (r.kind) {
        case Kind::Cancelled:
            text = tr("The session is cancelled.");
            break;
        case Kind::Refused:
            text = tr("Dintero refused the cancel: %1").arg(r.message);
            break;
        case Kind::Unknown:
            text = tr("It is not known whether the session was cancelled. %1").arg(r.message);
            break;
        case Kind::Failed:
        case Kind::NotSent:
            text = tr("The session was not cancelled: %1").arg(r.message);
            break;
        }
        m_resultLabel->setText(text);
        m_resultList->hide();
        m_copyButton->hide();
    } else {
        QStringList parts { tr("%n cancelled", nullptr, m_run->count(Kind::Cancelled)) };
        if (const int n = m_run->count(Kind::Refused))
            parts.append(tr("%n refused", nullptr, n));
        if (const int n = m_run->count(Kind::Unknown))
            parts.append(tr("%n with an unknown outcome", nullptr, n));
        if (const int n = m_run->count(Kind::Failed))
            parts.append(tr("%n failed", nullptr, n));
        if (const int n = m_run->count(Kind::NotSent))
            parts.append(tr("%n not sent", nullptr, n));
        m_resultLabel->setText(parts.join(QStringLiteral(", ")) + u'.');
        m_copyButton->show();
    }
    m_closeButton->show();
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
}

void CancelDialog::copyResults()
{
    if (!m_run)
        return;
    QStringList lines;
    for (const CancelResult &result : m_run->results())
        lines.append(result.summary());
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

QString CancelDialog::note() const
{
    return m_noteEdit->toPlainText().trimmed();
}

void CancelDialog::reject()
{
    // While cancels are being sent, closing the window stops after the one in flight;
    // the run keeps going to its end in the background and reports to its owner.
    if (m_run && m_run->phase() == CancelRun::Phase::Cancelling)
        m_run->stop();
    else if (m_run && m_run->phase() == CancelRun::Phase::Checking)
        m_run->stop();
    QDialog::reject();
}

} // namespace Dintero::Ui
