#include "settings/savedfilter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dintero::Settings {

QJsonObject SavedFilter::toJson() const
{
    QJsonObject object = criteria.toJson();
    if (!name.isEmpty())
        object.insert(QLatin1String("name"), name);
    return object;
}

SavedFilter SavedFilter::fromJson(const QJsonObject &object)
{
    SavedFilter filter;
    filter.name = object.value(QLatin1String("name")).toString();
    filter.criteria = Models::FilterCriteria::fromJson(object);
    return filter;
}

QByteArray SavedFilter::listToJson(const QList<SavedFilter> &filters)
{
    QJsonArray array;
    for (const SavedFilter &filter : filters)
        array.append(filter.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<SavedFilter> SavedFilter::listFromJson(const QByteArray &json)
{
    QList<SavedFilter> filters;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        SavedFilter filter = fromJson(value.toObject());
        if (!filter.name.isEmpty())
            filters.append(std::move(filter));
    }
    return filters;
}

} // namespace Dintero::Settings
