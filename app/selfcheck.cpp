#include "app/selfcheck.h"

#include "models/corpus/corpussummary.h"
#include "models/io/corpusreader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace argline {

int runSelfCheck(const QString &path, QTextStream &out, QTextStream &err)
{
    const QString file = path.isEmpty() ? CorpusReader::builtInCorpusPath() : path;
    const ReadResult result = CorpusReader::readFile(file);
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
    out << name << u": "_s << result.corpus->title << '\n'
        << u"  "_s << CorpusSummary::of(*result.corpus).toString() << '\n'
        << u"  "_s
        << QCoreApplication::translate("argline::SelfCheck",
                                       "valid: every reference resolves and every quote occurs verbatim in "
                                       "its article; %n warning(s)",
                                       nullptr, int(warnings))
        << '\n';
    return 0;
}

} // namespace argline
