// libFuzzer entry point for the preflib reader (see ReaderInputs.h); aborts when an invariant breaks.
#include "tests/fuzz/ReaderInputs.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!proxima::fuzz::preflibInput(data, size))
        std::abort();
    return 0;
}
