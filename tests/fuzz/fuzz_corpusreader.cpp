// libFuzzer target: any bytes as a corpus file. The reader must never crash, leak, hang or exceed its
// memory limit, and what it reports must hold together: a corpus only without errors, errors otherwise,
// every diagnostic naming the file, and a loaded corpus that survives a write and a second read intact.
// "file" references resolve in tests/data/bad, whose articles the seeds cite.
#include "models/io/corpusreader.h"
#include "models/io/corpuswriter.h"

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_corpusreader: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString baseDir = QStringLiteral(ARGLINE_TEST_DATA_DIR) + u"/bad"_s;
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult result = CorpusReader::readData(json, u"fuzz.json"_s, baseDir);
    check(result.ok() != hasErrors(result.diagnostics), "a corpus exactly when there are no errors");
    for (const Diagnostic &diagnostic : result.diagnostics)
        check(diagnostic.file == u"fuzz.json" && !diagnostic.message.isEmpty(),
              "every diagnostic names the file");
    if (result.ok()) {
        const QByteArray written = CorpusWriter::toJson(*result.corpus);
        const ReadResult again = CorpusReader::readData(written, u"fuzz.json"_s, baseDir);
        check(again.ok(), "what the writer writes reads again");
        check(*again.corpus == *result.corpus, "read, write and read gives the same corpus");
    }
    return 0;
}
