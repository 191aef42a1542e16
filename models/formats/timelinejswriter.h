#pragma once

#include "models/corpus/corpus.h"
#include "models/formats/corpusformats.h"

#include <QByteArray>
#include <QCoreApplication>

namespace argline {

// Writes a corpus as a TimelineJS3 JSON file (docs/import-formats.md): events with their dates, lanes as
// groups, the first media link; quotes are carried into the event text. What TimelineJS cannot hold but
// Argline needs back (several lanes, qualified dates, ids, importance) goes into an "argline" member that
// TimelineJS ignores. Arguments, articles and the story have no place and are reported as lost.
class TimelineJsWriter final
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineJsWriter)

public:
    static QByteArray write(const Corpus &corpus, WriteReport *report);
};

} // namespace argline
