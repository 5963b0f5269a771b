#include "core/common/Clock.h"

namespace proxima {

const Clock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace proxima
