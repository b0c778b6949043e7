#pragma once

#include "core/session.h"
#include "core/transaction.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace Dintero::Models {

// One line of a session's history: a session event, a transaction event, or the time
// the customer spent on the payment page (a PAY_LOCK_START…PAY_LOCK_END pair).
struct TimelineEntry
{
    enum class Source {
        Session,
        Transaction,
    };
    enum class Kind {
        Event,
        PaymentPageSpan, // time..end; open when no PAY_LOCK_END followed
    };

    QDateTime time; // UTC; invalid when the event had no usable created_at
    QDateTime end; // PaymentPageSpan only; invalid while still open
    Source source = Source::Session;
    Kind kind = Kind::Event;
    QString name; // the API's event name as sent (PAY_LOCK_START for a span)
    QString title; // readable, tr()'d; an unknown name as it is
    QString details; // the event's details summarised; empty when there is nothing to say
    bool failure = false; // a failed payment step (DECLINED, FAILED, a transaction event with success false)

    bool isOpenSpan() const { return kind == Kind::PaymentPageSpan && !end.isValid(); }
};

// The session's events[] and its transaction's events[] in one list, oldest first
// (undated entries last, in the order received). Unknown event names are kept as they
// are: the list has grown over time and is never an error.
class SessionTimeline
{
    Q_DECLARE_TR_FUNCTIONS(Dintero::Models::SessionTimeline)

public:
    static QList<TimelineEntry> build(const Core::Session &session, const std::optional<Core::Transaction> &transaction,
        const QLocale &locale = QLocale());

    // A readable title for a session or transaction event name; the name itself if unknown.
    static QString sessionEventTitle(const QString &name);
    static QString transactionEventTitle(const QString &name, bool success);
    // "1 h 4 min", "2 min 5 s", "12 s".
    static QString durationText(qint64 seconds);

private:
    static QString sessionDetails(const QJsonObject &details, const QString &currency, const QLocale &locale);
    static QString transactionDetails(
        const Core::TransactionEvent &event, const QString &currency, const QLocale &locale);
};

// The timeline as a table (time, source, event, details) for the details window.
class SessionTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionTimelineModel)

public:
    enum Column {
        TimeColumn,
        SourceColumn,
        EventColumn,
        DetailsColumn,
        ColumnCount,
    };
    // Roles beside Display: the entry's UTC time and whether it is a failure.
    enum Role {
        TimeRole = Qt::UserRole, // QDateTime (UTC)
        FailureRole, // bool
        NameRole, // the API's event name
    };

    explicit SessionTimelineModel(QObject *parent = nullptr);
    ~SessionTimelineModel() override;

    void setEntries(QList<TimelineEntry> entries);
    const QList<TimelineEntry> &entries() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
};

} // namespace Dintero::Models
