#include "sessions/sessionactions.h"

#include "cancel/cancelrule.h"
#include "cancel/transactionstatuses.h"
#include "models/itemdatarole.h"
#include "sessions/sessionsview.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QUrl>

namespace Dintero::Ui {
namespace {

// How many selected rows have their transaction read for the Cancel action's state.
constexpr int MaxTransactionReads = 20;

constexpr int StatusMessageMs = 6000;

QAction *makeAction(const char *objectName, QObject *parent)
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

} // namespace

// The texts that came from MainWindow keep its translation context, so that the
// catalogues need no new work for them.
SessionActions::SessionActions(SessionsView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_openDetails(makeAction("openDetailsAction", this))
    , m_copySessionIds(makeAction("copySessionIdAction", this))
    , m_copyTransactionIds(makeAction("copyTransactionIdAction", this))
    , m_copyMerchantReferences(makeAction("copyMerchantReferenceAction", this))
    , m_copyCheckoutLinks(makeAction("copyCheckoutLinkAction", this))
    , m_openCheckoutPage(makeAction("openCheckoutPageAction", this))
    , m_cancelSession(makeAction("cancelSessionAction", this))
    , m_rowMenu(new QMenu(view))
{
    // Enter opens the current row and Ctrl+C copies session ids while the table has
    // focus; elsewhere (a line edit) the keys keep their usual meaning.
    m_openDetails->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_openDetails->setShortcutContext(Qt::WidgetShortcut);
    m_copySessionIds->setShortcut(QKeySequence::Copy);
    m_copySessionIds->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_openDetails);
    m_view->addAction(m_copySessionIds);

    connect(m_openDetails, &QAction::triggered, this, &SessionActions::openDetails);
    connect(m_copySessionIds, &QAction::triggered, this, [this] {
        copyColumn(Models::SessionIdRole, QCoreApplication::translate("Dintero::Ui::MainWindow", "session IDs"));
    });
    connect(m_copyTransactionIds, &QAction::triggered, this, [this] {
        copyColumn(
            Models::TransactionIdRole, QCoreApplication::translate("Dintero::Ui::MainWindow", "transaction IDs"));
    });
    connect(m_copyMerchantReferences, &QAction::triggered, this, [this] {
        copyColumn(Models::MerchantReferenceRole,
            QCoreApplication::translate("Dintero::Ui::MainWindow", "merchant references"));
    });
    connect(m_copyCheckoutLinks, &QAction::triggered, this, [this] {
        copyColumn(Models::CheckoutUrlRole, QCoreApplication::translate("Dintero::Ui::MainWindow", "checkout links"));
    });
    connect(m_openCheckoutPage, &QAction::triggered, this, &SessionActions::openCheckoutPage);
    connect(m_cancelSession, &QAction::triggered, this, [this] {
        const QStringList ids = selectedSessionIds();
        if (!ids.isEmpty() && m_cancelSession->isEnabled())
            Q_EMIT cancelRequested(ids);
    });

    m_rowMenu->setObjectName(QStringLiteral("rowMenu"));
    addTo(m_rowMenu);
    // Bold in the row menu only: what a double-click does.
    m_rowMenu->setDefaultAction(m_openDetails);

    connectView();
    update();
}

SessionActions::~SessionActions() = default;

QAction *SessionActions::openDetailsAction() const
{
    return m_openDetails;
}

QAction *SessionActions::copySessionIdAction() const
{
    return m_copySessionIds;
}

QAction *SessionActions::cancelSessionAction() const
{
    return m_cancelSession;
}

void SessionActions::addTo(QMenu *menu) const
{
    menu->addAction(m_openDetails);
    menu->addSeparator();
    menu->addActions({ m_copySessionIds, m_copyTransactionIds, m_copyMerchantReferences, m_copyCheckoutLinks });
    menu->addSeparator();
    menu->addAction(m_openCheckoutPage);
    menu->addSeparator();
    menu->addAction(m_cancelSession);
}

void SessionActions::connectView()
{
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(Models::SessionIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openDetailsRequested(id);
    });
    connect(m_view, &SessionsView::copyRequested, m_copySessionIds, &QAction::trigger);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SessionActions::showRowMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SessionActions::update);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SessionActions::update);
    // A refresh or an edit elsewhere can change what a selected row allows.
    QAbstractItemModel *model = m_view->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &SessionActions::update);
    connect(model, &QAbstractItemModel::modelReset, this, &SessionActions::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SessionActions::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SessionActions::update);
}

void SessionActions::update()
{
    const QModelIndexList selected = m_view->selectedRowIndexes();
    const int count = int(selected.size());
    const bool any = count > 0;

    m_rowMenu->setAccessibleName(tr("Session actions"));
    m_openDetails->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "&Open Details"));
    m_openDetails->setToolTip(QCoreApplication::translate("MainWindow", "Show the selected session"));
    m_openDetails->setEnabled(any);

    m_copySessionIds->setText(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Copy &Session ID(s)", nullptr, count));
    m_copyTransactionIds->setText(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Copy &Transaction ID(s)", nullptr, count));
    m_copyMerchantReferences->setText(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Copy &Merchant Reference(s)", nullptr, count));
    m_copyCheckoutLinks->setText(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Copy Checkout &Link(s)", nullptr, count));
    for (QAction *copy : { m_copySessionIds, m_copyTransactionIds, m_copyMerchantReferences, m_copyCheckoutLinks })
        copy->setEnabled(any);

    m_openCheckoutPage->setText(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Open Checkout &Page in Browser"));
    m_openCheckoutPage->setEnabled(count == 1 && !selectedCheckoutUrl().isEmpty());

    int refused = 0;
    int inFlight = 0;
    QString transactionReason; // the first selected row's, when its transaction forbids a cancel
    for (const QModelIndex &index : selected) {
        inFlight += m_inFlight.contains(index.data(Models::SessionIdRole).toString()) ? 1 : 0;
        if (!index.data(Models::CanCancelRole).toBool()) {
            ++refused;
            continue;
        }
        const QString transactionId = index.data(Models::TransactionIdRole).toString();
        if (!m_transactions || transactionId.isEmpty())
            continue;
        // Bounded: a large selection is checked by the cancel's own preflight instead.
        if (count <= MaxTransactionReads)
            m_transactions->read(transactionId);
        if (const auto transaction = m_transactions->transaction(transactionId)) {
            if (const QString reason = Cancel::transactionRefusal(*transaction); !reason.isEmpty()) {
                ++refused;
                if (transactionReason.isEmpty())
                    transactionReason = reason;
            }
        }
    }
    m_cancelSession->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "&Cancel Session\u2026"));
    m_cancelSession->setEnabled(m_writeAllowed && any && refused == 0 && inFlight == 0);
    // A disabled cancel says why, in its tooltip and in the status bar as it is hovered.
    QString why;
    if (!m_writeAllowed)
        why = m_writeRefusal;
    else if (!any)
        why = tr("Select the sessions to cancel.");
    else if (inFlight > 0)
        why = tr("A cancel of %n of the selected sessions is under way.", nullptr, inFlight);
    else if (refused > 0 && count == 1 && !transactionReason.isEmpty())
        why = transactionReason;
    else if (refused > 0)
        why = tr("%n of the selected sessions can no longer be cancelled.", nullptr, refused);
    else
        why = tr("Cancel the %n selected session(s) so that they can no longer be paid.", nullptr, count);
    m_cancelSession->setToolTip(why);
    m_cancelSession->setStatusTip(why);
}

void SessionActions::setWriteAllowed(bool allowed, const QString &reason)
{
    m_writeAllowed = allowed;
    m_writeRefusal = reason;
    for (QAction *action : std::as_const(m_writeActions))
        applyWriteAllowed(action);
    update();
}

void SessionActions::addWriteAction(QAction *action)
{
    if (!action || m_writeActions.contains(action))
        return;
    m_writeActions.append(action);
    connect(action, &QObject::destroyed, this, [this, action] { m_writeActions.removeAll(action); });
    applyWriteAllowed(action);
}

bool SessionActions::isWriteAllowed() const
{
    return m_writeAllowed;
}

// A registered action keeps its own tooltip while writes are allowed; disabled, it says why.
void SessionActions::applyWriteAllowed(QAction *action)
{
    const char *property = "dinteroToolTipBeforeReadOnly";
    if (!m_writeAllowed) {
        if (!action->property(property).isValid())
            action->setProperty(property, action->toolTip());
        action->setEnabled(false);
        action->setToolTip(m_writeRefusal);
        action->setStatusTip(m_writeRefusal);
    } else if (action->property(property).isValid()) {
        action->setToolTip(action->property(property).toString());
        action->setStatusTip(QString());
        action->setProperty(property, QVariant());
        action->setEnabled(true);
    }
}

void SessionActions::setTransactionStatuses(Cancel::TransactionStatuses *statuses)
{
    m_transactions = statuses;
    connect(statuses, &Cancel::TransactionStatuses::transactionRead, this, &SessionActions::update);
    update();
}

void SessionActions::setSessionsInFlight(const QSet<QString> &sessionIds)
{
    m_inFlight = sessionIds;
    update();
}

QStringList SessionActions::selectedSessionIds() const
{
    QStringList ids;
    const QModelIndexList selected = m_view->selectedRowIndexes();
    for (const QModelIndex &index : selected)
        ids.append(index.data(Models::SessionIdRole).toString());
    return ids;
}

void SessionActions::showRowMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    update();
    m_rowMenu->popup(m_view->viewport()->mapToGlobal(position));
}

void SessionActions::openDetails()
{
    // The current row when it is selected, else the first selected one.
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || !m_view->selectionModel()->isRowSelected(index.row(), index.parent())) {
        const QModelIndexList selected = m_view->selectedRowIndexes();
        index = selected.isEmpty() ? QModelIndex() : selected.constFirst();
    }
    const QString id = index.data(Models::SessionIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openDetailsRequested(id);
}

void SessionActions::copyColumn(int role, const QString &what)
{
    QStringList values;
    const QModelIndexList selected = m_view->selectedRowIndexes();
    for (const QModelIndex &index : selected) {
        const QString value = index.data(role).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    if (values.isEmpty()) {
        Q_EMIT statusMessage(
            QCoreApplication::translate("Dintero::Ui::MainWindow", "Nothing to copy: the selected sessions have no %1.")
                .arg(what),
            StatusMessageMs);
        return;
    }
    QGuiApplication::clipboard()->setText(values.join(u'\n'));
    Q_EMIT statusMessage(
        QCoreApplication::translate("Dintero::Ui::MainWindow", "Copied %n value(s) (%1).", nullptr, int(values.size()))
            .arg(what),
        StatusMessageMs);
}

QString SessionActions::selectedCheckoutUrl() const
{
    const QModelIndexList selected = m_view->selectedRowIndexes();
    if (selected.size() != 1)
        return {};
    const QUrl url = selected.constFirst().data(Models::CheckoutUrlRole).toUrl();
    return url.isValid() ? url.toString() : QString();
}

void SessionActions::openCheckoutPage()
{
    const QString url = selectedCheckoutUrl();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

} // namespace Dintero::Ui
