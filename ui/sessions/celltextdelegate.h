#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Dintero::Ui {

// Paints a cell as QStyledItemDelegate does, except for its text, which is laid out once
// and kept as QStaticText. The style lays out every cell's text on every paint, and a
// table of sessions repaints while pages stream in: shaping the same few hundred visible
// texts again was most of each repaint. Owned by the view it is set on.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellTextDelegate)

public:
    explicit CellTextDelegate(QObject *parent = nullptr);
    ~CellTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const QStaticText &layOut(const QString &text, int width, const QStyleOptionViewItem &option) const;

    struct Key
    {
        QString text;
        int width = 0;
        Qt::TextElideMode elide = Qt::ElideRight;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.elide == b.elide && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.elide));
        }
    };
    mutable QHash<Key, QStaticText> m_texts;
    mutable QFont m_font;
};

} // namespace Dintero::Ui
