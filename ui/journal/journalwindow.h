#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QAction;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Dintero::Journal {
class Journal;
class JournalFilterProxyModel;
class JournalModel;
struct Verification;
} // namespace Dintero::Journal

namespace Dintero::Ui {

class LineEdit;

// The journal of what the console did, in a window of its own (non-modal): the entries
// newest first, a text filter and a date range, a line that says whether the chain of
// hashes is intact or from which line the entries cannot be trusted, Export to CSV… (of
// the rows shown) and Reload (F5). Reloads by itself when the journal appends while the
// window is shown. Uses (does not own) a Journal it is given, which must outlive the
// window; owns one made from a path.
class JournalWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalWindow)

public:
    explicit JournalWindow(Journal::Journal &journal, QWidget *parent = nullptr);
    explicit JournalWindow(const QString &path, QWidget *parent = nullptr);
    ~JournalWindow() override;

    // The text of the verification line (for tests and the accessible description).
    QString verificationText() const;
    // Rows shown after the filters.
    int shownCount() const;

public Q_SLOTS:
    void reload();
    // Writes the rows shown to `fileName` as CSV; says in the window how it went.
    bool exportTo(const QString &fileName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    JournalWindow(Journal::Journal *journal, std::unique_ptr<Journal::Journal> owned, QWidget *parent);
    void askExportFile();
    void applyDateRange();
    void showVerification(const Journal::Verification &verification, int entryCount);
    void updateCount();
    void fitColumns();

    std::unique_ptr<Journal::Journal> m_ownedJournal;
    Journal::Journal *m_journal;
    Journal::JournalModel *m_model;
    Journal::JournalFilterProxyModel *m_proxy;
    LineEdit *m_filter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_reloadButton;
    QPushButton *m_exportButton;
    QAction *m_reloadAction;
    QLabel *m_verification;
    QTableView *m_table;
    QLabel *m_count;
    QLabel *m_message;
    bool m_stale = true;
    bool m_columnsFitted = false;
};

} // namespace Dintero::Ui
