#include "models/jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Dintero::Models {

// One key/value of the document. Children are made on first use (makeChildren()).
struct JsonTreeModel::Node
{
    QString key; // object key, or "[n]" for an array element
    QJsonValue value;
    Node *parent = nullptr;
    int row = 0;
    bool childrenMade = false;
    std::vector<std::unique_ptr<Node>> children;

    int childCount() const
    {
        if (value.isObject())
            return int(value.toObject().size());
        if (value.isArray())
            return int(value.toArray().size());
        return 0;
    }
};

namespace {

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Integers (amounts) without a decimal point or exponent.
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString()) {
        // A one-element array is the shortest way to let Qt quote and escape a string.
        const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    return scalarText(value);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) { }

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::setJson(const QJsonValue &value)
{
    beginResetModel();
    m_json = value;
    m_root = std::make_unique<Node>();
    if (value.isObject() || value.isArray()) {
        m_root->value = value;
    } else if (!value.isUndefined()) {
        // A scalar document: one row under an invisible root.
        m_root->value = QJsonArray { value };
    }
    endResetModel();
}

const QJsonValue &JsonTreeModel::json() const
{
    return m_json;
}

void JsonTreeModel::makeChildren(Node *node)
{
    if (node->childrenMade)
        return;
    node->childrenMade = true;
    const auto add = [node](QString key, QJsonValue value) {
        auto child = std::make_unique<Node>();
        child->key = std::move(key);
        child->value = std::move(value);
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        node->children.reserve(size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        node->children.reserve(size_t(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), array.at(i));
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeFor(parent);
    makeChildren(node);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    // Counted from the JSON itself: no nodes are made to answer this.
    return nodeFor(parent)->childCount();
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case KeyColumn:
            return node->key;
        case ValueColumn:
            if (node->value.isObject())
                return tr("%n field(s)", nullptr, node->childCount());
            if (node->value.isArray())
                return tr("%n element(s)", nullptr, node->childCount());
            return scalarText(node->value);
        case TypeColumn:
            return typeName(node->value);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ValueColumn && node->value.isString())
        return node->value.toString();
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QString JsonTreeModel::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return tr("object");
    case QJsonValue::Array:
        return tr("array");
    case QJsonValue::String:
        return tr("string");
    case QJsonValue::Double:
        return tr("number");
    case QJsonValue::Bool:
        return tr("boolean");
    case QJsonValue::Null:
        return tr("null");
    default:
        return {};
    }
}

QJsonValue JsonTreeModel::value(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_json;
    return nodeFor(index)->value;
}

QString JsonTreeModel::jsonText(const QModelIndex &index) const
{
    return compactJson(value(index));
}

QString JsonTreeModel::valueText(const QModelIndex &index) const
{
    const QJsonValue v = value(index);
    if (v.isObject() || v.isArray())
        return compactJson(v);
    return scalarText(v);
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    QString path;
    for (const Node *node = index.isValid() ? nodeFor(index) : nullptr; node && node != m_root.get();
         node = node->parent) {
        const bool element = node->key.startsWith(QLatin1Char('['));
        path.prepend(node->key);
        if (!element && node->parent != m_root.get())
            path.prepend(QLatin1Char('.'));
    }
    return path;
}

} // namespace Dintero::Models
