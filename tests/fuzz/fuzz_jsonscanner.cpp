// libFuzzer target: the fast JSON scanner against nlohmann's parser (tests/support/jsondifferential.h).
// The first byte picks the refill window, so tokens straddle window ends; the rest is the document.
#include "tests/support/jsondifferential.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype window = 1 + data[0] % 64;
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const QString difference = argline::test::compareScannerWithNlohmann(json, window);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "fuzz_jsonscanner: %s\n", qPrintable(difference));
        std::abort();
    }
    return 0;
}
