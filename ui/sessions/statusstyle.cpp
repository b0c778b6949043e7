#include "sessions/statusstyle.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Dintero::Ui::StatusStyle {
namespace {

using Core::SessionStatus;

QPixmap draw(SessionStatus status, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = color(status);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    const qreal stroke = std::max<qreal>(1.5, s / 9.0);
    QPen white(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    QPen outline(c, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);

    switch (status) {
    case SessionStatus::Open:
        // An empty ring: created, nobody has opened it yet.
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        break;
    case SessionStatus::InProgress: {
        // A half-filled ring.
        const QRectF inner = circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(inner);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPie(inner, 90 * 16, -180 * 16);
        break;
    }
    case SessionStatus::OnHold:
        // A filled disc with pause bars.
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(circle);
        p.setPen(white);
        p.drawLine(QPointF(s * 0.40, s * 0.32), QPointF(s * 0.40, s * 0.68));
        p.drawLine(QPointF(s * 0.60, s * 0.32), QPointF(s * 0.60, s * 0.68));
        break;
    case SessionStatus::Authorized: {
        // A filled disc with a check mark.
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(circle);
        p.setPen(white);
        p.setBrush(Qt::NoBrush);
        QPainterPath check;
        check.moveTo(s * 0.29, s * 0.52);
        check.lineTo(s * 0.44, s * 0.67);
        check.lineTo(s * 0.72, s * 0.36);
        p.drawPath(check);
        break;
    }
    case SessionStatus::Failed:
        // A filled disc with a cross.
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(circle);
        p.setPen(white);
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case SessionStatus::Expired:
        // A clock face.
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.27));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    case SessionStatus::Cancelled:
        // A ring with a slash: no entry.
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(circle.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        p.drawLine(QPointF(s * 0.26, s * 0.74), QPointF(s * 0.74, s * 0.26));
        break;
    }
    return pixmap;
}

} // namespace

QColor color(SessionStatus status)
{
    // Chosen to keep at least 3:1 against white for the icon shapes.
    switch (status) {
    case SessionStatus::Open:
        return QColor(0x4a, 0x6f, 0x9b);
    case SessionStatus::InProgress:
        return QColor(0x1a, 0x66, 0xcc);
    case SessionStatus::OnHold:
        return QColor(0xb8, 0x6e, 0x00);
    case SessionStatus::Authorized:
        return QColor(0x1b, 0x7f, 0x3b);
    case SessionStatus::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case SessionStatus::Expired:
        return QColor(0x75, 0x75, 0x75);
    case SessionStatus::Cancelled:
        return QColor(0x6a, 0x3d, 0x9a);
    }
    return QColor(Qt::gray);
}

QIcon icon(SessionStatus status)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(status));
    if (found != cache.cend())
        return *found;
    QIcon result;
    for (const int size : { 16, 20, 24, 32, 40, 48 }) {
        result.addPixmap(draw(status, size, 1.0));
        result.addPixmap(draw(status, size, 2.0));
    }
    cache.insert(int(status), result);
    return result;
}

} // namespace Dintero::Ui::StatusStyle
