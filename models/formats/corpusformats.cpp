#include "models/formats/corpusformats.h"

#include "models/formats/aifreader.h"
#include "models/formats/aifwriter.h"
#include "models/formats/argdownreader.h"
#include "models/formats/argdownwriter.h"
#include "models/formats/eventscsvreader.h"
#include "models/formats/importdiagnostics.h"
#include "models/formats/jsontree.h"
#include "models/formats/timelinejscsvreader.h"
#include "models/formats/timelinejscsvwriter.h"
#include "models/formats/timelinejsreader.h"
#include "models/formats/timelinejswriter.h"
#include "models/formats/timelineprojectreader.h"
#include "models/io/corpuswriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

struct FormatName
{
    CorpusFormat format;
    QStringView key;
    QStringView extension;
};

constexpr FormatName formatNames[] = {
    {CorpusFormat::Argline, u"argline", u"json"},
    {CorpusFormat::TimelineJs, u"timelinejs", u"json"},
    {CorpusFormat::TimelineJsCsv, u"timelinejs-csv", u"csv"},
    {CorpusFormat::Argdown, u"argdown", u"argdown"},
    {CorpusFormat::Aif, u"aif", u"json"},
    {CorpusFormat::EventsCsv, u"csv", u"csv"},
};

QByteArrayView withoutBom(QByteArrayView data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
}

// A byte-order mark, or a NUL beside the first character, as every ASCII character has in UTF-16.
bool looksLikeUtf16(QByteArrayView data)
{
    if (data.size() < 2)
        return false;
    const auto byte = [&](int i) { return static_cast<unsigned char>(data[i]); };
    return (byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF) || byte(0) == 0 ||
           byte(1) == 0;
}

char firstSignificant(QByteArrayView data)
{
    for (char c : data) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return 0;
}

QByteArrayView prefix(QByteArrayView data, qsizetype size)
{
    return data.first(std::min(size, data.size()));
}

QByteArray firstLine(QByteArrayView data)
{
    const qsizetype end = data.indexOf('\n');
    return prefix(data, end < 0 ? 4096 : end).toByteArray().toLower();
}

bool isTimelineJsCsvHeader(const QByteArray &line)
{
    return line.contains("headline") && line.contains("year");
}

bool isEventsCsvHeader(const QByteArray &line)
{
    return (line.contains("start") || line.contains("date")) &&
           (line.contains("title") || line.contains("content") || line.contains("name")) &&
           (line.contains(',') || line.contains(';') || line.contains('\t'));
}

// Argdown has no signature; these are lines only Argdown starts with.
bool looksLikeArgdown(QByteArrayView data)
{
    const QByteArray head = prefix(data, 8192).toByteArray();
    for (const QByteArray &raw : head.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line == "===")
            return true; // front matter
        const bool titled =
            (line.startsWith('[') && line.contains("]:")) || (line.startsWith('<') && line.contains(">:"));
        if (titled)
            return true;
        if (line.startsWith("# ") || line.startsWith("//") || line.startsWith("/*") ||
            line.startsWith("<!--"))
            continue; // could still be Argdown: look further
        return false;
    }
    return false;
}

ReadResult fileProblem(const QString &fileName, const QString &message)
{
    Diagnostic diagnostic;
    diagnostic.file = fileName;
    diagnostic.message = message;
    return {nullptr, {diagnostic}};
}

void countArglineCorpus(const ReadResult &result, ImportReport *report)
{
    if (!report || !result.corpus)
        return;
    const Corpus &corpus = *result.corpus;
    report->format = CorpusFormat::Argline;
    report->events = corpus.events.size();
    report->eras = corpus.eras.size();
    report->statements = std::count_if(corpus.arguments.begin(), corpus.arguments.end(),
                                       [](const Argument &a) { return a.copyOf.isEmpty(); });
    report->relations = std::count_if(corpus.arguments.begin(), corpus.arguments.end(),
                                      [](const Argument &a) { return !a.parentId.isEmpty(); }) +
                        corpus.relations.size();
}

} // namespace

QList<CorpusFormat> CorpusFormats::all()
{
    QList<CorpusFormat> formats;
    for (const FormatName &name : formatNames)
        formats.append(name.format);
    return formats;
}

QString CorpusFormats::key(CorpusFormat format)
{
    if (format == CorpusFormat::TimelineProject)
        return u"timeline"_s;
    for (const FormatName &name : formatNames) {
        if (name.format == format)
            return name.key.toString();
    }
    return {};
}

std::optional<CorpusFormat> CorpusFormats::fromKey(QStringView key)
{
    for (const FormatName &name : formatNames) {
        if (name.key.compare(key, Qt::CaseInsensitive) == 0)
            return name.format;
    }
    return std::nullopt;
}

QString CorpusFormats::displayName(CorpusFormat format)
{
    switch (format) {
    case CorpusFormat::Argline:
        return tr("Argline corpus");
    case CorpusFormat::TimelineJs:
        return tr("TimelineJS (JSON)");
    case CorpusFormat::TimelineJsCsv:
        return tr("TimelineJS spreadsheet (CSV)");
    case CorpusFormat::Argdown:
        return tr("Argdown");
    case CorpusFormat::Aif:
        return tr("AIF (Argument Interchange Format, JSON)");
    case CorpusFormat::EventsCsv:
        return tr("Events table (CSV)");
    case CorpusFormat::TimelineProject:
        return tr("The Timeline Project (.timeline)");
    }
    return {};
}

QString CorpusFormats::extension(CorpusFormat format)
{
    if (format == CorpusFormat::TimelineProject)
        return u"timeline"_s;
    for (const FormatName &name : formatNames) {
        if (name.format == format)
            return name.extension.toString();
    }
    return u"json"_s;
}

CorpusFormat CorpusFormats::detect(const QByteArray &data, const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QByteArrayView content = withoutBom(data);
    const QByteArrayView head = prefix(content, 64 * 1024);
    if (suffix == u"argdown" || suffix == u"ad")
        return CorpusFormat::Argdown;
    const char first = firstSignificant(head);
    // A JSON array starts "[{", "[1", "[]"...; an Argdown statement "[Title]".
    const qsizetype bracket = head.indexOf('[');
    const char afterBracket = first == '[' ? firstSignificant(head.sliced(bracket + 1)) : 0;
    const bool jsonArray =
        first == '[' && (afterBracket == 0 || std::strchr("{[]\"-0123456789tfn", afterBracket));
    if (first == '{' || jsonArray) {
        // Argline declares itself and always has articles; other JSON is told apart by its members.
        if (head.contains("\"argline-corpus\"") || head.contains("\"articles\""))
            return CorpusFormat::Argline;
        if (head.contains("\"AIF\"") || head.contains("\"nodeID\"") ||
            (head.contains("\"nodes\"") && head.contains("\"edges\"")))
            return CorpusFormat::Aif;
        if (head.contains("\"events\"") || head.contains("\"start_date\""))
            return CorpusFormat::TimelineJs;
        return CorpusFormat::Argline; // its reader says what is missing
    }
    if (first == '<' && TimelineProjectReader::looksLike(head))
        return CorpusFormat::TimelineProject;
    const QByteArray line = firstLine(head);
    if (suffix == u"csv" || suffix == u"tsv" || isTimelineJsCsvHeader(line) || isEventsCsvHeader(line)) {
        if (isTimelineJsCsvHeader(line))
            return CorpusFormat::TimelineJsCsv;
        if (isEventsCsvHeader(line) || suffix == u"csv" || suffix == u"tsv")
            return CorpusFormat::EventsCsv;
    }
    if (suffix == u"argdown" || suffix == u"ad" || looksLikeArgdown(head))
        return CorpusFormat::Argdown;
    return CorpusFormat::Argline;
}

ReadResult CorpusFormats::read(const QString &requested, const CorpusReader::Progress &progress,
                               ImportReport *report)
{
    // Only Argline's own resources (":/…") are Qt resources: a file named ":notes.json" is a file.
    const bool resource = requested.startsWith(u":/"_s);
    const QString path = !resource && requested.startsWith(u':') ? u"./"_s + requested : requested;
    QFile file(path);
    // Opening a FIFO would wait for a writer forever: only a regular file is opened here.
    if (resource || !QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        // The built-in corpus, or a file the corpus reader explains better (missing, unreadable, not a
        // regular file).
        ReadResult result = CorpusReader::readFile(path, progress);
        countArglineCorpus(result, report);
        return result;
    }
    const QByteArray head = file.read(64 * 1024);
    if (detect(head, path) == CorpusFormat::Argline) {
        file.close();
        ReadResult result = CorpusReader::readFile(path, progress); // streams, for large corpora
        countArglineCorpus(result, report);
        return result;
    }
    if (file.size() > maxImportBytes)
        return fileProblem(
            path, tr("the file is larger than %1 MB, the most Argline imports").arg(maxImportBytes >> 20));
    QByteArray data = head + file.read(maxImportBytes - head.size() + 1);
    if (data.size() > maxImportBytes)
        return fileProblem(
            path, tr("the file is larger than %1 MB, the most Argline imports").arg(maxImportBytes >> 20));
    if (progress && !progress(data.size(), data.size()))
        return fileProblem(path, tr("reading was cancelled"));
    return readData(data, path, report);
}

ReadResult CorpusFormats::readData(const QByteArray &data, const QString &fileName, ImportReport *report)
{
    const CorpusFormat format = detect(data, fileName);
    if (format == CorpusFormat::Argline) {
        ReadResult result = CorpusReader::readData(data, fileName, QFileInfo(fileName).absolutePath());
        countArglineCorpus(result, report);
        return result;
    }
    const QByteArrayView content = withoutBom(data);
    if (firstSignificant(content) == 0)
        return fileProblem(fileName, tr("the file is empty"));
    if (looksLikeUtf16(content))
        return fileProblem(fileName, tr("the file is UTF-16 text; save it as UTF-8"));
    const QByteArray text = content.toByteArray();
    switch (format) {
    case CorpusFormat::TimelineJs:
        return TimelineJsReader::read(text, fileName, report);
    case CorpusFormat::TimelineJsCsv:
        return TimelineJsCsvReader::read(text, fileName, report);
    case CorpusFormat::EventsCsv:
        return EventsCsvReader::read(text, fileName, report);
    case CorpusFormat::Aif:
        return AifReader::read(text, fileName, report);
    case CorpusFormat::Argdown:
        return ArgdownReader::read(text, fileName, report);
    case CorpusFormat::TimelineProject:
        return TimelineProjectReader::read(text, fileName, report);
    case CorpusFormat::Argline:
        break;
    }
    return fileProblem(fileName, tr("this format cannot be read yet"));
}

QByteArray CorpusFormats::toBytes(const Corpus &corpus, CorpusFormat format, WriteReport *report)
{
    WriteReport own;
    WriteReport &r = report ? *report : own;
    switch (format) {
    case CorpusFormat::Argline:
        // Self-contained: the copy may be saved away from the article files.
        return CorpusWriter::toJson(corpus, CorpusWriter::ArticleTexts::Inline);
    case CorpusFormat::TimelineJs:
        return TimelineJsWriter::write(corpus, &r);
    case CorpusFormat::TimelineJsCsv:
        return TimelineJsCsvWriter::write(corpus, &r);
    case CorpusFormat::EventsCsv:
        return EventsCsvWriter::write(corpus, &r);
    case CorpusFormat::Aif:
        return AifWriter::write(corpus, &r);
    case CorpusFormat::Argdown:
        return ArgdownWriter::write(corpus, &r);
    case CorpusFormat::TimelineProject:
        break; // read only
    }
    r.error = tr("this format cannot be written yet");
    return {};
}

WriteReport CorpusFormats::write(const Corpus &corpus, CorpusFormat format, const QString &path)
{
    WriteReport report;
    const QByteArray bytes = toBytes(corpus, format, &report);
    if (!report.ok())
        return report;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        report.error = file.errorString();
    return report;
}

QString CorpusFormats::openFilter()
{
    return tr("Everything Argline opens (*.json *.csv *.tsv *.argdown *.ad *.timeline)") + u";;"_s +
           tr("Argline corpus, TimelineJS or AIF (*.json)") + u";;"_s +
           tr("TimelineJS spreadsheet or events table (*.csv *.tsv)") + u";;"_s +
           tr("Argdown (*.argdown *.ad)") + u";;"_s + tr("The Timeline Project (*.timeline)") + u";;"_s +
           tr("All files (*)");
}

QString CorpusFormats::saveFilter(CorpusFormat format)
{
    return u"%1 (*.%2)"_s.arg(displayName(format), extension(format));
}

} // namespace argline
