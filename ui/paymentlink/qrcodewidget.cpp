#include "paymentlink/qrcodewidget.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace Dintero::Ui {

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setAccessibleName(tr("QR code"));
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QrCodeWidget::~QrCodeWidget() = default;

void QrCodeWidget::setLink(const QUrl &link)
{
    m_link = link;
    const QByteArray encoded = link.toEncoded();
    m_matrix = PaymentLink::QrMatrix::encode(encoded).value_or(PaymentLink::QrMatrix());
    setAccessibleDescription(QString::fromLatin1(encoded));
    setToolTip(QString::fromLatin1(encoded));
    updateGeometry();
    update();
}

QUrl QrCodeWidget::link() const
{
    return m_link;
}

const PaymentLink::QrMatrix &QrCodeWidget::matrix() const
{
    return m_matrix;
}

QImage QrCodeWidget::renderImage(const PaymentLink::QrMatrix &matrix, int modulePixels)
{
    if (matrix.isEmpty() || modulePixels < 1)
        return {};
    const int side = (matrix.size() + 2 * PaymentLink::QrMatrix::QuietZone) * modulePixels;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < matrix.size(); ++y) {
        for (int x = 0; x < matrix.size(); ++x) {
            if (matrix.isDark(x, y))
                painter.fillRect((x + PaymentLink::QrMatrix::QuietZone) * modulePixels,
                    (y + PaymentLink::QrMatrix::QuietZone) * modulePixels, modulePixels, modulePixels, Qt::black);
        }
    }
    return image;
}

QImage QrCodeWidget::toImage(int modulePixels) const
{
    return renderImage(m_matrix, modulePixels);
}

QSize QrCodeWidget::sizeHint() const
{
    const int modules = (m_matrix.isEmpty() ? 25 : m_matrix.size()) + 2 * PaymentLink::QrMatrix::QuietZone;
    return { modules * 6, modules * 6 };
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int modules = (m_matrix.isEmpty() ? 25 : m_matrix.size()) + 2 * PaymentLink::QrMatrix::QuietZone;
    return { modules * 3, modules * 3 };
}

bool QrCodeWidget::hasHeightForWidth() const
{
    return true;
}

int QrCodeWidget::heightForWidth(int width) const
{
    return width;
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_matrix.isEmpty())
        return;
    QPainter painter(this);
    // Work in device pixels, so that a module is a whole number of them and no edge is
    // blurred by antialiasing or a fractional scale. The ratio is the target's: the
    // screen's backing store, or the pixmap of a grab() or render().
    const QPaintDevice *target = painter.paintEngine() ? painter.paintEngine()->paintDevice() : nullptr;
    const qreal ratio = target ? target->devicePixelRatioF() : devicePixelRatioF();
    painter.scale(1.0 / ratio, 1.0 / ratio);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int deviceWidth = int(std::floor(width() * ratio));
    const int deviceHeight = int(std::floor(height() * ratio));
    const int modules = m_matrix.size() + 2 * PaymentLink::QrMatrix::QuietZone;
    const int modulePixels = std::max(1, std::min(deviceWidth, deviceHeight) / modules);
    const int side = modules * modulePixels;
    const int left = (deviceWidth - side) / 2;
    const int top = (deviceHeight - side) / 2;
    painter.fillRect(left, top, side, side, Qt::white);
    const int origin = PaymentLink::QrMatrix::QuietZone * modulePixels;
    for (int y = 0; y < m_matrix.size(); ++y) {
        for (int x = 0; x < m_matrix.size(); ++x) {
            if (m_matrix.isDark(x, y))
                painter.fillRect(left + origin + x * modulePixels, top + origin + y * modulePixels, modulePixels,
                    modulePixels, Qt::black);
        }
    }
}

} // namespace Dintero::Ui
