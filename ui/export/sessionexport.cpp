#include "export/sessionexport.h"

#include "api/sessionclient.h"
#include "sessions/sessionsstatusbar.h"
#include "settings/consolesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Dintero::Ui {
namespace {

constexpr int StatusMessageMs = 6000;

} // namespace

// The texts were MainWindow's and keep its translation context.
SessionExport::SessionExport(Settings::ConsoleSettings &settings, SessionsStatusBar *statusBar, QWidget *window)
    : QObject(window), m_settings(settings), m_statusBar(statusBar), m_window(window), m_clock([] {
        return QDateTime::currentDateTime();
    })
{
    connect(m_statusBar, &SessionsStatusBar::exportCancelRequested, this, &SessionExport::cancel);
}

// The window cancels a running export while its status bar still exists.
SessionExport::~SessionExport() = default;

void SessionExport::setClock(Core::Clock clock)
{
    m_clock = std::move(clock);
}

bool SessionExport::isRunning() const
{
    return !m_exporter.isNull();
}

void SessionExport::askFileAndStart(
    Api::SessionClient *client, const Core::SessionFilter &filter, const Models::StatusSet &statuses)
{
    if (!client || m_exporter || m_asking)
        return;
    // The dialog is window-modal: the filters cannot change while it is open.
    m_client = client;
    m_filter = filter;
    m_statuses = statuses;
    QString directory = m_settings.exportDirectory();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(directory).filePath(
        QStringLiteral("sessions-%1.csv").arg(m_clock().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    auto *dialog
        = new QFileDialog(m_window, QCoreApplication::translate("Dintero::Ui::MainWindow", "Export Sessions to CSV"),
            suggested, QCoreApplication::translate("Dintero::Ui::MainWindow", "CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggested);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &fileName) {
        m_settings.setExportDirectory(QFileInfo(fileName).absolutePath());
        start(fileName);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_asking = false; });
    m_asking = true;
    dialog->open();
}

void SessionExport::start(const QString &fileName)
{
    if (!m_client || m_exporter)
        return;
    m_exporter = new Models::SessionCsvExporter(m_client, this);
    m_exporter->setClock(m_clock);
    connect(m_exporter, &Models::SessionCsvExporter::progress, this, &SessionExport::handleProgress);
    connect(m_exporter, &Models::SessionCsvExporter::finished, this, &SessionExport::handleFinished);
    m_statusBar->showExportProgress(QCoreApplication::translate("Dintero::Ui::MainWindow", "Exporting\u2026"));
    m_exporter->start(m_filter, m_statuses, fileName);
    Q_EMIT runningChanged();
}

void SessionExport::cancel()
{
    if (m_exporter)
        m_exporter->cancel();
}

void SessionExport::handleProgress(int fetched, int written)
{
    m_statusBar->showExportProgress(fetched == written
            ? QCoreApplication::translate("Dintero::Ui::MainWindow", "Exporting: %n session(s)", nullptr, written)
            : QCoreApplication::translate(
                "Dintero::Ui::MainWindow", "Exporting: %1 of %n session(s) match", nullptr, fetched)
                  .arg(QLocale().toString(written)));
}

void SessionExport::handleFinished(Models::SessionCsvExporter::Result result)
{
    using Result = Models::SessionCsvExporter::Result;
    Models::SessionCsvExporter *exporter = m_exporter;
    if (!exporter)
        return;
    m_exporter = nullptr;
    m_statusBar->hideExport();
    switch (result) {
    case Result::Written:
        m_statusBar->showMessage(QCoreApplication::translate("Dintero::Ui::MainWindow", "Exported %n session(s) to %1.",
                                     nullptr, exporter->writtenCount())
                                     .arg(QDir::toNativeSeparators(exporter->fileName())),
            StatusMessageMs * 2);
        break;
    case Result::Cancelled:
        m_statusBar->showMessage(
            QCoreApplication::translate("Dintero::Ui::MainWindow", "Export cancelled; no file was written."),
            StatusMessageMs);
        break;
    case Result::Failed: {
        auto *box = new QMessageBox(QMessageBox::Warning,
            QCoreApplication::translate("Dintero::Ui::MainWindow", "Export Failed"),
            QCoreApplication::translate(
                "Dintero::Ui::MainWindow", "The sessions were not exported; no file was written."),
            QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("exportFailedBox"));
        box->setInformativeText(exporter->errorString());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        break;
    }
    }
    exporter->deleteLater();
    Q_EMIT runningChanged();
    Q_EMIT finished(result == Result::Written);
}

} // namespace Dintero::Ui
