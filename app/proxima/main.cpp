// proxima: the desktop app. Everything but start-up lives in ui/.
#include "ui/app/MainWindow.h"
#include "ui/app/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QFileInfo>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Proxima"));
    QApplication::setOrganizationName(QStringLiteral("Proxima"));
    QApplication::setOrganizationDomain(QStringLiteral("proxima.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(PROXIMA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("be.proxima.Proxima"));
    proxima::Translations::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Community-policing problem-solving workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QApplication::translate("main", "Save a picture of the window to FILE and quit."),
                                  QStringLiteral("FILE"));
    parser.addOption(screenshot);
    QCommandLineOption tab(QStringLiteral("tab"),
                           QApplication::translate("main", "Show the page with this number (0 = first) at start."),
                           QStringLiteral("N"));
    parser.addOption(tab);
    parser.process(app);

    proxima::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openWorkspace(QFileInfo(parser.positionalArguments().first()).absoluteFilePath());
    if (parser.isSet(tab))
        window.tabs()->setCurrentIndex(parser.value(tab).toInt());
    if (parser.isSet(screenshot)) {
        // Let the pages lay out, load and animate once before the picture is taken.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 600)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        const bool saved = window.grab().save(parser.value(screenshot));
        return saved ? 0 : 1;
    }
    return QApplication::exec();
}
