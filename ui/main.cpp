// dintero-console: the support agents' desktop console for Dintero Checkout sessions.

#include "consoleapp.h"

#include <QApplication>

#include <cstdio>
#include <optional>

int main(int argc, char *argv[])
{
    // The command line first, with no GUI: --help, --version and a bad option need no
    // display, and end here.
    std::optional<Dintero::Ui::ConsoleOptions> options;
    {
        QCoreApplication core(argc, argv);
        Dintero::Ui::setUpCoreApplication(core);
        options = Dintero::Ui::parseCommandLine(QCoreApplication::arguments());
        if (const QString error = Dintero::Ui::unknownProfileError(*options); !error.isEmpty()) {
            std::fprintf(stderr, "dintero-console: %s\n", qPrintable(error));
            return 2;
        }
    }
    QApplication app(argc, argv);
    Dintero::Ui::setUpApplication(app);
    Dintero::Ui::ConsoleApp console(*options);
    console.start();
    return QApplication::exec();
}
