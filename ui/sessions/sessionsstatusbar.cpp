#include "sessions/sessionsstatusbar.h"

#include "api/connectionsettings.h"
#include "models/sessiontablemodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace Dintero::Ui {

// The texts were MainWindow's and keep its translation context.
SessionsStatusBar::SessionsStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_rowsLabel(new QLabel(this))
    , m_accountLabel(new QLabel(this))
    , m_refreshLabel(new QLabel(this))
    , m_exportBox(new QWidget(this))
    , m_exportLabel(new QLabel(m_exportBox))
    , m_exportProgress(new QProgressBar(m_exportBox))
    , m_exportCancel(new QPushButton(m_exportBox))
{
    m_rowsLabel->setObjectName(QStringLiteral("rowsLabel"));
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_accountLabel->setTextFormat(Qt::RichText);
    m_refreshLabel->setObjectName(QStringLiteral("refreshLabel"));

    m_exportBox->setObjectName(QStringLiteral("exportBox"));
    auto *layout = new QHBoxLayout(m_exportBox);
    layout->setContentsMargins(0, 0, 0, 0);
    m_exportLabel->setObjectName(QStringLiteral("exportLabel"));
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setRange(0, 0);
    m_exportProgress->setMaximumWidth(120);
    m_exportProgress->setMaximumHeight(14);
    m_exportProgress->setTextVisible(false);
    m_exportCancel->setObjectName(QStringLiteral("exportCancelButton"));
    m_exportCancel->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Cancel Export"));
    m_exportCancel->setAccessibleName(m_exportCancel->text());
    layout->addWidget(m_exportLabel);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_exportCancel);
    m_exportBox->hide();
    connect(m_exportCancel, &QPushButton::clicked, this, &SessionsStatusBar::exportCancelRequested);

    addWidget(m_rowsLabel, 1);
    addPermanentWidget(m_exportBox);
    addPermanentWidget(m_accountLabel);
    addPermanentWidget(m_refreshLabel);
}

SessionsStatusBar::~SessionsStatusBar() = default;

void SessionsStatusBar::showRows(const Models::SessionTableModel &model, int shown, int selected, bool connected)
{
    using LoadState = Models::SessionTableModel::LoadState;
    const int loaded = model.rowCount();
    QString rows;
    if (connected && model.hasStarted()) {
        if (model.isLoading() && loaded == 0) {
            rows = QCoreApplication::translate("Dintero::Ui::MainWindow", "Loading\u2026");
        } else {
            rows = shown == loaded
                ? QCoreApplication::translate("Dintero::Ui::MainWindow", "%n session(s) loaded", nullptr, loaded)
                : QCoreApplication::translate(
                    "Dintero::Ui::MainWindow", "%1 of %n loaded session(s) shown", nullptr, loaded)
                      .arg(QLocale().toString(shown));
            rows += QStringLiteral(" \u00b7 ");
            if (model.loadState() == LoadState::Failed)
                rows += QCoreApplication::translate("Dintero::Ui::MainWindow", "loading failed");
            else if (model.isRefreshing())
                rows += QCoreApplication::translate("Dintero::Ui::MainWindow", "refreshing");
            else if (model.isLoading())
                rows += QCoreApplication::translate("Dintero::Ui::MainWindow", "loading more");
            else
                rows += model.hasMore() ? QCoreApplication::translate("Dintero::Ui::MainWindow", "more on the server")
                                        : QCoreApplication::translate("Dintero::Ui::MainWindow", "all loaded");
        }
        if (selected > 1)
            rows += QStringLiteral(" \u00b7 ")
                + QCoreApplication::translate("Dintero::Ui::MainWindow", "%n selected", nullptr, selected);
    }
    m_rowsLabel->setText(rows);
}

void SessionsStatusBar::showAccount(const Api::ConnectionSettings *connection, const QString &note)
{
    if (!connection) {
        m_accountLabel->setText(
            QCoreApplication::translate("Dintero::Ui::MainWindow", "Not connected").toHtmlEscaped());
        return;
    }
    QString account = QCoreApplication::translate("Dintero::Ui::MainWindow", "Account %1")
                          .arg(connection->accountId)
                          .toHtmlEscaped();
    const QString environment = connection->environmentName();
    if (!environment.isEmpty()) {
        // Production is set apart in bold: an agent must not mistake it for test data.
        account += QStringLiteral(" \u00b7 ")
            + (connection->isProduction() ? QStringLiteral("<b>%1</b>").arg(environment.toHtmlEscaped())
                                          : environment.toHtmlEscaped());
    }
    if (!note.isEmpty())
        account += QStringLiteral(" \u00b7 ") + note.toHtmlEscaped();
    m_accountLabel->setText(account);
}

void SessionsStatusBar::showRefresh(const QDateTime &lastRefresh, int autoRefreshMinutes)
{
    QString refreshed;
    if (lastRefresh.isValid())
        refreshed = QCoreApplication::translate("Dintero::Ui::MainWindow", "Refreshed %1")
                        .arg(QLocale().toString(lastRefresh.toLocalTime().time(), QLocale::ShortFormat));
    if (autoRefreshMinutes > 0) {
        if (!refreshed.isEmpty())
            refreshed += QStringLiteral(" \u00b7 ");
        refreshed
            += QCoreApplication::translate("Dintero::Ui::MainWindow", "auto every %n min", nullptr, autoRefreshMinutes);
    }
    m_refreshLabel->setText(refreshed);
    m_refreshLabel->setVisible(!refreshed.isEmpty());
}

void SessionsStatusBar::showExportProgress(const QString &text)
{
    m_exportLabel->setText(text);
    m_exportBox->show();
}

void SessionsStatusBar::hideExport()
{
    m_exportBox->hide();
}

void SessionsStatusBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_exportCancel->setText(QCoreApplication::translate("Dintero::Ui::MainWindow", "Cancel Export"));
        m_exportCancel->setAccessibleName(m_exportCancel->text());
    }
    QStatusBar::changeEvent(event);
}

} // namespace Dintero::Ui
