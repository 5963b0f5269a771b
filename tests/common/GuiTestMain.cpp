// Test entry point for suites that paint or drive widgets. Discovery runs this binary at build time, so the
// offscreen platform is chosen before the application starts unless the caller asked for another one.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("proxima-tests"));
    QApplication::setOrganizationName(QStringLiteral("proxima-tests"));
    return Catch::Session().run(argc, argv);
}
