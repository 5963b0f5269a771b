#pragma once

#include "core/model/SaraStage.h"

#include <QStringList>
#include <QWidget>

namespace proxima {

/// The five SARA stages as a stepper: finished stages ticked, the current one highlighted, later ones open; under
/// each stage a few lines of key figures.
class StageStepper : public QWidget
{
    Q_OBJECT
public:
    explicit StageStepper(QWidget* parent = nullptr);

    void setCurrent(SaraStage stage);
    SaraStage current() const { return m_current; }
    /// Lines shown under each stage, in stage order (missing entries show nothing).
    void setDetails(const QList<QStringList>& details);
    const QList<QStringList>& details() const { return m_details; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void describe();

    SaraStage m_current = SaraStage::Scan;
    QList<QStringList> m_details;
};

} // namespace proxima
