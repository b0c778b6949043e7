#include "journal/journalwindow.h"

#include "journal/journal.h"
#include "journal/journalcsv.h"
#include "journal/journalfilterproxymodel.h"
#include "journal/journalmodel.h"
#include "widgets/lineedit.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace Dintero::Ui {

namespace {

// The date edits' "no limit": QDateEdit has no empty state, so its lowest date shows as
// "Any" (Qt's special value text) and means an open end.
const QDate openEnd(2000, 1, 1);

QDateEdit *makeDateEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(openEnd);
    edit->setSpecialValueText(JournalWindow::tr("Any"));
    edit->setDate(openEnd);
    return edit;
}

// Tints the rows written from the break of the chain on, which cannot be trusted.
class UntrustedRowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    Q_DISABLE_COPY_MOVE(UntrustedRowDelegate)

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(Journal::JournalModel::TrustedRole).toBool())
            return;
        // A quarter of red over the view's base colour reads in light and dark themes.
        const QColor base = option->palette.color(QPalette::Base);
        const QColor red(0xd0, 0x30, 0x30);
        option->backgroundBrush = QColor(
            (base.red() * 3 + red.red()) / 4, (base.green() * 3 + red.green()) / 4, (base.blue() * 3 + red.blue()) / 4);
    }
};

} // namespace

JournalWindow::JournalWindow(Journal::Journal &journal, QWidget *parent) : JournalWindow(&journal, nullptr, parent) { }

JournalWindow::JournalWindow(const QString &path, QWidget *parent)
    : JournalWindow(nullptr, std::make_unique<Journal::Journal>(path), parent)
{ }

JournalWindow::JournalWindow(Journal::Journal *journal, std::unique_ptr<Journal::Journal> owned, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ownedJournal(std::move(owned))
    , m_journal(journal ? journal : m_ownedJournal.get())
    , m_model(new Journal::JournalModel(this))
    , m_proxy(new Journal::JournalFilterProxyModel(this))
    , m_filter(new LineEdit(this))
    , m_from(makeDateEdit(QStringLiteral("journalFrom"), tr("Journal from date"), this))
    , m_to(makeDateEdit(QStringLiteral("journalTo"), tr("Journal to date"), this))
    , m_reloadButton(new QPushButton(tr("&Reload"), this))
    , m_exportButton(new QPushButton(tr("&Export to CSV…"), this))
    , m_reloadAction(new QAction(tr("Reload"), this))
    , m_verification(new QLabel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("journalWindow"));
    setWindowTitle(tr("Journal"));
    setAccessibleName(tr("Journal"));
    resize(1100, 640);

    m_model->setLocale(locale());
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("journalFilter"));
    m_filter->setAccessibleName(tr("Journal filter"));
    m_filter->setPlaceholderText(tr("Filter by any column"));
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);

    m_reloadButton->setObjectName(QStringLiteral("journalReload"));
    m_reloadButton->setAccessibleName(tr("Reload journal"));
    m_reloadButton->setToolTip(tr("Read the journal file again (F5)"));
    m_exportButton->setObjectName(QStringLiteral("journalExport"));
    m_exportButton->setAccessibleName(tr("Export journal to CSV"));
    m_exportButton->setToolTip(tr("Write the entries shown to a CSV file"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_reloadAction);

    m_verification->setObjectName(QStringLiteral("journalVerification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_message->setObjectName(QStringLiteral("journalMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("journalEntries"));
    m_table->setAccessibleName(tr("Journal entries"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new UntrustedRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setAccessibleName(tr("Journal columns"));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The note takes the room left, so that the account column stays in view.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Journal::JournalModel::NoteColumn, QHeaderView::Stretch);

    auto *filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_filter, 1);
    filters->addSpacing(12);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_reloadButton);
    filters->addWidget(m_exportButton);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_verification);
    layout->addWidget(m_table, 1);
    layout->addLayout(footer);

    connect(m_filter, &LineEdit::textUpdated, this, [this](const QString &text) {
        if (m_proxy->setFilterText(text))
            updateCount();
    });
    // The calendar of an open end would open on January 2000; show this month instead.
    m_from->calendarWidget()->installEventFilter(this);
    m_to->calendarWidget()->installEventFilter(this);
    connect(m_from, &QDateEdit::dateChanged, this, &JournalWindow::applyDateRange);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalWindow::applyDateRange);
    connect(m_reloadButton, &QPushButton::clicked, this, &JournalWindow::reload);
    connect(m_reloadAction, &QAction::triggered, this, &JournalWindow::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &JournalWindow::askExportFile);
    // A hidden window reloads when it is next shown, not on every append.
    connect(m_journal, &Journal::Journal::appended, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });

    reload();
}

JournalWindow::~JournalWindow() = default;

QString JournalWindow::verificationText() const
{
    return m_verification->text();
}

int JournalWindow::shownCount() const
{
    return m_proxy->rowCount();
}

void JournalWindow::reload()
{
    const Journal::ReadResult result = m_journal->read();
    m_model->setReadResult(result);
    m_stale = false;
    showVerification(result.verification, int(result.entries.size()));
    updateCount();
    if (!m_columnsFitted && !result.entries.isEmpty())
        fitColumns();
}

void JournalWindow::showVerification(const Journal::Verification &verification, int entryCount)
{
    QString text;
    bool trouble = true;
    if (!verification.errorString.isEmpty()) {
        text = verification.errorString;
    } else if (verification.brokenLine > 0) {
        text = tr("Line %1 was changed or removed after it was written: entries from there on cannot be trusted.")
                   .arg(verification.brokenLine);
    } else if (verification.damagedLastLine > 0) {
        text = tr("The last line is incomplete (the console stopped while writing it); the entries before it are "
                  "intact.");
    } else if (!verification.invalidLines.isEmpty()) {
        QStringList lines;
        for (const int line : verification.invalidLines)
            lines.append(QString::number(line));
        text = tr("%n line(s) of the journal are not entries and were skipped (%1); the entries are intact.", nullptr,
            int(verification.invalidLines.size()))
                   .arg(lines.join(QStringLiteral(", ")));
    } else if (entryCount == 0) {
        text = tr("The journal is empty: nothing has been recorded yet.");
        trouble = false;
    } else {
        text = tr("The journal is intact: %n entry(s).", nullptr, entryCount);
        trouble = false;
    }
    m_verification->setText(text);
    m_verification->setAccessibleName(text);
    QPalette palette = this->palette();
    if (trouble)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_verification->setPalette(palette);
    QFont font = m_verification->font();
    font.setBold(trouble);
    m_verification->setFont(font);
}

void JournalWindow::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(
        shown == total ? tr("%n entry(s)", nullptr, total) : tr("%1 of %n entry(s) shown", nullptr, total).arg(shown));
}

void JournalWindow::applyDateRange()
{
    const QDate from = m_from->date() == openEnd ? QDate() : m_from->date();
    const QDate to = m_to->date() == openEnd ? QDate() : m_to->date();
    if (m_proxy->setDateRange(from, to))
        updateCount();
}

void JournalWindow::fitColumns()
{
    // Fit to the contents, but keep long errors from pushing the rest away; tooltips
    // show them whole. The note column stretches.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < Journal::JournalModel::ColumnCount; ++column) {
        if (column == Journal::JournalModel::NoteColumn)
            continue;
        m_table->resizeColumnToContents(column);
        const int cap = column == Journal::JournalModel::ErrorColumn ? 180 : 240;
        header->resizeSection(column, std::min(header->sectionSize(column), cap));
    }
    m_columnsFitted = true;
}

void JournalWindow::askExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export Journal"),
        QDir(folder).filePath(QStringLiteral("journal-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    dialog->setObjectName(QStringLiteral("journalExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &JournalWindow::exportTo);
    dialog->open();
}

bool JournalWindow::exportTo(const QString &fileName)
{
    const QList<Journal::JournalEntry> entries = m_proxy->shownEntries();
    QString error;
    if (!Journal::writeJournalCsv(fileName, entries, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(
        tr("Exported %n entry(s) to %1.", nullptr, int(entries.size())).arg(QDir::toNativeSeparators(fileName)));
    return true;
}

bool JournalWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : { m_from, m_to }) {
            if (watched == edit->calendarWidget() && edit->date() == openEnd) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void JournalWindow::showEvent(QShowEvent *event)
{
    if (m_stale)
        reload();
    QWidget::showEvent(event);
}

} // namespace Dintero::Ui
