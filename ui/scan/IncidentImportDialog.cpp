#include "ui/scan/IncidentImportDialog.h"

#include "ui/app/WorkspaceSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proxima {
namespace {

using io::IncidentField;
using io::TextEncoding;

const QList<TextEncoding> Encodings = {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
                                       TextEncoding::Utf16BE, TextEncoding::Windows1252};

QString delimiterName(QChar c)
{
    if (c == u'\t')
        return IncidentImportDialog::tr("Tab");
    if (c == u';')
        return IncidentImportDialog::tr("Semicolon (;)");
    if (c == u',')
        return IncidentImportDialog::tr("Comma (,)");
    if (c == u'|')
        return IncidentImportDialog::tr("Bar (|)");
    return QString(c);
}

} // namespace

IncidentImportDialog::IncidentImportDialog(WorkspaceSession& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Import Incidents"));
    auto* layout = new QVBoxLayout(this);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_fileLabel);

    auto* format = new QHBoxLayout;
    m_detected = new QLabel(this);
    m_delimiterCombo = new QComboBox(this);
    m_delimiterCombo->setAccessibleName(tr("Delimiter"));
    m_delimiterCombo->addItem(tr("Detect"), QString());
    for (QChar c : {QChar(u','), QChar(u';'), QChar(u'\t'), QChar(u'|')})
        m_delimiterCombo->addItem(delimiterName(c), QString(c));
    m_encodingCombo = new QComboBox(this);
    m_encodingCombo->setAccessibleName(tr("Encoding"));
    m_encodingCombo->addItem(tr("Detect"), -1);
    for (TextEncoding e : Encodings)
        m_encodingCombo->addItem(io::encodingName(e), int(e));
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiterCombo);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);
    format->addWidget(m_detected, 1);
    format->addWidget(delimiterLabel);
    format->addWidget(m_delimiterCombo);
    format->addWidget(encodingLabel);
    format->addWidget(m_encodingCombo);
    layout->addLayout(format);
    connect(m_delimiterCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QString chosen = m_delimiterCombo->currentData().toString();
        setDelimiter(chosen.isEmpty() ? QChar() : chosen.at(0));
    });
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const int value = m_encodingCombo->currentData().toInt();
        setEncoding(value < 0 ? std::nullopt : std::optional<TextEncoding>(TextEncoding(value)));
    });

    auto* mappingBox = new QGroupBox(tr("Columns"), this);
    auto* mappingForm = new QFormLayout(mappingBox);
    for (int f = 0; f < io::incidentFieldCount; ++f) {
        auto* combo = new QComboBox(mappingBox);
        const QString label = io::incidentFieldLabel(IncidentField(f));
        combo->setAccessibleName(label);
        mappingForm->addRow(io::isRequired(IncidentField(f)) ? tr("%1 (required):").arg(label) : label + u':', combo);
        m_columns[size_t(f)] = combo;
    }
    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Preview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* middle = new QHBoxLayout;
    middle->addWidget(mappingBox);
    middle->addWidget(m_table, 1);
    layout->addLayout(middle, 1);

    m_rejected = new QListWidget(this);
    m_rejected->setAccessibleName(tr("Rejected rows"));
    m_rejected->setMaximumHeight(140);
    layout->addWidget(new QLabel(tr("Rejected rows:"), this));
    layout->addWidget(m_rejected);
    m_importValid = new QRadioButton(tr("Import the &valid rows"), this);
    m_importNothing = new QRadioButton(tr("Import &nothing when a row is rejected"), this);
    m_importNothing->setChecked(true);
    auto* choice = new QHBoxLayout;
    choice->addWidget(m_importValid);
    choice->addWidget(m_importNothing);
    choice->addStretch();
    layout->addLayout(choice);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_validateButton = buttons->addButton(tr("&Check Rows"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_validateButton, &QPushButton::clicked, this, &IncidentImportDialog::validate);
    connect(m_importButton, &QPushButton::clicked, this, &IncidentImportDialog::importClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_importButton->setEnabled(false);
    m_validateButton->setEnabled(false);
    resize(900, 620);
}

io::IncidentParseOptions IncidentImportDialog::options() const
{
    io::IncidentParseOptions options;
    options.csv.delimiter = m_delimiter;
    options.csv.encoding = m_encoding;
    options.csv.fileName = QFileInfo(m_path).fileName();
    options.previewRows = 20;
    return options;
}

bool IncidentImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    readPreview();
    return !m_preview.headers.isEmpty();
}

void IncidentImportDialog::setDelimiter(QChar delimiter)
{
    m_delimiter = delimiter;
    readPreview();
}

void IncidentImportDialog::setEncoding(std::optional<io::TextEncoding> encoding)
{
    m_encoding = encoding;
    readPreview();
}

void IncidentImportDialog::readPreview()
{
    m_preview = {};
    m_rejected->clear();
    QFile file(m_path);
    Result<io::IncidentParseResult> read =
        Error{tr("the file cannot be opened: %1").arg(file.errorString()), m_path, 0, {}};
    if (file.open(QIODevice::ReadOnly))
        read = io::IncidentCsvParser::preview(&file, options());
    m_importButton->setEnabled(read.ok());
    m_validateButton->setEnabled(read.ok());
    if (!read) {
        m_status->setText(read.error().toString());
        m_table->clear();
        return;
    }
    m_preview = read.value();
    m_status->clear();
    m_detected->setText(
        tr("Detected: %1, %2").arg(delimiterName(m_preview.delimiter), io::encodingName(m_preview.encoding)));
    m_table->clear();
    m_table->setColumnCount(int(m_preview.headers.size()));
    m_table->setHorizontalHeaderLabels(m_preview.headers);
    m_table->setRowCount(int(m_preview.preview.size()));
    for (int r = 0; r < m_preview.preview.size(); ++r) {
        const QStringList& row = m_preview.preview.at(r);
        for (int c = 0; c < row.size() && c < m_preview.headers.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(row.at(c).left(200)));
    }
    fillMappingCombos();
}

void IncidentImportDialog::fillMappingCombos()
{
    m_updating = true;
    for (int f = 0; f < io::incidentFieldCount; ++f) {
        QComboBox* combo = m_columns[size_t(f)];
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString& header : std::as_const(m_preview.headers))
            combo->addItem(header, header);
        const io::ColumnRef& ref = m_preview.mapping.column(IncidentField(f));
        QString header = ref.header;
        if (header.isEmpty() && ref.index >= 0)
            header = m_preview.headers.value(ref.index);
        const int row = combo->findData(header);
        combo->setCurrentIndex(row < 0 ? 0 : row);
    }
    m_updating = false;
}

void IncidentImportDialog::setColumn(io::IncidentField field, const QString& header)
{
    QComboBox* combo = m_columns[size_t(field)];
    const int row = combo->findData(header);
    combo->setCurrentIndex(row < 0 ? 0 : row);
}

io::IncidentColumnMapping IncidentImportDialog::mapping() const
{
    io::IncidentColumnMapping mapping;
    for (int f = 0; f < io::incidentFieldCount; ++f) {
        const QString header = m_columns[size_t(f)]->currentData().toString();
        if (!header.isEmpty())
            mapping.setHeader(IncidentField(f), header);
    }
    return mapping;
}

void IncidentImportDialog::setImportValidRows(bool importValid)
{
    (importValid ? m_importValid : m_importNothing)->setChecked(true);
}

void IncidentImportDialog::showRejected(const QList<io::RejectedRow>& rows)
{
    m_rejected->clear();
    for (const io::RejectedRow& row : rows) {
        for (const Error& error : row.errors)
            m_rejected->addItem(io::IncidentCsvParser::describe(error));
    }
}

QStringList IncidentImportDialog::rejectedTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_rejected->count(); ++i)
        texts << m_rejected->item(i)->text();
    return texts;
}

int IncidentImportDialog::validate()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("the file cannot be opened: %1").arg(file.errorString()));
        return -1;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto parsed = io::IncidentCsvParser::parse(&file, mapping(), options(), {}, [](io::Incident&&) {});
    QApplication::restoreOverrideCursor();
    if (!parsed) {
        m_status->setText(parsed.error().toString());
        return -1;
    }
    showRejected(parsed->rejected);
    const int rejected = int(parsed->rejected.size());
    m_status->setText(tr("%1 rows read, %2 valid, %3 rejected.")
                          .arg(parsed->rowsRead)
                          .arg(parsed->rowsRead - rejected)
                          .arg(rejected));
    return rejected;
}

QString IncidentImportDialog::statusText() const
{
    return m_status->text();
}

Result<IncidentFileImport> IncidentImportDialog::runImport(const io::IncidentProgress& progress)
{
    // The import is one all-or-nothing write with a transaction of its own (refusing rolls it back), so it does not
    // run inside WorkspaceSession::write(); the session still announces what it stored and reports what failed.
    auto result = IncidentImportService(m_session.workspace())
                      .importFile(m_path, mapping(), options(), m_importValid->isChecked(), progress);
    if (!result) {
        m_status->setText(result.error().toString());
        m_session.reportError(result.error());
        return result;
    }
    showRejected(result->parse.rejected);
    const IncidentImportSummary& s = result->summary;
    if (s.cancelled)
        m_status->setText(tr("Import cancelled: nothing was imported."));
    else if (s.importId == 0)
        m_status->setText(tr("%n row(s) rejected: nothing was imported. Choose \"Import the valid rows\" to "
                             "import the others.",
                             nullptr, s.rejected));
    else if (s.unknownAreas.isEmpty())
        m_status->setText(tr("%1 rows read: %2 imported, %3 already present, %4 rejected.")
                              .arg(s.rowsRead)
                              .arg(s.imported)
                              .arg(s.alreadyPresent)
                              .arg(s.rejected));
    else
        m_status->setText(tr("%1 rows read: %2 imported, %3 already present, %4 rejected. Areas this workspace "
                             "does not have (those rows have no area): %5.")
                              .arg(s.rowsRead)
                              .arg(s.imported)
                              .arg(s.alreadyPresent)
                              .arg(s.rejected)
                              .arg(describeUnknownAreas(s.unknownAreas)));
    if (s.importId != 0) {
        m_session.notifyChanged(ChangeKind::Incident);
        emit imported(s);
    }
    return result;
}

void IncidentImportDialog::importClicked()
{
    QProgressDialog progress(tr("Importing incidents…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // The outcome is shown in the dialog's status line; nothing more to do with it here.
    static_cast<void>(runImport([&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        QApplication::processEvents();
        return !progress.wasCanceled();
    }));
    progress.reset();
}

} // namespace proxima
