#pragma once

#include <QDateTime>
#include <QGroupBox>
#include <QString>
#include <QUrl>

class QFormLayout;
class QLabel;

namespace Dintero::Models {
class JsonTreeModel;
} // namespace Dintero::Models

namespace Dintero::Ui {

// One titled block of the session details window: rows of a label and a selectable
// value, each value optionally with a copy button. Rows whose value is empty are left
// out, and the window leaves out a section with no rows (isEmpty()), so nothing is
// ever shown blank. Owned by its parent widget.
class DetailsSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsSection)

public:
    DetailsSection(const QString &title, const QString &objectName, QWidget *parent = nullptr);
    ~DetailsSection() override;

    // A row "label: value". copyWhat names the copy button ("Copy <copyWhat>"); empty for
    // no button. Returns the value label, or nullptr when value is empty (no row added).
    QLabel *addText(const QString &label, const QString &value, const QString &fieldName, const QString &copyWhat = {},
        const QString &toolTip = {});
    // A secret shown masked; its copy button ("Copy <copyWhat>") copies all of it.
    QLabel *addMasked(const QString &label, const QString &masked, const QString &full, const QString &fieldName,
        const QString &copyWhat);
    // A time in local time, UTC in the tooltip; nothing for an invalid time.
    QLabel *addTime(const QString &label, const QDateTime &time, const QString &fieldName);
    // A link with copy and open (in the browser) buttons.
    QLabel *addLink(const QString &label, const QUrl &url, const QString &fieldName, const QString &what);
    // Any widget spanning the section's width.
    void addWide(QWidget *widget);

    bool isEmpty() const;
    QFormLayout *form() const;

    // "3 Dec 2026 14:05:09" in local time.
    static QString localTimeText(const QDateTime &time);
    // A section with the JSON as an expandable tree and buttons to copy all of it, the
    // selected node's JSON or its value. Uses (does not own) the model.
    static DetailsSection *jsonTree(
        Models::JsonTreeModel *model, const QString &title, const QString &objectName, const QString &what);
    // A copy button named "Copy <what>" that puts text on the clipboard.
    static QWidget *copyButton(const QString &what, const QString &text, QWidget *parent);

private:
    QLabel *addValue(const QString &label, QWidget *field, QLabel *value);

    QFormLayout *m_form;
    int m_rows = 0;
};

} // namespace Dintero::Ui
