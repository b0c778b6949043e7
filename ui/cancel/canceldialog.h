#pragma once

#include "core/clock.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Dintero::Cancel {
class CancelRun;
struct CancelResult;
} // namespace Dintero::Cancel

namespace Dintero::Ui {

// Cancelling one session or several, in one window that walks through the steps: the
// preflight re-reads each session and its transaction (progress, Stop); one
// confirmation names what will happen (focus on Keep Session; for a production account
// the confirming button waits for the typed merchant reference, or the number of
// sessions); the cancels go out one at a time (progress, Stop between requests); a
// result list says what happened to each session and can be copied as text.
// Drives (does not own) the CancelRun, which its caller keeps so that the run outlives
// a closed dialog and a sent cancel is never forgotten.
class CancelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CancelDialog)

public:
    // `production`: the account is a production one (P…), so confirming needs typing.
    CancelDialog(Cancel::CancelRun *run, bool production, QWidget *parent = nullptr);
    ~CancelDialog() override;

    // The agent's note (why), for the journal; the API's cancel takes no body.
    QString note() const;

Q_SIGNALS:
    // The agent confirmed: the run is executing.
    void confirmed();

protected:
    void reject() override;

private:
    void buildCheckingPage();
    void buildConfirmPage();
    void buildProgressPage();
    void buildResultPage();
    void showConfirmation();
    void updateConfirmButton();
    void confirm();
    void showProgress(int done, int total);
    void showResults();
    void copyResults();
    QString expectedConfirmation() const;

    QPointer<Cancel::CancelRun> m_run;
    bool m_production;
    bool m_bulk;
    QStackedWidget *m_pages;
    // Checking
    QLabel *m_checkingLabel;
    QProgressBar *m_checkingProgress;
    // Confirmation
    QWidget *m_confirmPage;
    QLabel *m_summaryLabel;
    QLabel *m_detailsLabel;
    QLabel *m_consequenceLabel;
    QTreeWidget *m_refusedList;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_noteEdit;
    QLabel *m_typeLabel;
    QLineEdit *m_typeEdit;
    // Progress
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    // Results
    QLabel *m_resultLabel;
    QTreeWidget *m_resultList;

    QDialogButtonBox *m_buttons;
    QPushButton *m_keepButton;
    QPushButton *m_confirmButton;
    QPushButton *m_stopButton;
    QPushButton *m_copyButton;
    QPushButton *m_closeButton;
};

} // namespace Dintero::Ui
