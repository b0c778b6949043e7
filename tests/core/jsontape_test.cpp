#include "core/jsontape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Dintero::Core::JsonTape;

class JsonTapeTest : public QObject
{
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void navigation();
    void strings_data();
    void strings();
    void numbers();
    void outOfRange_data();
    void outOfRange();
    void invalidUtf8_data();
    void invalidUtf8();
    void depthLimit();
};

void JsonTapeTest::validity_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty array") << QByteArray("[]") << true;
    QTest::newRow("empty object") << QByteArray(" { } ") << true;
    QTest::newRow("nested") << QByteArray(R"([{"a":[1,2,{"b":null}],"c":true,"d":false}])") << true;
    QTest::newRow("numbers") << QByteArray("[0,-0,1.5,-2e10,3E-2,1e+3,12345678901234567890]") << true;
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t\u00e6\ud83d\ude00"])") << true;
    QTest::newRow("scalar") << QByteArray("42") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("truncated") << QByteArray(R"([{"id":"T1.a"},{"id":"T1)") << false;
    QTest::newRow("trailing comma") << QByteArray("[1,2,]") << false;
    QTest::newRow("trailing data") << QByteArray("[1] x") << false;
    QTest::newRow("leading zero") << QByteArray("[01]") << false;
    QTest::newRow("bare dot") << QByteArray("[1.]") << false;
    QTest::newRow("plus sign") << QByteArray("[+1]") << false;
    QTest::newRow("single quotes") << QByteArray("['a']") << false;
    QTest::newRow("control char") << QByteArray("[\"a\tb\"]") << false;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << false;
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])") << false;
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << false;
    QTest::newRow("TRUE") << QByteArray("[TRUE]") << false;
    QTest::newRow("sandbox malformed fault") << QByteArray(R"([{"id":"T1.a","order":{"amou<<malformed)") << false;
}

void JsonTapeTest::validity()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    JsonTape tape;
    QString error;
    QCOMPARE(tape.parse(json, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (!valid)
        QVERIFY2(error.contains(QLatin1String("offset")), qPrintable(error));
    // Never more lenient than Qt's own parser (which accepts "1.", raw control
    // characters and unknown escapes, where RFC 8259 does not) — except for a scalar
    // at the top level, which RFC 8259 allows and QJsonDocument cannot represent.
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    if (valid && json != "42")
        QCOMPARE(qtError.error, QJsonParseError::NoError);
}

void JsonTapeTest::navigation()
{
    JsonTape tape;
    QVERIFY(tape.parse(QByteArray(R"({"id":"T1.a","n":[1,{"x":2},3],"o":{},"s":"v","id2":null})")));
    QCOMPARE(tape.type(0), JsonTape::Type::Object);
    const int id = tape.member(0, QLatin1StringView("id"));
    QCOMPARE(tape.string(id), QStringLiteral("T1.a"));
    QCOMPARE(tape.member(0, QLatin1StringView("missing")), -1);
    QCOMPARE(tape.type(tape.member(0, QLatin1StringView("id2"))), JsonTape::Type::Null);

    const int array = tape.member(0, QLatin1StringView("n"));
    QList<int> types;
    for (int e = tape.firstChild(array); e >= 0; e = tape.nextElement(array, e))
        types.append(int(tape.type(e)));
    QCOMPARE(
        types, (QList<int> { int(JsonTape::Type::Number), int(JsonTape::Type::Object), int(JsonTape::Type::Number) }));
    const int object = tape.firstChild(array) + 1;
    QCOMPARE(tape.number(tape.member(object, QLatin1StringView("x"))), 2.0);
    QCOMPARE(tape.raw(object), QByteArrayView(R"({"x":2})"));
    QCOMPARE(tape.raw(tape.member(0, QLatin1StringView("s"))), QByteArrayView("\"v\""));
    QCOMPARE(tape.firstChild(tape.member(0, QLatin1StringView("o"))), -1);

    QStringList values;
    for (int v = tape.firstMember(0); v >= 0; v = tape.nextMember(0, v))
        values.append(QString::fromLatin1(tape.raw(v).toByteArray()));
    QCOMPARE(values.size(), 5);
    QCOMPARE(values.last(), QStringLiteral("null"));
}

void JsonTapeTest::strings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QByteArray(R"(["Kari Nordmann"])") << QStringLiteral("Kari Nordmann");
    QTest::newRow("utf-8") << QByteArray(R"(["Bjørn Ærø 日本"])") << QStringLiteral("Bjørn Ærø 日本");
    QTest::newRow("escapes") << QByteArray(R"(["a\"b\\c\/d\ne\tf"])") << QStringLiteral("a\"b\\c/d\ne\tf");
    QTest::newRow("unicode escape") << QByteArray(R"(["\u00C6\u00f8"])") << QStringLiteral("Æø");
    QTest::newRow("surrogate pair") << QByteArray(R"(["x\ud83d\ude00y"])") << QStringLiteral("x\U0001F600y");
    QTest::newRow("empty") << QByteArray(R"([""])") << QString();
}

void JsonTapeTest::strings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    JsonTape tape;
    QVERIFY(tape.parse(json));
    QCOMPARE(tape.string(1), expected);
    QCOMPARE(tape.string(1), QJsonDocument::fromJson(json).array().at(0).toString());
}

void JsonTapeTest::numbers()
{
    JsonTape tape;
    QVERIFY(tape.parse(QByteArray("[45800,-12.5,1e3,9007199254740993]")));
    QCOMPARE(tape.number(1), 45800.0);
    QCOMPARE(tape.number(2), -12.5);
    QCOMPARE(tape.number(3), 1000.0);
    QCOMPARE(tape.number(4), 9007199254740992.0);
}

void JsonTapeTest::outOfRange_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("huge") << QByteArray(R"({"amount":1e400})") << false;
    QTest::newRow("huge negative") << QByteArray("[-1e400]") << false;
    QTest::newRow("underflow") << QByteArray("[1e-400]") << false;
    QTest::newRow("just above the largest double") << QByteArray("[1.7976931348623159e308]") << false;
    QTest::newRow("largest double") << QByteArray("[1.7976931348623157e308]") << true;
    QTest::newRow("denormal") << QByteArray("[4.9e-324]") << true;
    QTest::newRow("zero with a huge exponent") << QByteArray("[0e400]") << true;
}

void JsonTapeTest::outOfRange()
{
    // from_chars leaves 0 behind for a number a double cannot hold: the document must
    // be refused (as QJsonDocument does), never read as 0.
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    JsonTape tape;
    QString error;
    QCOMPARE(tape.parse(json, &error), valid);
    if (!valid)
        QVERIFY2(error.contains(QLatin1String("range")), qPrintable(error));
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error == QJsonParseError::NoError, valid);
}

void JsonTapeTest::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0xff") << QByteArray("[\"a\xff\"]") << false;
    QTest::newRow("stray continuation") << QByteArray("[\"\x80\"]") << false;
    QTest::newRow("overlong 2-byte") << QByteArray("[\"\xc0\x80\"]") << false;
    QTest::newRow("overlong 3-byte") << QByteArray("[\"\xe0\x80\xaf\"]") << false;
    QTest::newRow("surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]") << false;
    QTest::newRow("cut short by the quote") << QByteArray("[\"\xc3\"]") << false;
    QTest::newRow("in a key") << QByteArray("{\"\xff\":1}") << false;
    // Long enough for the 16-byte fast scan to meet the bad byte.
    QTest::newRow("after 20 plain bytes") << QByteArray("[\"abcdefghijklmnopqrst\xffuvwxyzabcdefgh\"]") << false;
    QTest::newRow("two-byte") << QByteArray("[\"\xc3\xa9\"]") << true;
    QTest::newRow("four-byte") << QByteArray("[\"\xf0\x9f\x98\x80\"]") << true;
    QTest::newRow("noncharacter U+FFFF") << QByteArray("[\"\xef\xbf\xbf\"]") << true;
    QTest::newRow("long mixed") << QByteArray("[\"Bj\xc3\xb8rn \xc3\x86r\xc3\xb8 abcdefghijklmnop \xe6\x97\xa5\"]")
                                << true;
}

void JsonTapeTest::invalidUtf8()
{
    // Invalid UTF-8 makes QJsonDocument refuse the document (json() would come back
    // empty); the tape must refuse it too.
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    JsonTape tape;
    QString error;
    QCOMPARE(tape.parse(json, &error), valid);
    if (!valid)
        QVERIFY2(error.contains(QLatin1String("UTF-8")), qPrintable(error));
    QJsonParseError qtError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &qtError);
    QCOMPARE(qtError.error == QJsonParseError::NoError, valid);
    if (valid && document.isArray())
        QCOMPARE(tape.string(1), document.array().at(0).toString());
}

void JsonTapeTest::depthLimit()
{
    const QByteArray deep = QByteArray(JsonTape::MaxDepth + 10, '[') + QByteArray(JsonTape::MaxDepth + 10, ']');
    JsonTape tape;
    QString error;
    QVERIFY(!tape.parse(deep, &error)); // no stack overflow on hostile input
    QVERIFY(error.contains(QLatin1String("deeply")));
    const QByteArray fine = QByteArray(100, '[') + QByteArray(100, ']');
    QVERIFY(tape.parse(fine));
}

QTEST_GUILESS_MAIN(JsonTapeTest)
#include "jsontape_test.moc"
