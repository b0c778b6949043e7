#include "sandboxtestsupport.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace Dintero::Testing {

QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
}

ManualClock::ManualClock(const QDateTime &start) : m_now(std::make_shared<QDateTime>(start)) { }

QDateTime ManualClock::now() const
{
    return *m_now;
}

void ManualClock::advance(qint64 seconds)
{
    *m_now = m_now->addSecs(seconds);
}

Core::Clock ManualClock::function() const
{
    return [now = m_now] {
        return *now;
    };
}

Dintero::Sandbox::SandboxOptions optionsAt(const ManualClock &clock)
{
    Dintero::Sandbox::SandboxOptions options = SandboxFixture::smallOptions();
    options.clock = clock.function();
    return options;
}

QString queryString(const QueryItems &items)
{
    QStringList parts;
    for (const auto &[name, value] : items)
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value)));
    return parts.join(QLatin1Char('&'));
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString describe(const HttpResult &result)
{
    QByteArray body = result.body;
    if (body.size() > 600)
        body = body.left(600) + "...";
    return QStringLiteral("status %1 (network error %2), body: %3")
        .arg(result.status)
        .arg(result.networkError)
        .arg(QString::fromUtf8(body));
}

QString errorEnvelopeProblem(const HttpResult &result)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("the error body is not JSON: ") + describe(result);
    const QJsonValue error = document.object().value(QStringLiteral("error"));
    if (!error.isObject())
        return QStringLiteral("the error body has no \"error\" object: ") + describe(result);
    const QJsonObject object = error.toObject();
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (!message.isString() || message.toString().trimmed().size() < 5)
        return QStringLiteral("error.message is missing or says nothing: ") + describe(result);
    if (object.contains(QStringLiteral("code")) && !object.value(QStringLiteral("code")).isString())
        return QStringLiteral("error.code is not a string: ") + describe(result);
    if (object.contains(QStringLiteral("errors")) && !object.value(QStringLiteral("errors")).isArray())
        return QStringLiteral("error.errors is not an array: ") + describe(result);
    return {};
}

QString errorMessage(const HttpResult &result)
{
    return result.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
}

namespace {

QJsonValue changed(const QJsonValue &root, QStringList tokens, const QJsonValue &replacement)
{
    if (tokens.isEmpty())
        return replacement;
    const QString token = tokens.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const int index = token.toInt();
        if (tokens.isEmpty() && replacement.isUndefined())
            array.removeAt(index);
        else if (index >= array.size())
            array.append(changed(QJsonValue(), tokens, replacement));
        else
            array.replace(index, changed(array.at(index), tokens, replacement));
        return array;
    }
    QJsonObject object = root.toObject();
    if (tokens.isEmpty() && replacement.isUndefined())
        object.remove(token);
    else
        object.insert(token, changed(object.value(token), tokens, replacement));
    return object;
}

} // namespace

QJsonValue withChange(const QJsonValue &root, const QString &pointer, const QJsonValue &replacement)
{
    QStringList tokens = pointer.split(QLatin1Char('/'));
    tokens.removeFirst();
    return changed(root, tokens, replacement);
}

QJsonObject withChange(const QJsonObject &root, const QString &pointer, const QJsonValue &replacement)
{
    return withChange(QJsonValue(root), pointer, replacement).toObject();
}

QJsonValue jsonLiteral(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

namespace {

QJsonObject returnUrls()
{
    return { { QStringLiteral("return_url"), QStringLiteral("https://shop.example.no/checkout/return") },
        { QStringLiteral("callback_url"), QStringLiteral("https://shop.example.no/dintero/callback?method=POST") } };
}

QJsonObject item(const QString &id, const QString &lineId, const QString &description, qint64 amount)
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("line_id"), lineId },
        { QStringLiteral("description"), description }, { QStringLiteral("quantity"), 1 },
        { QStringLiteral("amount"), amount }, { QStringLiteral("vat_amount"), amount / 5 },
        { QStringLiteral("vat"), 25 }, { QStringLiteral("type"), QStringLiteral("physical") } };
}

QJsonObject order(const QString &merchantReference)
{
    return { { QStringLiteral("amount"), 45800 }, { QStringLiteral("currency"), QStringLiteral("NOK") },
        { QStringLiteral("vat_amount"), 9160 }, { QStringLiteral("merchant_reference"), merchantReference },
        { QStringLiteral("items"),
            QJsonArray {
                item(QStringLiteral("SKU-TEA-01"), QStringLiteral("1"), QStringLiteral("Green tea 250 g"), 19800),
                item(QStringLiteral("SKU-MUG-07"), QStringLiteral("2"), QStringLiteral("Stoneware mug"), 26000) } },
        { QStringLiteral("billing_address"),
            QJsonObject { { QStringLiteral("first_name"), QStringLiteral("Kari") },
                { QStringLiteral("last_name"), QStringLiteral("Nordmann") },
                { QStringLiteral("country"), QStringLiteral("NO") } } } };
}

QJsonObject customer()
{
    return { { QStringLiteral("customer_id"), QStringLiteral("cust-20931") },
        { QStringLiteral("email"), QStringLiteral("kari.nordmann@example.no") },
        { QStringLiteral("phone_number"), QStringLiteral("+4791234567") } };
}

} // namespace

QJsonObject createSessionBody(const QString &merchantReference)
{
    return { { QStringLiteral("url"), returnUrls() }, { QStringLiteral("order"), order(merchantReference) },
        { QStringLiteral("customer"), customer() },
        { QStringLiteral("expires_at"), QStringLiteral("2030-01-01T00:00:00Z") },
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("ext_ticket"), QStringLiteral("SUP-5521") } } },
        { QStringLiteral("configuration"),
            QJsonObject { { QStringLiteral("auto_capture"), false },
                { QStringLiteral("channel"), QStringLiteral("ecommerce") },
                { QStringLiteral("dintero_psp"),
                    QJsonObject {
                        { QStringLiteral("creditcard"), QJsonObject { { QStringLiteral("enabled"), true } } } } } } } };
}

QJsonObject profileSessionBody(const QString &profileId, const QString &merchantReference)
{
    return { { QStringLiteral("profile_id"), profileId }, { QStringLiteral("url"), returnUrls() },
        { QStringLiteral("order"), order(merchantReference) }, { QStringLiteral("customer"), customer() },
        { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("ext_ticket"), QStringLiteral("SUP-5522") } } } };
}

QJsonObject paymentTokenBody(const QString &merchantReference)
{
    return { { QStringLiteral("session"),
                 QJsonObject { { QStringLiteral("order"),
                                   QJsonObject { { QStringLiteral("currency"), QStringLiteral("NOK") },
                                       { QStringLiteral("merchant_reference"), merchantReference } } },
                     { QStringLiteral("url"), returnUrls() }, { QStringLiteral("customer"), customer() },
                     { QStringLiteral("expires_at"), QStringLiteral("2030-01-01T00:00:00Z") },
                     { QStringLiteral("metadata"),
                         QJsonObject { { QStringLiteral("ext_ticket"), QStringLiteral("SUP-5523") } } } } },
        { QStringLiteral("token_provider"),
            QJsonObject { { QStringLiteral("payment_product_type"), QStringLiteral("dintero_psp.creditcard") },
                { QStringLiteral("token_types"), QJsonArray { QStringLiteral("payment_token") } } } } };
}

QJsonObject updateBody(qint64 firstAmount, qint64 secondAmount, qint64 orderAmount)
{
    return { { QStringLiteral("remove_lock"), true },
        { QStringLiteral("order"),
            QJsonObject { { QStringLiteral("amount"), orderAmount },
                { QStringLiteral("currency"), QStringLiteral("NOK") },
                { QStringLiteral("vat_amount"), (firstAmount + secondAmount) / 5 },
                { QStringLiteral("items"),
                    QJsonArray {
                        item(QStringLiteral("SKU-A"), QStringLiteral("1"), QStringLiteral("Teapot"), firstAmount),
                        item(QStringLiteral("SKU-B"), QStringLiteral("2"), QStringLiteral("Kettle"),
                            secondAmount) } } } } };
}

QString secondProfileId()
{
    return QLatin1String(SandboxFixture::AccountId) + QStringLiteral(".46dP6T4F1mUXYPeYKYc5Gj");
}

OperationCall operationCall(const QString &operation, const QString &sessionId)
{
    const QString sessionPath = QStringLiteral("/sessions/") + sessionId;
    if (operation == QLatin1String("list_sessions"))
        return { "GET", QStringLiteral("/sessions"), {} };
    if (operation == QLatin1String("get_session"))
        return { "GET", sessionPath, {} };
    if (operation == QLatin1String("create_session"))
        return { "POST", QStringLiteral("/sessions"), jsonBytes(createSessionBody()) };
    if (operation == QLatin1String("create_session_from_profile"))
        return { "POST", QStringLiteral("/sessions-profile"),
            jsonBytes(profileSessionBody(QStringLiteral("default"))) };
    if (operation == QLatin1String("update_session"))
        return { "PUT", sessionPath + QStringLiteral("?update_without_lock=true"),
            jsonBytes(updateBody(100, 200, 300)) };
    if (operation == QLatin1String("cancel_session"))
        return { "POST", sessionPath + QStringLiteral("/cancel"), {} };
    if (operation == QLatin1String("create_payment_token_session"))
        return { "POST", QStringLiteral("/sessions/payment-token"), jsonBytes(paymentTokenBody()) };
    qFatal("unknown operation %s", qPrintable(operation));
    return {};
}

QStringList sessionOperations()
{
    return { QStringLiteral("list_sessions"), QStringLiteral("get_session"), QStringLiteral("create_session"),
        QStringLiteral("create_session_from_profile"), QStringLiteral("update_session"),
        QStringLiteral("cancel_session"), QStringLiteral("create_payment_token_session") };
}

HttpResult perform(SandboxFixture &fixture, const OperationCall &call, const Headers &credentials)
{
    Headers headers = credentials;
    if (!call.body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return fixture.request(call.method, call.path, call.body, headers);
}

Headers bearer(const QByteArray &token)
{
    return { { "Authorization", "Bearer " + token } };
}

Headers apiKey(const QByteArray &key)
{
    return { { "x-api-key", key } };
}

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawResponse rawExchange(quint16 port, const QByteArray &method, const QByteArray &path, const Headers &headers,
    const QByteArray &body, int timeoutMs)
{
    RawResponse response;
    QTcpSocket socket;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&closed] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return response;

    QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    for (const auto &[name, value] : headers)
        request += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    request += "\r\n" + body;
    socket.write(request);

    const auto parse = [&response] {
        const qsizetype end = response.bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = response.bytes.left(end).split('\n');
        response.headers.clear();
        response.contentLength = -1;
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            response.headers.append(qMakePair(name, value));
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                response.contentLength = value.toLongLong();
        }
        response.body = response.bytes.mid(end + 4);
        response.complete = response.contentLength >= 0 && response.body.size() >= response.contentLength;
    };
    // Ends on its own once the peer closes or the response is complete.
    [[maybe_unused]] const bool finished = QTest::qWaitFor(
        [&] {
            response.bytes += socket.readAll();
            parse();
            return closed || response.complete;
        },
        timeoutMs);
    response.bytes += socket.readAll();
    parse();
    response.closedByPeer = closed;
    return response;
}

namespace {

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QHash<QString, QString> attributes(const QString &tag)
{
    static const QRegularExpression attribute(
        QStringLiteral("([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))"));
    QHash<QString, QString> found;
    for (auto it = attribute.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString value = match.captured(2);
        if (value.isEmpty())
            value = match.captured(3);
        if (value.isEmpty())
            value = match.captured(4);
        found.insert(match.captured(1).toLower(), htmlUnescape(value));
    }
    return found;
}

QByteArray formEncode(const QString &text)
{
    QByteArray encoded = QUrl::toPercentEncoding(text, " ");
    encoded.replace(' ', '+');
    return encoded;
}

} // namespace

QByteArray HtmlForm::encoded(const QueryItems &extra) const
{
    QList<QByteArray> parts;
    for (const QueryItems &list : { fields, extra }) {
        for (const auto &[name, value] : list)
            parts.append(formEncode(name) + '=' + formEncode(value));
    }
    return parts.join('&');
}

std::optional<HtmlForm> parseForm(const QByteArray &html, const QUrl &pageUrl)
{
    const QString text = QString::fromUtf8(html);
    static const QRegularExpression formPattern(QStringLiteral("<form\\b([^>]*)>(.*?)</form>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch formMatch = formPattern.match(text);
    if (!formMatch.hasMatch())
        return std::nullopt;
    HtmlForm form;
    const QHash<QString, QString> formAttributes = attributes(formMatch.captured(1));
    form.method = formAttributes.value(QStringLiteral("method"), QStringLiteral("get")).toUpper();
    form.action = pageUrl.resolved(QUrl(formAttributes.value(QStringLiteral("action"))));
    const QString content = formMatch.captured(2);

    static const QRegularExpression control(
        QStringLiteral(
            "<(input|select|button|textarea)\\b([^>]*)>(.*?)(?=<(?:input|select|button|textarea|/form)\\b|$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression option(
        QStringLiteral("<option\\b([^>]*)>([^<]*)"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = control.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString tag = match.captured(1).toLower();
        const QHash<QString, QString> attrs = attributes(match.captured(2));
        const QString name = attrs.value(QStringLiteral("name"));
        const QString type = attrs
                                 .value(QStringLiteral("type"),
                                     tag == QLatin1String("button") ? QStringLiteral("submit") : QStringLiteral("text"))
                                 .toLower();
        if (name.isEmpty() || attrs.contains(QStringLiteral("disabled")))
            continue;
        if (tag == QLatin1String("select")) {
            QString chosen;
            bool first = true;
            for (auto options = option.globalMatch(match.captured(3)); options.hasNext();) {
                const QRegularExpressionMatch optionMatch = options.next();
                const QHash<QString, QString> optionAttributes = attributes(optionMatch.captured(1));
                const QString value
                    = optionAttributes.value(QStringLiteral("value"), htmlUnescape(optionMatch.captured(2).trimmed()));
                if (first || optionMatch.captured(1).contains(QLatin1String("selected")))
                    chosen = value;
                first = false;
            }
            form.fields.append({ name, chosen });
        } else if (type == QLatin1String("submit")) {
            form.submitButtons.append({ name, attrs.value(QStringLiteral("value")) });
        } else if ((type == QLatin1String("checkbox") || type == QLatin1String("radio"))
            && !attrs.contains(QStringLiteral("checked"))) {
            continue;
        } else if (tag == QLatin1String("textarea")) {
            form.fields.append({ name, htmlUnescape(match.captured(3).section(QStringLiteral("</textarea"), 0, 0)) });
        } else {
            form.fields.append({ name, attrs.value(QStringLiteral("value")) });
        }
    }
    return form;
}

Walk walkSessions(SandboxFixture &fixture, const QByteArray &token, const QueryItems &filters, int limit,
    const std::function<void()> &betweenPages)
{
    Walk walk;
    QString cursor;
    constexpr int MaxPages = 5000;
    while (walk.pages < MaxPages) {
        QueryItems items = filters;
        items.append({ QStringLiteral("limit"), QString::number(limit) });
        if (!cursor.isEmpty())
            items.append({ QStringLiteral("starting_after"), cursor });
        const HttpResult page = fixture.authorized("GET", QStringLiteral("/sessions?") + queryString(items), token);
        ++walk.pages;
        if (page.status != 200 || !page.json().isArray()) {
            walk.error = QStringLiteral("page %1 (starting_after=%2): %3").arg(walk.pages).arg(cursor, describe(page));
            return walk;
        }
        const QJsonArray array = page.json().array();
        if (array.size() > limit) {
            walk.error = QStringLiteral("page %1 has %2 sessions, more than limit %3")
                             .arg(walk.pages)
                             .arg(array.size())
                             .arg(limit);
            return walk;
        }
        for (const QJsonValue &session : array)
            walk.sessions.append(session.toObject());
        if (array.isEmpty() || array.size() < limit)
            return walk;
        cursor = array.last().toObject().value(QStringLiteral("id")).toString();
        if (betweenPages)
            betweenPages();
    }
    walk.error = QStringLiteral("the walk did not end after %1 pages").arg(MaxPages);
    return walk;
}

QStringList idsOf(const QList<QJsonObject> &sessions)
{
    QStringList ids;
    for (const QJsonObject &session : sessions)
        ids.append(session.value(QStringLiteral("id")).toString());
    return ids;
}

std::optional<QDateTime> parseTimestamp(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

QStringList eventNames(const QJsonObject &session)
{
    QStringList names;
    for (const QJsonValue &event : session.value(QStringLiteral("events")).toArray())
        names.append(event.toObject().value(QStringLiteral("name")).toString());
    return names;
}

const OpenApiValidator &openApi()
{
    static const OpenApiValidator validator = OpenApiValidator::projectDocument();
    return validator;
}

} // namespace Dintero::Testing
