#include "widgets/lineedit.h"

#include <QAccessible>
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

    // Assistive technology writes through the accessibility interface, which sets the
    // text without textEdited: reported like typing, once the pause is over.
    void accessibleWrites_areReported()
    {
        LineEdit edit;
        edit.setDelay(50);
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&edit);
        QVERIFY(accessible);
        QAccessibleEditableTextInterface *text = accessible->editableTextInterface();
        QVERIFY(text);

        text->insertText(0, QStringLiteral("Nordmann"));
        QCOMPARE(edit.text(), QStringLiteral("Nordmann"));
        QVERIFY(updated.wait(2000));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(updated.last().at(0).toString(), QStringLiteral("Nordmann"));

        text->replaceText(0, 8, QStringLiteral("Hansen"));
        QVERIFY(updated.wait(2000));
        QCOMPARE(updated.count(), 2);
        QCOMPARE(updated.last().at(0).toString(), QStringLiteral("Hansen"));

        // The value as a whole (QAccessible::Value), as screen readers set it.
        accessible->setText(QAccessible::Value, QStringLiteral("SO-1"));
        QCOMPARE(edit.text(), QStringLiteral("SO-1"));
        QVERIFY(updated.wait(2000));
        QCOMPARE(updated.last().at(0).toString(), QStringLiteral("SO-1"));

        // Emptied: reported at once, like the clear button.
        text->deleteText(0, 4);
        QCOMPARE(updated.count(), 4);
        QCOMPARE(updated.last().at(0).toString(), QString());
    }

    // Undo changes the text without textEdited too.
    void undo_isReported()
    {
        LineEdit edit;
        edit.setDelay(10000);
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        QTest::keyClicks(&edit, QStringLiteral("abc"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QCOMPARE(updated.count(), 1);
        edit.undo();
        QVERIFY(edit.text() != QStringLiteral("abc"));
        edit.flush();
        QCOMPARE(updated.count(), 2);
        QCOMPARE(updated.last().at(0).toString(), edit.text());
    }

    // A change back to what was reported last cancels the pending report.
    void changeBackToTheReportedText_reportsNothing()
    {
        LineEdit edit;
        edit.setDelay(50);
        QSignalSpy updated(&edit, &LineEdit::textUpdated);
        QTest::keyClicks(&edit, QStringLiteral("ab"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClick(&edit, Qt::Key_C);
        QTest::keyClick(&edit, Qt::Key_Backspace);
        QVERIFY(!updated.wait(300));
        QCOMPARE(updated.count(), 1);
    }
};

QTEST_MAIN(LineEditTest)
#include "lineedit_test.moc"
