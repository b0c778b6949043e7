#include "fielderrors.h"

#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QStyle>
#include <QWidget>

namespace Dintero::Ui {
namespace {

QLabel *reasonLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setProperty("fieldReason", true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setInvalid(QWidget *widget, bool invalid)
{
    if (!widget || widget->property("invalid").toBool() == invalid)
        return;
    widget->setProperty("invalid", invalid);
    // A dynamic property only restyles after a repolish.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

QString fieldErrorStyleSheet()
{
    return QStringLiteral("QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QDateTimeEdit[invalid=\"true\"], "
                          "QTableView[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px; }"
                          "QLabel[fieldReason=\"true\"] { color: #c62828; }");
}

void FieldErrors::addRow(QFormLayout *form, const QString &label, QWidget *widget, Orders::OrderField field)
{
    form->addRow(label, widget);
    QLabel *reason = reasonLine(widget->parentWidget());
    form->addRow(QString(), reason);
    addField(widget, reason, field);
}

void FieldErrors::addField(QWidget *widget, QLabel *reasonLabel, Orders::OrderField field)
{
    if (reasonLabel) {
        reasonLabel->setProperty("fieldReason", true);
        reasonLabel->setWordWrap(true);
        reasonLabel->hide();
    }
    m_fields.insert(field, { widget, reasonLabel });
}

void FieldErrors::setBanner(QLabel *banner)
{
    m_banner = banner;
}

void FieldErrors::touch(Orders::OrderField field)
{
    m_touched.insert(field);
}

void FieldErrors::touchAll()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_touched.insert(it.key());
}

bool FieldErrors::isTouched(Orders::OrderField field) const
{
    return m_touched.contains(field);
}

void FieldErrors::show(const QList<Orders::FieldProblem> &problems, bool all)
{
    QHash<Orders::OrderField, QStringList> reasons;
    QStringList other;
    for (const Orders::FieldProblem &problem : problems) {
        if (!m_fields.contains(problem.field))
            other.append(problem.reason);
        else if (all || m_touched.contains(problem.field))
            reasons[problem.field].append(problem.reason);
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString text = reasons.value(it.key()).join(u'\n');
        if (it->reason) {
            it->reason->setText(text);
            it->reason->setVisible(!text.isEmpty());
        }
        if (it->widget) {
            setInvalid(it->widget, !text.isEmpty());
            it->widget->setToolTip(text);
            it->widget->setAccessibleDescription(text);
        }
    }
    if (m_banner) {
        m_banner->setText(other.join(u'\n'));
        m_banner->setVisible(!other.isEmpty());
    }
}

QString FieldErrors::reasonShown(Orders::OrderField field) const
{
    const Entry entry = m_fields.value(field);
    return entry.reason && entry.reason->isVisibleTo(entry.reason->window()) ? entry.reason->text() : QString();
}

QLabel *FieldErrors::reasonLabel(Orders::OrderField field) const
{
    return m_fields.value(field).reason;
}

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A reason line that appears must not squeeze the rows: grow the dialog to what it needs.
void growToFit(QDialog *dialog)
{
    if (!dialog->isVisible() || !dialog->layout())
        return;
    dialog->layout()->activate();
    const int needed = dialog->layout()->hasHeightForWidth() ? dialog->layout()->totalHeightForWidth(dialog->width())
                                                             : dialog->sizeHint().height();
    if (dialog->height() < needed)
        dialog->resize(dialog->width(), needed);
}

} // namespace Dintero::Ui
