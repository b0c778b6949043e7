#include "cli/lineinput.h"

#include <QIODevice>
#include <QSocketNotifier>
#include <QTimer>

#include <unistd.h>

namespace Dintero::Cli {

LineInput::LineInput(QObject *parent) : QObject(parent) { }

LineInput::~LineInput() = default;

StdinInput::StdinInput(QObject *parent) : LineInput(parent) { }

StdinInput::~StdinInput() = default;

bool StdinInput::isInteractive() const
{
    return ::isatty(STDIN_FILENO) == 1;
}

void StdinInput::readLine()
{
    m_waiting = true;
    // A line may already be buffered from an earlier read: deliver it from the event loop.
    QTimer::singleShot(0, this, [this] {
        if (!m_waiting || deliverLine())
            return;
        if (!m_notifier) {
            m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &StdinInput::readAvailable);
        }
        m_notifier->setEnabled(true);
    });
}

void StdinInput::readAvailable()
{
    char chunk[512];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count <= 0) {
        m_notifier->setEnabled(false);
        m_waiting = false;
        Q_EMIT closed();
        return;
    }
    m_buffer.append(chunk, count);
    if (deliverLine())
        m_notifier->setEnabled(false);
}

bool StdinInput::deliverLine()
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return false;
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    m_waiting = false;
    Q_EMIT lineRead(QString::fromLocal8Bit(line));
    return true;
}

DeviceInput::DeviceInput(QIODevice *device, bool interactive, QObject *parent)
    : LineInput(parent), m_device(device), m_interactive(interactive)
{
    if (m_device)
        connect(m_device, &QIODevice::readyRead, this, &DeviceInput::deliver);
}

DeviceInput::~DeviceInput() = default;

bool DeviceInput::isInteractive() const
{
    return m_interactive;
}

void DeviceInput::readLine()
{
    m_waiting = true;
    QTimer::singleShot(0, this, &DeviceInput::deliver);
}

void DeviceInput::deliver()
{
    if (!m_waiting)
        return;
    if (!m_device || !m_device->isReadable()) {
        m_waiting = false;
        Q_EMIT closed();
        return;
    }
    if (m_device->canReadLine()) {
        m_waiting = false;
        QByteArray line = m_device->readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(QString::fromUtf8(line));
        return;
    }
    if (!m_device->isSequential()) {
        // A buffer or file holds all it will ever hold: its rest (without a final line
        // break) is the last line. Sequential devices wait for readyRead().
        m_waiting = false;
        const QByteArray rest = m_device->readAll();
        if (rest.isEmpty())
            Q_EMIT closed();
        else
            Q_EMIT lineRead(QString::fromUtf8(rest).trimmed());
    }
}

} // namespace Dintero::Cli
