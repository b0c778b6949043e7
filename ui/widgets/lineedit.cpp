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
    connect(this, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    // The clear button changes the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_reported.isEmpty())
            report();
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
