#pragma once

#include <QStatusBar>

class QDateTime;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Dintero::Api {
struct ConnectionSettings;
}

namespace Dintero::Models {
class SessionTableModel;
}

namespace Dintero::Ui {

// The main window's status bar: how many sessions are loaded and shown (left), an export
// in progress with its Cancel button, the account and when the rows were refreshed. It
// only shows what the window feeds it; temporary messages go through showMessage().
class SessionsStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionsStatusBar)

public:
    explicit SessionsStatusBar(QWidget *parent = nullptr);
    ~SessionsStatusBar() override;

    // The rows of `model`, `shown` of them through the filters, `selected` selected;
    // nothing while not connected.
    void showRows(const Models::SessionTableModel &model, int shown, int selected, bool connected);
    // The account and its environment (production in bold); nullptr: not connected.
    void showAccount(const Api::ConnectionSettings *connection, const QString &note);
    // When the rows were last refreshed and, if on, every how many minutes they are.
    void showRefresh(const QDateTime &lastRefresh, int autoRefreshMinutes);

    void showExportProgress(const QString &text);
    void hideExport();

Q_SIGNALS:
    void exportCancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_rowsLabel;
    QLabel *m_accountLabel;
    QLabel *m_refreshLabel;
    QWidget *m_exportBox;
    QLabel *m_exportLabel;
    QProgressBar *m_exportProgress;
    QPushButton *m_exportCancel;
};

} // namespace Dintero::Ui
