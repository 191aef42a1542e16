#include "models/io/corpusreader.h"

#include "models/io/corpusrecordreader.h"
#include "models/io/corpusvalidator.h"
#include "models/io/diagnosticsink.h"
#include "models/io/documentbuffer.h"
#include "models/io/jsonrecordparser.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

bool isBlank(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

// A byte-order mark, or a NUL beside the first character, as every ASCII character has in UTF-16.
bool looksLikeUtf16(const char *data, qint64 size)
{
    if (size < 2)
        return false;
    const auto byte = [&](int i) { return static_cast<unsigned char>(data[i]); };
    const bool bom = (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF);
    return bom || byte(0) == 0 || byte(1) == 0;
}

ReadResult read(DocumentBuffer &buffer, const QString &fileName, const QString &baseDir,
                const CorpusReader::Progress &progress)
{
    DiagnosticSink sink(fileName);
    ReadResult result;
    if (isBlank(buffer.data(), buffer.size())) {
        sink.fileError(CorpusReader::tr("the file is empty"));
        result.diagnostics = sink.finish(nullptr, 0);
        return result;
    }
    if (looksLikeUtf16(buffer.data(), buffer.size())) {
        sink.fileError(CorpusReader::tr("the file is UTF-16 text; save it as UTF-8"));
        result.diagnostics = sink.finish(nullptr, 0);
        return result;
    }

    auto corpus = std::make_shared<Corpus>();
    // Streaming gives no item count up front; a corpus has roughly one id per 500 bytes, and reserving
    // spares the id table a dozen rehashes on a large file.
    corpus->reserveIds(buffer.size() / 500);
    CorpusRecordReader records(*corpus, sink, [&](qint64 consumed) {
        buffer.releaseBefore(consumed);
        return !progress || progress(consumed, buffer.size());
    });
    const auto syntaxError = JsonRecordParser(records).parse(buffer.data(), buffer.size());
    if (syntaxError && syntaxError->message.isEmpty()) { // cancelled
        sink.fileError(CorpusReader::tr("reading was cancelled"));
        result.diagnostics = sink.finish(nullptr, 0);
        return result;
    }
    if (!syntaxError)
        records.finish();

    if (!records.isArglineCorpus() && !syntaxError) {
        // A file of another kind would otherwise drown the one useful message in unknown-field noise.
        DiagnosticSink formatSink(fileName);
        formatSink.error(records.formatProblemOffset(), records.formatProblemPath(), records.formatProblem());
        result.diagnostics = formatSink.finish(buffer.data(), buffer.size());
        return result;
    }
    if (syntaxError) {
        sink.error(syntaxError->offset, syntaxError->path, syntaxError->message);
    } else {
        CorpusValidator validator(*corpus, sink);
        validator.loadArticleTexts(baseDir);
        validator.checkReferences();
        validator.checkArgumentTree();
        validator.locateQuotes();
        if (!sink.hasErrors()) // "nothing cites this article" is noise while the file is broken
            validator.checkUsage();
    }

    result.diagnostics = sink.finish(buffer.data(), buffer.size());
    if (!sink.hasErrors()) {
        corpus->sourcePath = fileName;
        corpus->deriveStructure();
        result.corpus = std::move(corpus);
    }
    return result;
}

} // namespace

QString CorpusReader::builtInCorpusPath()
{
    return u":/corpus/argline-corpus.json"_s;
}

ReadResult CorpusReader::readFile(const QString &path, const Progress &progress)
{
    DocumentBuffer buffer;
    QString error;
    if (!buffer.open(path, maxFileBytes, &error)) {
        DiagnosticSink sink(path);
        sink.fileError(error);
        return {nullptr, sink.finish(nullptr, 0)};
    }
    return read(buffer, path, QFileInfo(path).absolutePath(), progress);
}

ReadResult CorpusReader::readData(const QByteArray &data, const QString &fileName, const QString &baseDir)
{
    DocumentBuffer buffer(data);
    return read(buffer, fileName, baseDir, {});
}

} // namespace argline
