#include "ui/models/CaseFilterProxy.h"

#include "ui/models/CaseTableModel.h"

namespace proxima {

CaseFilterProxy::CaseFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CaseTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseFilterProxy::setStage(std::optional<SaraStage> stage)
{
    m_stage = stage;
    invalidateFilter();
}

void CaseFilterProxy::setCategory(const QString& category)
{
    m_category = category;
    invalidateFilter();
}

void CaseFilterProxy::setAreaId(qint64 areaId)
{
    m_areaId = areaId;
    invalidateFilter();
}

void CaseFilterProxy::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool CaseFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const auto* model = qobject_cast<const CaseTableModel*>(sourceModel());
    if (!model)
        return true;
    const ProblemCase& c = model->recordAt(sourceRow);
    if (m_stage && c.stage != *m_stage)
        return false;
    if (!m_category.isEmpty() && c.category.compare(m_category, Qt::CaseInsensitive) != 0)
        return false;
    if (m_areaId > 0 && c.areaId != m_areaId)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString* field : {&c.title, &c.description, &c.location, &c.category, &c.leadName, &c.areaName}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace proxima
