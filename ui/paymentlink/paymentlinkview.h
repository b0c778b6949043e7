#pragma once

#include "paymentlink/paymentlinkform.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Dintero::Ui {

class QrCodeWidget;

// A created link, ready to hand over: the URL in a read-only field ("Link"), Copy Link,
// Open in Browser, E-mail to Customer (mailto:) and Text to Customer (sms:) with a short
// text in the customer's language, the QR code with Copy Image and Save PNG…, and when
// the link expires. Used by New Payment Link… and New Session….
class PaymentLinkView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentLinkView)

public:
    struct Link
    {
        QUrl url;
        QDateTime expiresAt; // invalid: not known
        QString merchantReference;
        QString customerEmail; // empty: E-mail to Customer is disabled
        QString customerPhone; // empty: Text to Customer is disabled
        PaymentLink::Language language = PaymentLink::Language::English;
    };

    explicit PaymentLinkView(QWidget *parent = nullptr);
    ~PaymentLinkView() override;

    void setLink(const Link &link);
    const Link &link() const;

    // What opens URLs (the browser, the mail and SMS programs); QDesktopServices by
    // default. Tests replace it to see the mailto: and sms: URIs.
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    // The mailto: and sms: URIs of the buttons (empty without an address or number).
    QUrl mailtoUrl() const;
    QUrl smsUrl() const;

    // Writes the QR code as a PNG file; false with the reason in *error.
    bool savePng(const QString &fileName, QString *error = nullptr) const;

Q_SIGNALS:
    // What a button did, for the dialog's status line.
    void statusMessage(const QString &text);

private:
    void openUrl(const QUrl &url, const QString &what);
    void copyLink();
    void copyImage();
    void askSavePng();

    Link m_link;
    std::function<bool(const QUrl &)> m_opener;
    QLineEdit *m_linkEdit;
    QLabel *m_expiryLabel;
    QPushButton *m_copyLink;
    QPushButton *m_openInBrowser;
    QPushButton *m_email;
    QPushButton *m_text;
    QrCodeWidget *m_qrCode;
    QPushButton *m_copyImage;
    QPushButton *m_savePng;
};

} // namespace Dintero::Ui
