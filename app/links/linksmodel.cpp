#include "linksmodel.h"

#include <QLocale>

#include <algorithm>

namespace Dintero::Links {
namespace {

QString customerOf(const Core::Session &session)
{
    if (const QString name = session.customerName(); !name.isEmpty())
        return name;
    if (const QString email = session.customerEmail(); !email.isEmpty())
        return email;
    if (const QString phone = session.customerPhone(); !phone.isEmpty())
        return phone;
    return session.customerId();
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

LinksModel::LinksModel(QObject *parent) : QAbstractTableModel(parent) { }

LinksModel::~LinksModel() = default;

void LinksModel::attach(LinkWatch *watch)
{
    for (QMetaObject::Connection &connection : m_connections)
        disconnect(connection);
    if (!watch)
        return;
    m_connections[0] = connect(watch, &LinkWatch::sessionUpdated, this,
        [this](const Core::Session &session, const QDateTime &checkedAt) { updateSession(session, checkedAt); });
    m_connections[1] = connect(watch, &LinkWatch::linkCompleted, this,
        [this](const Core::Session &session) { setState(session.id(), State::Completed); });
    m_connections[2] = connect(
        watch, &LinkWatch::linkEnded, this, [this](const QString &sessionId, LinkEnd end, const QString &reason) {
            switch (end) {
            case LinkEnd::Completed:
                setState(sessionId, State::Completed);
                break;
            case LinkEnd::Cancelled:
                setState(sessionId, State::Cancelled);
                break;
            case LinkEnd::Expired:
                setState(sessionId, State::Expired);
                break;
            case LinkEnd::Failed:
                setState(sessionId, State::Failed);
                break;
            case LinkEnd::NotFound:
                setState(sessionId, State::Stopped, reason);
                break;
            }
        });
    m_connections[3] = connect(watch, &LinkWatch::watchPaused, this,
        [this](const QString &sessionId, const QString &reason) { setState(sessionId, State::Stopped, reason); });
    m_connections[4] = connect(watch, &LinkWatch::transactionRead, this,
        [this](const QString &sessionId, const Core::Transaction &transaction) {
            if (transaction.card)
                setCard(sessionId, *transaction.card);
        });
}

void LinksModel::addLink(const Core::Session &session, const QUrl &url, bool createdThisRun)
{
    if (const int row = rowOf(session.id()); row >= 0) {
        Link &link = m_links[size_t(row)];
        link.session = session;
        if (!url.isEmpty())
            link.url = url;
        link.createdThisRun = link.createdThisRun || createdThisRun;
        rowChanged(row);
        return;
    }
    Link link;
    link.session = session;
    link.url = url;
    link.createdThisRun = createdThisRun;
    beginInsertRows({}, 0, 0);
    m_links.insert(m_links.begin(), std::move(link));
    endInsertRows();
}

void LinksModel::removeLink(const QString &sessionId)
{
    const int row = rowOf(sessionId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_links.erase(m_links.begin() + row);
    endRemoveRows();
}

void LinksModel::updateSession(const Core::Session &session, const QDateTime &checkedAt)
{
    const int row = rowOf(session.id());
    if (row < 0)
        return;
    Link &link = m_links[size_t(row)];
    link.session = session;
    if (checkedAt.isValid())
        link.lastChecked = checkedAt;
    rowChanged(row);
}

void LinksModel::setState(const QString &sessionId, State state, const QString &reason)
{
    const int row = rowOf(sessionId);
    if (row < 0)
        return;
    Link &link = m_links[size_t(row)];
    link.state = state;
    link.stopReason = reason;
    rowChanged(row);
}

void LinksModel::setCard(const QString &sessionId, const Core::TransactionCard &card)
{
    const int row = rowOf(sessionId);
    if (row < 0)
        return;
    // The brand, number and token id are what the list needs; the tokens stay out of it.
    Core::TransactionCard kept = card;
    kept.paymentToken.clear();
    kept.recurrenceToken.clear();
    m_links[size_t(row)].card = kept;
    rowChanged(row);
}

int LinksModel::rowOf(const QString &sessionId) const
{
    const auto it = std::find_if(
        m_links.cbegin(), m_links.cend(), [&sessionId](const Link &link) { return link.session.id() == sessionId; });
    return it == m_links.cend() ? -1 : int(it - m_links.cbegin());
}

const LinksModel::Link *LinksModel::link(const QString &sessionId) const
{
    const int row = rowOf(sessionId);
    return row < 0 ? nullptr : &m_links[size_t(row)];
}

const LinksModel::Link &LinksModel::linkAt(int row) const
{
    return m_links.at(size_t(row));
}

QString LinksModel::stateText(State state, const QString &reason, bool paymentToken)
{
    switch (state) {
    case State::Waiting:
        return tr("Waiting for the customer");
    case State::Completed:
        return paymentToken ? tr("Card saved") : tr("Paid");
    case State::Expired:
        return tr("Expired");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Failed:
        return tr("Failed");
    case State::Stopped:
        return reason.isEmpty() ? tr("Watch stopped") : tr("Watch stopped: %1").arg(reason);
    }
    return {};
}

int LinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int LinksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LinksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Link &link = m_links[size_t(index.row())];
    const Core::Session &session = link.session;
    switch (role) {
    case SessionIdRole:
        return session.id();
    case StateRole:
        return int(link.state);
    case Qt::ToolTipRole:
        if (index.column() == MerchantReferenceColumn)
            return session.id();
        if (index.column() == StateColumn && link.card)
            return QString(link.card->brand + QLatin1Char(' ') + link.card->maskedPan).trimmed();
        return {};
    case SortRole:
        switch (index.column()) {
        case CreatedColumn:
            return session.createdAt().toMSecsSinceEpoch();
        case ExpiresColumn:
            return session.expiresAt().isValid() ? session.expiresAt().toMSecsSinceEpoch() : QVariant();
        case LastCheckedColumn:
            return link.lastChecked.isValid() ? link.lastChecked.toMSecsSinceEpoch() : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case MerchantReferenceColumn:
            return session.merchantReference();
        case CustomerColumn:
            return customerOf(session);
        case CreatedColumn:
            return timeText(session.createdAt());
        case ExpiresColumn:
            return timeText(session.expiresAt());
        case StateColumn:
            return stateText(link.state, link.stopReason, session.isPaymentTokenSession());
        case LastCheckedColumn:
            return link.lastChecked.isValid() ? timeText(link.lastChecked) : tr("Not yet");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MerchantReferenceColumn:
        return tr("Merchant reference");
    case CustomerColumn:
        return tr("Customer");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case StateColumn:
        return tr("State");
    case LastCheckedColumn:
        return tr("Last checked");
    default:
        return {};
    }
}

void LinksModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Dintero::Links
