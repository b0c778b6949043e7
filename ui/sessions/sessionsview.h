#pragma once

#include <QStringList>
#include <QTableView>

class QTimer;

namespace Dintero::Ui {

class StateOverlay;

// The sessions table: whole-row extended selection, sortable, with a header whose
// context menu shows, hides, resizes and resets columns (sections can be dragged to
// reorder). Ctrl+C asks for the selected session ids to be copied; Enter and
// double-click activate (QAbstractItemView::activated). Owns its state overlay.
class SessionsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsView)

public:
    explicit SessionsView(QWidget *parent = nullptr);
    ~SessionsView() override;

    StateOverlay *overlay() const;

    // Default widths, order and visibility of the columns. The text columns are narrowed
    // to fit the view's width when it is next shown or resized, so that every default
    // column can be seen without scrolling.
    void resetColumns();
    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);

    // Source-independent: the selected rows of model(), top to bottom.
    QModelIndexList selectedRowIndexes() const;

    // Where the agent is, by session id: the selected rows, the current row and the row
    // at the top of the view.
    struct Place
    {
        QStringList selectedIds;
        QString currentId;
        QString topId;
    };
    Place place() const;
    // Puts back what is still loaded of `place` (after a refresh has replaced the rows).
    void restorePlace(const Place &place);

    // The header's context menu for the column at logical index `section` (-1: none),
    // built fresh (also used by tests).
    QMenu *createHeaderMenu(QWidget *parent, int section = -1);

Q_SIGNALS:
    void copyRequested();
    // Columns moved, resized, shown, hidden or re-sorted: once a burst of changes (a
    // section being dragged) has stopped.
    void headerStateChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showHeaderMenu(const QPoint &position);
    void noteHeaderChange();
    QModelIndex indexOfSession(const QString &id) const;
    void fitColumnsToWidth();

    StateOverlay *m_overlay;
    QTimer *m_headerChangeTimer;
    bool m_fitColumnsPending = false;
};

} // namespace Dintero::Ui
