#include "connection/environmentstrip.h"

#include <QColor>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Dintero::Ui {

EnvironmentStrip::EnvironmentStrip(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("environmentStrip"));
    setAccessibleName(tr("Connection environment"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    m_label->setObjectName(QStringLiteral("environmentStripText"));
    m_label->setTextFormat(Qt::PlainText);
    hide();
}

EnvironmentStrip::~EnvironmentStrip() = default;

void EnvironmentStrip::showProfile(
    const QString &name, const QString &accountId, bool production, const QString &colour)
{
    m_production = production;
    QColor background;
    if (production) {
        background = QColor(QStringLiteral("#b71c1c"));
        m_label->setText(tr("PRODUCTION \u2014 %1 (%2): real customers and real money").arg(name, accountId));
        const int size = m_label->fontMetrics().height();
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
        m_icon->show();
    } else {
        background = QColor(colour);
        if (!background.isValid())
            background = QColor(QStringLiteral("#2e7d32"));
        m_label->setText(tr("TEST \u2014 %1 (%2)").arg(name, accountId));
        m_icon->clear();
        m_icon->hide();
    }
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    // Light text on a dark colour, dark text on a light one.
    palette.setColor(QPalette::WindowText, background.lightnessF() < 0.6 ? Qt::white : Qt::black);
    setPalette(palette);
    m_label->setPalette(palette);
    setAccessibleDescription(m_label->text());
    show();
}

void EnvironmentStrip::clearProfile()
{
    m_production = false;
    m_label->clear();
    hide();
}

QString EnvironmentStrip::text() const
{
    return m_label->text();
}

bool EnvironmentStrip::isProduction() const
{
    return m_production;
}

} // namespace Dintero::Ui
