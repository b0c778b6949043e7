#pragma once

#include <QLineEdit>

class QTimer;

namespace Dintero::Ui {

// A line edit that waits for typing to pause before it reports its text (textUpdated),
// so that a filter does not fire a request per keystroke; Enter reports at once and
// Escape clears (qBittorrent's LineEdit). Any change of the text is reported, also one
// made through the accessibility interface; only setTextQuietly() is not. Pasted new
// lines are kept, for id lists.
class LineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineEdit)

public:
    static constexpr int DefaultDelayMs = 400;

    explicit LineEdit(QWidget *parent = nullptr);
    ~LineEdit() override;

    int delay() const;
    void setDelay(int milliseconds);
    // Reports the current text now if a report is pending.
    void flush();
    // Sets the text without a report.
    void setTextQuietly(const QString &text);

Q_SIGNALS:
    void textUpdated(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void report();

    QTimer *m_timer;
    QString m_reported;
};

} // namespace Dintero::Ui
