#pragma once

#include "paymentlink/qrmatrix.h"

#include <QImage>
#include <QUrl>
#include <QWidget>

namespace Dintero::Ui {

// A QR code drawn from its module matrix as sharp squares: every module is a whole
// number of device pixels at any size and device pixel ratio, centred, with the
// four-module quiet zone in white around it. Accessible name "QR code"; the accessible
// description is the encoded link, so a screen reader can say what it holds.
class QrCodeWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QrCodeWidget)

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);
    ~QrCodeWidget() override;

    // Encodes the link; an empty or too long link shows nothing.
    void setLink(const QUrl &link);
    QUrl link() const;
    const PaymentLink::QrMatrix &matrix() const;

    // The code as an image with `modulePixels` pixels per module, quiet zone included
    // (for Copy Image and Save PNG…).
    QImage toImage(int modulePixels = 8) const;
    static QImage renderImage(const PaymentLink::QrMatrix &matrix, int modulePixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QUrl m_link;
    PaymentLink::QrMatrix m_matrix;
};

} // namespace Dintero::Ui
