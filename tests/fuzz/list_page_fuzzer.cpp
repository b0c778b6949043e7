#include "fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

// The list-page parser (GET /v1/sessions): simdjson's DOM, the element splitting and the
// field mapping of Session::pageFromJson() on whatever bytes arrive, every field read;
// and Session::indexPage(), which must agree with it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    const Core::Session::Page page = Core::Session::pageFromJson(Fuzz::bytes(data, size));
    // A page that parsed holds no more sessions than elements, and a failed one none.
    if (page.sessions.size() > page.elementCount
        || (page.problem != Core::Session::Page::Problem::None && !page.sessions.isEmpty()))
        __builtin_trap();
    for (const Core::Session &session : page.sessions) {
        // Each session's bytes (what `list --format json` writes) are one JSON object
        // that Qt reads too (json() is built from them), with an id. (Not necessarily
        // the same id: with a duplicated key the mapping reads the first, Qt the last.)
        QJsonParseError error;
        const QJsonDocument raw = QJsonDocument::fromJson(session.rawJson(), &error);
        if (error.error != QJsonParseError::NoError || !raw.isObject() || !raw.object().contains(QLatin1String("id")))
            __builtin_trap();
        Fuzz::readEverything(session);
    }
    // The next page is asked for with indexPage()'s cursor before this one is read:
    // both must agree on every input.
    const std::optional<Core::Session::PageIndex> index = Core::Session::indexPage(Fuzz::bytes(data, size));
    if (index.has_value() != (page.problem == Core::Session::Page::Problem::None))
        __builtin_trap();
    if (index
        && (index->elementCount != page.elementCount
            || index->lastId != (page.sessions.isEmpty() ? QString() : page.sessions.constLast().id())))
        __builtin_trap();
    Fuzz::consume(page.error.size());
    return 0;
}
