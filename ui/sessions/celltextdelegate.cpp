#include "sessions/celltextdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QtMath>

namespace Dintero::Ui {
namespace {

// Enough for every cell of a full-screen table several times over; the cache starts
// again beyond it rather than growing with the rows scrolled past.
constexpr qsizetype MaximumCachedTexts = 4096;

} // namespace

CellTextDelegate::CellTextDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

CellTextDelegate::~CellTextDelegate() = default;

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = cell.text;
    // Background, selection, icon and focus frame as the style draws them; the text below.
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (text.isEmpty())
        return;

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area
        = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget).adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    const QStaticText &laidOut = layOut(text, area.width(), cell);
    const QSizeF size = laidOut.size();
    const QRect placed = QStyle::alignedRect(
        cell.direction, cell.displayAlignment, QSize(qCeil(size.width()), qCeil(size.height())), area);

    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
        : (cell.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(
        cell.palette.color(group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(area, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), laidOut);
    painter->restore();
}

const QStaticText &CellTextDelegate::layOut(const QString &text, int width, const QStyleOptionViewItem &option) const
{
    if (option.font != m_font || m_texts.size() >= MaximumCachedTexts) {
        m_texts.clear();
        m_font = option.font;
    }
    const Key key { text, width, option.textElideMode };
    auto found = m_texts.constFind(key);
    if (found != m_texts.constEnd())
        return *found;
    // One line, as the table shows it: QStaticText would break it at any line or
    // paragraph separator, and the row has room for one line only.
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    const QFontMetrics metrics(option.font);
    if (metrics.horizontalAdvance(line) > width)
        line = metrics.elidedText(line, option.textElideMode, width);
    QStaticText laidOut(line);
    laidOut.setTextFormat(Qt::PlainText);
    laidOut.prepare(QTransform(), option.font);
    return *m_texts.insert(key, laidOut);
}

} // namespace Dintero::Ui
