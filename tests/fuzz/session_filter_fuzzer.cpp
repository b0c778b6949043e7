#include "core/sessionfilter.h"
#include "fuzzsupport.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

// The filter-to-query builder: a saved filter (JSON, as read back from the settings)
// becomes the query of GET /v1/sessions. Checks what the filter promises: a saved
// filter reads back equal, and the search text reaches a server unchanged whatever
// characters it holds.
namespace {

// As a server of the real API decodes a query item ('+' is a space), like the sandbox.
QString serverDecoded(QByteArray text)
{
    return QUrl::fromPercentEncoding(text.replace('+', ' '));
}

QString searchAsServerReadsIt(const QUrlQuery &query)
{
    QUrl url(QStringLiteral("http://127.0.0.1/v1/sessions"));
    url.setQuery(query);
    for (const QByteArray &part : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        if (part.startsWith("search="))
            return serverDecoded(part.mid(7));
    }
    return {};
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Dintero;
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    const Core::SessionFilter filter = Core::SessionFilter::fromJson(document.object());

    if (!(Core::SessionFilter::fromJson(filter.toJson()) == filter))
        __builtin_trap();
    const QUrlQuery query = filter.toQuery(document.object().value(QLatin1String("starting_after")).toString());
    Fuzz::consume(query.toString(QUrl::FullyEncoded).size());
    if (QStringView(filter.search()).isValidUtf16() && searchAsServerReadsIt(query) != filter.search())
        __builtin_trap();

    // The setters on raw text, as typed or pasted into the filter bar.
    Core::SessionFilter typed;
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    typed.setSearch(text);
    typed.setStoreIds(text.split(QLatin1Char('\n')));
    typed.setSessionIds(text.split(QLatin1Char(',')));
    if (QStringView(typed.search()).isValidUtf16() && searchAsServerReadsIt(typed.toQuery()) != typed.search())
        __builtin_trap();
    return 0;
}
