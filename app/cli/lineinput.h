#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QIODevice;
class QSocketNotifier;

namespace Dintero::Cli {

// Where a command reads a person's answer (the y/N of cancel) without blocking the
// event loop: readLine() returns at once and lineRead() or closed() follows.
class LineInput : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineInput)

public:
    ~LineInput() override;

    // Whether a person can answer here (a terminal); commands refuse to prompt otherwise.
    virtual bool isInteractive() const = 0;
    // Asks for the next line; emits lineRead() (without the line break) or, at the end
    // of the input, closed(). Never emits before it has returned.
    virtual void readLine() = 0;

Q_SIGNALS:
    void lineRead(const QString &line);
    void closed();

protected:
    explicit LineInput(QObject *parent = nullptr);
};

// Standard input of the process, watched with a QSocketNotifier.
class StdinInput final : public LineInput
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StdinInput)

public:
    explicit StdinInput(QObject *parent = nullptr);
    ~StdinInput() override;

    bool isInteractive() const override; // isatty(0)
    void readLine() override;

private:
    void readAvailable();
    bool deliverLine();

    QSocketNotifier *m_notifier = nullptr; // child of this
    QByteArray m_buffer;
    bool m_waiting = false;
};

// Lines from any QIODevice (tests use a QBuffer), with the interactivity given.
// Does not own the device.
class DeviceInput final : public LineInput
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceInput)

public:
    DeviceInput(QIODevice *device, bool interactive, QObject *parent = nullptr);
    ~DeviceInput() override;

    bool isInteractive() const override;
    void readLine() override;

private:
    void deliver();

    QPointer<QIODevice> m_device;
    bool m_interactive = false;
    bool m_waiting = false;
};

} // namespace Dintero::Cli
