// The layering rules of ../shared/STYLE.md, checked on the sources (so an include that happens to compile is caught
// too): the folders follow the link graph. core links Qt Core and Sql only, so it includes nothing from ui/, cli/,
// documents/ nor any GUI header; documents/ includes nothing from ui/ or cli/; cli/ nothing from ui/. A project
// include carries its part's name ("core/storage/Workspace.h"), so an unprefixed one is refused everywhere.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// Headers of the Qt modules core does not link (module includes and the usual class headers of QtGui and above).
const QRegularExpression& guiInclude()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*#\s*include\s*[<"](QtWidgets|QtGui|QtCharts|QtPrintSupport|QtSvg|QtSvgWidgets|)"
                       R"(QWidget|QApplication|QGuiApplication|QPainter|QPainterPath|QPaintDevice|QImage|QPixmap|)"
                       R"(QIcon|QPdfWriter|QPrinter|QChart|QColor|QFont|QFontMetrics|QPen|QBrush|QPalette|)"
                       R"(QTextDocument|QTextCursor|QPageSize|QPageLayout|QTransform)[/>"])"),
        QRegularExpression::MultilineOption);
    return pattern;
}

const QRegularExpression& projectInclude()
{
    static const QRegularExpression pattern(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"),
                                            QRegularExpression::MultilineOption);
    return pattern;
}

// The parts whose headers a project include may name, and what each part may not include.
const QStringList parts = {QStringLiteral("core"), QStringLiteral("documents"), QStringLiteral("cli"),
                           QStringLiteral("ui"), QStringLiteral("app")};

QStringList forbiddenFor(const QString& part)
{
    if (part == QStringLiteral("core"))
        return {QStringLiteral("ui/"), QStringLiteral("cli/"), QStringLiteral("documents/")};
    if (part == QStringLiteral("documents"))
        return {QStringLiteral("ui/"), QStringLiteral("cli/")};
    if (part == QStringLiteral("cli"))
        return {QStringLiteral("ui/")};
    return {};
}

// What is wrong with the includes of one file of a part; empty when it keeps to the rules.
QStringList violations(const QString& part, const QString& text)
{
    QStringList found;
    if (part == QStringLiteral("core")) {
        auto gui = guiInclude().globalMatch(text);
        while (gui.hasNext())
            found << QStringLiteral("GUI header %1").arg(gui.next().captured(1));
    }
    const QStringList forbidden = forbiddenFor(part);
    auto includes = projectInclude().globalMatch(text);
    while (includes.hasNext()) {
        const QString path = includes.next().captured(1);
        const QString prefix = path.section(QLatin1Char('/'), 0, 0) + QLatin1Char('/');
        // Qt's own headers are sometimes included with quotes; they are not project includes.
        if (path.startsWith(QLatin1Char('Q')) && !path.contains(QLatin1Char('/')) && !path.contains(QLatin1Char('.')))
            continue;
        if (!QStringList{QStringLiteral("core/"), QStringLiteral("documents/"), QStringLiteral("cli/"),
                         QStringLiteral("ui/")}.contains(prefix))
            found << QStringLiteral("include without a part prefix: \"%1\"").arg(path);
        else if (forbidden.contains(prefix))
            found << QStringLiteral("%1 may not include \"%2\"").arg(part, path);
        else if (!QFileInfo::exists(QStringLiteral(PROXIMA_SOURCE_DIR "/") + path))
            found << QStringLiteral("\"%1\" names no file of the repository").arg(path);
    }
    return found;
}

} // namespace

TEST_CASE("each part includes only from the parts it links, with prefixed paths", "[architecture]")
{
    QStringList offenders;
    for (const QString& part : parts) {
        int scanned = 0;
        QDirIterator it(QStringLiteral(PROXIMA_SOURCE_DIR "/") + part,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.inl")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            ++scanned;
            for (const QString& problem : violations(part, QString::fromUtf8(file.readAll())))
                offenders << path + QStringLiteral(": ") + problem;
        }
        INFO(part.toStdString());
        CHECK(scanned > 0);
    }
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("the check itself refuses each kind of wrong include and accepts the right ones", "[architecture]")
{
    // GUI headers in core, in every spelling the pattern has to catch.
    for (const char* include : {"#include <QPainter>", "  #  include <QtWidgets/QWidget>", "#include <QtGui>",
                                "#include \"QImage\"", "#include <QPageSize>", "#include <QtCharts/QChartView>"}) {
        INFO(include);
        CHECK(violations(QStringLiteral("core"), QString::fromLatin1(include) + QLatin1Char('\n')).size() == 1);
        CHECK(violations(QStringLiteral("documents"), QString::fromLatin1(include)).isEmpty());
    }
    CHECK(violations(QStringLiteral("core"), QStringLiteral("#include <QString>\n#include <QSqlQuery>\n"
                                                            "#include <QtCore/QStringList>\n"))
              .isEmpty());
    // Includes across parts that the link graph forbids.
    CHECK(violations(QStringLiteral("core"), QStringLiteral("#include \"ui/app/WorkspaceSession.h\"")).size() == 1);
    CHECK(violations(QStringLiteral("core"), QStringLiteral("#include \"cli/CliSupport.h\"")).size() == 1);
    CHECK(violations(QStringLiteral("core"), QStringLiteral("#include \"documents/PdfRenderer.h\"")).size() == 1);
    CHECK(violations(QStringLiteral("documents"), QStringLiteral("#include \"ui/app/WorkspaceSession.h\"")).size()
          == 1);
    CHECK(violations(QStringLiteral("documents"), QStringLiteral("#include \"cli/CliSupport.h\"")).size() == 1);
    CHECK(violations(QStringLiteral("cli"), QStringLiteral("#include \"ui/app/WorkspaceSession.h\"")).size() == 1);
    // An include without the part's name, or naming no file, is refused in every part.
    for (const QString& part : parts) {
        INFO(part.toStdString());
        CHECK(violations(part, QStringLiteral("#include \"Workspace.h\"")).size() == 1);
        CHECK(violations(part, QStringLiteral("#include \"storage/Workspace.h\"")).size() == 1);
        CHECK(violations(part, QStringLiteral("#include \"core/storage/NoSuchFile.h\"")).size() == 1);
        CHECK(violations(part, QStringLiteral("#include \"core/storage/Workspace.h\"")).isEmpty());
    }
    CHECK(violations(QStringLiteral("ui"), QStringLiteral("#include \"cli/CliSupport.h\"\n"
                                                          "#include \"documents/Flow.h\"\n"))
              .isEmpty());
}
