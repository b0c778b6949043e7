#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Dintero::Sandbox {

// The hosted checkout page a session's `url` points at: an order summary and a test
// card form whose action is `payPath`. `notice` is shown above the form (a declined card).
QByteArray renderPaymentPage(const QJsonObject &session, const QString &payPath, const QString &notice);

// A page with one message, for sessions that can no longer be paid.
QByteArray renderMessagePage(const QString &title, const QString &message);

} // namespace Dintero::Sandbox
