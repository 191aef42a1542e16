#include "models/io/corpusreader.h"

#include "models/io/corpusrecordreader.h"
#include "models/io/corpusvalidator.h"
#include "models/io/diagnosticsink.h"
#include "models/io/documentbuffer.h"
#include "models/io/jsonrecordparser.h"
#include "models/io/readlimits.h"
#include "models/io/recordpipeline.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// Files from this size on are built into items on a second thread while they are parsed (RecordPipeline);
// below it a thread costs more than it saves.
constexpr qint64 pipelineFrom = 1 << 20;

bool isBlank(const char *data, qint64 size)
{
    for (qint64 i = 0; i < size; ++i) {
        const char c = data[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return true;
}

ReadResult fileError(const QString &fileName, const QString &message)
{
    DiagnosticSink sink(fileName);
    sink.fileError(message);
    return {nullptr, sink.finish(nullptr)};
}

QString changedMessage()
{
    return CorpusReader::tr("the file changed while it was being read; open it again once it is saved");
}

ReadResult read(DocumentBuffer &buffer, const QString &fileName, const QString &baseDir,
                const ReadLimits &limits, const CorpusReader::Progress &progress)
{
    // The first chunk tells an empty or UTF-16 file apart before anything is parsed.
    buffer.extend(0);
    const qint64 head = buffer.windowEnd() - buffer.windowStart();
    if (head == buffer.size() && isBlank(buffer.windowData(), head))
        return fileError(fileName,
                         buffer.changed() ? changedMessage() : CorpusReader::tr("the file is empty"));
    if (DocumentBuffer::looksLikeUtf16(buffer.windowData(), head))
        return fileError(fileName, CorpusReader::tr("the file is UTF-16 text; save it as UTF-8"));

    DiagnosticSink sink(fileName);
    ReadResult result;
    auto corpus = std::make_shared<Corpus>();
    // Streaming gives no item count up front; a corpus has roughly one id per 500 bytes, and reserving
    // spares the id table a dozen rehashes on a large file.
    corpus->reserveIds(buffer.size() / 500);
    CorpusRecordReader records(
        *corpus, sink, [&](qint64 consumed) { return !progress || progress(consumed, buffer.size()); });
    std::optional<JsonParseError> syntaxError;
    if (buffer.size() >= pipelineFrom) {
        RecordPipeline pipeline(records);
        syntaxError = JsonRecordParser(pipeline, limits).parse(buffer);
        pipeline.finish();
    } else {
        syntaxError = JsonRecordParser(records, limits).parse(buffer);
    }
    if (buffer.changed())
        return fileError(fileName, changedMessage());
    if (syntaxError && syntaxError->message.isEmpty()) // cancelled
        return fileError(fileName, CorpusReader::tr("reading was cancelled"));
    if (!syntaxError)
        records.finish();

    if (!records.isArglineCorpus() && !syntaxError) {
        // A file of another kind would otherwise drown the one useful message in unknown-field noise.
        DiagnosticSink formatSink(fileName);
        formatSink.error(records.formatProblemOffset(), records.formatProblemPath(), records.formatProblem());
        result.diagnostics = formatSink.finish(&buffer);
        return buffer.changed() ? fileError(fileName, changedMessage()) : result;
    }
    if (syntaxError) {
        sink.error(syntaxError->offset, syntaxError->path, syntaxError->message);
    } else {
        CorpusValidator validator(*corpus, sink, limits);
        validator.loadArticleTexts(baseDir);
        validator.checkItems();
        if (!sink.hasErrors()) // "nothing cites this article" is noise while the file is broken
            validator.checkUsage();
    }

    result.diagnostics = sink.finish(&buffer);
    if (buffer.changed())
        return fileError(fileName, changedMessage());
    if (!sink.hasErrors()) {
        corpus->sourcePath = fileName;
        corpus->deriveStructure();
        result.corpus = std::move(corpus);
    }
    return result;
}

// Runs a read, turning running out of memory into an error: a corpus too large for the memory left is a
// problem with the file to report, not a reason to abort the program with everything it holds.
template <typename Read>
ReadResult guarded(const QString &fileName, Read read)
{
    try {
        return read();
    } catch (const std::bad_alloc &) {
        return fileError(fileName, CorpusReader::tr("there is not enough memory to read this corpus"));
    }
}

} // namespace

QString CorpusReader::builtInCorpusPath()
{
    return u":/corpus/argline-corpus.json"_s;
}

ReadResult CorpusReader::readFile(const QString &path, const Progress &progress)
{
    return guarded(path, [&] {
        // Only Argline's own resources (":/...") are read as Qt resources: a file whose name starts with
        // a colon (":notes.json") is a file in the current folder.
        const QString file = path.startsWith(u':') && !path.startsWith(u":/"_s) ? u"./"_s + path : path;
        const ReadLimits limits = ReadLimits::fromEnvironment();
        DocumentBuffer buffer;
        QString error;
        if (!buffer.open(file, limits.maxFileBytes, &error))
            return fileError(path, buffer.size() > limits.maxFileBytes ? limits.fileTooLarge(buffer.size())
                                                                       : error);
        return read(buffer, path, QFileInfo(file).absolutePath(), limits, progress);
    });
}

ReadResult CorpusReader::readData(const QByteArray &data, const QString &fileName, const QString &baseDir)
{
    return guarded(fileName, [&] {
        DocumentBuffer buffer(data);
        return read(buffer, fileName, baseDir, ReadLimits::fromEnvironment(), {});
    });
}

} // namespace argline
