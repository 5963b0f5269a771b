#pragma once

#include "core/model/SaraStage.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace proxima {

/// Filters the case table by stage, category, area and free text, and sorts on the model's SortRole.
class CaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CaseFilterProxy(QObject* parent = nullptr);

    void setStage(std::optional<SaraStage> stage);
    void setCategory(const QString& category);   ///< empty = all
    void setAreaId(qint64 areaId);               ///< 0 = all
    void setText(const QString& text);           ///< matches title, description, location, category, lead

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<SaraStage> m_stage;
    QString m_category;
    qint64 m_areaId = 0;
    QString m_text;
};

} // namespace proxima
