#include "fuzzsupport.h"

#include <QJsonObject>

// The transaction parser (GET /v1/transactions/{id}).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    QString error;
    if (const std::optional<Core::Transaction> transaction = Core::Transaction::fromJson(document.object(), &error))
        Fuzz::readEverything(*transaction);
    const Core::TransactionStatus status = Core::transactionStatusFromKey(QString::fromUtf8(Fuzz::bytes(data, size)));
    Fuzz::consume(error.size() + Core::transactionStatusText(status).size());
    return 0;
}
