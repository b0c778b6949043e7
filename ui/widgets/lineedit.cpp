#include "widgets/lineedit.h"

#include <QKeyEvent>
#include <QTimer>

namespace Dintero::Ui {

LineEdit::LineEdit(QWidget *parent) : QLineEdit(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultDelayMs);
    setClearButtonEnabled(true);
    connect(m_timer, &QTimer::timeout, this, &LineEdit::report);
    // Every change of the text counts, whoever made it: keys, paste, undo, a completer
    // or assistive technology writing through the accessibility interface (which sets
    // the text without textEdited). setTextQuietly() blocks the signal: the program's own
    // changes are not reported.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text == m_reported)
            m_timer->stop();
        else if (text.isEmpty())
            report(); // the clear button or Escape: at once
        else
            m_timer->start();
    });
    connect(this, &QLineEdit::returnPressed, this, &LineEdit::flush);
}

LineEdit::~LineEdit() = default;

int LineEdit::delay() const
{
    return m_timer->interval();
}

void LineEdit::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void LineEdit::flush()
{
    if (m_timer->isActive() || text() != m_reported)
        report();
}

void LineEdit::setTextQuietly(const QString &text)
{
    m_timer->stop();
    m_reported = text;
    const QSignalBlocker blocker(this);
    setText(text);
}

void LineEdit::report()
{
    m_timer->stop();
    m_reported = text();
    Q_EMIT textUpdated(m_reported);
}

void LineEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear(); // textChanged reports the empty text
        flush();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace Dintero::Ui
