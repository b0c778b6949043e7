// Session → New Payment Link… as an agent uses it, against `--demo`'s sandbox over real
// HTTP: the checks beside each field, Create Link sent once, the link view (link,
// mailto:, sms:, the QR code read back with zbar at device pixel ratio 1 and 2), the
// row at the top of the table, the journal line, and a 400 shown at its field.
// With PAYMENTLINK_SCREENSHOTS=DIR the dialog's states are saved there as PNG files.
#include "api/sessionclient.h"
#include "clienttestsupport.h"
#include "consoleapp.h"
#include "core/translations.h"
#include "democonsole.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "models/itemdatarole.h"
#include "paymentlink/paymentlinkdialog.h"
#include "paymentlink/paymentlinkview.h"
#include "paymentlink/qrcodewidget.h"
#include "sandboxfixture.h"
#include "settings/consolesettings.h"
#include "windowlookup.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <zbar.h>

using namespace Dintero;
using Dintero::Testing::child;
namespace DUi = Dintero::Ui;

namespace {

// The texts zbar reads from an image (any format; converted to 8-bit grey).
QStringList decodeQr(const QImage &image)
{
    using namespace zbar; // zbar.h puts its C API in a namespace for C++
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    QByteArray pixels;
    pixels.reserve(qsizetype(grey.width()) * grey.height());
    for (int y = 0; y < grey.height(); ++y)
        pixels.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
    zbar_image_scanner_t *scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t *zimage = zbar_image_create();
    zbar_image_set_format(zimage, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(zimage, unsigned(grey.width()), unsigned(grey.height()));
    zbar_image_set_data(zimage, pixels.constData(), unsigned(pixels.size()), nullptr);
    QStringList texts;
    if (zbar_scan_image(scanner, zimage) > 0) {
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(zimage); symbol; symbol = zbar_symbol_next(symbol))
            texts.append(QString::fromUtf8(zbar_symbol_get_data(symbol), int(zbar_symbol_get_data_length(symbol))));
    }
    zbar_image_destroy(zimage);
    zbar_image_scanner_destroy(scanner);
    return texts;
}

template <typename T> T *byAccessibleName(QWidget *parent, const QString &name)
{
    const QList<T *> widgets = parent->findChildren<T *>();
    for (T *widget : widgets) {
        if (widget->accessibleName() == name)
            return widget;
    }
    return nullptr;
}

} // namespace

class PaymentLinkDialogTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::DemoConsole> m_demo;
    DUi::MainWindow *m_window = nullptr;

    Models::SessionTableModel *model() const { return Testing::sessionModelOf(m_window); }

    // With PAYMENTLINK_SCREENSHOTS=DIR the dialog's steps are saved there for a person to look at.
    static void shoot(QWidget *widget, const QString &name)
    {
        Testing::DemoConsole::shoot("PAYMENTLINK_SCREENSHOTS", widget, name);
    }

    QUrl sandboxRoot() const
    {
        QUrl root = m_demo->console().client()->settings().baseUrl;
        root.setPath(QString());
        return root;
    }

    DUi::PaymentLinkDialog *openDialog()
    {
        QAction *action = m_window->newPaymentLinkAction();
        if (!action->isEnabled())
            return nullptr;
        action->trigger();
        auto *dialog = m_window->findChild<DUi::PaymentLinkDialog *>(QStringLiteral("paymentLinkDialog"));
        if (dialog)
            (void)QTest::qWaitForWindowExposed(dialog);
        return dialog;
    }

    void closeDialog(DUi::PaymentLinkDialog *dialog)
    {
        QPointer<DUi::PaymentLinkDialog> guard(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
    }

    static QLineEdit *edit(QWidget *dialog, const char *accessibleName)
    {
        return byAccessibleName<QLineEdit>(dialog, QString::fromUtf8(accessibleName));
    }

    static void type(QLineEdit *field, const QString &text)
    {
        field->selectAll();
        QTest::keyClick(field, Qt::Key_Backspace);
        QTest::keyClicks(field, text);
    }

    // The reason shown under a field ("" when none is shown).
    static QString problem(QWidget *dialog, const char *labelName)
    {
        auto *label = child<QLabel>(dialog, labelName);
        return label->isVisible() ? label->text() : QString();
    }

    void fillValid(QWidget *dialog)
    {
        type(edit(dialog, "Customer e-mail"), QStringLiteral("kari.nordmann@example.no"));
        type(edit(dialog, "Return URL"), QStringLiteral("https://shop.example/card-saved"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = std::make_unique<Testing::DemoConsole>(120);
        m_window = m_demo->window();
        QVERIFY(m_demo->showsFirstRows());
    }

    void cleanupTestCase() { m_demo.reset(); }

    void action_inSessionMenuAndToolbar_withCtrlN()
    {
        QAction *action = m_window->newPaymentLinkAction();
        QCOMPARE(action->text(), QStringLiteral("New Payment Link\u2026"));
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY(action->isEnabled());
        bool inMenu = false;
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(action))
                inMenu = menu->text().remove(u'&') == QStringLiteral("Session");
        }
        QVERIFY(inMenu);
        QVERIFY(m_window->findChild<QToolBar *>()->actions().contains(action));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keySequence(m_window, QKeySequence(Qt::CTRL | Qt::Key_N));
        auto *dialog = m_window->findChild<DUi::PaymentLinkDialog *>(QStringLiteral("paymentLinkDialog"));
        QVERIFY(dialog);
        for (const char *name : { "Customer e-mail", "Customer phone", "Currency", "Merchant reference", "Return URL" })
            QVERIFY2(edit(dialog, name), name);
        QVERIFY(byAccessibleName<QComboBox>(dialog, QStringLiteral("Expiry")));
        closeDialog(dialog);
    }

    void defaults_andCreateLinkDisabledUntilValid()
    {
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *create = child<QPushButton>(dialog, "createButton");
        QCOMPARE(create->text(), QStringLiteral("Create Link"));
        // Prefilled: a unique reference, the loaded sessions' most frequent currency,
        // 24 hours, Dintero PSP with payment_token, English.
        QVERIFY(edit(dialog, "Merchant reference")->text().startsWith(QStringLiteral("LINK-")));
        QCOMPARE(edit(dialog, "Currency")->text(), PaymentLink::preselectedCurrency(m_window->loadedCurrencies()));
        QCOMPARE(
            byAccessibleName<QComboBox>(dialog, QStringLiteral("Expiry"))->currentText(), QStringLiteral("24 hours"));
        QCOMPARE(byAccessibleName<QComboBox>(dialog, QStringLiteral("Token provider"))->currentText(),
            QStringLiteral("dintero_psp.creditcard"));
        QVERIFY(byAccessibleName<QCheckBox>(dialog, QStringLiteral("Payment token"))->isChecked());
        QVERIFY(!byAccessibleName<QCheckBox>(dialog, QStringLiteral("Recurrence token"))->isEnabled());
        // Nothing to reach the customer and no return URL yet: not sendable, and it says why.
        QVERIFY(!create->isEnabled());
        QVERIFY(problem(dialog, "emailProblem").contains(QStringLiteral("e-mail or phone")));
        QVERIFY(problem(dialog, "returnUrlProblem").contains(QStringLiteral("Enter the page")));
        shoot(dialog, QStringLiteral("paymentlink-empty"));
        fillValid(dialog);
        QVERIFY(create->isEnabled());
        QVERIFY(problem(dialog, "emailProblem").isEmpty());
        // payex issues recurrence tokens too; the box becomes available.
        auto *provider = byAccessibleName<QComboBox>(dialog, QStringLiteral("Token provider"));
        provider->setCurrentIndex(provider->findText(QStringLiteral("payex.creditcard")));
        QVERIFY(byAccessibleName<QCheckBox>(dialog, QStringLiteral("Recurrence token"))->isEnabled());
        closeDialog(dialog);
    }

    void eachInvalidField_blocksSending_andSaysWhy_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("e-mail") << "Customer e-mail"
                                << "emailProblem"
                                << "kari.example.no"
                                << "needs an @";
        QTest::newRow("phone") << "Customer phone"
                               << "phoneProblem"
                               << "91234567"
                               << "Start with +";
        QTest::newRow("phone letters") << "Customer phone"
                                       << "phoneProblem"
                                       << "+47abc"
                                       << "Only digits";
        QTest::newRow("currency") << "Currency"
                                  << "currencyProblem"
                                  << "NO"
                                  << "ISO 4217";
        QTest::newRow("return URL") << "Return URL"
                                    << "returnUrlProblem"
                                    << "shop.example/back"
                                    << "https://";
        QTest::newRow("return URL ftp") << "Return URL"
                                        << "returnUrlProblem"
                                        << "ftp://shop.example/"
                                        << "https:// or http://";
        QTest::newRow("empty reference") << "Merchant reference"
                                         << "merchantReferenceProblem"
                                         << ""
                                         << "Enter a merchant reference";
    }
    void eachInvalidField_blocksSending_andSaysWhy()
    {
        QFETCH(QString, field);
        QFETCH(QString, label);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        fillValid(dialog);
        const int posts = m_demo->operationCount(QStringLiteral("create_payment_token_session"));
        auto *create = child<QPushButton>(dialog, "createButton");
        QVERIFY(create->isEnabled());
        QLineEdit *input = edit(dialog, field.toUtf8().constData());
        type(input, text);
        const QString shown = problem(dialog, label.toUtf8().constData());
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        QCOMPARE(input->accessibleDescription(), shown);
        QVERIFY(!create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::qWait(50);
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_payment_token_session")), posts);
        if (QByteArray(QTest::currentDataTag()) == "phone")
            shoot(dialog, QStringLiteral("paymentlink-errors"));
        closeDialog(dialog);
    }

    void expiryInThePast_blocksSending()
    {
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        fillValid(dialog);
        auto *expiry = byAccessibleName<QComboBox>(dialog, QStringLiteral("Expiry"));
        expiry->setCurrentIndex(expiry->count() - 1); // Date and time…
        auto *when = byAccessibleName<QDateTimeEdit>(dialog, QStringLiteral("Expiry date and time"));
        QVERIFY(when->isVisible());
        when->setDateTime(QDateTime::currentDateTime().addDays(-1));
        QVERIFY(problem(dialog, "expiryProblem").contains(QStringLiteral("in the past")));
        QVERIFY(!child<QPushButton>(dialog, "createButton")->isEnabled());
        when->setDateTime(QDateTime::currentDateTime().addDays(2));
        QVERIFY(problem(dialog, "expiryProblem").isEmpty());
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        closeDialog(dialog);
    }

    void nonAsciiReference_accepted()
    {
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        fillValid(dialog);
        type(edit(dialog, "Merchant reference"), QStringLiteral("Bestilling-Ærø-Åsa"));
        QVERIFY(problem(dialog, "merchantReferenceProblem").isEmpty());
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        closeDialog(dialog);
    }

    void createdLink_sentOnce_prependedJournaled_andShown()
    {
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        const QString reference = QStringLiteral("Kundeservice-Ærlig-%1").arg(QDateTime::currentMSecsSinceEpoch());
        type(edit(dialog, "Customer e-mail"), QStringLiteral("bjørn.ås@example.no"));
        type(edit(dialog, "Customer phone"), QStringLiteral("+4791234567"));
        type(edit(dialog, "Merchant reference"), reference);
        type(edit(dialog, "Return URL"), QStringLiteral("https://shop.example/card-saved"));
        auto *language = byAccessibleName<QComboBox>(dialog, QStringLiteral("Customer language"));
        language->setCurrentIndex(language->findText(QStringLiteral("Norwegian")));
        type(edit(dialog, "Internal note"), QStringLiteral("Customer called about the card"));
        shoot(dialog, QStringLiteral("paymentlink-filled"));
        const int posts = m_demo->operationCount(QStringLiteral("create_payment_token_session"));
        const int journalBefore = int(m_demo->journal().size());
        const int rowsBefore = model()->rowCount();

        // Two quick clicks (and Return): one POST.
        auto *create = child<QPushButton>(dialog, "createButton");
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(!create->isEnabled());
        QTest::mouseClick(create, Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Return);
        auto *linkEdit = byAccessibleName<QLineEdit>(dialog, QStringLiteral("Link"));
        QVERIFY(linkEdit);
        QTRY_VERIFY_WITH_TIMEOUT(linkEdit->isVisible(), 10000);
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_payment_token_session")), posts + 1);

        // The link view: the URL, read-only, pointing at the sandbox's hosted page.
        const QString link = linkEdit->text();
        QVERIFY(linkEdit->isReadOnly());
        QVERIFY2(
            link.startsWith(sandboxRoot().toString()) && link.contains(QStringLiteral("/view/")), qPrintable(link));
        for (const char *name : { "Copy Link", "Open in Browser", "E-mail to Customer", "Text to Customer",
                 "Copy Image", "Save PNG\u2026" }) {
            auto *button = byAccessibleName<QPushButton>(dialog, QString::fromUtf8(name));
            QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
        }
        QVERIFY(child<QLabel>(dialog, "expiryLabel")->text().contains(QStringLiteral("works until")));
        shoot(dialog, QStringLiteral("paymentlink-created"));

        QTest::mouseClick(byAccessibleName<QPushButton>(dialog, QStringLiteral("Copy Link")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), link);

        // E-mail and SMS: the customer's address and number, the Norwegian text with the link.
        DUi::PaymentLinkView *view = dialog->linkView();
        QList<QUrl> opened;
        view->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QTest::mouseClick(byAccessibleName<QPushButton>(dialog, QStringLiteral("E-mail to Customer")), Qt::LeftButton);
        QTest::mouseClick(byAccessibleName<QPushButton>(dialog, QStringLiteral("Text to Customer")), Qt::LeftButton);
        QTest::mouseClick(byAccessibleName<QPushButton>(dialog, QStringLiteral("Open in Browser")), Qt::LeftButton);
        QCOMPARE(opened.size(), 3);
        const QByteArray mailto = opened.at(0).toEncoded();
        QVERIFY2(mailto.startsWith("mailto:bj%C3%B8rn.%C3%A5s@example.no?subject=Lagre%20betalingskortet%20ditt&body="),
            mailto.constData());
        QVERIFY(QUrl::fromPercentEncoding(mailto).contains(link));
        QVERIFY(opened.at(1).toEncoded().startsWith("sms:+4791234567?body=Hei%21"));
        QCOMPARE(opened.at(2).toString(QUrl::FullyEncoded), link);

        // The QR code: named, described by the link, and read back as exactly the link.
        auto *qr = byAccessibleName<DUi::QrCodeWidget>(dialog, QStringLiteral("QR code"));
        QVERIFY(qr);
        QCOMPARE(qr->accessibleDescription(), link);
        QCOMPARE(decodeQr(qr->grab().toImage()), QStringList { link });
        for (const qreal ratio : { 1.0, 2.0, 1.5 }) {
            QPixmap pixmap(qr->size() * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::gray);
            qr->render(&pixmap);
            QCOMPARE(decodeQr(pixmap.toImage()), QStringList { link });
        }
        // Sharp: only black and white inside the code, no blurred greys.
        const QImage sharp = qr->toImage(4);
        QCOMPARE(sharp.width(), (qr->matrix().size() + 8) * 4);
        for (int y = 0; y < sharp.height(); y += 3) {
            for (int x = 0; x < sharp.width(); x += 3) {
                const QRgb pixel = sharp.pixel(x, y);
                QVERIFY(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255));
            }
        }
        QVERIFY(sharp.pixel(2, 2) == qRgb(255, 255, 255)); // quiet zone
        const QString png = m_demo->filePath(QStringLiteral("qr.png"));
        QVERIFY(view->savePng(png));
        QCOMPARE(decodeQr(QImage(png)), QStringList { link });
        QTest::mouseClick(byAccessibleName<QPushButton>(dialog, QStringLiteral("Copy Image")), Qt::LeftButton);
        QCOMPARE(decodeQr(QApplication::clipboard()->image()), QStringList { link });

        // The row is at the top without a reload, and the journal has the creation.
        QCOMPARE(model()->rowCount(), rowsBefore + 1);
        QCOMPARE(model()->index(0, 0).data(Models::MerchantReferenceRole).toString(), reference);
        const QString sessionId = model()->index(0, 0).data(Models::SessionIdRole).toString();
        QVERIFY(link.endsWith(sessionId));
        const QList<Journal::JournalEntry> entries = m_demo->journal();
        QCOMPARE(entries.size(), journalBefore + 1);
        QCOMPARE(entries.last().operation, Journal::Operation::CreatePaymentTokenSession);
        QCOMPARE(entries.last().result, Journal::Outcome::Done);
        QCOMPARE(entries.last().httpStatus, 200);
        QCOMPARE(entries.last().sessionId, sessionId);
        QCOMPARE(entries.last().merchantReference, reference);
        QCOMPARE(entries.last().accountId, QStringLiteral("T12345678"));
        QVERIFY(entries.last().apiHost.startsWith(QStringLiteral("127.0.0.1")));
        closeDialog(dialog);

        // The server has the note in metadata and the customer as typed.
        Api::SessionReply *reply = m_demo->console().client()->getSession(sessionId);
        QJsonObject metadata;
        Testing::await<Api::SessionReply>(reply, [&metadata](Api::SessionReply *r) {
            if (!r->hasError())
                metadata = r->session().json().value(QStringLiteral("metadata")).toObject();
        });
        QCOMPARE(metadata.value(QLatin1String(PaymentLink::InternalNoteMetadataKey)).toString(),
            QStringLiteral("Customer called about the card"));

        // The return URL is remembered for this account.
        DUi::PaymentLinkDialog *next = openDialog();
        QVERIFY(next);
        QCOMPARE(edit(next, "Return URL")->text(), QStringLiteral("https://shop.example/card-saved"));
        QVERIFY(edit(next, "Merchant reference")->text() != reference);
        closeDialog(next);
    }

    void serverBadRequest_shownAtItsField_formKept()
    {
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        fillValid(dialog);
        // E.164 allows it; the server wants at least six digits and says so for phone_number.
        type(edit(dialog, "Customer phone"), QStringLiteral("+47123"));
        auto *create = child<QPushButton>(dialog, "createButton");
        QVERIFY(create->isEnabled());
        const int journalBefore = int(m_demo->journal().size());
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 10000);
        const QString shown = problem(dialog, "phoneProblem");
        QVERIFY2(shown.startsWith(QStringLiteral("Dintero: must be written with the international prefix")),
            qPrintable(shown));
        QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("marked fields")));
        // The form is kept; the link view is not shown; sending waits for a change.
        QCOMPARE(edit(dialog, "Customer e-mail")->text(), QStringLiteral("kari.nordmann@example.no"));
        QCOMPARE(edit(dialog, "Customer phone")->text(), QStringLiteral("+47123"));
        QVERIFY(!byAccessibleName<QLineEdit>(dialog, QStringLiteral("Link"))->isVisible());
        QVERIFY(!create->isEnabled());
        shoot(dialog, QStringLiteral("paymentlink-server-error"));
        const QList<Journal::JournalEntry> entries = m_demo->journal();
        QCOMPARE(entries.size(), journalBefore + 1);
        QCOMPARE(entries.last().result, Journal::Outcome::Refused);
        QCOMPARE(entries.last().httpStatus, 400);
        type(edit(dialog, "Customer phone"), QStringLiteral("+4791234567"));
        QVERIFY(problem(dialog, "phoneProblem").isEmpty());
        QVERIFY(create->isEnabled());
        closeDialog(dialog);
    }

    void serverFailure_saidInWords_formKept()
    {
        DUi::PaymentLinkDialog *dialog = openDialog();
        QVERIFY(dialog);
        fillValid(dialog);
        const QString reference = edit(dialog, "Merchant reference")->text();
        QUrl faults = sandboxRoot();
        faults.setPath(QStringLiteral("/_sandbox/faults"));
        const QJsonObject fault { { QStringLiteral("fault"), QStringLiteral("429") }, { QStringLiteral("count"), 1 },
            { QStringLiteral("operation"), QStringLiteral("create_payment_token_session") } };
        QCOMPARE(Testing::HttpClient()
                     .send("POST", faults, QJsonDocument(fault).toJson(QJsonDocument::Compact),
                         { { "Content-Type", "application/json" } }, 10000)
                     .status,
            200);
        const int posts = m_demo->operationCount(QStringLiteral("create_payment_token_session"));
        QTest::mouseClick(child<QPushButton>(dialog, "createButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSending(), 10000);
        const QString error = child<QLabel>(dialog, "errorLabel")->text();
        QVERIFY2(error.startsWith(QStringLiteral("The link was not created:")), qPrintable(error));
        QCOMPARE(edit(dialog, "Merchant reference")->text(), reference);
        // A write is not retried on its own.
        QCOMPARE(m_demo->operationCount(QStringLiteral("create_payment_token_session")), posts + 1);
        QCOMPARE(m_demo->journal().last().result, Journal::Outcome::Refused);
        QCOMPARE(m_demo->journal().last().httpStatus, 429);
        QVERIFY(child<QPushButton>(dialog, "createButton")->isEnabled());
        closeDialog(dialog);
    }
};

QTEST_MAIN(PaymentLinkDialogTest)
#include "paymentlinkdialog_test.moc"
