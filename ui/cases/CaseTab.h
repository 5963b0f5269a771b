#pragma once

#include <QWidget>

namespace proxima {

/// A page about the selected case, shown beside its overview (Scan, Analyse, Respond, Assess).
/// The case page calls showCase() whenever the selection changes or cases change (here or by another member).
class CaseTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    /// Shows the case with this id (0 = none selected).
    virtual void showCase(qint64 caseId) = 0;
    /// True when the tab holds edits not yet saved (the case page asks before switching cases).
    virtual bool hasUnsavedEdits() const { return false; }
};

} // namespace proxima
