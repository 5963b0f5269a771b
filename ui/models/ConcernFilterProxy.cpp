#include "ui/models/ConcernFilterProxy.h"

#include "ui/models/ConcernTableModel.h"

namespace proxima {

ConcernFilterProxy::ConcernFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ConcernTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ConcernFilterProxy::setCaseId(std::optional<qint64> caseId)
{
    m_caseId = caseId;
    invalidateFilter();
}

void ConcernFilterProxy::setSource(std::optional<ConcernSource> source)
{
    m_source = source;
    invalidateFilter();
}

void ConcernFilterProxy::setCategory(const QString& category)
{
    m_category = category;
    invalidateFilter();
}

void ConcernFilterProxy::setMinimumSeverity(int severity)
{
    m_minimumSeverity = severity;
    invalidateFilter();
}

void ConcernFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ConcernFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ConcernTableModel*>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const Concern& k = model->recordAt(sourceRow);
    if (m_caseId && k.caseId != *m_caseId)
        return false;
    if (m_source && k.source != *m_source)
        return false;
    if (!m_category.isEmpty() && k.category.compare(m_category, Qt::CaseInsensitive) != 0)
        return false;
    if (m_minimumSeverity > 0 && k.severity < m_minimumSeverity)
        return false;
    if (!m_text.isEmpty()) {
        const auto has = [this](const QString& field) { return field.contains(m_text, Qt::CaseInsensitive); };
        if (!has(k.text) && !has(k.place) && !has(k.category) && !has(k.raisedBy))
            return false;
    }
    return true;
}

} // namespace proxima
