#include "fuzzsupport.h"

#include <QJsonObject>

// The session parser, both ways a session is read: Session::fromJson() on a decoded
// object (GET /v1/sessions/{id}, a cancel's answer) and the byte-level reader behind
// pageFromJson() on the same text as a one-element page.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    const QByteArray input = Fuzz::bytes(data, size);

    const QJsonDocument document = QJsonDocument::fromJson(input);
    QString error;
    if (const std::optional<Core::Session> session = Core::Session::fromJson(document.object(), &error))
        Fuzz::readEverything(*session);
    Fuzz::consume(error.size());

    const Core::Session::Page page = Core::Session::pageFromJson('[' + input + ']');
    for (const Core::Session &session : page.sessions)
        Fuzz::readEverything(session);
    return 0;
}
