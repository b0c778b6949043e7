#include "fuzzsupport.h"
#include "sandbox/openapivalidator.h"
#include "sandbox/sandboxvalidation.h"

#include <QJsonObject>

// The sandbox's request-body validation: the OpenAPI schema check (OpenApiDocument,
// SchemaChecker) and the field rules, on whatever a client sends to the four
// operations that take a body. The first byte chooses the operation.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    if (size < 1)
        return 0;
    static const Sandbox::OpenApiValidator openApi = Sandbox::OpenApiValidator::projectDocument();
    if (!openApi.isValid())
        __builtin_trap();

    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data + 1, size - 1));
    const QJsonObject body = document.object();
    QList<Sandbox::FieldProblem> problems;
    Sandbox::SchemaViolations violations;
    switch (data[0] % 4) {
    case 0:
        problems = Sandbox::validateCreateSession(body, data[0] & 0x80);
        violations = openApi.validateRequestBody("POST", QStringLiteral("/sessions"), document);
        break;
    case 1:
        problems = Sandbox::validateCreateSessionFromProfile(body, { QStringLiteral("default") }, data[0] & 0x80);
        violations = openApi.validateRequestBody("POST", QStringLiteral("/sessions-profile"), document);
        break;
    case 2:
        problems = Sandbox::validatePaymentTokenSession(body);
        violations = openApi.validateRequestBody("POST", QStringLiteral("/sessions/payment-token"), document);
        break;
    default:
        problems = Sandbox::validateUpdateSession(body);
        violations = openApi.validateRequestBody("PUT", QStringLiteral("/sessions/T12345678.abc"), document);
        break;
    }
    problems = Sandbox::withSchemaProblems(problems, violations);
    Fuzz::consume(Sandbox::describeProblems(problems).size() + Sandbox::OpenApiValidator::describe(violations).size());
    return 0;
}
