#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Dintero::Links {
class LinksModel;
}

namespace Dintero::Ui {

// The payment links made in this run (and the sessions watched while their details are
// open) in a window of its own (non-modal): merchant reference, customer, created,
// expires, state and when the watch last looked. Enter or a double-click opens the
// session's details. Uses (does not own) the model, which must outlive the window.
class LinksWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinksWindow)

public:
    explicit LinksWindow(Links::LinksModel &model, QWidget *parent = nullptr);
    ~LinksWindow() override;

    QTableView *table() const;

Q_SIGNALS:
    void openDetailsRequested(const QString &sessionId);

private:
    void openCurrent();
    void updateCount();

    Links::LinksModel &m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace Dintero::Ui
