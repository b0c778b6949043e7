#include "api/apierror.h"
#include "fuzzsupport.h"

// The error-body parser: a non-2xx answer's body (Dintero's {"error": {...}}, a proxy's
// HTML, garbage) becomes a typed ApiError. The first two bytes choose the status.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    if (size < 2)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const Api::ApiError error
        = Api::ApiError::fromErrorBody(status, Fuzz::bytes(data + 2, size - 2), QStringLiteral("GET /v1/sessions"));
    if (!error.isError() || error.httpStatus() != status)
        __builtin_trap();
    Fuzz::consume(error.message().size() + error.detail().size() + error.code().size() + error.serverMessage().size()
        + Api::ApiError::kindName(error.kind()).size());
    return 0;
}
