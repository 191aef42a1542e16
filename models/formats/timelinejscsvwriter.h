#pragma once

#include "models/corpus/corpus.h"
#include "models/formats/corpusformats.h"

#include <QByteArray>
#include <QCoreApplication>

namespace argline {

// Writes a corpus as the TimelineJS spreadsheet template (CSV, the template's eighteen columns): a title
// row, one row per event and one per era. Quotes are carried into the Text column; an event's first lane
// is its Group. What a fixed set of columns cannot hold is reported as lost.
class TimelineJsCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(argline::TimelineJsCsvWriter)

public:
    static QByteArray write(const Corpus &corpus, WriteReport *report);
};

// Writes the events as a plain table: id, title, start, end, group, summary. Dates are in Argline's
// grammar, which reads back exactly ("2023-04-09", "early 2023", "-0300").
class EventsCsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(argline::EventsCsvWriter)

public:
    static QByteArray write(const Corpus &corpus, WriteReport *report);
};

} // namespace argline
