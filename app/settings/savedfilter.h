#pragma once

#include "models/filtercriteria.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dintero::Settings {

// A filter the agent saved under a name (or the "last filter", whose name is empty).
struct SavedFilter
{
    QString name;
    Models::FilterCriteria criteria;

    QJsonObject toJson() const;
    static SavedFilter fromJson(const QJsonObject &object);

    // A list as compact JSON text (what QSettings stores); unreadable text gives an empty list.
    static QByteArray listToJson(const QList<SavedFilter> &filters);
    static QList<SavedFilter> listFromJson(const QByteArray &json);

    friend bool operator==(const SavedFilter &a, const SavedFilter &b)
    {
        return a.name == b.name && a.criteria == b.criteria;
    }
};

} // namespace Dintero::Settings
