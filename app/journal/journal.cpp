#include "journal/journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <utility>

namespace Dintero::Journal {

namespace {

struct Stamp
{
    qint64 size = 0;
    qint64 modifiedNs = 0;
};

// Size and modification time of the open file (not of whatever the path names now).
std::optional<Stamp> stampOf(QFile &file)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::fstat(file.handle(), &info) != 0)
        return std::nullopt;
    return Stamp { qint64(info.st_size), qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec };
#else
    const QFileInfo info(file.fileName());
    return Stamp { file.size(), info.lastModified().toMSecsSinceEpoch() * 1'000'000 };
#endif
}

// Holds an exclusive advisory lock on an open file, so that two consoles appending to one
// journal take turns between reading the last line and writing the next.
class FileLock
{
public:
    explicit FileLock(QFile &file)
#ifdef Q_OS_UNIX
        : m_handle(file.handle())
    {
        int status;
        do {
            status = ::flock(m_handle, LOCK_EX);
        } while (status != 0 && errno == EINTR);
        m_locked = status == 0;
    }
    ~FileLock()
    {
        if (m_locked)
            ::flock(m_handle, LOCK_UN);
    }
#else
    {
        Q_UNUSED(file);
    }
#endif
    Q_DISABLE_COPY_MOVE(FileLock)

private:
#ifdef Q_OS_UNIX
    int m_handle = -1;
    bool m_locked = false;
#endif
};

bool syncToDisk(QFile &file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return file.flush();
#endif
}

// A new file's name is only durable once its directory is synced too. Best effort: a
// failure here does not undo the entry, which is on disk.
void syncDirectory(const QString &directory)
{
#ifdef Q_OS_UNIX
    const int handle = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (handle >= 0) {
        ::fsync(handle);
        ::close(handle);
    }
#else
    Q_UNUSED(directory);
#endif
}

} // namespace

Journal::Journal(const QString &path, QObject *parent) : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path)
{ }

Journal::~Journal() = default;

QString Journal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.jsonl");
}

QString Journal::path() const
{
    return m_path;
}

void Journal::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
}

QByteArray Journal::lineHash(QByteArrayView line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

QByteArray Journal::firstPrev()
{
    return lineHash(QByteArrayView());
}

std::optional<Journal::Tail> Journal::scanTail(qint64 size, QString *error) const
{
    Tail tail;
    tail.size = size;
    tail.lastHash = firstPrev();
    if (size == 0)
        return tail;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // Read backwards in growing windows until a whole entry line is inside one.
    for (qint64 window = 64 * 1024;; window *= 4) {
        const qint64 start = std::max<qint64>(0, size - window);
        if (!file.seek(start)) {
            *error = file.errorString();
            return std::nullopt;
        }
        const QByteArray bytes = file.read(size - start);
        if (bytes.size() != size - start) {
            *error = file.errorString();
            return std::nullopt;
        }
        tail.needsNewline = !bytes.endsWith('\n');
        qsizetype end = tail.needsNewline ? bytes.size() : bytes.size() - 1;
        bool last = true;
        while (end >= 0) {
            const qsizetype newline = end > 0 ? bytes.lastIndexOf('\n', end - 1) : -1;
            if (newline < 0 && start > 0)
                break; // the line may begin before the window
            const QByteArrayView line(bytes.constData() + newline + 1, end - newline - 1);
            if (fromJsonLine(line)) {
                tail.lastHash = lineHash(line);
                return tail;
            }
            if (last)
                tail.damaged = true;
            last = false;
            end = newline;
        }
        if (start == 0)
            return tail; // no entry at all: chain from the start
    }
}

AppendResult Journal::append(JournalEntry entry)
{
    AppendResult result;
    const auto fail = [&result, this](const QString &reason) {
        result.errorString
            = tr("The journal could not be written (%1): %2").arg(QDir::toNativeSeparators(m_path), reason);
        m_tail.reset();
        return result;
    };

    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("its folder cannot be created"));
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(file.errorString());
    const FileLock lock(file);

    const auto before = stampOf(file);
    if (!before)
        return fail(tr("its size cannot be read"));
    if (!m_tail || m_tail->size != before->size || m_tail->modifiedNs != before->modifiedNs) {
        QString error;
        m_tail = scanTail(before->size, &error);
        if (!m_tail)
            return fail(error);
    }

    if (!entry.time.isValid())
        entry.time = Core::now(m_clock);
    entry.time = entry.time.toUTC();
    entry.prev = m_tail->lastHash;
    const QByteArray line = toJsonLine(entry);
    QByteArray bytes;
    bytes.reserve(line.size() + 2);
    if (m_tail->needsNewline)
        bytes += '\n'; // the damaged line stays as it is; this entry starts afresh
    bytes += line;
    bytes += '\n';
    const bool damaged = m_tail->damaged;

    // One write of the whole line: a reader never sees half of it unless the machine
    // stops mid-write, and then read() reports an incomplete last line.
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!syncToDisk(file))
        return fail(tr("it could not be saved to disk"));
    if (before->size == 0)
        syncDirectory(info.absolutePath());

    const auto after = stampOf(file);
    if (after)
        m_tail = Tail { after->size, after->modifiedNs, lineHash(line), false, false };
    else
        m_tail.reset();

    result.ok = true;
    result.entry = entry;
    result.afterDamagedLine = damaged;
    if (damaged)
        result.notice = tr("The journal's last line was incomplete; the new entry starts on a line of its own after it "
                           "and follows the last complete entry.");
    Q_EMIT appended(entry);
    return result;
}

ReadResult Journal::read() const
{
    ReadResult result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.verification.errorString
            = tr("The journal could not be read (%1): %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    Verification &verification = result.verification;
    QByteArray expectedPrev = firstPrev();
    int lastEntryLine = 0;
    qsizetype begin = 0;
    int lineNumber = 0;
    while (begin < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', begin);
        const bool lastLine = end < 0 || end == bytes.size() - 1;
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        const QByteArrayView line(bytes.constData() + begin, end - begin);
        begin = end + 1;

        auto entry = fromJsonLine(line);
        if (!entry) {
            if (lastLine)
                verification.damagedLastLine = lineNumber;
            else
                verification.invalidLines.append(lineNumber);
            continue;
        }
        if (entry->prev != expectedPrev && verification.brokenLine == 0) {
            // The line before does not hash to what this one recorded: that line was
            // changed, or lines after it were removed. With lines that are not entries in
            // between, the first of them is the suspect.
            if (lastEntryLine == 0)
                verification.brokenLine = 1;
            else
                verification.brokenLine = lineNumber - lastEntryLine > 1 ? lastEntryLine + 1 : lastEntryLine;
        }
        expectedPrev = lineHash(line);
        lastEntryLine = lineNumber;
        result.entries.append(std::move(*entry));
        result.lines.append(lineNumber);
    }
    return result;
}

} // namespace Dintero::Journal
