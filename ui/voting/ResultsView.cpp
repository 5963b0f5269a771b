#include "ui/voting/ResultsView.h"

#include "ui/app/WorkspaceSession.h"
#include "documents/ReportRenderer.h"
#include "core/reports/VotingResultsSheet.h"
#include "core/storage/repositories/MeetingRepository.h"
#include "core/storage/Workspace.h"
#include "core/voting/Explanation.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace proxima {

using namespace voting;

namespace {

documents::PageSetup portraitA4()
{
    documents::PageSetup setup;
    setup.landscape = false;
    return setup;
}

QTableWidget* newTable(QWidget* parent, const QStringList& columns, const QStringList& rows = {})
{
    auto* t = new QTableWidget(int(rows.size()), int(columns.size()), parent);
    t->setHorizontalHeaderLabels(columns);
    if (!rows.isEmpty())
        t->setVerticalHeaderLabels(rows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void setCell(QTableWidget* t, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    if (column > 0)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    t->setItem(row, column, item);
}

} // namespace

ResultsView::ResultsView(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_ranking = newTable(split, {});
    m_ranking->setObjectName(QStringLiteral("rankingTable"));
    m_ranking->setAccessibleName(tr("Ranking"));
    m_ranking->verticalHeader()->hide();
    m_working = new QTabWidget(split);
    m_working->setAccessibleName(tr("Working"));
    m_conventions = new QTextBrowser(split);
    m_conventions->setAccessibleName(tr("How is this counted?"));
    split->addWidget(m_ranking);
    split->addWidget(m_working);
    split->addWidget(m_conventions);
    layout->addWidget(split, 1);
    m_tieBreak = new QLabel(this);
    m_tieBreak->setWordWrap(true);
    m_tieBreak->setObjectName(QStringLiteral("tieBreak"));
    layout->addWidget(m_tieBreak);
    m_exports = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_exports);
    buttons->setContentsMargins(0, 0, 0, 0);
    auto* csv = new QPushButton(tr("Export &CSV..."), m_exports);
    auto* pdf = new QPushButton(tr("Export results sheet (&PDF)..."), m_exports);
    buttons->addWidget(csv);
    buttons->addWidget(pdf);
    buttons->addStretch();
    layout->addWidget(m_exports);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
}

QTableWidget* ResultsView::matrixTable(const std::vector<std::vector<qint64>>& m)
{
    // Columns by number so the matrix fits; rows carry the number and the label.
    QStringList numbers, rows;
    for (int c = 0; c < m_voting.candidates.size(); ++c) {
        numbers << QString::number(c + 1);
        rows << QStringLiteral("%1  %2").arg(c + 1).arg(m_voting.candidates.at(c).label);
    }
    QTableWidget* t = newTable(m_working, numbers, rows);
    for (size_t i = 0; i < m.size(); ++i) {
        for (size_t j = 0; j < m.size(); ++j)
            setCell(t, int(i), int(j), i == j ? QStringLiteral("–") : QString::number(m[i][j]));
    }
    return t;
}

void ResultsView::setCount(const VotingSession& voting, const std::optional<VotingCount>& count, bool hidden,
                           const QString& problem)
{
    m_voting = voting;
    m_count = hidden ? std::nullopt : count;
    while (m_working->count() > 0) {
        QWidget* w = m_working->widget(0);
        m_working->removeTab(0);
        delete w;
    }
    m_ranking->clear();
    m_ranking->setRowCount(0);
    m_ranking->setColumnCount(0);
    QString conventions = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                              .arg(tr("How is this counted?"), explainMethod(voting.options.method, voting.options).toHtmlEscaped(),
                                   explainTieBreak(voting.options.tieBreak).toHtmlEscaped());
    if (isRankedMethod(voting.options.method))
        conventions += QStringLiteral("<p>%1</p>").arg(tr("A member may leave problems out and may put several at the "
                                                          "same place. Schulze compares by winning votes unless margins "
                                                          "were chosen; Borda gives one point per problem ranked below; "
                                                          "Copeland one point per duel won and a half per tied duel; IRV "
                                                          "sets aside ballots with no choice left (exhausted)."));
    m_conventions->setHtml(conventions);
    // The turnout in the words the CLI and the results sheet use: members, ballots without a voter, sticker dots.
    const QString turnout = count ? count->turnout.describe() : QString();
    m_exports->setEnabled(m_count.has_value());
    if (!m_count) {
        QString text = hidden && count ? tr("%1. The results stay hidden until the session closes.").arg(turnout)
                                       : turnout;
        if (!problem.isEmpty())
            text = tr("The ballots could not be counted: %1").arg(problem);
        m_summary->setText(text);
        m_tieBreak->clear();
        return;
    }
    const TallyResult& r = m_count->result;
    m_summary->setText(tr("%1 — counted with %2%3")
                           .arg(turnout, methodName(r.method),
                                voting.state == VotingState::Closed ? tr(" (final)") : tr(" (provisional)")));
    m_ranking->setColumnCount(3);
    m_ranking->setHorizontalHeaderLabels({tr("Place"), tr("Candidate"), r.scoreLabel});
    const std::vector<int> places = reports::placesOf(r.ranking, r.candidateCount);
    int row = 0;
    m_ranking->setRowCount(r.candidateCount);
    for (const auto& tier : r.ranking) {
        for (int c : tier) {
            setCell(m_ranking, row, 0, QString::number(places[size_t(c)]) + (tier.size() > 1 ? QStringLiteral("=") : QString()));
            m_ranking->setItem(row, 1, new QTableWidgetItem(voting.candidates.at(c).label));
            setCell(m_ranking, row, 2, formatRational(r.scores[size_t(c)]));
            ++row;
        }
    }
    if (!r.pairwise.empty())
        m_working->addTab(matrixTable(r.pairwise), tr("Pairwise duels (row preferred to column)"));
    if (!r.strongestPaths.empty())
        m_working->addTab(matrixTable(r.strongestPaths), tr("Strongest paths"));
    if (!r.wins.empty()) {
        QTableWidget* t = newTable(m_working, {tr("Wins"), tr("Ties"), tr("Losses")}, voting.labels());
        for (int c = 0; c < r.candidateCount; ++c) {
            setCell(t, c, 0, QString::number(r.wins[size_t(c)]));
            setCell(t, c, 1, QString::number(r.ties[size_t(c)]));
            setCell(t, c, 2, QString::number(r.losses[size_t(c)]));
        }
        m_working->addTab(t, tr("Copeland duels"));
    }
    if (!r.rounds.empty()) {
        QStringList columns = voting.labels();
        columns << tr("In play") << tr("Exhausted") << tr("Outcome");
        QStringList rounds;
        for (size_t k = 0; k < r.rounds.size(); ++k)
            rounds << tr("Round %1").arg(k + 1);
        QTableWidget* t = newTable(m_working, columns, rounds);
        for (size_t k = 0; k < r.rounds.size(); ++k) {
            const IrvRound& round = r.rounds[k];
            for (int c = 0; c < r.candidateCount; ++c)
                setCell(t, int(k), c, round.continuing[size_t(c)] ? formatRational(round.counts[size_t(c)]) : QString());
            setCell(t, int(k), r.candidateCount, formatRational(round.inPlay));
            setCell(t, int(k), r.candidateCount + 1, formatRational(round.exhausted));
            QStringList names;
            for (int c : round.eliminated.empty() ? round.elected : round.eliminated)
                names << voting.candidates.at(c).label;
            t->setItem(int(k), r.candidateCount + 2,
                       new QTableWidgetItem((round.eliminated.empty() ? tr("elected: %1") : tr("eliminated: %1"))
                                                .arg(names.join(QStringLiteral(", ")))));
        }
        m_working->addTab(t, tr("IRV rounds"));
    }
    if (!r.channels.empty()) {
        QStringList columns = voting.labels();
        columns << tr("Voters");
        QStringList channels;
        for (const ChannelSubtotal& ch : r.channels)
            channels << ch.channel;
        QTableWidget* t = newTable(m_working, columns, channels);
        for (size_t k = 0; k < r.channels.size(); ++k) {
            for (int c = 0; c < r.candidateCount; ++c)
                setCell(t, int(k), c, formatRational(r.channels[k].totals[size_t(c)]));
            setCell(t, int(k), r.candidateCount, QString::number(r.channels[k].ballots));
        }
        m_working->addTab(t, tr("Totals per channel"));
    }
    QStringList tie{explainTieBreak(r.tieBreak)};
    for (const TieBreakDecision& d : r.decisions)
        tie << describeDecision(d, voting.labels());
    m_tieBreak->setText(tr("Tie-break: %1").arg(tie.join(QStringLiteral("\n"))));
}

QString ResultsView::summary() const
{
    return m_summary->text();
}

Status ResultsView::exportCsv(const QString& path) const
{
    if (!m_count)
        return Error{tr("no results to export"), path, 0, {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(reports::votingResultsCsv(*m_count).toUtf8()) < 0 ||
        !file.commit())
        return Error{file.errorString(), path, 0, {}, ErrorCode::Io};
    return {};
}

Status ResultsView::exportPdf(const QString& path) const
{
    if (!m_count)
        return Error{tr("no results to export"), path, 0, {}};
    // The sheet prints the count shown here, so that the page and the minutes say the same.
    Result<reports::VotingSheetContext> context = reports::votingSheetContext(m_session.workspace(), *m_count);
    if (!context)
        return context.error();
    auto written = documents::ReportRenderer::writePdf(path, reports::votingResultsSheet(*m_count, *context),
                                                       portraitA4());
    if (!written)
        return written.error();
    return {};
}

void ResultsView::chooseExport(bool pdf)
{
    auto* dialog = new QFileDialog(this, pdf ? tr("Export results sheet") : tr("Export results"), QString(),
                                   pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, pdf](const QString& path) {
        const Status s = pdf ? exportPdf(path) : exportCsv(path);
        if (!s)
            m_session.reportError(s.error());
    });
    dialog->open();
}

} // namespace proxima
