#pragma once

#include <QByteArray>

#include <optional>
#include <vector>

namespace Dintero::PaymentLink {

// A QR code as its square of modules (true = dark), without the quiet zone: what a
// widget or an image draws. A value type.
class QrMatrix
{
public:
    QrMatrix() = default;

    // The link (or any text) as a QR code with error correction level M; nullopt when
    // the text is too long for a QR code or libqrencode fails.
    static std::optional<QrMatrix> encode(const QByteArray &text);

    int size() const { return m_size; } // modules per side, 0 when empty
    bool isEmpty() const { return m_size == 0; }
    bool isDark(int x, int y) const;

    // The quiet zone a reader needs around the code, in modules (ISO/IEC 18004).
    static constexpr int QuietZone = 4;

    friend bool operator==(const QrMatrix &, const QrMatrix &) = default;

private:
    int m_size = 0;
    std::vector<bool> m_modules; // row by row
};

} // namespace Dintero::PaymentLink
