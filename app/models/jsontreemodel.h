#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Dintero::Models {

// A read-only tree over one JSON value (a session, a transaction) with the columns
// key, value and type. The nodes under an object or array are made only when a view
// first asks for one of them, so a document with thousands of events opens at once:
// nothing walks the whole tree up front. Owns its nodes; the JSON is shared (implicitly).
class JsonTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonTreeModel)

public:
    enum Column {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount,
    };

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows the children of an object or array at the top level; a scalar shows as one row.
    void setJson(const QJsonValue &value);
    const QJsonValue &json() const;

    // The value under an index (any column); the whole document for an invalid index.
    QJsonValue value(const QModelIndex &index) const;
    // The node as compact JSON text ({"a":1}, "text" with quotes, 12, null).
    QString jsonText(const QModelIndex &index) const;
    // A scalar as plain text (a string without quotes); objects and arrays as JSON.
    QString valueText(const QModelIndex &index) const;
    // The key path from the top ("order.items[0].amount").
    QString path(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Type names as the view shows them ("object", "string"), tr()'d.
    static QString typeName(const QJsonValue &value);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    static void makeChildren(Node *node);

    QJsonValue m_json;
    std::unique_ptr<Node> m_root;
};

} // namespace Dintero::Models
