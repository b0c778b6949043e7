#pragma once

#include <QCompleter>
#include <QPointer>

class QLineEdit;
class QStringListModel;

namespace Dintero::Ui {

// Completes the last of several comma- or space-separated values in a line edit
// ("oslo-sentrum, berg" offers "bergen-bryggen"), keeping the values before it.
class MultiValueCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MultiValueCompleter)

public:
    explicit MultiValueCompleter(QLineEdit *lineEdit);
    ~MultiValueCompleter() override;

    void setValues(const QStringList &values);
    QStringList values() const;

    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;

private:
    QPointer<QLineEdit> m_lineEdit;
    QStringListModel *m_model;
};

} // namespace Dintero::Ui
