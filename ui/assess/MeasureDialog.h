#pragma once

#include "core/common/Result.h"
#include "core/model/Area.h"
#include "core/model/CaseMeasure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace proxima {

/// Edits a measure: what is counted and from where, the baseline period and value, the target, the follow-up
/// periods and values, and the comparison and nearby (displacement) areas with their counts.
class MeasureDialog : public QDialog
{
    Q_OBJECT
public:
    MeasureDialog(const CaseMeasure& measure, const QList<Area>& areas, QWidget* parent = nullptr);

    /// The measure as edited, or the first field that does not read as a number or date.
    Result<CaseMeasure> edited() const;
    /// Appends a follow-up row.
    void addFollowUpRow(const MeasureFollowUp& followUp);
    /// Appends the period after the last one (same length), for the "Add period" button.
    void addNextPeriod();
    QTableWidget* followUpsTable() const { return m_followUps; }

    void accept() override;

private:
    QWidget* buildWhat();
    QWidget* buildFollowUps();
    QComboBox* areaCombo(qint64 selected, const QString& noneText, const QString& name);
    QLineEdit* numberEdit(const std::optional<double>& value, const QString& name);
    void updateSource();

    CaseMeasure m_original;
    QList<Area> m_areas;
    QLineEdit* m_what;
    QComboBox* m_source;
    QLineEdit* m_categories;
    QComboBox* m_area;
    QCheckBox* m_higherIsBetter;
    QDateEdit* m_baselineFrom;
    QDateEdit* m_baselineTo;
    QLineEdit* m_baselineValue;
    QLineEdit* m_target;
    QComboBox* m_comparisonArea;
    QLineEdit* m_comparisonBaseline;
    QComboBox* m_displacementArea;
    QLineEdit* m_displacementBefore;
    QTableWidget* m_followUps;
    QLabel* m_error;
};

} // namespace proxima
