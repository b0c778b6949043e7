#pragma once

#include "sessions/celltextdelegate.h"

namespace Dintero::Ui {

// Draws the status column: the status's icon (colour and shape) before its text, taken
// from StatusRole. Stateless; owned by the view it is set on.
class StatusDelegate final : public CellTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    explicit StatusDelegate(QObject *parent = nullptr);
    ~StatusDelegate() override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Dintero::Ui
