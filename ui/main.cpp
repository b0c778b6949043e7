// dintero-console: the support agents' desktop console for Dintero Checkout sessions.

#include "consoleapp.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Dintero::Ui::setUpApplication(app);
    Dintero::Ui::ConsoleApp console(Dintero::Ui::parseCommandLine(QApplication::arguments()));
    console.start();
    return QApplication::exec();
}
