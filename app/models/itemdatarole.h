#pragma once

#include <Qt>

namespace Dintero::Models {

// The custom roles of the session models. An unscoped enum on purpose: roles are ints
// in the model/view API, and an enum class would need a cast at every data() call.
enum ItemDataRole {
    SortRole = Qt::UserRole, // the raw value of the cell (QDateTime, qint64, QString, int)
    StatusRole, // int(Core::SessionStatus) of the row, on every column
    SessionIdRole, // QString, on every column
    TransactionIdRole, // QString, on every column
    MerchantReferenceRole, // QString, on every column
    CheckoutUrlRole, // QUrl of the hosted page, on every column
    CanCancelRole, // bool: the session may be offered a cancel
};

} // namespace Dintero::Models
