#include "core/io/PabulibReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace proxima::io {

using budgeting::BudgetInstance;

QString PabulibDocument::metaValue(const QString& key) const
{
    for (const auto& [k, v] : meta) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

int PabulibDocument::metaLine(const QString& key) const
{
    for (size_t i = 0; i < meta.size(); ++i) {
        if (meta[i].first.compare(key, Qt::CaseInsensitive) == 0)
            return i < metaLines.size() ? metaLines[i] : 0;
    }
    return 0;
}

bool PabulibDocument::sameContent(const PabulibDocument& other) const
{
    auto sameRows = [](const std::vector<PabulibRow>& a, const std::vector<PabulibRow>& b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i) {
            if (a[i].cells != b[i].cells)
                return false;
        }
        return true;
    };
    return meta == other.meta && projectColumns == other.projectColumns && voteColumns == other.voteColumns
        && sameRows(projects, other.projects) && sameRows(votes, other.votes);
}

namespace {


Error fail(const QString& file, int line, const QString& field, const QString& message)
{
    return Error{message, file, line, field};
}

// Splits one line at semicolons outside double quotes; "" inside quotes is a quote.
QStringList splitCells(const QString& line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(';')) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

} // namespace

std::optional<mpq_class> PabulibReader::parseDecimal(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    int i = 0;
    bool negative = false;
    if (t.at(0) == QLatin1Char('-') || t.at(0) == QLatin1Char('+')) {
        negative = t.at(0) == QLatin1Char('-');
        ++i;
    }
    std::string digits;
    int decimals = 0;
    bool point = false, any = false;
    for (; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits += static_cast<char>(c.unicode());
            any = true;
            decimals += point ? 1 : 0;
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && !point) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (!any)
        return std::nullopt;
    mpz_class denominator;
    mpz_ui_pow_ui(denominator.get_mpz_t(), 10, static_cast<unsigned long>(decimals));
    // Base 10 always: gmpxx's default base 0 reads a leading 0 as octal ("0100" was 64, "09" threw).
    mpq_class value(mpz_class(digits, 10), denominator);
    value.canonicalize();
    return negative ? mpq_class(-value) : value;
}

Result<PabulibDocument> PabulibReader::parse(const QByteArray& bytes, const QString& fileName)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    PabulibDocument document;
    enum Section { None, Meta, Projects, Votes } section = None;
    const char* const sectionNames[] = {"", "META", "PROJECTS", "VOTES"};
    bool expectHeader = false;
    bool seen[4] = {false, false, false, false};
    int headerLines[4] = {0, 0, 0, 0};
    const qsizetype size = text.size();
    qsizetype start = 0;
    int lineNumber = 0;
    // Lines end at CR, LF or CRLF (files pass through Windows and old Mac tools).
    for (qsizetype end = 0; end <= size; ++end) {
        const char16_t c = end < size ? text.at(end).unicode() : u'\n';
        if ((c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0x7F) {
            // Refused here, once: a NUL in a count would read as the digits before it, one in a name would reach
            // the workspace.
            return fail(fileName, lineNumber + 1, QString::fromLatin1(sectionNames[section]),
                        QCoreApplication::translate("Pabulib", "control character U+%1 in the text")
                            .arg(int(c), 4, 16, QLatin1Char('0')));
        }
        if (c != u'\r' && c != u'\n')
            continue;
        const QString line = text.mid(start, end - start);
        if (c == u'\r' && end + 1 < size && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
        ++lineNumber;
        QString word = line.trimmed().toUpper();
        while (word.endsWith(QLatin1Char(';')))   // "META;;" from a spreadsheet
            word = word.chopped(1).trimmed();
        if (word == QLatin1String("META") || word == QLatin1String("PROJECTS") || word == QLatin1String("VOTES")) {
            section = word == QLatin1String("META") ? Meta : word == QLatin1String("PROJECTS") ? Projects : Votes;
            if (seen[section])
                return fail(fileName, lineNumber, word, QCoreApplication::translate("Pabulib", "the section appears twice"));
            seen[section] = true;
            headerLines[section] = lineNumber;   // the header row's line once it comes
            expectHeader = true;
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        if (section == None)
            return fail(fileName, lineNumber, {}, QCoreApplication::translate("Pabulib", "expected a section name (META, PROJECTS or VOTES)"));
        QStringList cells = splitCells(line);
        // Trailing semicolons (spreadsheet exports add them) leave empty cells at the end: they are not columns.
        while (cells.size() > (section == Meta ? 2 : 1) && cells.constLast().trimmed().isEmpty())
            cells.removeLast();
        if (expectHeader) {
            for (QString& cell : cells)
                cell = cell.trimmed();
            // A header of no names ("" or ";;") would write back as a blank line and lose the section's columns.
            if (cells.size() == 1 && cells.constFirst().isEmpty())
                return fail(fileName, lineNumber, QString::fromLatin1(sectionNames[section]),
                            QCoreApplication::translate("Pabulib", "the header row names no column"));
            if (section == Meta && (cells.size() < 2 || cells.at(0) != QLatin1String("key")))
                return fail(fileName, lineNumber, QStringLiteral("META"), QCoreApplication::translate("Pabulib", "the header row must be \"key;value\""));
            if (section == Projects)
                document.projectColumns = cells;
            else if (section == Votes)
                document.voteColumns = cells;
            headerLines[section] = lineNumber;
            expectHeader = false;
            continue;
        }
        if (section == Meta) {
            if (cells.size() < 2)
                return fail(fileName, lineNumber, cells.value(0).trimmed(), QCoreApplication::translate("Pabulib", "a META row needs a key and a value"));
            const QString value = cells.mid(1).join(QLatin1Char(';'));
            document.meta.emplace_back(cells.at(0).trimmed(), value.trimmed());
            document.metaLines.push_back(lineNumber);
            continue;
        }
        // A row of empty cells (";;;") is an empty line of a spreadsheet, not a project or a voter.
        if (cells.size() == 1 && cells.constFirst().trimmed().isEmpty())
            continue;
        const QStringList& columns = section == Projects ? document.projectColumns : document.voteColumns;
        if (cells.size() > columns.size())
            return fail(fileName, lineNumber, QString::fromLatin1(sectionNames[section]),
                        QCoreApplication::translate("Pabulib", "%1 fields where the header has %2").arg(cells.size()).arg(columns.size()));
        while (cells.size() < columns.size())
            cells << QString();
        (section == Projects ? document.projects : document.votes).push_back({cells, lineNumber});
    }
    for (int s = Meta; s <= Votes; ++s) {
        const QString name = QString::fromLatin1(sectionNames[s]);
        if (!seen[s])
            return fail(fileName, 0, name, QCoreApplication::translate("Pabulib", "the section %1 is missing").arg(name));
    }
    document.projectHeaderLine = headerLines[Projects];
    document.voteHeaderLine = headerLines[Votes];
    return document;
}

Result<PabulibDocument> PabulibReader::readDocument(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, 0, {}, QCoreApplication::translate("Pabulib", "cannot open the file: %1").arg(file.errorString()));
    return parse(file.readAll(), path);
}

Result<BudgetInstance> PabulibReader::load(const QString& path)
{
    Result<PabulibDocument> document = readDocument(path);
    if (!document)
        return document.error();
    return toInstance(*document, path);
}

} // namespace proxima::io
