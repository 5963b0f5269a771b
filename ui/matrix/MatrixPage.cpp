#include "ui/matrix/MatrixPage.h"

#include "ui/app/AppSettings.h"
#include "ui/app/WorkspaceSession.h"
#include "core/io/CsvExporter.h"
#include "core/io/IcsExporter.h"
#include "core/reports/MatrixCells.h"
#include "documents/MatrixRenderer.h"
#include "documents/XlsxExporter.h"
#include "ui/matrix/MatrixHeaderDialog.h"
#include "ui/matrix/MatrixTreeModel.h"
#include "core/reports/MatrixLabels.h"
#include "core/reports/MatrixQuery.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace proxima {

using reports::MatrixColumn;

namespace {

const QDate NoDate(2000, 1, 1);   // the date edits' minimum, shown as "any"
constexpr int ColumnCount = int(MatrixColumn::Referral) + 1;

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

// Keeps the actions that show the text in one of their cells (or whose problem does).
reports::ActionMatrix filterByText(const reports::ActionMatrix& matrix, const QString& text, const QLocale& locale)
{
    if (text.trimmed().isEmpty())
        return matrix;
    reports::ActionMatrix result = matrix;
    result.groups.clear();
    for (const reports::ProblemGroup& group : matrix.groups) {
        reports::ProblemGroup kept = group;
        kept.actions.clear();
        const bool groupMatches = group.title.contains(text, Qt::CaseInsensitive);
        for (const reports::ActionRow& action : group.actions) {
            bool matches = groupMatches;
            for (int c = 0; !matches && c < ColumnCount; ++c)
                matches = reports::MatrixCells::text(action, group, MatrixColumn(c), locale,
                                                       QStringLiteral("yyyy-MM-dd"))
                              .contains(text, Qt::CaseInsensitive);
            if (matches)
                kept.actions << action;
        }
        if (!kept.actions.isEmpty())
            result.groups << kept;
    }
    return result;
}

} // namespace

MatrixPage::MatrixPage(WorkspaceSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_visible = QList<bool>(ColumnCount, true);
    m_visible[int(MatrixColumn::Problem)] = false;
    if (const std::optional<QList<int>> hidden = AppSettings().hiddenMatrixColumns()) {
        m_visible.fill(true);
        for (int c : *hidden) {
            if (c >= 0 && c < ColumnCount)
                m_visible[c] = false;
        }
    }

    m_model = new MatrixTreeModel(this);
    m_model->setFormat(QLocale(), reports::DocumentOptions{}.dateFormat());
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setAccessibleName(tr("Action matrix"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setSectionsMovable(false);

    m_previewPrinter = std::make_unique<QPrinter>(QPrinter::ScreenResolution);
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(QStringLiteral("matrixPreview"));
    m_preview->setAccessibleName(tr("Print preview of the matrix"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &MatrixPage::paintOn);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_preview);

    auto* bar = new QWidget(this);
    buildToolBar(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("matrixMessage"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    connect(&m_session, &WorkspaceSession::changed, this, [this](ChangeKind) { reload(); });
    connect(&m_session, &WorkspaceSession::manyChanged, this, &MatrixPage::reload);
    reload();
}

MatrixPage::~MatrixPage() = default;

void MatrixPage::buildToolBar(QWidget* bar)
{
    m_area = new QComboBox(bar);
    m_area->setObjectName(QStringLiteral("matrixArea"));
    m_area->setAccessibleName(tr("Area"));
    m_case = new QComboBox(bar);
    m_case->setObjectName(QStringLiteral("matrixCase"));
    m_case->setAccessibleName(tr("Case"));
    m_case->setMinimumContentsLength(24);
    m_case->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QDateEdit** edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(bar);
        (*edit)->setCalendarPopup(true);
        (*edit)->setMinimumDate(NoDate);
        (*edit)->setSpecialValueText(tr("any"));
        (*edit)->setDate(NoDate);
        (*edit)->setDisplayFormat(reports::DocumentOptions{}.dateFormat());
        connect(*edit, &QDateEdit::dateChanged, this, &MatrixPage::rebuild);
    }
    m_from->setObjectName(QStringLiteral("matrixFrom"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setObjectName(QStringLiteral("matrixTo"));
    m_to->setAccessibleName(tr("Period to"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setPlaceholderText(tr("Search actions"));
    m_search->setAccessibleName(tr("Search actions"));
    m_search->setClearButtonEnabled(true);
    connect(m_area, &QComboBox::currentIndexChanged, this, &MatrixPage::rebuild);
    connect(m_case, &QComboBox::currentIndexChanged, this, &MatrixPage::rebuild);
    connect(m_search, &QLineEdit::textChanged, this, &MatrixPage::rebuild);

    m_layout = new QComboBox(bar);
    m_layout->setObjectName(QStringLiteral("matrixLayout"));
    m_layout->setAccessibleName(tr("Layout"));
    m_layout->addItem(tr("Table"), int(Layout::Table));
    m_layout->addItem(tr("Phase grid"), int(Layout::Grid));
    m_layout->addItem(tr("Timeline"), int(Layout::Timeline));
    connect(m_layout, &QComboBox::currentIndexChanged, this, [this] {
        m_stack->setCurrentWidget(layoutMode() == Layout::Table ? static_cast<QWidget*>(m_view) : m_preview);
        refreshPreview();
    });
    m_paper = new QComboBox(bar);
    m_paper->setObjectName(QStringLiteral("matrixPaper"));
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(QStringLiteral("A4"), int(documents::PageSetup::Paper::A4));
    m_paper->addItem(QStringLiteral("A3"), int(documents::PageSetup::Paper::A3));
    m_landscape = new QCheckBox(tr("&Landscape"), bar);
    m_landscape->setChecked(true);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &MatrixPage::refreshPreview);
    connect(m_landscape, &QCheckBox::toggled, this, &MatrixPage::refreshPreview);

    auto* columns = new QToolButton(bar);
    columns->setObjectName(QStringLiteral("matrixColumns"));
    columns->setText(tr("C&olumns"));
    columns->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu = new QMenu(columns);
    for (int c = 0; c < ColumnCount; ++c) {
        QAction* action = m_columnsMenu->addAction(reports::MatrixLabels::column(MatrixColumn(c)));
        action->setCheckable(true);
        action->setChecked(m_visible[c]);
        action->setData(c);
        connect(action, &QAction::toggled, this,
                [this, c](bool checked) { setColumnVisible(MatrixColumn(c), checked); });
    }
    columns->setMenu(m_columnsMenu);

    auto* header = new QToolButton(bar);
    header->setText(tr("&Header..."));
    header->setToolTip(tr("Title, logo and signature block of the printed matrix"));
    connect(header, &QToolButton::clicked, this, &MatrixPage::editHeader);
    auto* printButton = new QToolButton(bar);
    auto* printAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print..."), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);
    connect(printAction, &QAction::triggered, this, &MatrixPage::print);
    printButton->setDefaultAction(printAction);
    printButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("matrixExport"));
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    const QList<QPair<QString, ExportFormat>> formats{{tr("PDF..."), ExportFormat::Pdf},
                                                      {tr("Excel workbook (XLSX)..."), ExportFormat::Xlsx},
                                                      {tr("CSV..."), ExportFormat::Csv},
                                                      {tr("Due dates as iCalendar (ICS)..."), ExportFormat::Ics}};
    for (const auto& [label, format] : formats) {
        const ExportFormat chosen = format;
        exportMenu->addAction(label, this, [this, chosen] { exportWithDialog(chosen); });
    }
    exportButton->setMenu(exportMenu);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(new QLabel(tr("Area:"), bar));
    top->addWidget(m_area);
    top->addWidget(new QLabel(tr("Case:"), bar));
    top->addWidget(m_case, 1);
    top->addWidget(new QLabel(tr("From:"), bar));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("To:"), bar));
    top->addWidget(m_to);
    top->addWidget(m_search, 1);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(new QLabel(tr("Layout:"), bar));
    bottom->addWidget(m_layout);
    bottom->addWidget(columns);
    bottom->addSpacing(12);
    bottom->addWidget(new QLabel(tr("Paper:"), bar));
    bottom->addWidget(m_paper);
    bottom->addWidget(m_landscape);
    bottom->addStretch(1);
    bottom->addWidget(header);
    bottom->addWidget(printButton);
    bottom->addWidget(exportButton);
    auto* rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(top);
    rows->addLayout(bottom);
}

reports::DocumentOptions MatrixPage::documentOptions() const
{
    reports::DocumentOptions options;
    options.generatedOn = m_session.workspace().clock().today();
    options.locale = QLocale();
    options.logoPath = m_header.logoPath;
    return options;
}

void MatrixPage::reload()
{
    Result<reports::WorkspaceData> loaded = reports::WorkspaceData::load(m_session.workspace());
    if (!loaded) {
        m_session.reportError(loaded.error());
        return;
    }
    m_data = std::move(loaded).value();
    fillFilterChoices();
    rebuild();
}

void MatrixPage::fillFilterChoices()
{
    m_filling = true;
    const QString area = m_area->currentData().toString();
    const qint64 caseId = m_case->currentData().toLongLong();
    m_area->clear();
    m_area->addItem(tr("All areas"), QString());
    for (const Area& a : m_data.areas)
        m_area->addItem(a.name, a.name);
    m_area->setCurrentIndex(qMax(0, m_area->findData(area)));
    m_case->clear();
    m_case->addItem(tr("All cases"), qint64(0));
    for (const ProblemCase& c : m_data.cases)
        m_case->addItem(c.priority > 0 ? tr("%1. %2").arg(c.priority).arg(c.title) : c.title, c.id);
    m_case->setCurrentIndex(qMax(0, m_case->findData(caseId)));
    m_filling = false;
}

void MatrixPage::rebuild()
{
    if (m_filling)
        return;
    reports::MatrixSelection selection;
    selection.area = m_area->currentData().toString();
    selection.caseId = m_case->currentData().toLongLong();
    selection.from = dateOf(m_from);
    selection.to = dateOf(m_to);
    reports::ActionMatrix matrix;
    if (Status s = reports::MatrixQuery::validate(m_data, selection); !s) {
        m_message->setText(s.error().message);
        m_message->show();
    } else {
        m_message->hide();
        matrix = reports::MatrixQuery::build(m_data, selection, documentOptions());
    }
    m_model->setMatrix(filterByText(matrix, m_search->text(), QLocale()));
    m_model->setProblemShown(m_visible[int(MatrixColumn::Problem)]);
    m_view->expandAll();
    for (int row = 0; row < m_model->matrix().groups.size(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    applyColumnVisibility();
    refreshPreview();
}

void MatrixPage::applyColumnVisibility()
{
    // Column 0 carries the tree and the problem titles, so it stays; without "Problem" it is only narrow.
    for (int c = 1; c < ColumnCount; ++c)
        m_view->setColumnHidden(c, !m_visible[c]);
    m_view->setColumnWidth(0, m_visible[0] ? 220 : 28);
    m_view->setColumnWidth(int(MatrixColumn::Action), 300);
}

void MatrixPage::setColumnVisible(MatrixColumn column, bool visible)
{
    const int c = int(column);
    if (m_visible[c] == visible)
        return;
    m_visible[c] = visible;
    QList<int> hidden;
    for (int i = 0; i < ColumnCount; ++i) {
        if (!m_visible[i])
            hidden << i;
    }
    AppSettings().setHiddenMatrixColumns(hidden);
    for (QAction* action : m_columnsMenu->actions()) {
        if (action->data().toInt() == c && action->isChecked() != visible)
            action->setChecked(visible);
    }
    m_model->setProblemShown(m_visible[int(MatrixColumn::Problem)]);
    applyColumnVisibility();
    refreshPreview();
}

bool MatrixPage::isColumnVisible(MatrixColumn column) const
{
    return m_visible[int(column)];
}

void MatrixPage::setLayoutMode(Layout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(int(layout)));
}

MatrixPage::Layout MatrixPage::layoutMode() const
{
    return Layout(m_layout->currentData().toInt());
}

reports::ActionMatrix MatrixPage::currentMatrix() const
{
    reports::ActionMatrix matrix = m_model->matrix();
    matrix.columns.clear();
    for (int c = 0; c < ColumnCount; ++c) {
        if (m_visible[c])
            matrix.columns << MatrixColumn(c);
    }
    if (!m_header.title.isEmpty())
        matrix.title = m_header.title;
    matrix.logoPath = m_header.logoPath;
    if (m_header.signatureBlock)
        matrix.signatories = m_header.customSignatories ? m_header.signatories
                                                        : reports::MatrixQuery::partnerSignatories(matrix);
    return matrix;
}

documents::MatrixRenderOptions MatrixPage::renderOptions() const
{
    documents::MatrixRenderOptions options;
    options.layout = layoutMode();
    options.page.paper = documents::PageSetup::Paper(m_paper->currentData().toInt());
    options.page.landscape = m_landscape->isChecked();
    options.signatureBlock = m_header.signatureBlock;
    options.locale = QLocale();
    options.dateFormat = reports::DocumentOptions{}.dateFormat();
    options.today = m_session.workspace().clock().today();
    return options;
}

void MatrixPage::paintOn(QPrinter* printer)
{
    QPainter painter(printer);
    const Result<int> pages = documents::MatrixRenderer::render(painter, printer, currentMatrix(), renderOptions());
    if (!pages)
        m_session.reportError(pages.error());
}

void MatrixPage::refreshPreview()
{
    if (!m_preview || !m_previewPrinter || layoutMode() == Layout::Table)
        return;
    m_previewPrinter->setPageLayout(renderOptions().page.pageLayout());
    m_preview->updatePreview();
}

void MatrixPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(renderOptions().page.pageLayout());
    printer.setDocName(currentMatrix().title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the action matrix"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &MatrixPage::paintOn);
    dialog.exec();
}

Status MatrixPage::exportTo(ExportFormat format, const QString& path)
{
    const reports::ActionMatrix matrix = currentMatrix();
    switch (format) {
    case ExportFormat::Pdf: {
        const Result<int> pages = documents::MatrixRenderer::writePdf(path, matrix, renderOptions());
        return pages ? Status{} : Status{pages.error()};
    }
    case ExportFormat::Xlsx: return documents::XlsxExporter::write(path, matrix);
    case ExportFormat::Csv: return io::CsvExporter::write(path, matrix);
    case ExportFormat::Ics: {
        io::IcsOptions options;
        options.stamp = m_session.workspace().clock().now();
        return io::IcsExporter::write(path, matrix, options);
    }
    }
    return {};
}

void MatrixPage::exportWithDialog(ExportFormat format)
{
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::Pdf: filter = tr("PDF documents (*.pdf)"); suffix = QStringLiteral(".pdf"); break;
    case ExportFormat::Xlsx: filter = tr("Excel workbooks (*.xlsx)"); suffix = QStringLiteral(".xlsx"); break;
    case ExportFormat::Csv: filter = tr("CSV files (*.csv)"); suffix = QStringLiteral(".csv"); break;
    case ExportFormat::Ics: filter = tr("iCalendar files (*.ics)"); suffix = QStringLiteral(".ics"); break;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export the action matrix"),
                                                tr("action-matrix") + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (Status s = exportTo(format, path); !s)
        m_session.reportError(s.error());
}

void MatrixPage::editHeader()
{
    MatrixHeaderDialog dialog(m_header, reports::MatrixQuery::partnerSignatories(m_model->matrix()), this);
    if (dialog.exec() == QDialog::Accepted)
        setHeader(dialog.header());
}

} // namespace proxima
