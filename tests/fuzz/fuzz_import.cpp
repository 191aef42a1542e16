// libFuzzer target: any bytes as a file in one import format (ARGLINE_FUZZ_FORMAT picks the reader; one
// executable per format). The reader must never crash, leak or hang, and what it reports must hold
// together: a corpus only without errors, errors otherwise, every diagnostic naming the file, and an
// imported corpus that is a valid Argline corpus: written as Argline JSON, it reads back identical.
#include "models/formats/aifreader.h"
#include "models/formats/argdownreader.h"
#include "models/formats/eventscsvreader.h"
#include "models/formats/timelinejscsvreader.h"
#include "models/formats/timelinejsreader.h"
#include "models/io/corpusreader.h"
#include "models/io/corpuswriter.h"

#include <cstdio>
#include <cstdlib>

#ifndef ARGLINE_FUZZ_FORMAT // CMake names the reader for each executable; this lets tools parse the file
#define ARGLINE_FUZZ_FORMAT argline::TimelineJsReader
#endif

using namespace Qt::StringLiterals;
using namespace argline;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_import: %s\n", what);
        std::abort();
    }
}

ReadResult import(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    return ARGLINE_FUZZ_FORMAT::read(data, fileName, report);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString fileName = u"fuzz.input"_s;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportReport report;
    const ReadResult result = import(bytes, fileName, &report);
    check(result.ok() != hasErrors(result.diagnostics), "a corpus exactly when there are no errors");
    for (const Diagnostic &diagnostic : result.diagnostics)
        check(diagnostic.file == fileName && !diagnostic.message.isEmpty(),
              "every diagnostic names the file");
    if (result.ok()) {
        const QByteArray written = CorpusWriter::toJson(*result.corpus, CorpusWriter::ArticleTexts::Inline);
        const ReadResult again = CorpusReader::readData(written, u"fuzz.json"_s, QString());
        check(again.ok(), "an imported corpus is a valid Argline corpus");
        check(*again.corpus == *result.corpus, "an imported corpus survives Argline JSON unchanged");
    }
    return 0;
}
