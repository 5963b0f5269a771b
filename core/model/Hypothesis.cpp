#include "core/model/Hypothesis.h"

#include <QCoreApplication>

namespace proxima {

QString hypothesisStatusKey(HypothesisStatus status)
{
    switch (status) {
    case HypothesisStatus::Open: return QStringLiteral("open");
    case HypothesisStatus::Supported: return QStringLiteral("supported");
    case HypothesisStatus::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("open");
}

std::optional<HypothesisStatus> hypothesisStatusFromKey(const QString& key)
{
    for (HypothesisStatus s : hypothesisStatuses()) {
        if (hypothesisStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString hypothesisStatusLabel(HypothesisStatus status)
{
    switch (status) {
    case HypothesisStatus::Open: return QCoreApplication::translate("Hypothesis", "Open");
    case HypothesisStatus::Supported: return QCoreApplication::translate("Hypothesis", "Supported");
    case HypothesisStatus::Rejected: return QCoreApplication::translate("Hypothesis", "Rejected");
    }
    return {};
}

QList<HypothesisStatus> hypothesisStatuses()
{
    return {HypothesisStatus::Open, HypothesisStatus::Supported, HypothesisStatus::Rejected};
}

} // namespace proxima
