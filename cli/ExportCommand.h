#pragma once

#include "cli/Command.h"

namespace proxima::cli {

class ArgumentParser;

/// `export matrix|agenda|minutes|handover|case|results`: the coordinator's documents as PDF, XLSX, CSV or iCalendar files,
/// each written atomically. Painting PDFs needs a QGuiApplication (proxima-cli's main creates one).
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString help() const override;
    int run(const QStringList& arguments, Io& io) override;

private:
    int matrix(const QStringList& arguments, Io& io);
    int meetingDocument(const QStringList& arguments, Io& io, bool minutes);
    int handover(const QStringList& arguments, Io& io);
    int caseReport(const QStringList& arguments, Io& io);
    int results(const QStringList& arguments, Io& io);
    int usage(Io& io, const QString& message);
};

} // namespace proxima::cli
