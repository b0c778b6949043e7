#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>

class QAbstractScrollArea;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Dintero::Ui {

// Shows a state of a view over its viewport (Zeal's EmptyStateLabel, grown up): loading,
// empty, error or "not configured" text with an optional busy bar and one button.
// Cover hides the rows behind a full panel; Bottom floats a compact card over the lower
// edge so that the rows stay visible (loading more, or an error after rows loaded).
// A child of the scroll area (not of its viewport, whose children scroll), owned by it.
class StateOverlay final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateOverlay)

public:
    enum class Placement {
        Cover,
        Bottom,
    };
    Q_ENUM(Placement)

    enum class Tone {
        Neutral,
        Error,
    };
    Q_ENUM(Tone)

    struct State
    {
        Placement placement = Placement::Cover;
        Tone tone = Tone::Neutral;
        QIcon icon;
        QString title;
        QString text;
        bool busy = false;
        QString buttonText; // no button when empty
    };

    explicit StateOverlay(QAbstractScrollArea *view);
    ~StateOverlay() override;

    void showState(const State &state);
    void hideState();
    bool isShowingState() const;
    const State &state() const;

    QString titleText() const;
    QString bodyText() const;
    QString buttonText() const;

Q_SIGNALS:
    void buttonClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGeometryToView();
    void applyTone();

    QPointer<QAbstractScrollArea> m_view;
    QFrame *m_card;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_button;
    State m_state;
    bool m_shown = false;
};

} // namespace Dintero::Ui
