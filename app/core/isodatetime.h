#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QStringView>

namespace Dintero::Core {

// Parses the ISO-8601 date-times Dintero sends ("2025-03-04T09:12:31.412Z",
// "...+01:00", "2025-03-04") into a UTC QDateTime; invalid when unparsable. The common
// shapes take a fast path (a list page holds hundreds of them); others fall back to
// QDateTime::fromString().
QDateTime parseIsoDateTime(QStringView text);
// The same for ASCII/UTF-8 bytes (straight from a JSON text, no QString in between).
QDateTime parseIsoDateTime(QByteArrayView text);

} // namespace Dintero::Core
