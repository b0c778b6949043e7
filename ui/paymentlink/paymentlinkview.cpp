#include "paymentlink/paymentlinkview.h"

#include "paymentlink/customermessage.h"
#include "paymentlink/qrcodewidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Dintero::Ui {

PaymentLinkView::PaymentLinkView(QWidget *parent)
    : QWidget(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_linkEdit(new QLineEdit(this))
    , m_expiryLabel(new QLabel(this))
    , m_copyLink(new QPushButton(tr("Copy Link"), this))
    , m_openInBrowser(new QPushButton(tr("Open in Browser"), this))
    , m_email(new QPushButton(tr("E-mail to Customer"), this))
    , m_text(new QPushButton(tr("Text to Customer"), this))
    , m_qrCode(new QrCodeWidget(this))
    , m_copyImage(new QPushButton(tr("Copy Image"), this))
    , m_savePng(new QPushButton(tr("Save PNG\u2026"), this))
{
    m_linkEdit->setObjectName(QStringLiteral("linkEdit"));
    m_linkEdit->setReadOnly(true);
    m_linkEdit->setAccessibleName(tr("Link"));
    m_expiryLabel->setObjectName(QStringLiteral("expiryLabel"));
    m_expiryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const std::pair<QPushButton *, const char *> buttons[] = {
        { m_copyLink, "copyLinkButton" },
        { m_openInBrowser, "openInBrowserButton" },
        { m_email, "emailButton" },
        { m_text, "textButton" },
        { m_copyImage, "copyImageButton" },
        { m_savePng, "savePngButton" },
    };
    for (const auto &[button, name] : buttons) {
        button->setObjectName(QLatin1String(name));
        button->setAccessibleName(button->text());
        button->setAutoDefault(false);
    }
    m_email->setToolTip(tr("Opens your e-mail program with a message to the customer that holds the link."));
    m_text->setToolTip(tr("Opens your SMS program with a text to the customer that holds the link."));

    auto *linkLabel = new QLabel(tr("&Link:"), this);
    linkLabel->setBuddy(m_linkEdit);
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(linkLabel);
    linkRow->addWidget(m_linkEdit, 1);
    linkRow->addWidget(m_copyLink);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_openInBrowser);
    actions->addWidget(m_email);
    actions->addWidget(m_text);
    actions->addStretch(1);

    auto *qrButtons = new QVBoxLayout;
    auto *qrHint = new QLabel(tr("The customer can scan this code with a phone camera."), this);
    qrHint->setWordWrap(true);
    qrButtons->addWidget(qrHint);
    qrButtons->addWidget(m_copyImage);
    qrButtons->addWidget(m_savePng);
    qrButtons->addStretch(1);
    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(m_qrCode, 1);
    qrRow->addLayout(qrButtons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(linkRow);
    layout->addWidget(m_expiryLabel);
    layout->addLayout(actions);
    layout->addLayout(qrRow, 1);

    connect(m_copyLink, &QPushButton::clicked, this, &PaymentLinkView::copyLink);
    connect(m_openInBrowser, &QPushButton::clicked, this, [this] { openUrl(m_link.url, tr("the browser")); });
    connect(m_email, &QPushButton::clicked, this, [this] { openUrl(mailtoUrl(), tr("the e-mail program")); });
    connect(m_text, &QPushButton::clicked, this, [this] { openUrl(smsUrl(), tr("the SMS program")); });
    connect(m_copyImage, &QPushButton::clicked, this, &PaymentLinkView::copyImage);
    connect(m_savePng, &QPushButton::clicked, this, &PaymentLinkView::askSavePng);
}

PaymentLinkView::~PaymentLinkView() = default;

void PaymentLinkView::setLink(const Link &link)
{
    m_link = link;
    const QString text = link.url.toString(QUrl::FullyEncoded);
    m_linkEdit->setText(text);
    m_linkEdit->setCursorPosition(0);
    m_qrCode->setLink(link.url);
    m_expiryLabel->setText(link.expiresAt.isValid()
            ? tr("The link works until %1.").arg(QLocale().toString(link.expiresAt.toLocalTime(), QLocale::LongFormat))
            : tr("The link works until the session expires."));
    m_email->setEnabled(!link.customerEmail.trimmed().isEmpty());
    m_text->setEnabled(!link.customerPhone.trimmed().isEmpty());
    m_email->setToolTip(m_email->isEnabled()
            ? tr("Opens your e-mail program with a message to %1.").arg(link.customerEmail.trimmed())
            : tr("No e-mail address was given for the customer."));
    m_text->setToolTip(m_text->isEnabled()
            ? tr("Opens your SMS program with a text to %1.").arg(link.customerPhone.trimmed())
            : tr("No phone number was given for the customer."));
}

const PaymentLinkView::Link &PaymentLinkView::link() const
{
    return m_link;
}

void PaymentLinkView::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

QUrl PaymentLinkView::mailtoUrl() const
{
    if (m_link.customerEmail.trimmed().isEmpty())
        return {};
    const auto message = PaymentLink::CustomerMessage::compose(
        m_link.language, m_link.url, m_link.expiresAt, m_link.merchantReference);
    return QUrl::fromEncoded(PaymentLink::mailtoUri(m_link.customerEmail, message), QUrl::StrictMode);
}

QUrl PaymentLinkView::smsUrl() const
{
    if (m_link.customerPhone.trimmed().isEmpty())
        return {};
    const auto message = PaymentLink::CustomerMessage::compose(
        m_link.language, m_link.url, m_link.expiresAt, m_link.merchantReference);
    return QUrl::fromEncoded(PaymentLink::smsUri(m_link.customerPhone, message), QUrl::StrictMode);
}

void PaymentLinkView::openUrl(const QUrl &url, const QString &what)
{
    if (url.isEmpty())
        return;
    if (m_opener && m_opener(url))
        Q_EMIT statusMessage(tr("Opened in %1.").arg(what));
    else
        Q_EMIT statusMessage(tr("Could not open %1; copy the link instead.").arg(what));
}

void PaymentLinkView::copyLink()
{
    QApplication::clipboard()->setText(m_link.url.toString(QUrl::FullyEncoded));
    Q_EMIT statusMessage(tr("Link copied."));
}

void PaymentLinkView::copyImage()
{
    QApplication::clipboard()->setImage(m_qrCode->toImage());
    Q_EMIT statusMessage(tr("QR code copied as an image."));
}

bool PaymentLinkView::savePng(const QString &fileName, QString *error) const
{
    const QImage image = m_qrCode->toImage();
    if (image.isNull() || !image.save(fileName, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(fileName);
        return false;
    }
    return true;
}

void PaymentLinkView::askSavePng()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = directory + u'/'
        + (m_link.merchantReference.isEmpty() ? QStringLiteral("payment-link") : m_link.merchantReference)
        + QStringLiteral(".png");
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Save QR Code"), suggested, tr("PNG images (*.png)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (savePng(fileName, &error))
        Q_EMIT statusMessage(tr("QR code saved to %1.").arg(fileName));
    else
        Q_EMIT statusMessage(error);
}

} // namespace Dintero::Ui
