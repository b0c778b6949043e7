#pragma once

#include "orders/orderdraft.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>

class QDialog;
class QFormLayout;
class QLabel;
class QWidget;

namespace Dintero::Ui {

// Marks the fields of a form with their problems: each field gets a red reason line
// under it (a QLabel in the form), a red frame, and the reason as its tooltip and
// accessible description. Problems no field owns go to the banner. A field's own
// problems show once it has been touched (edited or left), so that an empty form
// does not open in red; problems from the server show at once. Does not own the widgets.
class FieldErrors
{
public:
    FieldErrors() = default;

    // Adds `field` to `form` with `label`, and a hidden reason line under it.
    void addRow(QFormLayout *form, const QString &label, QWidget *widget, Orders::OrderField field);
    // A field shown elsewhere (the lines editor): its reason line is `reasonLabel`.
    void addField(QWidget *widget, QLabel *reasonLabel, Orders::OrderField field);
    void setBanner(QLabel *banner);

    void touch(Orders::OrderField field);
    void touchAll();
    bool isTouched(Orders::OrderField field) const;

    // Shows `problems` (each at its field; touched fields only unless `all`); clears the rest.
    void show(const QList<Orders::FieldProblem> &problems, bool all = false);
    // The reason line shown for `field` (empty when none), for tests and screenshots.
    QString reasonShown(Orders::OrderField field) const;
    QLabel *reasonLabel(Orders::OrderField field) const;

private:
    struct Entry
    {
        QPointer<QWidget> widget;
        QPointer<QLabel> reason;
    };
    QHash<Orders::OrderField, Entry> m_fields;
    QSet<Orders::OrderField> m_touched;
    QPointer<QLabel> m_banner;
};

// The style sheet that draws the red frame of a field FieldErrors marks.
QString fieldErrorStyleSheet();

// A selectable, wrapping label (a status or publish line) named `objectName`.
QLabel *wrappingLabel(QWidget *parent, const QString &objectName);
// A reason line that appears must not squeeze the rows: grows `dialog` to what it needs.
void growToFit(QDialog *dialog);

} // namespace Dintero::Ui
