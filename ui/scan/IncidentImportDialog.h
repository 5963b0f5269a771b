#pragma once

#include "core/io/IncidentCsvParser.h"
#include "core/services/IncidentImportService.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace proxima {

class WorkspaceSession;

/// Imports a CSV of incidents: detected delimiter and encoding (overridable), a column per field (pre-filled by
/// IncidentColumnMapping::autoMap), a preview, the rejected rows with line, column and reason, the choice between
/// importing the valid rows and importing nothing, and a cancellable import in one transaction.
/// Every step is callable directly (tests drive it without exec()).
class IncidentImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IncidentImportDialog(WorkspaceSession& session, QWidget* parent = nullptr);

    /// Reads the start of a file for the preview; false (with the reason shown) when it cannot be read.
    bool setFile(const QString& path);
    /// Overrides the delimiter (null = detect) and reads the preview again.
    void setDelimiter(QChar delimiter);
    /// Overrides the encoding (empty = detect) and reads the preview again.
    void setEncoding(std::optional<io::TextEncoding> encoding);
    /// Maps a field to a header ("" = not mapped).
    void setColumn(io::IncidentField field, const QString& header);
    /// The mapping chosen on screen.
    io::IncidentColumnMapping mapping() const;
    /// Choose what happens with rejected rows: true = import the valid rows, false = import nothing.
    void setImportValidRows(bool importValid);

    /// Reads every row and lists the rejected ones; returns how many were rejected (-1 on a file-level error).
    int validate();
    /// Imports with the current settings through IncidentImportService; progress may cancel (tests); the UI uses a
    /// progress dialog. The session announces the stored incidents, and reports an error the import met.
    Result<IncidentFileImport> runImport(const io::IncidentProgress& progress = {});

    QChar detectedDelimiter() const { return m_preview.delimiter; }
    io::TextEncoding detectedEncoding() const { return m_preview.encoding; }
    /// The headers of the file and the preview rows.
    const io::IncidentParseResult& preview() const { return m_preview; }
    /// Lines shown for the rejected rows ("line 5, column 'date': ...").
    QStringList rejectedTexts() const;
    /// The line under the preview: what detection found, what the check or the import did.
    QString statusText() const;
    QTableWidget* previewTable() const { return m_table; }

signals:
    /// An import stored rows (summary of what was stored).
    void imported(const proxima::IncidentImportSummary& summary);

private:
    void readPreview();
    void fillMappingCombos();
    void importClicked();
    io::IncidentParseOptions options() const;
    void showRejected(const QList<io::RejectedRow>& rows);

    WorkspaceSession& m_session;
    QString m_path;
    QChar m_delimiter;
    std::optional<io::TextEncoding> m_encoding;
    io::IncidentParseResult m_preview;
    QLabel* m_fileLabel;
    QLabel* m_detected;
    QComboBox* m_delimiterCombo;
    QComboBox* m_encodingCombo;
    std::array<QComboBox*, io::incidentFieldCount> m_columns{};
    QTableWidget* m_table;
    QListWidget* m_rejected;
    QLabel* m_status;
    QRadioButton* m_importValid;
    QRadioButton* m_importNothing;
    QPushButton* m_validateButton;
    QPushButton* m_importButton;
    bool m_updating = false;
};

} // namespace proxima
