#include "details/detailssection.h"

#include "models/jsontreemodel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>

namespace Dintero::Ui {

namespace {

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // No word wrap: a wrapping label's height depends on its width, which a scroll area
    // does not settle, so rows came out too tall. Long values are cut at the window's
    // edge instead (never widening it), with the whole text in the tooltip.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(120);
    if (text.size() > 80)
        label->setToolTip(text);
    return label;
}

} // namespace

DetailsSection::DetailsSection(const QString &title, const QString &objectName, QWidget *parent)
    : QGroupBox(title, parent), m_form(new QFormLayout(this))
{
    setObjectName(objectName);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
}

DetailsSection::~DetailsSection() = default;

QLabel *DetailsSection::addValue(const QString &label, QWidget *field, QLabel *value)
{
    value->setAccessibleName(label);
    m_form->addRow(label.isEmpty() ? QString() : tr("%1:").arg(label), field);
    ++m_rows;
    return value;
}

QLabel *DetailsSection::addText(const QString &label, const QString &value, const QString &fieldName,
    const QString &copyWhat, const QString &toolTip)
{
    if (value.trimmed().isEmpty())
        return nullptr;
    QLabel *valueLabel = selectableLabel(value, this);
    valueLabel->setObjectName(QStringLiteral("value_") + fieldName);
    if (!toolTip.isEmpty())
        valueLabel->setToolTip(toolTip);
    if (copyWhat.isEmpty())
        return addValue(label, valueLabel, valueLabel);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(valueLabel, 1);
    layout->addWidget(copyButton(copyWhat, value, row), 0, Qt::AlignTop);
    return addValue(label, row, valueLabel);
}

QLabel *DetailsSection::addMasked(
    const QString &label, const QString &masked, const QString &full, const QString &fieldName, const QString &copyWhat)
{
    if (full.trimmed().isEmpty())
        return nullptr;
    QLabel *valueLabel = selectableLabel(masked, this);
    valueLabel->setObjectName(QStringLiteral("value_") + fieldName);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(valueLabel, 1);
    layout->addWidget(copyButton(copyWhat, full, row), 0, Qt::AlignTop);
    return addValue(label, row, valueLabel);
}

QLabel *DetailsSection::addTime(const QString &label, const QDateTime &time, const QString &fieldName)
{
    if (!time.isValid())
        return nullptr;
    return addText(
        label, localTimeText(time), fieldName, {}, tr("%1 UTC").arg(time.toUTC().toString(Qt::ISODateWithMs)));
}

QLabel *DetailsSection::addLink(const QString &label, const QUrl &url, const QString &fieldName, const QString &what)
{
    if (url.isEmpty())
        return nullptr;
    const QString text = url.toString();
    QLabel *valueLabel = selectableLabel(text, this);
    valueLabel->setObjectName(QStringLiteral("value_") + fieldName);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(valueLabel, 1);
    auto *open = new QToolButton(row);
    open->setText(tr("Open"));
    open->setObjectName(QStringLiteral("open_") + fieldName);
    open->setAccessibleName(tr("Open %1").arg(what));
    open->setToolTip(tr("Open %1 in the web browser").arg(what));
    connect(open, &QToolButton::clicked, row, [url] { QDesktopServices::openUrl(url); });
    layout->addWidget(open, 0, Qt::AlignTop);
    layout->addWidget(copyButton(what, text, row), 0, Qt::AlignTop);
    return addValue(label, row, valueLabel);
}

void DetailsSection::addWide(QWidget *widget)
{
    widget->setParent(this);
    m_form->addRow(widget);
    ++m_rows;
}

bool DetailsSection::isEmpty() const
{
    return m_rows == 0;
}

QFormLayout *DetailsSection::form() const
{
    return m_form;
}

QString DetailsSection::localTimeText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

QWidget *DetailsSection::copyButton(const QString &what, const QString &text, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(tr("Copy"));
    button->setAccessibleName(tr("Copy %1").arg(what));
    button->setToolTip(tr("Copy %1 to the clipboard").arg(what));
    connect(button, &QToolButton::clicked, button, [text] { QGuiApplication::clipboard()->setText(text); });
    return button;
}

DetailsSection *DetailsSection::jsonTree(
    Models::JsonTreeModel *model, const QString &title, const QString &objectName, const QString &what)
{
    auto *section = new DetailsSection(title, objectName);
    auto *tree = new QTreeView(section);
    tree->setObjectName(objectName + QStringLiteral("Tree"));
    tree->setAccessibleName(title);
    tree->setModel(model);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->resizeSection(Models::JsonTreeModel::KeyColumn, 240);
    tree->header()->resizeSection(Models::JsonTreeModel::ValueColumn, 380);
    tree->setMinimumHeight(280);
    section->addWide(tree);
    // Ctrl+C in the tree copies the selected node as JSON, like the button.
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, tree,
        [tree, model] { QGuiApplication::clipboard()->setText(model->jsonText(tree->currentIndex())); });

    auto *buttons = new QWidget(section);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    auto *copyAll = new QToolButton(buttons);
    copyAll->setText(tr("Copy All"));
    copyAll->setAccessibleName(tr("Copy %1").arg(what));
    connect(
        copyAll, &QToolButton::clicked, model, [model] { QGuiApplication::clipboard()->setText(model->jsonText({})); });
    auto *copyNode = new QToolButton(buttons);
    copyNode->setText(tr("Copy Selected JSON"));
    copyNode->setAccessibleName(tr("Copy selected %1").arg(what));
    connect(copyNode, &QToolButton::clicked, tree,
        [tree, model] { QGuiApplication::clipboard()->setText(model->jsonText(tree->currentIndex())); });
    auto *copyValue = new QToolButton(buttons);
    copyValue->setText(tr("Copy Selected Value"));
    copyValue->setAccessibleName(tr("Copy selected value of %1").arg(what));
    connect(copyValue, &QToolButton::clicked, tree,
        [tree, model] { QGuiApplication::clipboard()->setText(model->valueText(tree->currentIndex())); });
    row->addWidget(copyAll);
    row->addWidget(copyNode);
    row->addWidget(copyValue);
    row->addStretch(1);
    section->addWide(buttons);
    return section;
}

} // namespace Dintero::Ui
