#pragma once

#include "models/io/corpusreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace argline {

// The file formats Argline opens and saves (docs/import-formats.md).
enum class CorpusFormat : quint8
{
    Argline,        // Argline's own corpus JSON (docs/corpus-format.md)
    TimelineJs,     // TimelineJS3 JSON
    TimelineJsCsv,  // the TimelineJS Google Sheets template saved as CSV
    Argdown,        // Argdown (.argdown)
    Aif,            // Argument Interchange Format JSON (AIFdb, OVA)
    EventsCsv,      // a plain events table: id, title, start, end, group
    TimelineProject // The Timeline Project's .timeline XML (read only: not in all())
};

// What an import found beyond the corpus itself, for --self-check and the round-trip tests.
struct ImportReport
{
    CorpusFormat format = CorpusFormat::Argline;
    // Counted in the source file as its own format counts them.
    qsizetype events = 0;
    qsizetype eras = 0;
    qsizetype statements = 0; // Argdown statements and arguments, AIF I-nodes
    qsizetype relations = 0;  // Argdown relations (support, attack, undercut, ...), AIF RA, CA and MA
    // Items of the file Argline could not place (e.g. events before 9999 BC); each is named in a warning.
    qsizetype leftOut = 0;
};

// What a save kept only approximately or could not keep, one translated line each, e.g.
// "38 quotes: written into the event text (TimelineJS has no place for quotes)".
struct WriteReport
{
    QStringList carried; // kept in the nearest place the format offers
    QStringList lost;    // not kept at all
    QString error;       // why nothing was written (empty on success)

    bool ok() const { return error.isEmpty(); }
};

// The one entry point for reading and writing any supported file. Reading recognises the format by the
// file's content first and its extension second, and returns the same ReadResult as CorpusReader: a
// complete corpus, or diagnostics (file, line:column, path, message) and no corpus. Never throws; no
// input crashes it.
class CorpusFormats final
{
    Q_DECLARE_TR_FUNCTIONS(argline::CorpusFormats)

public:
    // Imported files are read whole into memory: this bounds what a malformed one can cost.
    static constexpr qint64 maxImportBytes = 64LL * 1024 * 1024;

    static QList<CorpusFormat> all();        // the formats Argline writes (and reads)
    static QString key(CorpusFormat format); // "argline", "timelinejs", ... (the command line's names)
    static std::optional<CorpusFormat> fromKey(QStringView key);
    static QString displayName(CorpusFormat format); // translated, e.g. "TimelineJS (JSON)"
    static QString extension(CorpusFormat format);   // "json", "csv", "argdown"

    // Which format `data` (the start of the file is enough) is in; `fileName` breaks ties by extension.
    static CorpusFormat detect(const QByteArray &data, const QString &fileName);

    static ReadResult read(const QString &path, const CorpusReader::Progress &progress = {},
                           ImportReport *report = nullptr);
    // Reads from memory; `fileName` names the source in diagnostics (and its extension helps detection).
    static ReadResult readData(const QByteArray &data, const QString &fileName,
                               ImportReport *report = nullptr);

    static QByteArray toBytes(const Corpus &corpus, CorpusFormat format, WriteReport *report);
    // Writes atomically (QSaveFile): a failed write leaves no partial file and the old one intact.
    static WriteReport write(const Corpus &corpus, CorpusFormat format, const QString &path);

    // File dialog filters: every readable format at once and one by one; one per format for saving.
    static QString openFilter();
    static QString saveFilter(CorpusFormat format);
};

} // namespace argline
