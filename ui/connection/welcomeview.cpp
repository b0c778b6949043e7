#include "connection/welcomeview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Dintero::Ui {

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_tryDemo(new QPushButton(tr("Try the Demo"), this))
    , m_connect(new QPushButton(tr("Connect to Dintero\u2026"), this))
{
    setObjectName(QStringLiteral("welcomeView"));
    setAccessibleName(tr("Welcome"));
    auto *title = new QLabel(tr("Welcome to the Dintero Checkout Sessions console"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("There is no connection yet. Try the console on a built-in sandbox with made-up "
                               "sessions, or connect to your Dintero account with an API client, an API key or "
                               "an access token."),
        this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A fixed width, so that the wrapped text gets the height it needs.
    text->setFixedWidth(520);
    // Three lines: an aligned item in a box layout is not given its height for width.
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 3 + 4);

    m_tryDemo->setObjectName(QStringLiteral("tryDemoButton"));
    m_tryDemo->setAccessibleName(tr("Try the Demo"));
    m_tryDemo->setToolTip(tr("Browse made-up sessions on a sandbox inside the console: no account, no set-up"));
    m_tryDemo->setDefault(true);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect to Dintero"));
    m_connect->setToolTip(tr("Add a connection profile for a Dintero account"));
    for (QPushButton *button : { m_tryDemo, m_connect })
        button->setMinimumWidth(220);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addWidget(m_tryDemo, 0, Qt::AlignHCenter);
    layout->addWidget(m_connect, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_tryDemo, &QPushButton::clicked, this, &WelcomeView::tryDemoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomeView::connectRequested);
}

WelcomeView::~WelcomeView() = default;

QPushButton *WelcomeView::tryDemoButton() const
{
    return m_tryDemo;
}

QPushButton *WelcomeView::connectButton() const
{
    return m_connect;
}

} // namespace Dintero::Ui
