#pragma once

#include <QtGlobal>

#include <random>

namespace proxima::sara {

/// Seeded random draws that give the same sequence on every platform: the raw output of std::mt19937_64 is
/// fixed by the C++ standard, the std distributions are not, so every draw below is computed here.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed) : m_engine(seed) {}

    /// Raw 64 random bits.
    quint64 next() { return m_engine(); }
    /// Uniform in [0, 1) with 53 bits of precision.
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform integer in [0, n), unbiased (rejection of the incomplete last block); 0 when n is 0.
    quint64 below(quint64 n);
    /// Index drawn with probability proportional to weights[i] (non-negative, not all zero).
    int weighted(const double* weights, int count);
    /// Approximately standard normal (sum of 12 uniforms minus 6): bounded to ±6, no libm involved.
    double normal();

private:
    std::mt19937_64 m_engine;
};

} // namespace proxima::sara
