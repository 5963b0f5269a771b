// libFuzzer entry point for the incident_csv reader (see ReaderInputs.h); aborts when an invariant breaks.
#include "tests/fuzz/ReaderInputs.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (!proxima::fuzz::incidentCsvInput(data, size))
        std::abort();
    return 0;
}
