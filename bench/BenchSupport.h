#pragma once

#include <QElapsedTimer>
#include <QString>

namespace proxima::bench {

/// Peak resident set size of this process so far, in MiB (VmHWM from /proc/self/status).
double peakMemoryMiB();

/// Prints one figure as "name: value unit" on stdout, aligned.
void report(const QString& name, double value, const QString& unit);

/// Runs fn repeats times and returns the median wall time in milliseconds.
template <typename Fn> double medianMs(int repeats, Fn&& fn);

} // namespace proxima::bench

#include "BenchSupport.inl"
