// Test entry point for suites that need only Qt Core (storage, algorithms, importers, CLI).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("proxima-tests"));
    return Catch::Session().run(argc, argv);
}
