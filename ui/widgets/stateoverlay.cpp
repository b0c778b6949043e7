#include "widgets/stateoverlay.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dintero::Ui {

StateOverlay::StateOverlay(QAbstractScrollArea *view)
    : QWidget(view)
    , m_view(view)
    , m_card(new QFrame(this))
    , m_icon(new QLabel(m_card))
    , m_title(new QLabel(m_card))
    , m_text(new QLabel(m_card))
    , m_busy(new QProgressBar(m_card))
    , m_button(new QPushButton(m_card))
{
    setObjectName(QStringLiteral("stateOverlay"));
    m_card->setObjectName(QStringLiteral("stateOverlayCard"));
    m_title->setObjectName(QStringLiteral("stateOverlayTitle"));
    m_text->setObjectName(QStringLiteral("stateOverlayText"));
    m_button->setObjectName(QStringLiteral("stateOverlayButton"));
    m_busy->setObjectName(QStringLiteral("stateOverlayBusy"));

    m_card->setAutoFillBackground(false);
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);
    m_icon->setAlignment(Qt::AlignCenter);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);
    m_busy->setMaximumWidth(260);
    m_busy->setMinimumWidth(160);

    // Cover stacks everything centred; Bottom lays it out in one row (see showState()).
    auto *layout = new QBoxLayout(QBoxLayout::TopToBottom, m_card);
    auto *words = new QVBoxLayout;
    words->setContentsMargins(0, 0, 0, 0);
    words->setSpacing(6);
    words->addWidget(m_title);
    words->addWidget(m_text);
    layout->addWidget(m_icon, 0, Qt::AlignCenter);
    layout->addLayout(words, 1);
    layout->addWidget(m_busy, 0, Qt::AlignCenter);
    layout->addWidget(m_button, 0, Qt::AlignCenter);

    connect(m_button, &QPushButton::clicked, this, &StateOverlay::buttonClicked);

    view->installEventFilter(this);
    hide();
}

StateOverlay::~StateOverlay() = default;

void StateOverlay::showState(const State &state)
{
    m_state = state;
    m_title->setText(state.title);
    m_title->setVisible(!state.title.isEmpty());
    m_text->setText(state.text);
    m_text->setVisible(!state.text.isEmpty());
    m_busy->setVisible(state.busy);
    m_button->setText(state.buttonText);
    m_button->setVisible(!state.buttonText.isEmpty());
    const int iconSize = state.placement == Placement::Cover ? 40 : 20;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(QWidget::font().pointSizeF() * (state.placement == Placement::Cover ? 1.3 : 1.0));
    m_title->setFont(titleFont);
    m_icon->setPixmap(state.icon.isNull() ? QPixmap() : state.icon.pixmap(iconSize, iconSize));
    m_icon->setVisible(!state.icon.isNull());

    auto *layout = static_cast<QBoxLayout *>(m_card->layout());
    if (state.placement == Placement::Cover) {
        layout->setDirection(QBoxLayout::TopToBottom);
        layout->setContentsMargins(24, 20, 24, 20);
        layout->setSpacing(12);
        m_title->setAlignment(Qt::AlignCenter);
        m_text->setAlignment(Qt::AlignCenter);
        m_busy->setMinimumWidth(160);
    } else {
        layout->setDirection(QBoxLayout::LeftToRight);
        layout->setContentsMargins(14, 8, 10, 8);
        layout->setSpacing(12);
        m_title->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_busy->setMinimumWidth(90);
    }
    applyTone();
    m_shown = true;
    updateGeometryToView();
    show();
    raise();
    update();
}

void StateOverlay::hideState()
{
    m_shown = false;
    hide();
}

bool StateOverlay::isShowingState() const
{
    return m_shown;
}

const StateOverlay::State &StateOverlay::state() const
{
    return m_state;
}

QString StateOverlay::titleText() const
{
    return m_shown ? m_title->text() : QString();
}

QString StateOverlay::bodyText() const
{
    return m_shown ? m_text->text() : QString();
}

QString StateOverlay::buttonText() const
{
    return m_shown && m_button->isVisible() ? m_button->text() : QString();
}

void StateOverlay::applyTone()
{
    QPalette palette = m_card->palette();
    const QPalette base = m_view ? m_view->palette() : QWidget::palette();
    palette.setColor(QPalette::WindowText, base.color(QPalette::Text));
    m_card->setPalette(palette);
    QPalette titlePalette = palette;
    if (m_state.tone == Tone::Error) {
        // A dark red that keeps 4.5:1 contrast on a light base; the title's words say it
        // is an error, the colour only supports them.
        titlePalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    }
    if (m_state.tone == Tone::Error && m_state.placement == Placement::Bottom) {
        // The card is light red in any theme, so its words are dark in any theme.
        palette.setColor(QPalette::WindowText, QColor(0x3b, 0x0d, 0x0c));
        titlePalette.setColor(QPalette::WindowText, QColor(0x8a, 0x12, 0x12));
        m_card->setPalette(palette);
        m_text->setPalette(palette);
    } else {
        m_text->setPalette(palette);
    }
    m_title->setPalette(titlePalette);
}

void StateOverlay::updateGeometryToView()
{
    if (!m_view)
        return;
    const QRect viewport = m_view->viewport()->geometry();
    if (m_state.placement == Placement::Cover) {
        setGeometry(viewport);
        const int width = std::min(viewport.width() - 32, 560);
        m_card->setFixedWidth(std::max(width, 200));
        m_card->adjustSize();
        const QSize card = m_card->sizeHint();
        m_card->setGeometry((viewport.width() - m_card->width()) / 2,
            std::max(16, (viewport.height() - card.height()) / 3), m_card->width(), card.height());
    } else {
        const int width = std::min(viewport.width() - 32, 620);
        m_card->setFixedWidth(std::max(width, 200));
        m_card->adjustSize();
        const int height = m_card->sizeHint().height();
        const int margin = 12;
        setGeometry(viewport.x() + (viewport.width() - m_card->width()) / 2,
            viewport.y() + viewport.height() - height - margin, m_card->width(), height);
        m_card->setGeometry(0, 0, m_card->width(), height);
    }
}

bool StateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest
            || event->type() == QEvent::Show)) {
        if (m_shown)
            updateGeometryToView();
    }
    return QWidget::eventFilter(watched, event);
}

void StateOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTone();
    QWidget::changeEvent(event);
}

void StateOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette base = m_view ? m_view->palette() : palette();
    if (m_state.placement == Placement::Cover) {
        painter.fillRect(rect(), base.color(QPalette::Base));
        return;
    }
    // The floating card: the window colour with a hairline border, so that it reads as
    // separate from the rows under it.
    QColor border = base.color(QPalette::Mid);
    QColor fill = base.color(QPalette::Window);
    if (m_state.tone == Tone::Error) {
        fill = QColor(0xfd, 0xec, 0xea);
        border = QColor(0xd9, 0x8c, 0x84);
    }
    painter.setPen(border);
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}

} // namespace Dintero::Ui
