#include "tests/support/testcorpus.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace argline::test {

QString builtInCorpusFile()
{
    return QStringLiteral(ARGLINE_SOURCE_DIR) + u"/corpus/argline-corpus.json"_s;
}

std::shared_ptr<const Corpus> builtInCorpus()
{
    const ReadResult result = CorpusReader::readFile(builtInCorpusFile());
    if (!result.ok()) {
        for (const Diagnostic &diagnostic : result.diagnostics)
            qWarning("%s", qPrintable(diagnostic.toString()));
        qFatal("the built-in corpus does not load");
    }
    return result.corpus;
}

ReadResult readJson(const QByteArray &json, const QString &baseDir)
{
    return CorpusReader::readData(json, u"test.json"_s, baseDir);
}

} // namespace argline::test
