#pragma once

#include "core/clock.h"
#include "journal/journalentry.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Dintero::Journal {

// What Journal::read() found out about the file.
struct Verification
{
    // 1-based line from which the entries cannot be trusted: a line that was changed, or
    // the line before one that was removed (the chain cannot tell the two apart); 0 when
    // the chain is intact.
    int brokenLine = 0;
    // The last line is not an entry: the console stopped while writing it. 0 when not.
    int damagedLastLine = 0;
    // Lines before the last that are not entries (1-based), skipped by the chain.
    QList<int> invalidLines;
    // Translated; the file exists but could not be read. Empty otherwise.
    QString errorString;

    bool chainIntact() const { return brokenLine == 0; }
    bool isClean() const
    {
        return brokenLine == 0 && damagedLastLine == 0 && invalidLines.isEmpty() && errorString.isEmpty();
    }
};

struct ReadResult
{
    QList<JournalEntry> entries; // oldest first, every line that is an entry
    QList<int> lines; // the 1-based line of each entry
    Verification verification;
};

struct AppendResult
{
    bool ok = false;
    // Translated, for the agent; set when !ok.
    QString errorString;
    // The file ended with an incomplete line: the entry was started on a new line and
    // chained to the last complete one. `notice` says so (translated).
    bool afterDamagedLine = false;
    QString notice;
    // The entry as written (time and prev filled in).
    JournalEntry entry;

    explicit operator bool() const { return ok; }
};

// The console's journal: one JSON Lines file (format in journalentry.h) in which every
// line carries the SHA-256 of the line before it, so that a changed, inserted or removed
// line shows. Appends are whole lines written with one write() to a file opened for
// appending, under an advisory lock and synced to disk before append() returns, so two
// consoles can share one journal and still chain. The hash of the last line is read
// from the file itself and cached while its size and modification time stay the same.
// Synchronous: a line is a few hundred bytes.
class Journal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Journal)

public:
    // `path` empty: defaultPath().
    explicit Journal(const QString &path = QString(), QObject *parent = nullptr);
    ~Journal() override;

    // journal.jsonl in the application's data directory.
    static QString defaultPath();
    QString path() const;

    // The time given to entries without one; defaults to the system clock.
    void setClock(Core::Clock clock);

    // Writes one entry; the directory is created when needed. A failure leaves the file
    // as it was (or with an incomplete last line, which the next append steps over).
    AppendResult append(JournalEntry entry);

    ReadResult read() const;

    // Lowercase hex SHA-256 of a line's bytes (without its newline).
    static QByteArray lineHash(QByteArrayView line);
    // The `prev` of the first line: SHA-256 of nothing.
    static QByteArray firstPrev();

Q_SIGNALS:
    void appended(const Dintero::Journal::JournalEntry &entry);

private:
    struct Tail
    {
        qint64 size = 0;
        qint64 modifiedNs = 0;
        QByteArray lastHash; // of the last complete line
        bool needsNewline = false; // the file does not end with '\n'
        bool damaged = false; // the last line is not an entry
    };

    std::optional<Tail> scanTail(qint64 size, QString *error) const;

    QString m_path;
    Core::Clock m_clock;
    std::optional<Tail> m_tail;
};

} // namespace Dintero::Journal
