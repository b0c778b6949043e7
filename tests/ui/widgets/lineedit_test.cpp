#include "widgets/lineedit.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using Dintero::Ui::LineEdit;

class LineEditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typing_reportsOnceAfterThePause()
    {
        LineEdit edit;
        edit.setDelay(100);
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        QTest::keyClicks(&edit, QStringLiteral("Nordmann"));
        QCOMPARE(updated.count(), 0);
        QVERIFY(updated.wait(2000));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.at(0).at(0).toString(), QStringLiteral("Nordmann"));
    }

    void enter_reportsAtOnce()
    {
        LineEdit edit;
        edit.setDelay(10000);
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        QTest::keyClicks(&edit, QStringLiteral("SO-1"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(updated.count(), 1);
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(updated.count(), 1); // nothing new
    }

    void escape_clearsAndReports()
    {
        LineEdit edit;
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        QTest::keyClicks(&edit, QStringLiteral("abc"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClick(&edit, Qt::Key_Escape);
        QVERIFY(edit.text().isEmpty());
        QCOMPARE(updated.count(), 2);
        QCOMPARE(updated.last().at(0).toString(), QString());
    }

    void setTextQuietly_reportsNothing()
    {
        LineEdit edit;
        edit.setDelay(10);
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        edit.setTextQuietly(QStringLiteral("x"));
        edit.flush();
        QCOMPARE(updated.count(), 0);
    }
};

QTEST_MAIN(LineEditTest)
#include "lineedit_test.moc"
