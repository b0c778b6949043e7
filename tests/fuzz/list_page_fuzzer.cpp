#include "fuzzsupport.h"

// The list-page parser (GET /v1/sessions): JsonTape and Session::pageFromJson() on
// whatever bytes arrive, with every field of every session read.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    const Core::Session::Page page = Core::Session::pageFromJson(Fuzz::bytes(data, size));
    // A page that parsed holds no more sessions than elements, and a failed one none.
    if (page.sessions.size() > page.elementCount
        || (page.problem != Core::Session::Page::Problem::None && !page.sessions.isEmpty()))
        __builtin_trap();
    for (const Core::Session &session : page.sessions)
        Fuzz::readEverything(session);
    Fuzz::consume(page.error.size());
    return 0;
}
