#pragma once

#include "core/model/Concern.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace proxima {

/// Filters the concern table by case, source, category, minimum severity and text; sorts on SortRole.
class ConcernFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ConcernFilterProxy(QObject* parent = nullptr);

    void setCaseId(std::optional<qint64> caseId);    ///< empty = all; 0 = in no case
    void setSource(std::optional<ConcernSource> source);
    void setCategory(const QString& category);       ///< empty = all
    void setMinimumSeverity(int severity);           ///< 0 = all
    void setText(const QString& text);               ///< matches text, place, category, raised by

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<qint64> m_caseId;
    std::optional<ConcernSource> m_source;
    QString m_category;
    int m_minimumSeverity = 0;
    QString m_text;
};

} // namespace proxima
