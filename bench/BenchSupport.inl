#include <algorithm>
#include <vector>

namespace proxima::bench {

template <typename Fn> double medianMs(int repeats, Fn&& fn)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace proxima::bench
