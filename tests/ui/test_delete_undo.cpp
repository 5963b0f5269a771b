// Undoing a delete brings back everything the delete took with it: the case's analysis, actions, measures and
// stage history; the references to a member that left.
#include "TestSupport.h"

#include "ui/app/WorkspaceSession.h"
#include "ui/commands/CaseTraits.h"
#include "ui/commands/MemberTraits.h"
#include "ui/commands/RecordCommands.h"
#include "core/demo/DemoWorkspace.h"
#include "core/storage/Workspace.h"
#include "core/storage/repositories/CaseRepository.h"
#include "core/storage/repositories/MemberRepository.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <algorithm>

using namespace proxima;

namespace {

// Every table's rows (sorted, so the order of storage does not matter), except the change log and the meta table.
QMap<QString, QByteArray> contents(Workspace& ws)
{
    QMap<QString, QByteArray> tables;
    QSqlQuery names(ws.database());
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
                              "name NOT IN ('change_log', 'meta')"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery rows(ws.database());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < rows.record().count(); ++c)
                values << (rows.value(c).isNull() ? QStringLiteral("<null>") : rows.value(c).toString());
            lines << values.join(QLatin1Char('|'));
        }
        lines.sort();
        tables.insert(table, QCryptographicHash::hash(lines.join(QLatin1Char('\n')).toUtf8(),
                                                      QCryptographicHash::Sha1));
    }
    return tables;
}

qint64 count(Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.database());
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST_CASE("undoing the delete of a case brings back its analysis, actions, measures and history", "[ui][undo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    WorkspaceSession session(std::move(opened).value());
    Workspace& ws = session.workspace();
    // The demo case with the most depending on it.
    const qint64 caseId = count(ws, QStringLiteral("SELECT case_id FROM actions GROUP BY case_id ORDER BY COUNT(*) "
                                                   "DESC, case_id LIMIT 1"));
    REQUIRE(caseId > 0);
    REQUIRE(count(ws, QStringLiteral("SELECT COUNT(*) FROM actions WHERE case_id = %1").arg(caseId)) > 1);
    const auto before = contents(ws);

    auto problem = CaseRepository(ws).find(caseId);
    REQUIRE(problem.ok());
    REQUIRE(session.push(new RemoveRecordCommand<CaseTraits>(session, problem.value())));
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = %1").arg(caseId)) == 0);
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM actions WHERE case_id = %1").arg(caseId)) == 0);
    CHECK(contents(ws) != before);

    session.undo();
    const auto restored = contents(ws);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        CAPTURE(it.key());
        CHECK(restored.value(it.key()) == it.value());
    }
    CHECK(ws.integrityCheck().value().isEmpty());
    QSqlQuery keys(ws.database());
    REQUIRE(keys.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(keys.next());

    // Redo deletes it again, and a second undo brings it all back again.
    session.redo();
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM cases WHERE id = %1").arg(caseId)) == 0);
    session.undo();
    CHECK(contents(ws) == before);
    // The restored case can be edited (its revision is the stored one).
    auto again = CaseRepository(ws).find(caseId);
    REQUIRE(again.ok());
    again->title += QStringLiteral(" (reviewed)");
    CHECK(CaseRepository(ws).update(again.value()).ok());
}

TEST_CASE("undoing the delete of a member puts back the references to them", "[ui][undo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.proxima"));
    REQUIRE(DemoWorkspace::create(path).ok());
    auto opened = Workspace::open(path);
    REQUIRE(opened.ok());
    WorkspaceSession session(std::move(opened).value());
    Workspace& ws = session.workspace();
    const qint64 lead = count(ws, QStringLiteral("SELECT lead_member_id FROM cases WHERE lead_member_id IS NOT NULL "
                                                 "GROUP BY lead_member_id ORDER BY COUNT(*) DESC LIMIT 1"));
    REQUIRE(lead > 0);
    const qint64 led = count(ws, QStringLiteral("SELECT COUNT(*) FROM cases WHERE lead_member_id = %1").arg(lead));
    REQUIRE(led > 0);
    const auto before = contents(ws);
    auto member = MemberRepository(ws).find(lead);
    REQUIRE(member.ok());
    REQUIRE(session.push(new RemoveRecordCommand<MemberTraits>(session, member.value())));
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM cases WHERE lead_member_id = %1").arg(lead)) == 0);
    session.undo();
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM cases WHERE lead_member_id = %1").arg(lead)) == led);
    CHECK(contents(ws) == before);
}
