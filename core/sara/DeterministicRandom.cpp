#include "core/sara/DeterministicRandom.h"

namespace proxima::sara {

quint64 DeterministicRandom::below(quint64 n)
{
    if (n == 0)
        return 0;
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);   // largest multiple of n, exclusive
    quint64 value;
    do {
        value = next();
    } while (value >= limit);
    return value % n;
}

int DeterministicRandom::weighted(const double* weights, int count)
{
    double total = 0;
    for (int i = 0; i < count; ++i)
        total += weights[i];
    double pick = uniform() * total;
    for (int i = 0; i < count; ++i) {
        if (pick < weights[i])
            return i;
        pick -= weights[i];
    }
    for (int i = count - 1; i >= 0; --i) {   // rounding left pick at the very end
        if (weights[i] > 0)
            return i;
    }
    return 0;
}

double DeterministicRandom::normal()
{
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

} // namespace proxima::sara
