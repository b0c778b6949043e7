#include "paymentlink/qrmatrix.h"

#include <qrencode.h>

#include <memory>

namespace Dintero::PaymentLink {

std::optional<QrMatrix> QrMatrix::encode(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    // 8-bit mode keeps the text exactly as given (a URL's case matters).
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->width <= 0)
        return std::nullopt;
    QrMatrix matrix;
    matrix.m_size = code->width;
    matrix.m_modules.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < matrix.m_modules.size(); ++i)
        matrix.m_modules[i] = (code->data[i] & 1) != 0; // bit 0: dark module; the rest is libqrencode's bookkeeping
    return matrix;
}

bool QrMatrix::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

} // namespace Dintero::PaymentLink
