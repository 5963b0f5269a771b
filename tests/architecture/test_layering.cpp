// The layering rule of ../shared/STYLE.md: core links Qt Core and Sql only, so no file under core/ may include a
// GUI header. Checked on the sources, so it also catches an include that happens to compile.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

TEST_CASE("no file under core/ includes a GUI header", "[architecture]")
{
    const QRegularExpression guiInclude(QStringLiteral(
        R"(^\s*#\s*include\s*[<"](QtWidgets|QtGui|QtCharts|QtPrintSupport|QtSvg|QWidget|QApplication|)"
        R"(QGuiApplication|QPainter|QImage|QPixmap|QPdfWriter|QPrinter|QChart|QColor|QFont|QTextDocument)[/>"])"),
        QRegularExpression::MultilineOption);
    QStringList offenders;
    int scanned = 0;
    QDirIterator it(QStringLiteral(PROXIMA_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        ++scanned;
        if (guiInclude.match(QString::fromUtf8(file.readAll())).hasMatch())
            offenders << path;
    }
    CHECK(scanned > 0);
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("the check itself recognises a GUI include", "[architecture]")
{
    const QRegularExpression guiInclude(QStringLiteral(R"(^\s*#\s*include\s*[<"](QtWidgets|QPainter)[/>"])"),
                                        QRegularExpression::MultilineOption);
    CHECK(guiInclude.match(QStringLiteral("#include <QPainter>\n")).hasMatch());
    CHECK_FALSE(guiInclude.match(QStringLiteral("#include <QString>\n")).hasMatch());
}
