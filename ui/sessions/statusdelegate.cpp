#include "sessions/statusdelegate.h"

#include "models/itemdatarole.h"
#include "sessions/statusstyle.h"

namespace Dintero::Ui {

StatusDelegate::StatusDelegate(QObject *parent) : CellTextDelegate(parent) { }

StatusDelegate::~StatusDelegate() = default;

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    CellTextDelegate::initStyleOption(option, index);
    const QVariant status = index.data(Models::StatusRole);
    if (!status.isValid())
        return;
    option->icon = StatusStyle::icon(Core::SessionStatus(status.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = option->fontMetrics.height();
    option->decorationSize = QSize(side, side);
    option->decorationAlignment = Qt::AlignVCenter | Qt::AlignLeft;
}

} // namespace Dintero::Ui
