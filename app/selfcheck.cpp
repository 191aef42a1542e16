#include "app/selfcheck.h"

#include "models/corpus/corpussummary.h"
#include "models/formats/corpusformats.h"
#include "models/io/corpusreader.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace argline {

namespace {

// The self-check's words; spelled as a class so lupdate files them under its context.
struct SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(argline::SelfCheck)
};

// "TimelineJS (JSON): the file holds 11 events and 0 eras; 4 left out (see the warnings)".
QString importLine(const ImportReport &report)
{
    QStringList counts;
    switch (report.format) {
    case CorpusFormat::TimelineJs:
    case CorpusFormat::TimelineJsCsv:
    case CorpusFormat::EventsCsv:
    case CorpusFormat::TimelineProject:
        counts << SelfCheck::tr("%n event(s)", nullptr, int(report.events));
        if (report.format != CorpusFormat::EventsCsv)
            counts << SelfCheck::tr("%n era(s)", nullptr, int(report.eras));
        break;
    case CorpusFormat::Argdown:
    case CorpusFormat::Aif:
        counts << SelfCheck::tr("%n statement(s)", nullptr, int(report.statements))
               << SelfCheck::tr("%n relation(s)", nullptr, int(report.relations));
        break;
    case CorpusFormat::Argline:
        break;
    }
    QString line = SelfCheck::tr("%1: the file holds %2")
                       .arg(CorpusFormats::displayName(report.format), counts.join(SelfCheck::tr(" and ")));
    if (report.leftOut > 0)
        line += SelfCheck::tr("; %n left out (see the warnings)", nullptr, int(report.leftOut));
    return line;
}

} // namespace

int runSelfCheck(const QString &path, QTextStream &out, QTextStream &err)
{
    const QString file = path.isEmpty() ? CorpusReader::builtInCorpusPath() : path;
    ImportReport report;
    const ReadResult result = CorpusFormats::read(file, {}, &report);
    for (const Diagnostic &diagnostic : result.diagnostics)
        err << diagnostic.toString() << '\n';
    err.flush();

    const QString name =
        path.isEmpty() ? QCoreApplication::translate("argline::SelfCheck", "built-in corpus") : path;
    if (!result.ok()) {
        out << QCoreApplication::translate("argline::SelfCheck", "%1: INVALID (%n error(s))", nullptr,
                                           int(errorCount(result.diagnostics)))
                   .arg(name)
            << '\n';
        return 1;
    }
    const qsizetype warnings = result.diagnostics.size();
    out << name << u": "_s << result.corpus->title << '\n';
    if (report.format != CorpusFormat::Argline)
        out << u"  "_s << importLine(report) << '\n';
    out << u"  "_s << CorpusSummary::of(*result.corpus).toString() << '\n'
        << u"  "_s
        << QCoreApplication::translate("argline::SelfCheck",
                                       "valid: every reference resolves and every quote occurs verbatim in "
                                       "its article; %n warning(s)",
                                       nullptr, int(warnings))
        << '\n';
    return 0;
}

} // namespace argline
