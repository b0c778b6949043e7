#include "sessions/sessionsview.h"

#include "models/itemdatarole.h"
#include "models/sessiontablemodel.h"
#include "sessions/statusdelegate.h"
#include "widgets/stateoverlay.h"
#include "widgets/togglemenu.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>

namespace Dintero::Ui {
namespace {

using Models::SessionTableModel;

// Shown until the agent chooses otherwise; the rest are a header right-click away.
bool visibleByDefault(int column)
{
    switch (column) {
    case SessionTableModel::MerchantReference2Column:
    case SessionTableModel::PhoneColumn:
    case SessionTableModel::TransactionIdColumn:
    case SessionTableModel::ExpiresColumn:
        return false;
    default:
        return true;
    }
}

const SessionTableModel *sessionModelOf(const QAbstractItemModel *model)
{
    if (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        return sessionModelOf(proxy->sourceModel());
    return qobject_cast<const SessionTableModel *>(model);
}

} // namespace

SessionsView::SessionsView(QWidget *parent)
    : QTableView(parent), m_overlay(new StateOverlay(this)), m_headerChangeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sessionsView"));
    // Header changes come in bursts while a section is dragged; report them once it stops.
    m_headerChangeTimer->setSingleShot(true);
    m_headerChangeTimer->setInterval(500);
    connect(m_headerChangeTimer, &QTimer::timeout, this, &SessionsView::headerStateChanged);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    // IDs share their account prefix; their ends tell them apart.
    setTextElideMode(Qt::ElideMiddle);
    setCornerButtonEnabled(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(new CellTextDelegate(this));
    setItemDelegateForColumn(SessionTableModel::StatusColumn, new StatusDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = horizontalHeader();
    header->setObjectName(QStringLiteral("sessionsHeader"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(SessionTableModel::CreatedColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::customContextMenuRequested, this, &SessionsView::showHeaderMenu);
    for (const auto signal : { &QHeaderView::sectionMoved, &QHeaderView::sectionResized }) {
        connect(header, signal, this, &SessionsView::noteHeaderChange);
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this, &SessionsView::noteHeaderChange);
}

SessionsView::~SessionsView() = default;

void SessionsView::noteHeaderChange()
{
    m_headerChangeTimer->start();
}

StateOverlay *SessionsView::overlay() const
{
    return m_overlay;
}

void SessionsView::resetColumns()
{
    QHeaderView *header = horizontalHeader();
    const SessionTableModel *sessions = sessionModelOf(model());
    const QFontMetrics cellMetrics = fontMetrics();
    QFont headerFont = header->font();
    const QFontMetrics headerMetrics(headerFont);
    // Room for the cell padding, the sort indicator and (in the status column) the icon.
    const int padding = 24;
    for (int column = 0; column < SessionTableModel::ColumnCount; ++column) {
        const int visual = header->visualIndex(column);
        if (visual != column)
            header->moveSection(visual, column);
        header->setSectionHidden(column, !visibleByDefault(column));
        int width = headerMetrics.horizontalAdvance(SessionTableModel::columnTitle(column)) + padding + 12;
        if (sessions)
            width = std::max(width, cellMetrics.horizontalAdvance(sessions->sampleText(column)) + padding);
        if (column == SessionTableModel::StatusColumn)
            width += cellMetrics.height() + 6;
        header->resizeSection(column, width);
    }
    sortByColumn(SessionTableModel::CreatedColumn, Qt::DescendingOrder);
    m_fitColumnsPending = true;
    if (isVisible())
        fitColumnsToWidth();
    noteHeaderChange();
}

void SessionsView::fitColumnsToWidth()
{
    // Rows arriving later bring the vertical scroll bar: leave room for it now.
    const int scrollBar = verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int available = viewport()->width() - scrollBar;
    if (available <= 0)
        return;
    m_fitColumnsPending = false;
    QHeaderView *header = horizontalHeader();
    int total = 0;
    for (int column = 0; column < header->count(); ++column)
        total += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    if (total <= available)
        return;
    // Dates, statuses and amounts are short and read whole; names, e-mails and ids give
    // way, in proportion to what they can spare, down to room for their title.
    const QFontMetrics metrics(header->font());
    QList<QPair<int, int>> spare; // column, pixels it can give
    int spareTotal = 0;
    for (const int column : { SessionTableModel::MerchantReferenceColumn, SessionTableModel::MerchantReference2Column,
             SessionTableModel::CustomerNameColumn, SessionTableModel::EmailColumn, SessionTableModel::StoreColumn,
             SessionTableModel::TransactionIdColumn, SessionTableModel::SessionIdColumn }) {
        if (header->isSectionHidden(column))
            continue;
        const int minimum = std::max(96, metrics.horizontalAdvance(SessionTableModel::columnTitle(column)) + 36);
        const int canGive = header->sectionSize(column) - minimum;
        if (canGive > 0) {
            spare.append({ column, canGive });
            spareTotal += canGive;
        }
    }
    if (spareTotal == 0)
        return;
    const int excess = std::min(total - available, spareTotal);
    for (const auto &[column, canGive] : std::as_const(spare))
        header->resizeSection(column, header->sectionSize(column) - int(qint64(excess) * canGive / spareTotal) - 1);
}

void SessionsView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_fitColumnsPending && isVisible())
        fitColumnsToWidth();
}

QByteArray SessionsView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool SessionsView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    // The agent's own widths stay as they were.
    m_fitColumnsPending = false;
    QHeaderView *header = horizontalHeader();
    // A state from an older column set could hide everything; keep one column.
    if (header->hiddenSectionCount() >= header->count())
        header->setSectionHidden(SessionTableModel::SessionIdColumn, false);
    sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    return true;
}

QModelIndexList SessionsView::selectedRowIndexes() const
{
    if (!selectionModel())
        return {};
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

QMenu *SessionsView::createHeaderMenu(QWidget *parent, int section)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("headerMenu"));
    // Several columns can be shown or hidden in one go.
    ToggleMenuKeeper::install(menu);
    QHeaderView *header = horizontalHeader();
    if (section >= 0) {
        // Reordering without dragging: move the clicked column past its visible neighbour.
        const auto neighbour = [header](int visual, int step) {
            for (int at = visual + step; at >= 0 && at < header->count(); at += step) {
                if (!header->isSectionHidden(header->logicalIndex(at)))
                    return at;
            }
            return -1;
        };
        const int visual = header->visualIndex(section);
        const QString title = SessionTableModel::columnTitle(section);
        QAction *left = menu->addAction(tr("Move \u201c%1\u201d Left").arg(title));
        left->setObjectName(QStringLiteral("moveColumnLeftAction"));
        left->setEnabled(neighbour(visual, -1) >= 0);
        connect(left, &QAction::triggered, this, [this, section, neighbour] {
            QHeaderView *h = horizontalHeader();
            h->moveSection(h->visualIndex(section), neighbour(h->visualIndex(section), -1));
        });
        QAction *right = menu->addAction(tr("Move \u201c%1\u201d Right").arg(title));
        right->setObjectName(QStringLiteral("moveColumnRightAction"));
        right->setEnabled(neighbour(visual, 1) >= 0);
        connect(right, &QAction::triggered, this, [this, section, neighbour] {
            QHeaderView *h = horizontalHeader();
            h->moveSection(h->visualIndex(section), neighbour(h->visualIndex(section), 1));
        });
        menu->addSeparator();
    }
    // In the order the agent sees them.
    QList<QAction *> columnActions;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction *action = menu->addAction(SessionTableModel::columnTitle(column));
        action->setObjectName(QStringLiteral("showColumn%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setData(column);
        columnActions.append(action);
    }
    // The last visible column stays: a table without columns cannot be got back. The
    // menu stays open while columns are ticked, so this follows each tick.
    const auto keepOneColumn = [header, columnActions] {
        const bool oneLeft = header->count() - header->hiddenSectionCount() <= 1;
        for (QAction *action : columnActions)
            action->setEnabled(!oneLeft || header->isSectionHidden(action->data().toInt()));
    };
    keepOneColumn();
    for (QAction *action : std::as_const(columnActions)) {
        const int column = action->data().toInt();
        connect(action, &QAction::toggled, this, [this, column, keepOneColumn](bool on) {
            horizontalHeader()->setSectionHidden(column, !on);
            if (on && horizontalHeader()->sectionSize(column) < 20)
                resizeColumnToContents(column);
            keepOneColumn();
            noteHeaderChange();
        });
    }
    menu->addSeparator();
    QAction *fit = menu->addAction(tr("Fit Columns to Contents"));
    fit->setObjectName(QStringLiteral("fitColumnsAction"));
    connect(fit, &QAction::triggered, this, [this] {
        resizeColumnsToContents();
        noteHeaderChange();
    });
    QAction *reset = menu->addAction(tr("Reset Columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, &SessionsView::resetColumns);
    return menu;
}

void SessionsView::showHeaderMenu(const QPoint &position)
{
    QMenu *menu = createHeaderMenu(this, horizontalHeader()->logicalIndexAt(position));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(position));
}

SessionsView::Place SessionsView::place() const
{
    const auto sessionIdAt = [](const QModelIndex &index) {
        return index.isValid() ? index.data(Models::SessionIdRole).toString() : QString();
    };
    Place place;
    const QModelIndexList selected = selectedRowIndexes();
    for (const QModelIndex &index : selected)
        place.selectedIds.append(sessionIdAt(index));
    place.currentId = sessionIdAt(currentIndex());
    place.topId = sessionIdAt(indexAt(QPoint(1, 1)));
    return place;
}

void SessionsView::restorePlace(const Place &place)
{
    // The current row first: setting it scrolls it into view, and the top row then puts
    // the view back where it was.
    if (const QModelIndex current = indexOfSession(place.currentId); current.isValid())
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    if (!place.selectedIds.isEmpty()) {
        QItemSelection selection;
        for (const QString &id : place.selectedIds) {
            if (const QModelIndex index = indexOfSession(id); index.isValid())
                selection.select(index, index);
        }
        selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    if (const QModelIndex top = indexOfSession(place.topId); top.isValid())
        scrollTo(top, QAbstractItemView::PositionAtTop);
}

// Through the table model's index of ids: a refresh can put back thousands of rows.
QModelIndex SessionsView::indexOfSession(const QString &id) const
{
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model());
    const auto *sessions = qobject_cast<const Models::SessionTableModel *>(proxy ? proxy->sourceModel() : model());
    const int row = id.isEmpty() || !sessions ? -1 : sessions->rowOfSession(id);
    if (row < 0)
        return {};
    const QModelIndex source = sessions->index(row, 0);
    return proxy ? proxy->mapFromSource(source) : source;
}

void SessionsView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace Dintero::Ui
