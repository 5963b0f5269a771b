#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace proxima {

/// Where a hypothesis about the problem stands after checking it against the data.
enum class HypothesisStatus { Open, Supported, Rejected };

/// Stable storage key ("open", "supported", "rejected").
QString hypothesisStatusKey(HypothesisStatus status);
/// Status of a stored key; empty for an unknown key.
std::optional<HypothesisStatus> hypothesisStatusFromKey(const QString& key);
/// Translated label.
QString hypothesisStatusLabel(HypothesisStatus status);
/// The three statuses in order.
QList<HypothesisStatus> hypothesisStatuses();

/// A supposed explanation of the problem, to be checked ("the thefts happen when the racks are unlit").
struct Hypothesis
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString text;
    HypothesisStatus status = HypothesisStatus::Open;
    QString evidence;      ///< what supports or refutes it
    int position = 0;      ///< order within the case
    int revision = 0;
};

} // namespace proxima
