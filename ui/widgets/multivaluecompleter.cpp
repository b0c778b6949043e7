#include "widgets/multivaluecompleter.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace Dintero::Ui {
namespace {

// Where the value being typed starts: after the last separator.
qsizetype lastValueStart(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[\\s,;]"));
    const qsizetype at = text.lastIndexOf(separator);
    return at < 0 ? 0 : at + 1;
}

} // namespace

MultiValueCompleter::MultiValueCompleter(QLineEdit *lineEdit)
    : QCompleter(lineEdit), m_lineEdit(lineEdit), m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    lineEdit->setCompleter(this);
}

MultiValueCompleter::~MultiValueCompleter() = default;

void MultiValueCompleter::setValues(const QStringList &values)
{
    if (m_model->stringList() != values)
        m_model->setStringList(values);
}

QStringList MultiValueCompleter::values() const
{
    return m_model->stringList();
}

QStringList MultiValueCompleter::splitPath(const QString &path) const
{
    return { path.mid(lastValueStart(path)).trimmed() };
}

QString MultiValueCompleter::pathFromIndex(const QModelIndex &index) const
{
    const QString value = QCompleter::pathFromIndex(index);
    if (!m_lineEdit)
        return value;
    const QString text = m_lineEdit->text();
    QString before = text.left(lastValueStart(text)).trimmed();
    if (before.isEmpty())
        return value;
    if (!before.endsWith(u','))
        before += u',';
    return before + u' ' + value;
}

} // namespace Dintero::Ui
