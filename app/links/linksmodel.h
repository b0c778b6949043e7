#pragma once

#include "core/session.h"
#include "core/transaction.h"
#include "links/linkwatch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace Dintero::Links {

// The payment links of this run, and the sessions watched because their details are
// open, with what the watch knows of each: one row per session, newest first. Follows a
// LinkWatch it is attached to (updates, completion, the end of a watch and its reason).
class LinksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinksModel)

public:
    enum Column {
        MerchantReferenceColumn,
        CustomerColumn,
        CreatedColumn,
        ExpiresColumn,
        StateColumn,
        LastCheckedColumn,
        ColumnCount,
    };

    enum class State {
        Waiting, // for the customer
        Completed, // the card is saved (or, for a payment, it is authorized)
        Expired,
        Cancelled,
        Failed,
        Stopped, // the watch stopped; stopReason says why
    };

    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        StateRole, // int(State)
        SortRole, // times as msecs, the rest as text
    };

    struct Link
    {
        Core::Session session;
        QUrl url;
        bool createdThisRun = false;
        State state = State::Waiting;
        QString stopReason;
        QDateTime lastChecked;
        std::optional<Core::TransactionCard> card; // once read; without the tokens themselves
    };

    explicit LinksModel(QObject *parent = nullptr);
    ~LinksModel() override;

    // Follows the watch's signals (one watch at most; nullptr detaches).
    void attach(LinkWatch *watch);

    // Adds the session at the top, or updates its row (a link made this run stays one).
    void addLink(const Core::Session &session, const QUrl &url, bool createdThisRun);
    // Removes the row of a session watched only for its details window.
    void removeLink(const QString &sessionId);
    void updateSession(const Core::Session &session, const QDateTime &checkedAt = {});
    void setState(const QString &sessionId, State state, const QString &reason = {});
    void setCard(const QString &sessionId, const Core::TransactionCard &card);

    int rowOf(const QString &sessionId) const;
    const Link *link(const QString &sessionId) const;
    const Link &linkAt(int row) const;

    // "Waiting for the customer", "Card saved", "Watch stopped: …".
    static QString stateText(State state, const QString &reason, bool paymentToken);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);

    std::vector<Link> m_links;
    QMetaObject::Connection m_connections[5];
};

} // namespace Dintero::Links
